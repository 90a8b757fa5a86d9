import http from 'node:http'

import ical from 'node-ical'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, errorPaths, getWithHost, login } from '../helpers/api'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { runNode } from '../helpers/node-args'
import { startServer, stopServer } from '../setup/server'

/**
 * Campaigns and live sessions: their rules, their windows (with real, short windows and a
 * second server whose clock runs ahead), and their calendar files.
 */
const zhili = (path: string) => getWithHost(path, `zhili.localhost:${inject('port')}`)
const HOUR = 3600_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let operator: string
let admin: string
let member: string
const ids: Record<string, number | string> = {}
const cleanup: { collection: string; id: number | string }[] = []

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
  member = await login(memberEmail(cast.factoryA1.slug))
  ids.beltB = await idBy('tenants', 'slug', cast.beltB.slug)
  ids.factoryA1 = await idBy('factories', 'slug', cast.factoryA1.slug)
  ids.factoryA2 = await idBy('factories', 'slug', cast.factoryA2.slug)
  ids.productA2 = await idBy('products', 'slug', cast.factoryA2.products[1].slug)
  ids.productA1 = await idBy('products', 'slug', cast.factoryA1.products[1].slug)
})

afterAll(async () => {
  for (const { collection, id } of cleanup.reverse())
    await api(`/api/${collection}/${id}`, { method: 'DELETE', token: admin })
})

const kept = <T extends { status: number; json: any }>(collection: string, response: T) => {
  if (response.status === 201) cleanup.push({ collection, id: response.json.doc.id })
  return response
}

const campaignBody = (extra: Record<string, unknown> = {}) => ({
  name: 'Test festival',
  slug: unique('fest'),
  kind: 'custom',
  startsAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString(),
  endsAt: new Date(Date.now() + 31 * 24 * HOUR).toISOString(),
  _status: 'published',
  ...extra,
})

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
      const body = await new Promise<string>((resolve, reject) => {
        http
          .get(
            {
              host: '127.0.0.1',
              port: later.port,
              path: `/en/campaigns/${slug}`,
              headers: { host: 'zhili.localhost' },
            },
            (res) => {
              let text = ''
              res.setEncoding('utf8')
              res.on('data', (chunk) => (text += chunk))
              res.on('end', () => resolve(text))
            },
          )
          .on('error', reject)
      })
      expect(body).toContain('Live now')
    } finally {
      await stopServer(later)
    }
  })
})

describe('scheduled publishing', () => {
  it('a draft scheduled to publish while the server was down is published when it starts', async () => {
    if (inject('databaseURL').startsWith('mongodb')) return // not run against MongoDB here
    const slug = unique('scheduled')
    const draft = kept(
      'campaigns',
      await api('/api/campaigns?draft=true', {
        method: 'POST',
        token: operator,
        body: campaignBody({ slug, kind: 'custom', confirmOverlap: true, _status: 'draft' }),
      }),
    )
    expect(draft.status, draft.text).toBe(201)
    expect((await api(`/api/campaigns?where[slug][equals]=${slug}`)).json.totalDocs).toBe(0)
    const env = {
      ...process.env,
      DATABASE_URL: inject('databaseURL'),
      MEDIA_DIR: inject('mediaDir'),
      NODE_ENV: 'test' as const,
    }
    const queued = await runNode('tests/helpers/queue-publish.ts', [String(draft.json.doc.id)], {
      env,
      timeout: 120_000,
    })
    expect(queued.status, queued.stderr).toBe(0)
    // The main server's cron would publish it within a minute; a server starting now runs it at once.
    const restarted = await startServer({
      env: {
        DATABASE_URL: inject('databaseURL'),
        MEDIA_DIR: inject('mediaDir'),
        CHANDI_SEED: 'false',
      },
    })
    try {
      const published = await fetch(
        `${restarted.baseURL}/api/campaigns?where[slug][equals]=${slug}`,
      ).then((r) => r.json())
      expect(published.totalDocs).toBe(1)
      expect(published.docs[0]._status).toBe('published')
    } finally {
      await stopServer(restarted)
    }
  })
})

