import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, login } from '../helpers/api'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'

/**
 * SEO at scale: a sitemap index per belt whose files stay within the protocol's limits, and a
 * renamed page, factory, product or campaign that leaves a 301 from the address the public knew.
 */
const port = () => inject('port')
const zhili = (path: string) => getWithHost(path, `zhili.localhost:${port()}`)
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${port()}`)

let operator: string
let operatorB: string
let beltA: number | string
const cleanup: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  operatorB = await login(cast.emails.operatorB)
  beltA = await idBy('tenants', 'slug', cast.beltA.slug)
})

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo()
})

/** Every file the index names, fetched through the index: what a crawler reads. */
const wholeSitemap = async (get: typeof zhili) => {
  const index = await get('/sitemap.xml')
  expect(index.status).toBe(200)
  expect(index.body).toContain('<sitemapindex')
  const files = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc))
  const bodies: string[] = []
  for (const file of files) {
    const response = await get(file.pathname)
    expect(response.status, file.pathname).toBe(200)
    expect(response.headers['content-type']).toMatch(/xml/)
    bodies.push(response.body)
  }
  return { index, files, bodies, all: bodies.join('\n') }
}

const patch = (
  collection: string,
  id: number | string,
  body: Record<string, unknown>,
  draft = false,
) =>
  api(`/api/${collection}/${id}${draft ? '?draft=true' : ''}`, {
    method: 'PATCH',
    token: operator,
    body,
  })

const newProduct = async () => {
  const slug = unique('renamed-romper')
  const response = await api('/api/products', {
    method: 'POST',
    token: operator,
    body: {
      name: unique('Renamed romper'),
      slug,
      factory: await idBy('factories', 'slug', cast.factoryA1.slug),
      moq: { quantity: 100, unit: 'piece' },
      priceTiers: [{ minQuantity: 100, unitPrice: 2.5 }],
      _status: 'published',
    },
  })
  expect(response.status, response.text).toBe(201)
  const { id } = response.json.doc
  cleanup.push(() => api(`/api/products/${id}`, { method: 'DELETE', token: operator }))
  return { id: id as number, slug }
}

describe('sitemaps', () => {
  it('the index names files of at most 50,000 URLs that list the belt’s own published documents, with lastmod', async () => {
    const { index, files, all, bodies } = await wholeSitemap(zhili)
    const names = files.map((file) => file.pathname)
    for (const kind of ['pages', 'factories', 'products', 'campaigns'])
      expect(names).toContain(`/sitemaps/${kind}-1.xml`)
    for (const file of files) expect(file.host).toBe(cast.beltA.domains[0])
    expect(index.body).not.toContain(cast.beltB.domains[0])
    for (const body of bodies) {
      expect(body.match(/<url>/g)?.length ?? 0).toBeLessThanOrEqual(50_000)
      expect(Buffer.byteLength(body)).toBeLessThan(50 * 1024 * 1024)
    }
    expect(all).toContain(`https://${cast.beltA.domains[0]}/factories/${cast.factoryA1.slug}</loc>`)
    expect(all).toContain(
      `https://${cast.beltA.domains[0]}/en/products/${cast.factoryA1.products[0].slug}</loc>`,
    )
    expect(all).toContain(`https://${cast.beltA.domains[0]}/ar/factories/${cast.factoryA1.slug}`)
    expect(all).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/)
    for (const factory of cast.beltB.factories) expect(all).not.toContain(`/${factory.slug}<`)
    expect(all).not.toContain(cast.beltB.domains[0])
  })

  it('another belt’s index lists none of this belt’s documents', async () => {
    const { all } = await wholeSitemap(yiwu)
    expect(all).toContain(`/factories/${cast.factoryB1.slug}</loc>`)
    expect(all).not.toContain(cast.factoryA1.slug)
  })

  it('a file past the last, or a name that is not one of ours, is a 404', async () => {
    for (const path of [
      '/sitemaps/products-999.xml',
      '/sitemaps/products-0.xml',
      '/sitemaps/users-1.xml',
      '/sitemaps/products.xml',
      '/sitemaps/products-1-1.xml',
    ])
      expect((await zhili(path)).status, path).toBe(404)
  })
})

