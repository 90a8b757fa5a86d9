import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, login, wholeSitemap } from '../helpers/api'
import { cast, idBy, unique } from '../helpers/fixtures'

/**
 * The portal and the anonymous APIs read through the same access rules
 * (src/access/publicWhere.ts): whatever a portal page shows, anonymous REST reads, and whatever
 * anonymous REST refuses (a draft, a draft factory's products, an unpublished belt) no page shows.
 */
const port = () => inject('port')
const zhili = (path: string, headers: Record<string, string> = {}) =>
  getWithHost(path, `zhili.localhost:${port()}`, headers)
const qingdao = (path: string, headers: Record<string, string> = {}) =>
  getWithHost(path, `${cast.unpublished.slug}.localhost:${port()}`, headers)

let operator: string
let beltA: number | string
const cleanup: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  beltA = await idBy('tenants', 'slug', cast.beltA.slug)
})

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo()
})

const create = async (collection: string, body: Record<string, unknown>) => {
  const response = await api(`/api/${collection}`, { method: 'POST', token: operator, body })
  expect(response.status, `${collection}: ${response.text}`).toBe(201)
  const { id } = response.json.doc
  cleanup.push(() => api(`/api/${collection}/${id}`, { method: 'DELETE', token: operator }))
  return response.json.doc as { id: number; slug: string }
}

/** Anonymous REST's answer for one document by slug: the doc, or null when it may not read it. */
const anonymousBySlug = async (collection: string, slug: string) => {
  const response = await api(
    `/api/${collection}?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1`,
  )
  expect(response.status).toBe(200)
  return (response.json.docs[0] ?? null) as { id: number; tenant: number; contact?: unknown } | null
}

/** The factory and product slugs a page links to (not the inquiry forms). */
const linkedSlugs = (html: string) => {
  const slugs = { factories: new Set<string>(), products: new Set<string>() }
  for (const [, kind, slug] of html.matchAll(
    /href="(?:\/en)?\/(factories|products)\/([a-z0-9-]+)(?=["?/])/g,
  )) {
    slugs[kind as 'factories' | 'products'].add(slug)
  }
  return slugs
}

describe('the portal shows what anonymous REST reads', () => {
  it('every factory and product a page of the belt links to is readable anonymously, as this belt’s', async () => {
    const pages = [
      '/',
      '/factories',
      '/products',
      '/en/products',
      `/factories/${cast.factoryA1.slug}`,
      `/products/${cast.factoryA1.products[0].slug}`,
      '/live',
    ]
    let checked = 0
    for (const path of pages) {
      const page = await zhili(path)
      expect(page.status, path).toBe(200)
      const { factories, products } = linkedSlugs(page.body)
      for (const [collection, slugs] of [
        ['factories', factories],
        ['products', products],
      ] as const) {
        for (const slug of slugs) {
          const doc = await anonymousBySlug(collection, slug)
          expect(doc, `${path} links ${collection}/${slug}`).not.toBeNull()
          expect(String(doc!.tenant)).toBe(String(beltA))
          checked += 1
        }
      }
    }
    expect(checked).toBeGreaterThan(10)
  })

  it('a factory’s private contact is hidden from anonymous REST and from its page alike', async () => {
    const email = `${unique('contact')}@factory.test`
    const factory = await create('factories', {
      name: 'Contact Test Co.',
      slug: unique('contact-co'),
      contact: { email, phone: '+86 311 5550 1234' },
      _status: 'published',
    })
    const doc = await anonymousBySlug('factories', factory.slug)
    expect(doc).not.toBeNull()
    expect(JSON.stringify(doc)).not.toContain(email)
    const page = await zhili(`/factories/${factory.slug}`)
    expect(page.status).toBe(200)
    expect(page.body).not.toContain(email)
    expect(page.body).not.toContain('5550 1234')
  })
})

