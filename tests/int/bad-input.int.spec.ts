import http from 'node:http'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SLUGS } from '../../src/constants'
import { api, errorPaths, graphql, login, requestOnce } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { adminRead, cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { pngBomb, smallJpeg, uploadForm } from '../helpers/images'
import { startServer, stopServer, type RunningServer } from '../setup/server'

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
  for (const { collection, id } of cleanup)
    await api(`/api/${collection}/${id}`, { method: 'DELETE', token: admin })
})

const expectFieldError = (
  response: { status: number; json: any; text: string },
  path: string,
  status = 400,
) => {
  expect(response.status, response.text).toBe(status)
  expect(errorPaths(response)).toContain(path)
  expect(response.text).not.toMatch(/at .+\.(ts|js):\d+/) // no stack trace
}

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

describe('uploads', () => {
  const post = (form: FormData) =>
    api('/api/media', { method: 'POST', token: operator, body: form })

  it('accepts a real image and makes WebP sizes', async () => {
    const response = await post(
      uploadForm({
        file: await smallJpeg(),
        name: 'ok.jpg',
        type: 'image/jpeg',
        data: { alt: '样品' },
      }),
    )
    expect(response.status, response.text).toBe(201)
    cleanup.push({ collection: 'media', id: response.json.doc.id })
    expect(response.json.doc.mimeType).toBe('image/jpeg')
    expect(response.json.doc.sizes.thumbnail.mimeType).toBe('image/webp')
  })

  it('refuses a text file renamed to .jpg, checked by content', async () => {
    const fake = Buffer.from('<script>alert(1)</script> this is not an image')
    expectFieldError(
      await post(
        uploadForm({ file: fake, name: 'photo.jpg', type: 'image/jpeg', data: { alt: 'x' } }),
      ),
      'file',
    )
  })

  it('refuses a decompression bomb without decoding it', async () => {
    const bomb = pngBomb()
    expect(bomb.length).toBeLessThan(200_000)
    const response = await post(
      uploadForm({ file: bomb, name: 'bomb.png', type: 'image/png', data: { alt: 'x' } }),
    )
    expectFieldError(response, 'file')
    expect(response.text).toMatch(/30000×30000/)
  })

  it('refuses a file over the size limit', async () => {
    const big = Buffer.concat([await smallJpeg(), Buffer.alloc(11 * 1024 * 1024, 1)])
    const form = new Response(
      uploadForm({ file: big, name: 'big.jpg', type: 'image/jpeg', data: { alt: 'x' } }),
    )
    const response = await requestOnce('/api/media', {
      method: 'POST',
      headers: {
        authorization: `JWT ${operator}`,
        'content-type': form.headers.get('content-type') ?? '',
      },
      body: Buffer.from(await form.arrayBuffer()),
    })
    expect(response.status, response.text).toBe(413)
    expect(response.text).toMatch(/size|大/i)
  })

  it('refuses an image without alt text', async () => {
    expectFieldError(
      await post(
        uploadForm({ file: await smallJpeg(), name: 'noalt.jpg', type: 'image/jpeg', data: {} }),
      ),
      'alt',
    )
  })
})

