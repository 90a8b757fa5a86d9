import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/api'
import { adminRead, cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { cleanupAfter, expectFieldError, idsBefore } from '../helpers/setup'

/**
 * Bad input gets a 400 that names the field — never a 500 — and nothing stored changes: belts,
 * products, live sessions, and odd numbers or control characters in any of them.
 */
let operator: string
let admin: string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
})

const ids = idsBefore({
  beltA: ['tenants', 'slug', cast.beltA.slug],
  beltB: ['tenants', 'slug', cast.beltB.slug],
  factory: ['factories', 'slug', cast.factoryA1.slug],
  product: ['products', 'slug', cast.factoryA1.products[0].slug],
})
const cleanup = cleanupAfter()

describe('belts', () => {
  it('refuses an invalid slug, domain or colour, naming the field', async () => {
    expectFieldError(
      await api('/api/tenants', {
        method: 'POST',
        token: admin,
        body: { name: 'x', specialty: 'x', slug: 'Not A Slug' },
      }),
      'slug',
    )
    expectFieldError(
      await api('/api/tenants', {
        method: 'POST',
        token: admin,
        body: {
          name: 'x',
          specialty: 'x',
          slug: unique('ok'),
          domains: [{ domain: 'http://bad domain' }],
        },
      }),
      'domains.0.domain',
    )
    expectFieldError(
      await api(`/api/tenants/${ids.beltA}`, {
        method: 'PATCH',
        token: operator,
        body: { branding: { primaryColour: 'red', accentColour: '#FFFFFF' } },
      }),
      'branding.primaryColour',
    )
    expect((await adminRead('tenants', ids.beltA)).json.branding.primaryColour).toBe(
      cast.beltA.branding.primaryColour,
    )
  })

  it('refuses a domain another belt already has, in any case or with a trailing dot', async () => {
    const taken = cast.beltA.domains[0]
    for (const domain of [taken, `${taken.toUpperCase()}.`]) {
      const response = await api(`/api/tenants/${ids.beltB}`, {
        method: 'PATCH',
        token: admin,
        body: { domains: [{ domain }] },
      })
      expectFieldError(response, 'domains.0.domain')
    }
    const stored = (await adminRead('tenants', ids.beltB)).json.domains.map(
      (row: any) => row.domain,
    )
    expect(stored).toEqual(cast.beltB.domains)
  })

  it('refuses a taken belt slug and an unknown time zone', async () => {
    expectFieldError(
      await api('/api/tenants', {
        method: 'POST',
        token: admin,
        body: { name: 'x', specialty: 'x', slug: cast.beltA.slug },
      }),
      'slug',
    )
    expectFieldError(
      await api(`/api/tenants/${ids.beltA}`, {
        method: 'PATCH',
        token: operator,
        body: { timeZone: 'Mars/Olympus' },
      }),
      'timeZone',
    )
  })
})

describe('products', () => {
  const tiers = (bands: [number, number | null, number][]) =>
    bands.map(([minQuantity, maxQuantity, unitPrice]) => ({ minQuantity, maxQuantity, unitPrice }))

  it('refuses overlapping or descending price tiers and an MOQ below 1, keeping the stored tiers', async () => {
    const before = (await adminRead('products', ids.product)).json
    expectFieldError(
      await api(`/api/products/${ids.product}`, {
        method: 'PATCH',
        token: operator,
        body: {
          priceTiers: tiers([
            [before.moq.quantity, 500, 3],
            [400, null, 2],
          ]),
        },
      }),
      'priceTiers.1.minQuantity',
    )
    const descending = await api(`/api/products/${ids.product}`, {
      method: 'PATCH',
      token: operator,
      body: {
        priceTiers: tiers([
          [1000, 2000, 3],
          [before.moq.quantity, 999, 4],
        ]),
      },
    })
    expectFieldError(descending, 'priceTiers.1.minQuantity')
    expect(descending.text).toMatch(/ascending|从小到大/)
    expectFieldError(
      await api(`/api/products/${ids.product}`, {
        method: 'PATCH',
        token: operator,
        body: { moq: { quantity: 0, unit: 'piece' } },
      }),
      'moq.quantity',
    )
    const after = (await adminRead('products', ids.product)).json
    expect(
      after.priceTiers.map((tier: any) => [tier.minQuantity, tier.maxQuantity, tier.unitPrice]),
    ).toEqual(
      before.priceTiers.map((tier: any) => [tier.minQuantity, tier.maxQuantity, tier.unitPrice]),
    )
    expect(after.moq.quantity).toBe(before.moq.quantity)
  })

  it('refuses a slug another product of the same belt has, but allows it in another belt', async () => {
    const slug = cast.factoryA1.products[0].slug
    const body = {
      name: 'dup',
      slug,
      factory: ids.factory,
      moq: { quantity: 1, unit: 'piece' },
      priceTiers: [{ minQuantity: 1, unitPrice: 1 }],
    }
    expectFieldError(await api('/api/products', { method: 'POST', token: operator, body }), 'slug')
    const factoryB = await idBy('factories', 'slug', cast.factoryB1.slug)
    const inB = await api('/api/products', {
      method: 'POST',
      token: admin,
      body: { ...body, tenant: ids.beltB, factory: factoryB },
    })
    expect(inB.status, inB.text).toBe(201)
    cleanup.push({ collection: 'products', id: inB.json.doc.id })
  })

  it('refuses a category of another belt', async () => {
    const categoryB = await idBy('categories', 'slug', cast.beltB.categories[0].slug)
    expectFieldError(
      await api(`/api/products/${ids.product}`, {
        method: 'PATCH',
        token: operator,
        body: { category: categoryB },
      }),
      'category',
    )
  })
})

