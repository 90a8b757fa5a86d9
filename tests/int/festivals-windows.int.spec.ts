import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login, rawRequest, zhili } from '../helpers/api'
import { campaignBody, HOUR, sleep } from '../helpers/festivals'
import { cast, unique } from '../helpers/fixtures'
import { cleanupAfter, idsBefore, keptIn } from '../helpers/setup'
import { startServer, stopServer } from '../setup/server'

/**
 * Campaigns and live sessions: their rules, their windows (with real, short windows and a
 * second server whose clock runs ahead), and their calendar files. This file: windows. Scheduled
 * publishing, on copies of the database, is tests/int/jobs-at-start.int.spec.ts.
 */
let operator: string
let admin: string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
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

describe('festival windows', () => {
  it('festival prices appear at the start instant and disappear at the end, on the page and in the JSON-LD offers', async () => {
    const product = (await api(`/api/products/${ids.productA1}?depth=0`, { token: admin })).json
    const festivalPrice = Math.round(product.priceTiers[0].unitPrice * 0.5 * 100) / 100
    const slug = unique('flash')
    const startsAt = new Date(Date.now() + 4000)
    const endsAt = new Date(startsAt.getTime() + 4000)
    const created = kept(
      'campaigns',
      await api('/api/campaigns', {
        method: 'POST',
        token: operator,
        body: {
          name: 'Flash sale',
          slug,
          kind: 'custom',
          confirmOverlap: true,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          featuredProducts: [ids.productA1],
          festivalPrices: [
            {
              product: ids.productA1,
              tiers: product.priceTiers.map((tier: any) => ({
                minQuantity: tier.minQuantity,
                maxQuantity: tier.maxQuantity,
                unitPrice: Math.min(festivalPrice, tier.unitPrice),
              })),
            },
          ],
          _status: 'published',
        },
      }),
    )
    expect(created.status, created.text).toBe(201)
    const path = `/en/products/${product.slug}`
    const offers = (body: string) => {
      const ld = [...body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)]
        .map((m) => JSON.parse(m[1]))
        .find((item) => item['@type'] === 'Product')
      return ld.offers
    }
    const before = await zhili(path)
    expect(before.body).not.toContain('Flash sale')
    expect(offers(before.body).lowPrice).toBe(
      Math.min(...product.priceTiers.map((tier: any) => tier.unitPrice)),
    )
    expect((await zhili(path)).headers['x-chandi-cache']).toBe('hit')

    await sleep(Math.max(0, startsAt.getTime() - Date.now()) + 300)
    const during = await zhili(path)
    expect(during.body).toContain('Flash sale')
    expect(offers(during.body).lowPrice).toBe(festivalPrice)
    expect(offers(during.body).offers[0].priceValidUntil).toBe(endsAt.toISOString())
    expect((await zhili(`/en/campaigns/${slug}`)).body).toContain('Live now')

    await sleep(Math.max(0, endsAt.getTime() - Date.now()) + 300)
    const after = await zhili(path)
    expect(after.body).not.toContain('Flash sale')
    expect(offers(after.body).lowPrice).toBe(
      Math.min(...product.priceTiers.map((tier: any) => tier.unitPrice)),
    )
    expect((await zhili(`/en/campaigns/${slug}`)).body).toContain('Ended')
  })

  it('a server started after the start instant shows the campaign live at once, not a day late', async () => {
    const slug = unique('later')
    const created = kept(
      'campaigns',
      await api('/api/campaigns', {
        method: 'POST',
        token: operator,
        body: campaignBody({
          slug,
          kind: 'custom',
          confirmOverlap: true,
          startsAt: new Date(Date.now() + HOUR).toISOString(),
          endsAt: new Date(Date.now() + 3 * HOUR).toISOString(),
        }),
      }),
    )
    expect(created.status).toBe(201)
    expect((await zhili(`/en/campaigns/${slug}`)).body).toContain('Starts in')
    if (inject('databaseURL').startsWith('mongodb')) return // not run against MongoDB here
    // A second server on the same database whose clock is two hours ahead: as if restarted then.
    const later = await startServer({
      env: {
        DATABASE_URL: inject('databaseURL'),
        MEDIA_DIR: inject('mediaDir'),
        CHANDI_CLOCK_OFFSET_MS: String(2 * HOUR),
        CHANDI_SEED: 'false',
        CHANDI_JOBS: 'false',
      },
    })
    try {
      const { text: body } = await rawRequest(`/en/campaigns/${slug}`, {
        port: later.port,
        headers: { host: 'zhili.localhost' },
      })
      expect(body).toContain('Live now')
    } finally {
      await stopServer(later)
    }
  })
})
