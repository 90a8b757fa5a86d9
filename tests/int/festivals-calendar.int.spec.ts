import ical from 'node-ical'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, errorPaths, getWithHost, login, zhili } from '../helpers/api'
import { campaignBody } from '../helpers/festivals'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { cleanupAfter, idsBefore, keptIn } from '../helpers/setup'

/**
 * Campaigns and live sessions: their rules, their windows (with real, short windows and a
 * second server whose clock runs ahead), and their calendar files. This file: calendar files, portal pages and operators’ tools.
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

  it('a line break in a title or a campaign’s name cannot add a line of its own to a calendar file', async () => {
    const injected = 'Sale\rATTACH:https://evil.example/x.exe\nX-EVIL:1'
    const bareBreak = /\r(?!\n)|(?<!\r)\n/
    const session = kept(
      'live-sessions',
      await api('/api/live-sessions', {
        method: 'POST',
        token: member,
        body: {
          title: injected,
          startsAt: '2027-03-21T12:00:00.000Z',
          durationMinutes: 30,
          language: 'en',
          streamURL: 'https://live.bilibili.com/98',
        },
      }),
    )
    expect(session.status, session.text).toBe(201)
    const file = await zhili(`/live/${session.json.doc.id}.ics`)
    expect(file.status).toBe(200)
    expect(file.body).not.toMatch(bareBreak)
    expect(file.body).not.toMatch(/^(ATTACH|X-EVIL)/m)
    const campaign = (await api('/api/campaigns?where[slug][equals]=super-origin-day&depth=0')).json
      .docs[0]
    const rename = (name: string) =>
      api(`/api/campaigns/${campaign.id}?locale=zh`, {
        method: 'PATCH',
        token: operator,
        body: { name },
      })
    expect((await rename(injected)).status).toBe(200)
    try {
      for (const host of [`zhili.localhost:${inject('port')}`, `localhost:${inject('port')}`]) {
        const festivals = await getWithHost('/festivals.ics', host)
        expect(festivals.status).toBe(200)
        expect(festivals.body).toContain('SUMMARY:Sale ATTACH')
        expect(festivals.body).not.toMatch(bareBreak)
        expect(festivals.body).not.toMatch(/^(ATTACH|X-EVIL)/m)
      }
    } finally {
      expect((await rename(campaign.name)).status).toBe(200)
    }
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
    // The calendar file in the page's language, and the stream's language by name, not code.
    expect(page.body).toMatch(/href="\/en\/live\/\d+\.ics"/)
    expect(page.body).not.toMatch(/href="\/live\/\d+\.ics"/)
    expect(page.body).toMatch(/ min · (Chinese|English)</)
    expect(page.body).not.toMatch(/ min · (zh|en)</)
    const file = await zhili(page.body.match(/href="(\/en\/live\/\d+\.ics)"/)![1])
    expect(file.status).toBe(200)
    expect(file.body).toContain('BEGIN:VCALENDAR')
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