describe('odd numbers and control characters', () => {
  const count = async () => (await api('/api/inquiries?limit=0', { token: admin })).json.totalDocs

  it('refuses hex, exponents, Infinity and NUL in an inquiry through REST, naming the field', async () => {
    const before = await count()
    const body = (extra: Record<string, unknown>) => ({
      subject: 'REST inquiry',
      tenant: ids.beltA,
      factory: ids.factory,
      message: 'Please quote 500 sets.',
      buyer: { name: 'Ana', email: `${unique('rest')}@example.com` },
      ...extra,
    })
    expectFieldError(
      await api('/api/inquiries', {
        method: 'POST',
        token: admin,
        body: body({ quantity: '0x10' }),
      }),
      'quantity',
    )
    expectFieldError(
      await api('/api/inquiries', {
        method: 'POST',
        token: admin,
        body: body({ targetPrice: 1e308 }),
      }),
      'targetPrice',
    )
    expectFieldError(
      await api('/api/inquiries', {
        method: 'POST',
        token: admin,
        body: body({ targetPrice: 'Infinity' }),
      }),
      'targetPrice',
    )
    expectFieldError(
      await api('/api/inquiries', {
        method: 'POST',
        token: admin,
        body: body({ buyer: { name: 'A\u0000na', email: 'ana@example.com' } }),
      }),
      'buyer.name',
    )
    expectFieldError(
      await api('/api/inquiries', {
        method: 'POST',
        token: admin,
        body: body({ message: 'Please\u0000 quote' }),
      }),
      'message',
    )
    expect(await count()).toBe(before)
  })

  it('refuses the same in a factory’s reply', async () => {
    const created = await api('/api/inquiries', {
      method: 'POST',
      token: admin,
      body: {
        subject: 'Reply test',
        tenant: ids.beltA,
        factory: ids.factory,
        message: 'Please quote 500 sets.',
        buyer: { name: 'Ana', email: `${unique('reply')}@example.com` },
      },
    })
    expect(created.status, created.text).toBe(201)
    cleanup.push({ collection: 'inquiries', id: created.json.doc.id })
    const member = await login(memberEmail(cast.factoryA1.slug))
    const reply = (extra: Record<string, unknown>) =>
      api(`/api/inquiries/${created.json.doc.id}`, {
        method: 'PATCH',
        token: member,
        body: { replies: [{ author: 'factory', body: 'Our price', ...extra }] },
      })
    expectFieldError(await reply({ body: 'Our\u0000 price' }), 'replies.0.body')
    expectFieldError(
      await reply({ quote: { priceTiers: [{ minQuantity: '0x10', unitPrice: 1 }] } }),
      'replies.0.quote.priceTiers.0.minQuantity',
    )
    expect((await reply({})).status).toBe(200)
  })
})

describe('live sessions', () => {
  const session = (extra: Record<string, unknown>) => ({
    title: 'No stream',
    factory: ids.factory,
    // Far out and at a random hour, clear of the factory's other sessions.
    startsAt: new Date(
      Date.now() + (400 + Math.floor(Math.random() * 300)) * 86_400_000,
    ).toISOString(),
    durationMinutes: 60,
    ...extra,
  })

  it('refuses a session saved without its stream URL with a 400 naming streamURL', async () => {
    expectFieldError(
      await api('/api/live-sessions', { method: 'POST', token: operator, body: session({}) }),
      'streamURL',
    )
    expectFieldError(
      await api('/api/live-sessions', {
        method: 'POST',
        token: operator,
        body: session({ streamURL: '' }),
      }),
      'streamURL',
    )
    const created = await api('/api/live-sessions', {
      method: 'POST',
      token: operator,
      body: session({ streamURL: 'https://live.bilibili.com/1717' }),
    })
    expect(created.status, created.text).toBe(201)
    cleanup.push({ collection: 'live-sessions', id: created.json.doc.id })
    expectFieldError(
      await api(`/api/live-sessions/${created.json.doc.id}`, {
        method: 'PATCH',
        token: operator,
        body: { streamURL: null },
      }),
      'streamURL',
    )
  })
})
