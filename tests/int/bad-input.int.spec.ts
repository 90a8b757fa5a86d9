import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, errorPaths, login, requestOnce } from '../helpers/api'
import { adminRead, cast, idBy, unique } from '../helpers/fixtures'
import { pngBomb, smallJpeg, uploadForm } from '../helpers/images'

/**
 * Bad input gets a 400 that names the field — never a 500 — and nothing stored changes.
 */
let operator: string
let admin: string
const ids: Record<string, number | string> = {}
const cleanup: { collection: string; id: number | string }[] = []

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
  ids.beltA = await idBy('tenants', 'slug', cast.beltA.slug)
  ids.beltB = await idBy('tenants', 'slug', cast.beltB.slug)
  ids.factory = await idBy('factories', 'slug', cast.factoryA1.slug)
  ids.product = await idBy('products', 'slug', cast.factoryA1.products[0].slug)
})

afterAll(async () => {
  for (const { collection, id } of cleanup) await api(`/api/${collection}/${id}`, { method: 'DELETE', token: admin })
})

const expectFieldError = (response: { status: number; json: any; text: string }, path: string, status = 400) => {
  expect(response.status, response.text).toBe(status)
  expect(errorPaths(response)).toContain(path)
  expect(response.text).not.toMatch(/at .+\.(ts|js):\d+/) // no stack trace
}

describe('belts', () => {
  it('refuses an invalid slug, domain or colour, naming the field', async () => {
    expectFieldError(await api('/api/tenants', { method: 'POST', token: admin, body: { name: 'x', specialty: 'x', slug: 'Not A Slug' } }), 'slug')
    expectFieldError(
      await api('/api/tenants', { method: 'POST', token: admin, body: { name: 'x', specialty: 'x', slug: unique('ok'), domains: [{ domain: 'http://bad domain' }] } }),
      'domains.0.domain',
    )
    expectFieldError(
      await api(`/api/tenants/${ids.beltA}`, { method: 'PATCH', token: operator, body: { branding: { primaryColour: 'red', accentColour: '#FFFFFF' } } }),
      'branding.primaryColour',
    )
    expect((await adminRead('tenants', ids.beltA)).json.branding.primaryColour).toBe(cast.beltA.branding.primaryColour)
  })

  it('refuses a domain another belt already has, in any case or with a trailing dot', async () => {
    const taken = cast.beltA.domains[0]
    for (const domain of [taken, `${taken.toUpperCase()}.`]) {
      const response = await api(`/api/tenants/${ids.beltB}`, { method: 'PATCH', token: admin, body: { domains: [{ domain }] } })
      expectFieldError(response, 'domains.0.domain')
    }
    const stored = (await adminRead('tenants', ids.beltB)).json.domains.map((row: any) => row.domain)
    expect(stored).toEqual(cast.beltB.domains)
  })

  it('refuses a taken belt slug and an unknown time zone', async () => {
    expectFieldError(await api('/api/tenants', { method: 'POST', token: admin, body: { name: 'x', specialty: 'x', slug: cast.beltA.slug } }), 'slug')
    expectFieldError(await api(`/api/tenants/${ids.beltA}`, { method: 'PATCH', token: operator, body: { timeZone: 'Mars/Olympus' } }), 'timeZone')
  })
})

describe('products', () => {
  const tiers = (bands: [number, number | null, number][]) => bands.map(([minQuantity, maxQuantity, unitPrice]) => ({ minQuantity, maxQuantity, unitPrice }))

  it('refuses overlapping or descending price tiers and an MOQ below 1, keeping the stored tiers', async () => {
    const before = (await adminRead('products', ids.product)).json
    expectFieldError(
      await api(`/api/products/${ids.product}`, { method: 'PATCH', token: operator, body: { priceTiers: tiers([[before.moq.quantity, 500, 3], [400, null, 2]]) } }),
      'priceTiers.1.minQuantity',
    )
    const descending = await api(`/api/products/${ids.product}`, { method: 'PATCH', token: operator, body: { priceTiers: tiers([[1000, 2000, 3], [before.moq.quantity, 999, 4]]) } })
    expectFieldError(descending, 'priceTiers.1.minQuantity')
    expect(descending.text).toMatch(/ascending|从小到大/)
    expectFieldError(await api(`/api/products/${ids.product}`, { method: 'PATCH', token: operator, body: { moq: { quantity: 0, unit: 'piece' } } }), 'moq.quantity')
    const after = (await adminRead('products', ids.product)).json
    expect(after.priceTiers.map((tier: any) => [tier.minQuantity, tier.maxQuantity, tier.unitPrice])).toEqual(
      before.priceTiers.map((tier: any) => [tier.minQuantity, tier.maxQuantity, tier.unitPrice]),
    )
    expect(after.moq.quantity).toBe(before.moq.quantity)
  })

  it('refuses a slug another product of the same belt has, but allows it in another belt', async () => {
    const slug = cast.factoryA1.products[0].slug
    const body = { name: 'dup', slug, factory: ids.factory, moq: { quantity: 1, unit: 'piece' }, priceTiers: [{ minQuantity: 1, unitPrice: 1 }] }
    expectFieldError(await api('/api/products', { method: 'POST', token: operator, body }), 'slug')
    const factoryB = await idBy('factories', 'slug', cast.factoryB1.slug)
    const inB = await api('/api/products', { method: 'POST', token: admin, body: { ...body, tenant: ids.beltB, factory: factoryB } })
    expect(inB.status, inB.text).toBe(201)
    cleanup.push({ collection: 'products', id: inB.json.doc.id })
  })

  it('refuses a category of another belt', async () => {
    const categoryB = await idBy('categories', 'slug', cast.beltB.categories[0].slug)
    expectFieldError(await api(`/api/products/${ids.product}`, { method: 'PATCH', token: operator, body: { category: categoryB } }), 'category')
  })
})