describe('a failing scheduled job', () => {
  it('is logged and kept for another try, with a back-off, instead of being dropped', async () => {
    if (inject('databaseURL').startsWith('mongodb')) return // not run against MongoDB here
    const env = {
      ...process.env,
      DATABASE_URL: inject('databaseURL'),
      MEDIA_DIR: inject('mediaDir'),
      NODE_ENV: 'test' as const,
    }
    const helper = (...args: string[]) =>
      runNode('tests/helpers/queue-publish.ts', args, { env, timeout: 120_000 })
    // A campaign that does not exist: the publish fails.
    const queued = await helper('987654321')
    expect(queued.status, queued.stderr).toBe(0)
    const jobID = JSON.parse(queued.stdout.trim().split('\n').at(-1) ?? '{}').job
    // A server starting now runs the due job (unless the main server's minute cron got there first).
    const server = await startServer({
      env: {
        DATABASE_URL: inject('databaseURL'),
        MEDIA_DIR: inject('mediaDir'),
        CHANDI_SEED: 'false',
      },
    })
    await stopServer(server)
    const shown = await helper('--show', String(jobID))
    expect(shown.status, shown.stderr).toBe(0)
    const job = JSON.parse(shown.stdout.trim().split('\n').at(-1) ?? '{}')
    expect(job.totalTried).toBeGreaterThanOrEqual(1)
    expect(job.completedAt ?? null).toBeNull()
    expect(job.hasError).toBe(false) // retries remain
    expect(JSON.stringify(job.log)).toMatch(/failed/)
    expect(JSON.stringify(job.log)).toMatch(/987654321|not found|Not Found/i)
    // The next try is set after the failed one (not after "now": starting and stopping the
    // server and the helper can take longer than the back-off on a busy CI machine).
    const failedAt = Math.max(
      ...job.log.map((entry: { completedAt: string }) => new Date(entry.completedAt).getTime()),
    )
    expect(new Date(job.waitUntil).getTime()).toBeGreaterThan(failedAt)
  })
})

describe('calendar files', () => {
  it('a session’s .ics parses back to the same instant, right in three time zones across a DST change', async () => {
    // 12:00 UTC on 20 March 2027: after New York moved to summer time (14 March), before London (28 March).
    const startsAt = '2027-03-20T12:00:00.000Z'
    const created = kept(
      'live-sessions',
      await api('/api/live-sessions', {
        method: 'POST',
        token: member,
        body: {
          title: 'DST check',
          startsAt,
          durationMinutes: 45,
          language: 'en',
          streamURL: 'https://live.bilibili.com/99',
        },
      }),
    )
    expect(created.status, created.text).toBe(201)
    const file = await zhili(`/live/${created.json.doc.id}.ics`)
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toMatch(/text\/calendar/)
    const events = Object.values(ical.sync.parseICS(file.body)).filter(
      (item: any) => item.type === 'VEVENT',
    ) as any[]
    expect(events).toHaveLength(1)
    expect(new Date(events[0].start).toISOString()).toBe(startsAt)
    expect(new Date(events[0].end).getTime() - new Date(events[0].start).getTime()).toBe(
      45 * 60_000,
    )
    const local = (timeZone: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
        new Date(events[0].start),
      )
    expect(local('America/New_York')).toBe('08:00') // EDT, UTC−4 (it would be 07:00 a week earlier)
    expect(local('Europe/London')).toBe('12:00') // still GMT
    expect(local('Asia/Shanghai')).toBe('20:00')
  })

  it('a factory’s and a campaign’s feeds list their sessions and only theirs', async () => {
    const feed = await zhili(`/factories/${cast.factoryA1.slug}/live.ics`)
    const events = Object.values(ical.sync.parseICS(feed.body)).filter(
      (item: any) => item.type === 'VEVENT',
    ) as any[]
    expect(events.length).toBeGreaterThan(0)
    const sessions = (
      await api(`/api/live-sessions?where[factory][equals]=${ids.factoryA1}&limit=0&depth=0`)
    ).json.docs
    const titles = new Set(sessions.map((session: any) => session.title))
    expect(events.every((event) => titles.has(event.summary))).toBe(true)
    const campaign = await zhili('/campaigns/super-origin-day.ics')
    expect(campaign.status).toBe(200)
    expect(
      Object.values(ical.sync.parseICS(campaign.body)).filter((item: any) => item.type === 'VEVENT')
        .length,
    ).toBeGreaterThan(0)
    expect((await zhili('/live/999999.ics')).status).toBe(404)
  })
})

