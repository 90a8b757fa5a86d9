import { describe, expect, it } from 'vitest'

import { signUpVerified } from '../helpers/accounts'
import { accessCast, refID, slugsOf, tenantsOf } from '../helpers/access'
import { api, graphql, login } from '../helpers/api'
import { adminRead, cast, memberEmail, unique } from '../helpers/fixtures'

/**
 * The access matrix through HTTP: every role × every collection × create/read/update/delete,
 * with belt A (Zhili, two factories), belt B (Yiwu) and an unpublished belt in the database.
 * Each refusal is checked together with the document it spared. This file: reading, and logging in.
 */
const { tokens, ids, cleanup, created } = accessCast()

describe('reading', () => {
  it('anonymous visitors and buyers see published belts only', async () => {
    for (const role of ['anonymous', 'buyer'] as const) {
      const response = await api('/api/tenants?limit=0&depth=0', { token: tokens[role] })
      expect(response.status).toBe(200)
      expect(slugsOf(response)).toContain(cast.beltA.slug)
      expect(slugsOf(response)).toContain(cast.beltB.slug)
      expect(slugsOf(response)).not.toContain(cast.unpublished.slug)
    }
  })

  it('belt staff see their own belt only; a platform admin sees all, unpublished included', async () => {
    for (const role of ['member', 'operatorA'] as const) {
      const response = await api('/api/tenants?limit=0&depth=0', { token: tokens[role] })
      expect(slugsOf(response)).toEqual([cast.beltA.slug])
    }
    const all = await api('/api/tenants?limit=0&depth=0', { token: tokens.admin })
    expect(slugsOf(all)).toContain(cast.unpublished.slug)
    expect(all.json.totalDocs).toBeGreaterThanOrEqual(9)
  })

  it('anonymous visitors read no users; a buyer reads only themself', async () => {
    const anonymous = await api('/api/users')
    expect(anonymous.status).toBe(403)
    expect(anonymous.text).not.toContain('@')
    const buyer = await api('/api/users?limit=0', { token: tokens.buyer })
    expect(buyer.json.docs.map((doc: any) => doc.id)).toEqual([ids.buyer])
  })

  it('an operator reads the people of their belt and no one of another belt', async () => {
    const response = await api('/api/users?limit=0&depth=0', { token: tokens.operatorA })
    const emails = response.json.docs.map((doc: any) => doc.email)
    expect(emails).toContain(cast.emails.operatorA)
    expect(emails).toContain(memberEmail(cast.factoryA2.slug))
    expect(emails).not.toContain(cast.emails.operatorB)
    expect(emails).not.toContain(memberEmail(cast.factoryB1.slug))
    expect(emails).not.toContain(cast.emails.admin)
  })

  it('the public reads published factories and products of published belts, without private contacts', async () => {
    const factories = await api('/api/factories?limit=0&depth=0')
    expect(factories.status).toBe(200)
    expect(slugsOf(factories)).toEqual(
      expect.arrayContaining([cast.factoryA1.slug, cast.factoryB1.slug]),
    )
    expect(slugsOf(factories)).not.toContain(cast.unpublished.factories[0].slug)
    expect(factories.json.docs.every((doc: any) => doc.contact === undefined)).toBe(true)
    const products = await api('/api/products?limit=0&depth=0', { token: tokens.buyer })
    expect(slugsOf(products)).toContain(cast.factoryB1.products[0].slug)
    expect(slugsOf(products)).not.toContain(cast.unpublished.factories[0].products[0].slug)
  })

  it('a factory member reads their own factory, its products and media, and their belt’s categories — nothing else', async () => {
    const factories = await api('/api/factories?limit=0&depth=0', { token: tokens.member })
    expect(slugsOf(factories)).toEqual([cast.factoryA1.slug])
    expect(factories.json.docs[0].contact?.email).toBe(cast.factoryA1.contact.email)
    const products = await api('/api/products?limit=0&depth=0', { token: tokens.member })
    expect(slugsOf(products).sort()).toEqual(cast.factoryA1.products.map((p) => p.slug).sort())
    const categories = await api('/api/categories?limit=0&depth=0', { token: tokens.member })
    expect(tenantsOf(categories)).toEqual([String(ids.beltA)])
    const media = await api('/api/media?limit=0&depth=0', { token: tokens.member })
    expect(media.json.docs.every((doc: any) => refID(doc.factory) === String(ids.factoryA1))).toBe(
      true,
    )
    expect((await api('/api/pages', { token: tokens.member })).status).toBe(403)
    expect((await api(`/api/products/${ids.productA2}`, { token: tokens.member })).status).toBe(404)
  })

  it('an operator reads every collection of their belt and nothing of belt B', async () => {
    for (const collection of [
      'factories',
      'products',
      'categories',
      'pages',
      'media',
      'belt-settings',
    ]) {
      const response = await api(`/api/${collection}?limit=0&depth=0&draft=true`, {
        token: tokens.operatorA,
      })
      expect(response.status, collection).toBe(200)
      expect(response.json.totalDocs, collection).toBeGreaterThan(0)
      expect(tenantsOf(response), collection).toEqual([String(ids.beltA)])
    }
    expect((await api(`/api/factories/${ids.factoryB1}`, { token: tokens.operatorA })).status).toBe(
      404,
    )
  })

  it('media files of another belt are refused to its staff and of an unpublished belt to the public', async () => {
    const mediaB = await adminRead('media', ids.mediaB)
    const fileB = await api(new URL(mediaB.json.url, 'http://x').pathname, {
      token: tokens.operatorA,
    })
    expect(fileB.status).toBe(403)
    const publicFile = await api(new URL(mediaB.json.url, 'http://x').pathname)
    expect(publicFile.status).toBe(200)
    expect(publicFile.headers.get('content-type')).toMatch(/^image\//)
    const hidden = await api(`/api/media?where[tenant][equals]=${ids.unpublished}&depth=0`, {
      token: tokens.admin,
    })
    const hiddenFile = await api(new URL(hidden.json.docs[0].url, 'http://x').pathname)
    expect(hiddenFile.status).toBe(403)
  })

  it('drafts are read by their belt only, never by the public or another belt', async () => {
    const slug = unique('draft-page')
    const draft = created(
      'pages',
      await api('/api/pages?draft=true', {
        method: 'POST',
        token: tokens.operatorA,
        body: { title: 'Secret festival plan', slug, _status: 'draft' },
      }),
    )
    expect(draft.status).toBe(201)
    const id = draft.json.doc.id
    const operatorB = await login(cast.emails.operatorB)
    expect((await api(`/api/pages/${id}?draft=true`, { token: operatorB })).status).toBe(404)
    expect((await api(`/api/pages/${id}?draft=true`)).status).toBe(404)
    expect((await api(`/api/pages?draft=true&where[slug][equals]=${slug}`)).json.totalDocs).toBe(0)
    expect((await api('/api/pages/versions')).status).toBe(403)
    const versionsB = await api(`/api/pages/versions?where[parent][equals]=${id}`, {
      token: operatorB,
    })
    expect(versionsB.json?.totalDocs ?? 0).toBe(0)
    expect((await api(`/api/pages/${id}?draft=true`, { token: tokens.operatorA })).json.title).toBe(
      'Secret festival plan',
    )
  })

  it('GraphQL reads follow the same rules', async () => {
    const users = await graphql('{ Users { docs { email } } }')
    expect(JSON.stringify(users.json)).not.toMatch(/@chandi\.test/)
    const anonymous = await graphql('{ Factories(limit: 0) { docs { slug contact { email } } } }')
    const slugs = anonymous.json.data.Factories.docs.map((doc: any) => doc.slug)
    expect(slugs).toContain(cast.factoryB1.slug)
    expect(slugs).not.toContain(cast.unpublished.factories[0].slug)
    expect(JSON.stringify(anonymous.json.data)).not.toContain(cast.factoryB1.contact.email)
    const operator = await graphql('{ Factories(limit: 0) { docs { slug } } }', tokens.operatorA)
    expect(operator.json.data.Factories.docs.map((doc: any) => doc.slug).sort()).toEqual(
      cast.beltA.factories.map((factory) => factory.slug).sort(),
    )
    const member = await graphql('{ Products(limit: 0) { docs { slug } } }', tokens.member)
    expect(member.json.data.Products.docs.map((doc: any) => doc.slug).sort()).toEqual(
      cast.factoryA1.products.map((product) => product.slug).sort(),
    )
  })
})

describe('logging in', () => {
  it('five failed attempts do not lock an account: the right password still logs in, without a word of "locked"', async () => {
    const email = `${unique('guessed')}@example.com`
    cleanup.push({ collection: 'users', id: (await signUpVerified(email, 'right-password-1')).id })
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await api('/api/users/login', {
        method: 'POST',
        body: { email, password: 'wrong-password' },
      })
      expect(wrong.status).toBe(401)
    }
    // Slowed down (src/collections/Users/loginThrottle.ts), never refused.
    const right = await api('/api/users/login', {
      method: 'POST',
      body: { email, password: 'right-password-1' },
    })
    expect(right.status, right.text).toBe(200)
    expect(right.text).not.toMatch(/locked|锁定/i)
    expect(right.json?.token).toBeTruthy()
  })

  it('a buyer cannot use the admin panel; belt staff can', async () => {
    const buyer = await api('/api/access', { token: tokens.buyer })
    expect(buyer.status).toBe(200)
    expect(buyer.json.canAccessAdmin ?? false).toBe(false)
    const operator = await api('/api/access', { token: tokens.operatorA })
    expect(operator.json.canAccessAdmin).toBe(true)
  })
})
