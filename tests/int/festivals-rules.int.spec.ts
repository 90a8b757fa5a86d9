import { beforeAll, describe, expect, it } from 'vitest'

import { api, errorPaths, login } from '../helpers/api'
import { campaignBody, HOUR } from '../helpers/festivals'
import { cast, idBy, memberEmail } from '../helpers/fixtures'
import { cleanupAfter, idsBefore, keptIn } from '../helpers/setup'

/**
 * Campaigns and live sessions: their rules, their windows (with real, short windows and a
 * second server whose clock runs ahead), and their calendar files. This file: the rules.
 */
let operator: string
let admin: string
let member: string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
  member = await login(memberEmail(cast.factoryA1.slug))
})

const ids = idsBefore({
  beltB: ['tenants', 'slug', cast.beltB.slug],
  factoryA1: ['factories', 'slug', cast.factoryA1.slug],
  factoryA2: ['factories', 'slug', cast.factoryA2.slug],
  productA2: ['products', 'slug', cast.factoryA2.products[1].slug],
  productA1: ['products', 'slug', cast.factoryA1.products[1].slug],
})
const cleanup = cleanupAfter({ newestFirst: true })
const kept = keptIn(cleanup)

describe('campaign rules', () => {
  it('refuses an end before the start and a campaign longer than a year', async () => {
    const backwards = await api('/api/campaigns', {
      method: 'POST',
      token: operator,
      body: campaignBody({ endsAt: new Date(Date.now()).toISOString() }),
    })
    expect(backwards.status).toBe(400)
    expect(errorPaths(backwards)).toEqual(['endsAt'])
    const long = await api('/api/campaigns', {
      method: 'POST',
      token: operator,
      body: campaignBody({ endsAt: new Date(Date.now() + 400 * 24 * HOUR).toISOString() }),
    })
    expect(errorPaths(long)).toEqual(['endsAt'])
  })

  it('refuses two campaigns of one kind at once unless the operator confirms', async () => {
    const first = kept(
      'campaigns',
      await api('/api/campaigns', {
        method: 'POST',
        token: operator,
        body: campaignBody({ kind: 'procurement-festival' }),
      }),
    )
    expect(first.status).toBe(201)
    const window = { startsAt: first.json.doc.startsAt, endsAt: first.json.doc.endsAt }
    const second = await api('/api/campaigns', {
      method: 'POST',
      token: operator,
      body: campaignBody({ kind: 'procurement-festival', ...window }),
    })
    expect(second.status).toBe(400)
    expect(errorPaths(second)).toEqual(['confirmOverlap'])
    const confirmed = kept(
      'campaigns',
      await api('/api/campaigns', {
        method: 'POST',
        token: operator,
        body: campaignBody({ kind: 'procurement-festival', confirmOverlap: true, ...window }),
      }),
    )
    expect(confirmed.status).toBe(201)
  })

  it('refuses a festival price above the normal price, or for a product the campaign does not feature', async () => {
    const product = (await api(`/api/products/${ids.productA2}?depth=0`, { token: admin })).json
    const tier = product.priceTiers[0]
    const above = await api('/api/campaigns', {
      method: 'POST',
      token: operator,
      body: campaignBody({
        confirmOverlap: true,
        featuredProducts: [ids.productA2],
        festivalPrices: [
          {
            product: ids.productA2,
            tiers: [{ minQuantity: tier.minQuantity, unitPrice: tier.unitPrice + 1 }],
          },
        ],
      }),
    })
    expect(above.status).toBe(400)
    expect(errorPaths(above)).toEqual(['festivalPrices.0.tiers.0.unitPrice'])
    const outside = await api('/api/campaigns', {
      method: 'POST',
      token: operator,
      body: campaignBody({
        confirmOverlap: true,
        featuredProducts: [],
        festivalPrices: [
          {
            product: ids.productA2,
            tiers: [{ minQuantity: tier.minQuantity, unitPrice: tier.unitPrice - 0.1 }],
          },
        ],
      }),
    })
    expect(errorPaths(outside)).toEqual(['festivalPrices.0.product'])
  })

  it('an operator of belt A cannot create or touch belt B’s campaigns; a factory member cannot create one', async () => {
    expect(
      (
        await api('/api/campaigns', {
          method: 'POST',
          token: operator,
          body: campaignBody({ tenant: ids.beltB }),
        })
      ).status,
    ).toBe(403)
    const campaignB = (
      await api(`/api/campaigns?where[tenant][equals]=${ids.beltB}&limit=1`, { token: admin })
    ).json.docs[0]
    expect(
      (
        await api(`/api/campaigns/${campaignB.id}`, {
          method: 'PATCH',
          token: operator,
          body: { name: 'hijack' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await api('/api/campaigns', { method: 'POST', token: member, body: campaignBody() })).status,
    ).toBe(403)
    const list = await api('/api/campaigns?limit=0', { token: operator })
    expect(
      list.json.docs.every(
        (doc: any) => String(doc.tenant?.id ?? doc.tenant) !== String(ids.beltB),
      ),
    ).toBe(true)
  })

  it('shows operators each campaign’s state', async () => {
    const list = await api(`/api/campaigns?where[slug][equals]=super-origin-day`, {
      token: operator,
    })
    expect(list.json.docs[0].state).toBe('live')
    const yiwu = await api('/api/campaigns?where[slug][equals]=winter-merchant-festival')
    expect(yiwu.json.docs[0].state).toBe('scheduled')
  })
})

describe('live-session rules', () => {
  const sessionBody = (extra: Record<string, unknown> = {}) => ({
    title: 'Test session',
    startsAt: new Date(Date.now() + 40 * 24 * HOUR).toISOString(),
    durationMinutes: 60,
    language: 'en',
    streamURL: 'https://live.bilibili.com/123',
    ...extra,
  })

  it('a factory member schedules for their own factory only', async () => {
    const own = kept(
      'live-sessions',
      await api('/api/live-sessions', { method: 'POST', token: member, body: sessionBody() }),
    )
    expect(own.status).toBe(201)
    expect(String(own.json.doc.factory?.id ?? own.json.doc.factory)).toBe(String(ids.factoryA1))
    const other = await api('/api/live-sessions', {
      method: 'POST',
      token: member,
      body: sessionBody({ factory: ids.factoryA2 }),
    })
    expect(other.status).toBe(403)
    expect(errorPaths(other)).toEqual(['factory'])
  })

  it('refuses a session in the past, one overlapping the factory’s own, and unsafe stream links', async () => {
    const past = await api('/api/live-sessions', {
      method: 'POST',
      token: member,
      body: sessionBody({ startsAt: new Date(Date.now() - HOUR).toISOString() }),
    })
    expect(errorPaths(past)).toEqual(['startsAt'])
    const start = new Date(Date.now() + 50 * 24 * HOUR).toISOString()
    const first = kept(
      'live-sessions',
      await api('/api/live-sessions', {
        method: 'POST',
        token: member,
        body: sessionBody({ startsAt: start }),
      }),
    )
    expect(first.status).toBe(201)
    const clash = await api('/api/live-sessions', {
      method: 'POST',
      token: member,
      body: sessionBody({
        startsAt: new Date(new Date(start).getTime() + 30 * 60_000).toISOString(),
      }),
    })
    expect(clash.status).toBe(400)
    expect(errorPaths(clash)).toEqual(['startsAt'])
    for (const streamURL of [
      'javascript:alert(1)',
      'https://evil.example.com/player',
      'http://live.bilibili.com/1',
    ]) {
      const bad = await api('/api/live-sessions', {
        method: 'POST',
        token: member,
        body: sessionBody({
          streamURL,
          startsAt: new Date(Date.now() + 60 * 24 * HOUR).toISOString(),
        }),
      })
      expect(bad.status, streamURL).toBe(400)
      expect(errorPaths(bad)).toEqual(['streamURL'])
    }
  })

  it('the public reads sessions of published belts only', async () => {
    const sessions = await api('/api/live-sessions?limit=0&depth=0')
    expect(sessions.status).toBe(200)
    expect(sessions.json.totalDocs).toBeGreaterThan(0)
    const qingdao = await idBy('tenants', 'slug', cast.unpublished.slug)
    expect(sessions.json.docs.some((doc: any) => String(doc.tenant) === String(qingdao))).toBe(
      false,
    )
  })
})