describe('portal pages', () => {
  it('/live groups the belt’s sessions by day, with UTC in the markup, a live-now badge and calendar links', async () => {
    const page = await zhili('/en/live')
    expect(page.status).toBe(200)
    expect(page.body).toMatch(
      /<time dateTime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z" data-local-time="">/,
    )
    expect(page.body).toContain('Live now')
    expect(page.body).toMatch(/href="\/live\/\d+\.ics"/)
    expect(page.body).toContain('"@type":"Event"')
    for (const factory of cast.beltB.factories) expect(page.body).not.toContain(factory.name.en)
  })

  it('the hub shows the festival calendar across belts: live now and starting soon', async () => {
    const page = await getWithHost('/en', 'localhost')
    expect(page.body).toContain('Zhili Children’s Wear Super Origin Day')
    expect(page.body).toContain('Yiwu Winter Merchant Festival')
    const live = page.body.indexOf('Live now')
    const soon = page.body.indexOf('Starting soon')
    expect(live).toBeGreaterThan(-1)
    expect(page.body.indexOf('Zhili Children’s Wear Super Origin Day')).toBeGreaterThan(live)
    expect(page.body.indexOf('Yiwu Winter Merchant Festival')).toBeGreaterThan(soon)
  })
})

describe('operators’ tools', () => {
  it('the coverage view lists the hours of the day with no live session during a campaign, for its own belt only', async () => {
    const campaign = (
      await api('/api/campaigns?where[slug][equals]=super-origin-day', { token: operator })
    ).json.docs[0]
    const coverage = await api(`/api/campaigns/${campaign.id}/coverage`, { token: operator })
    expect(coverage.status).toBe(200)
    expect(coverage.json.hours).toHaveLength(24)
    expect(coverage.json.sessions).toBeGreaterThan(0)
    const covered = coverage.json.hours
      .filter((row: any) => row.daysCovered > 0)
      .map((row: any) => row.hour)
    expect(covered.length).toBeGreaterThan(0)
    expect([...covered, ...coverage.json.gaps].sort((a: number, b: number) => a - b)).toEqual([
      ...Array(24).keys(),
    ])
    const sessions = (
      await api(`/api/live-sessions?where[campaign][equals]=${campaign.id}&limit=0&depth=0`, {
        token: admin,
      })
    ).json.docs
    const beltHour = (instant: string) =>
      Number(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Asia/Shanghai',
          hour: '2-digit',
          hourCycle: 'h23',
        }).format(new Date(instant)),
      )
    for (const session of sessions) expect(covered).toContain(beltHour(session.startsAt))
    const operatorB = await login(cast.emails.operatorB)
    expect((await api(`/api/campaigns/${campaign.id}/coverage`, { token: operatorB })).status).toBe(
      404,
    )
    expect((await api(`/api/campaigns/${campaign.id}/coverage`)).status).toBe(401)
  })

  it('clones a yearly campaign into next year’s edition, as a draft with its festival prices', async () => {
    const product = (await api(`/api/products/${ids.productA2}?depth=0`, { token: admin })).json
    const slug = unique('annual')
    const original = kept(
      'campaigns',
      await api('/api/campaigns', {
        method: 'POST',
        token: operator,
        body: campaignBody({
          slug,
          kind: 'custom',
          confirmOverlap: true,
          recurrence: 'yearly',
          featuredProducts: [ids.productA2],
          festivalPrices: [
            {
              product: ids.productA2,
              tiers: [
                {
                  minQuantity: product.priceTiers[0].minQuantity,
                  unitPrice: product.priceTiers[0].unitPrice * 0.9,
                },
              ],
            },
          ],
        }),
      }),
    )
    expect(original.status, original.text).toBe(201)
    const next = await api(`/api/campaigns/${original.json.doc.id}/next-edition`, {
      method: 'POST',
      token: operator,
    })
    expect(next.status, next.text).toBe(201)
    cleanup.push({ collection: 'campaigns', id: next.json.doc.id })
    const copy = (
      await api(`/api/campaigns/${next.json.doc.id}?draft=true&depth=0`, { token: operator })
    ).json
    expect(copy._status).toBe('draft')
    expect(new Date(copy.startsAt).getUTCFullYear()).toBe(
      new Date(original.json.doc.startsAt).getUTCFullYear() + 1,
    )
    expect(copy.festivalPrices[0].tiers[0].unitPrice).toBeCloseTo(
      product.priceTiers[0].unitPrice * 0.9,
    )
    expect(copy.slug).toMatch(/-\d{4}$/)
    const names = (
      await api(`/api/campaigns/${next.json.doc.id}?draft=true&depth=0&locale=all`, {
        token: operator,
      })
    ).json.name
    expect(names).toEqual({ zh: 'Test festival', en: 'Test festival' })
    const once = await api(
      `/api/campaigns/${(await api(`/api/campaigns?where[slug][equals]=super-origin-day`, { token: operator })).json.docs[0].id}/next-edition`,
      { method: 'POST', token: operator },
    )
    expect(once.status).toBe(400)
    expect(errorPaths(once)).toEqual(['recurrence'])
  })
})
