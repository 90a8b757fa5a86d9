import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { previewToken } from '../../src/preview/links'
import { api, getWithHost, login } from '../helpers/api'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'

/**
 * Live preview on the belt's own portal: a signed link opens one document's latest draft there,
 * framed only by the admin; every other link, belt or document is refused, and the public
 * pages keep showing what is published.
 */
const host = (belt: string) => `${belt}.localhost:${inject('port')}`
const admin = 'http://localhost:3000'
let operator: string
let beltA: number | string
let beltB: number | string
let page: { id: number | string; slug: string }
let product: { id: number | string; slug: string }

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  beltA = await idBy('tenants', 'slug', cast.beltA.slug)
  beltB = await idBy('tenants', 'slug', cast.beltB.slug)
  const slug = unique('preview-page')
  const created = await api('/api/pages', {
    method: 'POST',
    token: operator,
    body: { title: '已发布的标题', slug, _status: 'published' },
  })
  expect(created.status, created.text).toBe(201)
  page = { id: created.json.doc.id, slug }
  // An edit saved as a draft: the portal keeps the published title.
  const edited = await api(`/api/pages/${page.id}?draft=true`, {
    method: 'PATCH',
    token: operator,
    body: { title: '草稿里的新标题', _status: 'draft' },
  })
  expect(edited.status, edited.text).toBe(200)

  const member = await login(memberEmail(cast.factoryA1.slug))
  const sku = unique('PV')
  const draft = await api('/api/products?draft=true', {
    method: 'POST',
    token: member,
    body: {
      sku,
      name: '未发布的新品',
      moq: { quantity: 100, unit: 'piece' },
      priceTiers: [{ minQuantity: 100, unitPrice: 2.5 }],
      _status: 'draft',
    },
  })
  expect(draft.status, draft.text).toBe(201)
  product = { id: draft.json.doc.id, slug: draft.json.doc.slug }
})

afterAll(async () => {
  await api(`/api/pages/${page.id}`, { method: 'DELETE', token: operator })
  await api(`/api/products/${product.id}`, { method: 'DELETE', token: operator })
})

const link = (
  collection: Parameters<typeof previewToken>[0]['c'],
  id: number | string,
  belt: number | string,
  path = `/preview/${collection}/${id}`,
) => `${path}?token=${previewToken({ c: collection, i: String(id), b: String(belt), o: admin })}`

describe('live preview', () => {
  it('shows the latest draft on the belt’s portal, uncached, framed only by the admin, while the public page stays published', async () => {
    const preview = await getWithHost(link('pages', page.id, beltA), host(cast.beltA.slug))
    expect(preview.status, preview.body.slice(0, 300)).toBe(200)
    expect(preview.body).toContain('草稿里的新标题')
    expect(preview.body).toContain('实时预览')
    expect(preview.body).toContain(`data-admin="${admin}"`)
    expect(preview.headers['cache-control']).toBe('private, no-store')
    expect(preview.body).toContain('<meta name="robots" content="noindex"/>')
    const csp = String(preview.headers['content-security-policy'])
    expect(csp).toMatch(new RegExp(`frame-ancestors 'self'[^;]* ${admin}`))

    const published = await getWithHost(`/${page.slug}`, host(cast.beltA.slug))
    expect(published.status).toBe(200)
    expect(published.body).toContain('已发布的标题')
    expect(published.body).not.toContain('草稿里的新标题')
    expect(String(published.headers['content-security-policy'])).not.toContain(admin)
  })

  it('previews a product that was never published, in English, while buyers get 404', async () => {
    const preview = await getWithHost(
      link('products', product.id, beltA, `/en/preview/products/${product.id}`),
      host(cast.beltA.slug),
    )
    expect(preview.status, preview.body.slice(0, 300)).toBe(200)
    expect(preview.body).toContain('未发布的新品')
    expect(preview.body).toContain('Live preview: this is an unpublished draft')
    expect((await getWithHost(`/en/products/${product.slug}`, host(cast.beltA.slug))).status).toBe(
      404,
    )
  })

  it('previews a factory’s and a campaign’s draft edits, and publishing them back leaves the public pages as they were', async () => {
    const cases = [
      {
        collection: 'factories' as const,
        slug: cast.factoryA1.slug,
        field: 'summary',
        path: `/factories/${cast.factoryA1.slug}`,
      },
      {
        collection: 'campaigns' as const,
        slug: cast.beltA.campaigns![0].slug,
        field: 'tagline',
        path: `/campaigns/${cast.beltA.campaigns![0].slug}`,
      },
    ]
    for (const { collection, slug, field, path } of cases) {
      const id = await idBy(collection, 'slug', slug)
      const original = (
        await api(`/api/${collection}/${id}?depth=0&locale=zh`, { token: operator })
      ).json[field]
      const draft = await api(`/api/${collection}/${id}?draft=true`, {
        method: 'PATCH',
        token: operator,
        body: { [field]: `草稿预览 ${collection}`, _status: 'draft' },
      })
      expect(draft.status, draft.text).toBe(200)
      try {
        const preview = await getWithHost(link(collection, id, beltA), host(cast.beltA.slug))
        expect(preview.status, `${collection}: ${preview.body.slice(0, 200)}`).toBe(200)
        expect(preview.body, collection).toContain(`草稿预览 ${collection}`)
        const published = await getWithHost(path, host(cast.beltA.slug))
        expect(published.body, collection).not.toContain(`草稿预览 ${collection}`)
      } finally {
        await api(`/api/${collection}/${id}`, {
          method: 'PATCH',
          token: operator,
          body: { [field]: original, _status: 'published' },
        })
      }
    }
  })

  it('refuses a forged, expired or mismatched link with 403, finds nothing of another belt, and shows nothing of the draft', async () => {
    const good = link('pages', page.id, beltA)
    const forged = good.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'))
    const expired = `/preview/pages/${page.id}?token=${previewToken({ c: 'pages', i: String(page.id), b: String(beltA), o: admin }, Date.now() - 3 * 60 * 60 * 1000)}`
    const otherDocument = link('pages', page.id, beltA).replace(
      `/preview/pages/${page.id}`,
      `/preview/pages/${product.id}`,
    )
    const otherCollection = link('pages', page.id, beltA).replace(
      '/preview/pages/',
      '/preview/products/',
    )
    const cases = [
      ['forged', forged, cast.beltA.slug, 403],
      ['expired', expired, cast.beltA.slug, 403],
      ['no token', `/preview/pages/${page.id}`, cast.beltA.slug, 403],
      ['another document', otherDocument, cast.beltA.slug, 403],
      ['another collection', otherCollection, cast.beltA.slug, 403],
      ['on another belt’s portal', good, cast.beltB.slug, 403],
      // A validly signed link for belt B cannot reach belt A's page: the lookup stays in belt B.
      ['signed for another belt', link('pages', page.id, beltB), cast.beltB.slug, 404],
    ] as const
    for (const [name, path, belt, status] of cases) {
      const response = await getWithHost(path, host(belt))
      expect(response.status, name).toBe(status)
      if (status === 403) expect(response.body, name).toContain('预览链接无效')
      expect(response.body, name).not.toContain('草稿里的新标题')
    }
  })
})