describe('requests', () => {
  it('refuses an unknown locale, naming the parameter', async () => {
    expectFieldError(await api('/api/products?locale=xx'), 'locale')
    expectFieldError(
      await api('/api/products?locale=en&fallback-locale=klingon'),
      'fallback-locale',
    )
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
    const created = await api('/api/categories', {
      method: 'POST',
      token: operator,
      body: { name: '只有中文', slug },
    })
    expect(created.status).toBe(201)
    cleanup.push({ collection: 'categories', id: created.json.doc.id })
    const english = await api(`/api/categories/${created.json.doc.id}?locale=en`, {
      token: operator,
    })
    expect(english.json.name).toBe('只有中文')
  })

  it('answers malformed JSON and unknown IDs without a 500', async () => {
    const malformed = await fetch(
      `${(await import('../helpers/api')).baseURL()}/api/factories/${ids.factory}`,
      {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${operator}` },
        body: '{"name": ',
      },
    )
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
    expect((await api('/api/factories/999999999', { token: operator })).status).toBe(404)
  })
})

describe('query parameters', () => {
  // Every collection the API serves, Payload's own included (they answered these with a 500).
  const collections = [
    ...Object.values(SLUGS),
    'payload-preferences',
    'payload-locked-documents',
    'payload-jobs',
    'payload-kv',
  ]

  it('refuses ?page=1e20 on every collection with a 400 naming page', async () => {
    for (const collection of collections) {
      for (const token of [undefined, admin]) {
        const response = await api(`/api/${collection}?page=1e20`, { token })
        expect(response.status, `${collection}: ${response.text}`).toBe(400)
        expect(errorPaths(response), collection).toEqual(['page'])
      }
    }
  })

  it('refuses limit, depth, draft and sort it cannot use, and a where that is not JSON, naming each', async () => {
    expectFieldError(await api('/api/products?limit=1e20'), 'limit')
    expectFieldError(await api('/api/products?limit=-1'), 'limit')
    expectFieldError(await api('/api/products?depth=abc'), 'depth')
    expectFieldError(await api('/api/products?draft=maybe'), 'draft')
    expectFieldError(await api('/api/products?sort[x]=1'), 'sort')
    expectFieldError(await api('/api/products?where=%25'), 'where')
    expectFieldError(await api('/api/pages?sort=title,-layout', { token: admin }), 'sort')
    // What clients send every day still works.
    expect(
      (await api('/api/products?page=2&limit=0&depth=0&draft=false&sort=-createdAt,name')).status,
    ).toBe(200)
    expect(
      (
        await api(
          `/api/products?where=${encodeURIComponent(JSON.stringify({ slug: { equals: cast.factoryA1.products[0].slug } }))}&depth=0`,
        )
      ).json.totalDocs,
    ).toBe(1)
  })

  it('refuses where operators a field cannot take, naming the parameter', async () => {
    expectFieldError(await api('/api/products?where[name][near]=1,2'), 'where[name][near]')
    expectFieldError(await api('/api/products?where[name][within]=1'), 'where[name][within]')
    expectFieldError(
      await api('/api/products?where[createdAt][greater_than]=not-a-date'),
      'where[createdAt][greater_than]',
    )
    expectFieldError(await api('/api/products?where[factory][equals]=zz'), 'where[factory][equals]')
    expectFieldError(await api('/api/products?where[id][in]=abc'), 'where[id][in]')
    expectFieldError(
      await api('/api/products?where[customisation][all]=oem'),
      'where[customisation][all]',
    )
    expectFieldError(
      await api('/api/pages?where[tenant][not_in]=null', { token: admin }),
      'where[tenant][not_in]',
    )
    expectFieldError(
      await api('/api/products/count?where[or][0][leadTimeDays][equals]=NaN'),
      'where[or][0][leadTimeDays][equals]',
    )
    expectFieldError(await api('/api/products?where[name.en][near]=1,2'), 'where[name.en][near]')
    expectFieldError(
      await api('/api/products/versions?where[version.factory][equals]=zz', { token: admin }),
      'where[version.factory][equals]',
    )
  })

  it('answers a staff member’s where on a link to several collections with a 400, not a 500', async () => {
    for (const email of [cast.emails.operatorA, memberEmail(cast.factoryA1.slug)]) {
      const token = await login(email)
      expectFieldError(
        await api('/api/payload-preferences?where[user][exists]=true', { token }),
        'where[user][exists]',
      )
      expectFieldError(
        await api('/api/payload-preferences?where[user.value][in]=1', { token }),
        'where[user.value][in]',
      )
      // The parts of the link can be queried.
      expect(
        (await api('/api/payload-preferences?where[user.value][equals]=1', { token })).status,
      ).toBe(200)
    }
  })

  it('answers a malformed ID like an unknown one, and the migrations log and missing versions as no route at all', async () => {
    for (const id of ['abc', '1.5', '1e20'])
      expect((await api(`/api/products/${id}`)).status).toBe(404)
    // Collections that keep no versions have no versions route (Payload answered 500).
    for (const collection of ['media', 'tenants', 'live-sessions'])
      expect((await api(`/api/${collection}/versions`, { token: admin })).status, collection).toBe(
        404,
      )
    expect((await api('/api/products/versions?limit=1', { token: admin })).status).toBe(200)
    for (const token of [undefined, admin]) {
      const migrations = await api('/api/payload-migrations', { token })
      expect(migrations.status, migrations.text).toBe(404)
      expect(migrations.text).not.toMatch(/at .+\.(ts|js):\d+/)
    }
  })
})

describe('GraphQL depth', () => {
  // GraphQL over HTTP: a client that accepts application/graphql-response+json gets a refused
  // query as a 400; one that asks for plain JSON (the legacy type) gets 200 with the errors only.
  const query = (text: string, accept = 'application/graphql-response+json') =>
    api('/api/graphql', { method: 'POST', body: { query: text }, headers: { accept } })

  it('runs a query 7 levels deep and refuses one 8 deep with a 400 naming the depth', async () => {
    const seven = await query(
      '{ Products(limit: 1) { docs { factory { tenant { branding { logo { alt } } } } } } }',
    )
    expect(seven.status, seven.text).toBe(200)
    expect(seven.json.errors).toBeUndefined()
    const deep =
      '{ Products(limit: 1) { docs { factory { tenant { branding { logo { tenant { name } } } } } } } }'
    const eight = await query(deep)
    expect(eight.status, eight.text).toBe(400)
    expect(eight.json.errors[0].message).toMatch(/depth 8 exceeds the maximum depth of 7/)
    expect(eight.json.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      depth: 8,
      maxDepth: 7,
    })
    const legacy = await graphql(deep)
    expect(legacy.json.errors[0].extensions).toMatchObject({ depth: 8, maxDepth: 7 })
    expect(legacy.json.data).toBeUndefined()
    // Through a fragment it is the same depth.
    const viaFragment = await query(
      'fragment T on Tenant { branding { logo { tenant { name } } } } { Products(limit: 1) { docs { factory { tenant { ...T } } } } }',
    )
    expect(viaFragment.status, viaFragment.text).toBe(400)
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

/** A portal form post, to a host name, over IPv4 or IPv6 loopback, optionally through a proxy header. */
const postForm = (
  port: number,
  path: string,
  form: Record<string, string>,
  { connectTo = '127.0.0.1', forwardedFor }: { connectTo?: string; forwardedFor?: string } = {},
) =>
  new Promise<{ status: number; body: string; location?: string }>((resolve, reject) => {
    const body = Buffer.from(new URLSearchParams(form).toString())
    const outgoing = http.request(
      {
        host: connectTo,
        port,
        path,
        method: 'POST',
        agent: false,
        headers: {
          host: `zhili.localhost:${port}`,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': body.length,
          ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: text,
            location: response.headers.location,
          }),
        )
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })

const inquiryForm = (extra: Record<string, string> = {}) => ({
  message: `Please quote ${unique('lot')} for our stores.`,
  name: 'Ana Souza',
  email: `${unique('ana')}@example.com`,
  ...extra,
})

describe('the portal’s inquiry form', () => {
  const formPath = `/en/factories/${cast.factoryA1.slug}/inquire`

  it('refuses 0x10, 1e308, Infinity and NUL bytes in numeric and text fields, naming the field', async () => {
    const port = inject('port')
    const before = (await api('/api/inquiries?limit=0', { token: admin })).json.totalDocs
    for (const [field, value] of [
      ['quantity', '0x10'],
      ['quantity', '1e3'],
      ['targetPrice', '1e308'],
      ['targetPrice', 'Infinity'],
      ['targetPrice', '0x10'],
      ['company', 'Loja\u0000Kids'],
      ['name', 'Ana\u0000'],
      ['message', 'Please quote\u0000 500 sets now'],
    ] as const) {
      const response = await postForm(port, formPath, inquiryForm({ [field]: value }))
      expect(response.status, `${field}=${JSON.stringify(value)}`).toBe(400)
      // The field itself is marked and described by its error.
      const tag =
        response.body.match(new RegExp(`<(?:input|textarea)[^>]*name="${field}"[^>]*>`))?.[0] ?? ''
      expect(tag, field).toContain('aria-invalid="true"')
    }
    expect((await api('/api/inquiries?limit=0', { token: admin })).json.totalDocs).toBe(before)
  })

  it('counts one mailbox once however its +tag or case is written', async () => {
    const port = inject('port')
    const mailbox = unique('alias')
    const statuses: number[] = []
    // The per-e-mail limit is 5 in ten minutes (CHANDI_INQUIRY_LIMIT_EMAIL); seven aliases of one mailbox meet it.
    for (let index = 0; index < 7; index += 1) {
      const email = `${index % 2 ? mailbox.toUpperCase() : mailbox}+tag${index}@example.com`
      const response = await postForm(port, formPath, inquiryForm({ email }))
      statuses.push(response.status)
    }
    const member = await login(memberEmail(cast.factoryA1.slug))
    const mine = await api(
      `/api/inquiries?where[buyer.email][like]=${encodeURIComponent(mailbox.toLowerCase())}&limit=0&depth=0`,
      { token: member },
    )
    for (const doc of mine.json.docs) cleanup.push({ collection: 'inquiries', id: doc.id })
    expect(statuses[0]).toBe(303)
    expect(statuses.filter((status) => status === 429).length, statuses.join(',')).toBeGreaterThan(
      0,
    )
    expect(mine.json.docs.length).toBe(statuses.filter((status) => status === 303).length)
  })
})

describe('addresses the per-address inquiry limit counts by', () => {
  let server: RunningServer
  let copy: Awaited<ReturnType<typeof copySuiteDatabase>>
  const formPath = `/en/factories/${cast.factoryA1.slug}/inquire`

  beforeAll(async () => {
    copy = await copySuiteDatabase('addresses')
    // Two inquiries per address in ten minutes; a trusted proxy on the loopback names the rest.
    server = await startServer({
      env: { ...copy.env, CHANDI_INQUIRY_LIMIT_IP: '2', TRUST_PROXY: 'loopback' },
    })
  })
  afterAll(async () => {
    if (server) await stopServer(server)
    await copy?.remove()
  })

  const statusesFrom = async (sources: { connectTo?: string; forwardedFor?: string }[]) => {
    const statuses: number[] = []
    for (const source of sources)
      statuses.push((await postForm(server.port, formPath, inquiryForm(), source)).status)
    return statuses
  }

  it('::1 and 127.0.0.1 are one address', async () => {
    expect(
      await statusesFrom([
        { connectTo: '127.0.0.1' },
        { connectTo: '::1' },
        { connectTo: '127.0.0.1' },
      ]),
    ).toEqual([303, 303, 429])
  })

  it('::ffff:1.2.3.4 is 1.2.3.4', async () => {
    expect(
      await statusesFrom([
        { forwardedFor: '203.0.113.7' },
        { forwardedFor: '::ffff:203.0.113.7' },
        { forwardedFor: '203.0.113.7' },
      ]),
    ).toEqual([303, 303, 429])
  })

  it('IPv6 addresses of one /64 are one address, another /64 is another', async () => {
    expect(
      await statusesFrom([
        { forwardedFor: '2001:db8:17:1::1' },
        { forwardedFor: '2001:db8:17:1::2' },
        { forwardedFor: '2001:db8:17:1:abcd::3' },
      ]),
    ).toEqual([303, 303, 429])
    expect(await statusesFrom([{ forwardedFor: '2001:db8:17:2::1' }])).toEqual([303])
  })
})