describe('what anonymous REST may not read never renders', () => {
  it('a draft factory’s published products vanish from the portal and from anonymous REST alike, and return when it is published', async () => {
    const factory = await create('factories', {
      name: 'Draft Hosiery Co.',
      slug: unique('draft-co'),
      _status: 'draft',
    })
    const productName = unique('Draft factory sock')
    const product = await create('products', {
      name: productName,
      slug: unique('draft-factory-sock'),
      factory: factory.id,
      moq: { quantity: 50, unit: 'piece' },
      priceTiers: [{ minQuantity: 50, unitPrice: 1.2 }],
      _status: 'published',
    })

    expect(await anonymousBySlug('factories', factory.slug)).toBeNull()
    expect(await anonymousBySlug('products', product.slug)).toBeNull()
    expect((await api(`/api/products/${product.id}`)).status).toBe(404)
    expect((await zhili(`/factories/${factory.slug}`)).status).toBe(404)
    expect((await zhili(`/products/${product.slug}`)).status).toBe(404)
    const search = `/search?q=${encodeURIComponent(productName)}`
    expect(await wholeSitemap(zhili)).not.toContain(product.slug)
    for (const path of ['/', '/products', search]) {
      const page = await zhili(path)
      expect(page.body, path).not.toContain(product.slug)
      // The search page repeats the query itself, so there only the link counts.
      if (path !== search) expect(page.body, path).not.toContain(productName)
    }

    const published = await api(`/api/factories/${factory.id}`, {
      method: 'PATCH',
      token: operator,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(await anonymousBySlug('products', product.slug)).not.toBeNull()
    expect((await zhili(`/products/${product.slug}`)).status).toBe(200)
    expect(await wholeSitemap(zhili)).toContain(`/products/${product.slug}`)
    expect((await zhili(search)).body).toContain(`/products/${product.slug}`)
  })

  it('a draft never renders and is not read anonymously; its published version is', async () => {
    const page = await create('pages', {
      title: 'Draft only page',
      slug: unique('draft-only'),
      _status: 'draft',
    })
    expect(await anonymousBySlug('pages', page.slug)).toBeNull()
    expect((await zhili(`/${page.slug}`)).status).toBe(404)
    expect(await wholeSitemap(zhili)).not.toContain(`/${page.slug}<`)

    const title = unique('Published title')
    expect(
      (
        await api(`/api/pages/${page.id}`, {
          method: 'PATCH',
          token: operator,
          body: { title, _status: 'published' },
        })
      ).status,
    ).toBe(200)
    const newer = unique('Newer draft title')
    expect(
      (
        await api(`/api/pages/${page.id}?draft=true`, {
          method: 'PATCH',
          token: operator,
          body: { title: newer },
        })
      ).status,
    ).toBe(200)
    const rendered = await zhili(`/en/${page.slug}`)
    expect(rendered.status).toBe(200)
    expect(rendered.body).toContain(title)
    expect(rendered.body).not.toContain(newer)
    expect(JSON.stringify(await anonymousBySlug('pages', page.slug))).not.toContain(newer)
  })

  it('another belt’s documents are read anonymously on their own belt only, never rendered here', async () => {
    const otherProduct = cast.beltB.factories[0].products[0].slug
    const doc = await anonymousBySlug('products', otherProduct)
    expect(doc).not.toBeNull()
    expect(String(doc!.tenant)).not.toBe(String(beltA))
    expect((await zhili(`/products/${otherProduct}`)).status).toBe(404)
    expect((await zhili(`/factories/${cast.factoryB1.slug}`)).status).toBe(404)
    expect(await wholeSitemap(zhili)).not.toContain(otherProduct)
  })

  it('an unpublished belt’s factories are read by nobody anonymous, and shown only in its staff’s preview', async () => {
    const slug = cast.unpublished.factories[0].slug
    expect(await anonymousBySlug('factories', slug)).toBeNull()
    expect((await qingdao(`/factories/${slug}`)).status).toBe(404)
    const token = await login(`operator@${cast.unpublished.slug}.chandi.test`)
    const preview = await qingdao(`/factories/${slug}`, { cookie: `payload-token=${token}` })
    expect(preview.status).toBe(200)
    expect(preview.body).toContain(cast.unpublished.factories[0].name.zh)
    expect(preview.headers['cache-control']).toContain('no-store')
    // The preview's wider view was not kept for the public.
    expect((await qingdao(`/factories/${slug}`)).status).toBe(404)
    expect(await anonymousBySlug('factories', slug)).toBeNull()
  })
})