describe('a renamed document keeps its old address', () => {
  it('publishing a new slug answers the old address with a 301 to the new one, in the page’s language, without chains', async () => {
    const { id, slug: first } = await newProduct()
    expect((await zhili(`/products/${first}`)).status).toBe(200)
    const second = unique('renamed-romper-b')
    expect((await patch('products', id, { slug: second })).status).toBe(200)

    const moved = await zhili(`/products/${first}?ref=mail`)
    expect(moved.status).toBe(301)
    expect(moved.headers.location).toBe(`/products/${second}?ref=mail`)
    const movedEn = await zhili(`/en/products/${first}`)
    expect(movedEn.status).toBe(301)
    expect(movedEn.headers.location).toBe(`/en/products/${second}`)
    expect((await zhili(`/products/${second}`)).status).toBe(200)

    // Renamed again: both old addresses go straight to the newest one.
    const third = unique('renamed-romper-c')
    expect((await patch('products', id, { slug: third })).status).toBe(200)
    for (const old of [first, second]) {
      const response = await zhili(`/products/${old}`)
      expect(response.status, old).toBe(301)
      expect(response.headers.location).toBe(`/products/${third}`)
    }
    // And back to the first name: it is the product's own again, no loop.
    expect((await patch('products', id, { slug: first })).status).toBe(200)
    expect((await zhili(`/products/${first}`)).status).toBe(200)
    expect((await zhili(`/products/${third}`)).headers.location).toBe(`/products/${first}`)
  })

  it('a slug changed in a draft moves nothing until it is published', async () => {
    const { id, slug } = await newProduct()
    const draftSlug = unique('draft-slug')
    expect((await patch('products', id, { slug: draftSlug }, true)).status).toBe(200)
    expect((await zhili(`/products/${slug}`)).status).toBe(200)
    expect((await zhili(`/products/${draftSlug}`)).status).toBe(404)
    expect((await patch('products', id, { _status: 'published' })).status).toBe(200)
    const moved = await zhili(`/products/${slug}`)
    expect(moved.status).toBe(301)
    expect(moved.headers.location).toBe(`/products/${draftSlug}`)
  })

  it('a redirect never shows what the public may not see: another belt’s host, or a target gone back to draft', async () => {
    const { id, slug } = await newProduct()
    const renamed = unique('renamed-hidden')
    expect((await patch('products', id, { slug: renamed })).status).toBe(200)
    expect((await yiwu(`/products/${slug}`)).status).toBe(404)
    expect(
      (
        await api(`/api/products/${id}`, {
          method: 'PATCH',
          token: operator,
          body: { _status: 'draft' },
        })
      ).status,
    ).toBe(200)
    expect((await zhili(`/products/${slug}`)).status).toBe(404)
  })
})