describe('uploads', () => {
  const post = (form: FormData) => api('/api/media', { method: 'POST', token: operator, body: form })

  it('accepts a real image and makes WebP sizes', async () => {
    const response = await post(uploadForm({ file: await smallJpeg(), name: 'ok.jpg', type: 'image/jpeg', data: { alt: '样品' } }))
    expect(response.status, response.text).toBe(201)
    cleanup.push({ collection: 'media', id: response.json.doc.id })
    expect(response.json.doc.mimeType).toBe('image/jpeg')
    expect(response.json.doc.sizes.thumbnail.mimeType).toBe('image/webp')
  })

  it('refuses a text file renamed to .jpg, checked by content', async () => {
    const fake = Buffer.from('<script>alert(1)</script> this is not an image')
    expectFieldError(await post(uploadForm({ file: fake, name: 'photo.jpg', type: 'image/jpeg', data: { alt: 'x' } })), 'file')
  })

  it('refuses a decompression bomb without decoding it', async () => {
    const bomb = pngBomb()
    expect(bomb.length).toBeLessThan(200_000)
    const response = await post(uploadForm({ file: bomb, name: 'bomb.png', type: 'image/png', data: { alt: 'x' } }))
    expectFieldError(response, 'file')
    expect(response.text).toMatch(/30000×30000/)
  })

  it('refuses a file over the size limit', async () => {
    const big = Buffer.concat([await smallJpeg(), Buffer.alloc(11 * 1024 * 1024, 1)])
    const form = new Response(uploadForm({ file: big, name: 'big.jpg', type: 'image/jpeg', data: { alt: 'x' } }))
    const response = await requestOnce('/api/media', {
      method: 'POST',
      headers: { authorization: `JWT ${operator}`, 'content-type': form.headers.get('content-type') ?? '' },
      body: Buffer.from(await form.arrayBuffer()),
    })
    expect(response.status, response.text).toBe(413)
    expect(response.text).toMatch(/size|大/i)
  })

  it('refuses an image without alt text', async () => {
    expectFieldError(await post(uploadForm({ file: await smallJpeg(), name: 'noalt.jpg', type: 'image/jpeg', data: {} })), 'alt')
  })
})

describe('requests', () => {
  it('refuses an unknown locale, naming the parameter', async () => {
    expectFieldError(await api('/api/products?locale=xx'), 'locale')
    expectFieldError(await api('/api/products?locale=en&fallback-locale=klingon'), 'fallback-locale')
    // "No fallback", as the admin's save requests send it, is not an unknown locale.
    expect((await api('/api/products?locale=zh&fallback-locale=null&limit=1')).status).toBe(200)
    expectFieldError(await api('/api/products?locale=null'), 'locale')
    const english = await api(`/api/products/${ids.product}?locale=en&depth=0`)
    expect(english.status).toBe(200)
    expect(english.json.name).toBe(cast.factoryA1.products[0].name.en)
    const chinese = await api(`/api/products/${ids.product}?depth=0`)
    expect(chinese.json.name).toBe(cast.factoryA1.products[0].name.zh)
  })

  it('falls back to Chinese where the English text is missing', async () => {
    const slug = unique('zh-only')
    const created = await api('/api/categories', { method: 'POST', token: operator, body: { name: '只有中文', slug } })
    expect(created.status).toBe(201)
    cleanup.push({ collection: 'categories', id: created.json.doc.id })
    const english = await api(`/api/categories/${created.json.doc.id}?locale=en`, { token: operator })
    expect(english.json.name).toBe('只有中文')
  })

  it('answers malformed JSON and unknown IDs without a 500', async () => {
    const malformed = await fetch(`${(await import('../helpers/api')).baseURL()}/api/factories/${ids.factory}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${operator}` },
      body: '{"name": ',
    })
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
    expect((await api('/api/factories/999999999', { token: operator })).status).toBe(404)
  })
})