describe('who may read and write redirects', () => {
  it('the belt’s operator reads and edits its redirects; another belt’s operator, a factory member and the public do not', async () => {
    const { id, slug } = await newProduct()
    expect((await patch('products', id, { slug: unique('moved-for-access') })).status).toBe(200)
    const where = `where[from][equals]=${encodeURIComponent(`/products/${slug}`)}`
    const own = await api(`/api/redirects?${where}`, { token: operator })
    expect(own.status).toBe(200)
    expect(own.json.docs).toHaveLength(1)
    const redirectID = own.json.docs[0].id

    const other = await api(`/api/redirects?${where}`, { token: operatorB })
    expect(other.json.docs ?? []).toHaveLength(0)
    expect((await api(`/api/redirects/${redirectID}`, { token: operatorB })).status).toBe(404)
    expect(
      (
        await api(`/api/redirects/${redirectID}`, {
          method: 'PATCH',
          token: operatorB,
          body: { from: '/x' },
        })
      ).status,
    ).toBe(403)
    expect((await api(`/api/redirects/${redirectID}`, { token: operator })).json.from).toBe(
      `/products/${slug}`,
    )
    const anonymous = await api(`/api/redirects?${where}`)
    expect(anonymous.status === 403 || anonymous.json.docs.length === 0).toBe(true)
    const member = await login(memberEmail(cast.factoryA1.slug))
    const asMember = await api(`/api/redirects?${where}`, { token: member })
    expect(asMember.status === 403 || asMember.json.docs.length === 0).toBe(true)
    expect(
      (
        await api('/api/redirects', {
          method: 'POST',
          token: member,
          body: { from: '/a', to: { type: 'custom', url: '/b' } },
        })
      ).status,
    ).toBe(403)
    // Another belt's operator cannot plant a redirect in this belt.
    const planted = await api('/api/redirects', {
      method: 'POST',
      token: operatorB,
      body: { from: '/planted', tenant: beltA, to: { type: 'custom', url: '/factories' } },
    })
    expect(planted.status).toBeGreaterThanOrEqual(400)
    expect((await zhili('/planted')).status).toBe(404)
  })

  it('an operator’s own redirect works; one to another site, or from a malformed address, is a 400 naming the field', async () => {
    const from = `/${unique('old-fair-page')}`
    const made = await api('/api/redirects', {
      method: 'POST',
      token: operator,
      body: { from: `/en${from}/`, to: { type: 'custom', url: '/factories' } },
    })
    expect(made.status, made.text).toBe(201)
    cleanup.push(() =>
      api(`/api/redirects/${made.json.doc.id}`, { method: 'DELETE', token: operator }),
    )
    expect(made.json.doc.from).toBe(from)
    const response = await zhili(`/es${from}`)
    expect(response.status).toBe(301)
    expect(response.headers.location).toBe('/es/factories')

    for (const [body, field] of [
      [{ from: '/x-offsite', to: { type: 'custom', url: 'https://evil.example/' } }, 'to.url'],
      [{ from: '/x-offsite2', to: { type: 'custom', url: '//evil.example/' } }, 'to.url'],
      // Without its language prefix this is `//evil.example`.
      [{ from: '/x-offsite3', to: { type: 'custom', url: '/zh//evil.example/' } }, 'to.url'],
      [{ from: '/x-offsite4', to: { type: 'custom', url: '/en//evil.example' } }, 'to.url'],
      [{ from: '/zh//evil.example', to: { type: 'custom', url: '/factories' } }, 'from'],
      [{ from: 'no-slash', to: { type: 'custom', url: '/factories' } }, 'from'],
    ] as const) {
      const refused = await api('/api/redirects', { method: 'POST', token: operator, body })
      expect(refused.status, JSON.stringify(body)).toBe(400)
      expect(JSON.stringify(refused.json)).toContain(field)
    }
  })
})

describe('the default language’s redirect', () => {
  it('stays on the site: /zh//evil.example or /zh/%5Cevil.example is not a link to another site', async () => {
    const hub = (path: string) => getWithHost(path, `localhost:${port()}`)
    for (const get of [zhili, hub]) {
      for (const [path, location] of [
        ['/zh//evil.example/x?a=1', '/evil.example/x?a=1'],
        ['/zh/%2Fevil.example', '/evil.example'],
        ['/zh/%5Cevil.example', '/evil.example'],
        ['/zh/\\evil.example', '/evil.example'],
        ['/zh/%2F%5C%2Fevil.example', '/evil.example'],
      ]) {
        const response = await get(path)
        expect(response.status, path).toBe(301)
        expect(response.headers.location, path).toBe(location)
      }
      // What was allowed still is.
      expect((await get('/zh/factories')).headers.location).toBe('/factories')
    }
  })
})
