import ical from 'node-ical'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, login, zhili } from '../helpers/api'
import { campaignBody } from '../helpers/festivals'
import { cast, idBy, unique } from '../helpers/fixtures'
import { cleanupAfter, keptIn } from '../helpers/setup'

/** `/festivals` and `/festivals.ics` on the hub and on each portal: a month view, lists, figures. */
const port = () => inject('port')
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${port()}`)
const hub = (path: string) => getWithHost(path, `localhost:${port()}`)

let operator: string
const cleanup = cleanupAfter({ newestFirst: true })
const kept = keptIn(cleanup)

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
})

const campaign = async (extra: Record<string, unknown>) => {
  const response = kept(
    'campaigns',
    await api('/api/campaigns', { method: 'POST', token: operator, body: campaignBody(extra) }),
  )
  expect(response.status, response.text).toBe(201)
  return response.json.doc as { id: number; name: string; slug: string }
}

/** The names in each day cell of the month table, by day number. */
const daysWith = (html: string, name: string) =>
  [...html.matchAll(/<td[^>]*><span class="day">(\d+)<\/span>(.*?)<\/td>/g)]
    .filter(([, , cell]) => cell.includes(name))
    .map(([, day]) => Number(day))

describe('the festival calendar', () => {
  it('a portal’s month view shows its festival on each Beijing day it runs; another belt’s does not', async () => {
    const name = unique('Spring sock fair')
    // 10 March 2031 08:00 to 12 March 2031 20:00, Beijing time.
    await campaign({
      name,
      startsAt: '2031-03-10T00:00:00.000Z',
      endsAt: '2031-03-12T12:00:00.000Z',
    })
    const page = await zhili('/festivals?month=2031-03')
    expect(page.status).toBe(200)
    expect(daysWith(page.body, name)).toEqual([10, 11, 12])
    // The month starts on a Saturday: five empty cells before the 1st (Monday first).
    expect(page.body).toMatch(/<tr>(<td><\/td>){5}<td><span class="day">1<\/span>/)
    // April's grid has none of its days; the festival is still listed as starting soon.
    const april = await zhili('/festivals?month=2031-04')
    expect(daysWith(april.body, name)).toEqual([])
    expect(april.body).toContain(name)
    expect((await yiwu('/festivals?month=2031-03')).body).not.toContain(name)
    const onHub = await hub('/festivals?month=2031-03')
    expect(onHub.status).toBe(200)
    expect(daysWith(onHub.body, name)).toEqual([10, 11, 12])
    expect(onHub.body).toContain(`zhili.localhost:${port()}/campaigns/`)
  })

  it('a draft festival appears nowhere; a malformed month is a 400', async () => {
    const name = unique('Draft fair')
    await campaign({
      name,
      startsAt: '2031-05-10T00:00:00.000Z',
      endsAt: '2031-05-11T00:00:00.000Z',
      _status: 'draft',
    })
    expect((await zhili('/festivals?month=2031-05')).body).not.toContain(name)
    expect((await hub('/festivals?month=2031-05')).body).not.toContain(name)
    expect((await zhili('/festivals.ics')).body).not.toContain(name)
    for (const month of ['2031-13', 'abc', '2031-3', '1800-01'])
      expect((await zhili(`/festivals?month=${month}`)).status, month).toBe(400)
  })

  it('past editions carry their figures; upcoming ones their countdown', async () => {
    const past = unique('Autumn fair past')
    const factory = await idBy('factories', 'slug', cast.factoryA1.slug)
    await campaign({
      name: past,
      startsAt: new Date(Date.now() - 40 * 86400_000).toISOString(),
      endsAt: new Date(Date.now() - 38 * 86400_000).toISOString(),
      featuredFactories: [factory],
    })
    const soon = unique('Winter fair soon')
    // Far from the month ahead where the other files' campaigns of the same kind sit: two
    // campaigns of one kind at once are refused unless confirmed.
    await campaign({
      name: soon,
      startsAt: new Date(Date.now() + 500 * 86400_000).toISOString(),
      endsAt: new Date(Date.now() + 501 * 86400_000).toISOString(),
    })
    const page = await zhili('/en/festivals')
    expect(page.status).toBe(200)
    const pastSection = page.body.slice(page.body.indexOf('Past editions'))
    expect(pastSection).toContain(past)
    expect(pastSection).toMatch(/Featured factories<\/dt><dd>1<\/dd>/)
    const soonSection = page.body.slice(
      page.body.indexOf('Starting soon'),
      page.body.indexOf('Past editions'),
    )
    expect(soonSection).toContain(soon)
    expect(soonSection).toContain('data-countdown')
  })

  it('is in the page’s language and direction', async () => {
    const en = await zhili('/en/festivals?month=2031-03')
    expect(en.body).toContain('Festival calendar')
    expect(en.body).toContain('March 2031')
    const ar = await zhili('/ar/festivals?month=2031-03')
    expect(ar.body).toMatch(/<html[^>]+dir="rtl"/)
    expect(ar.body).toContain('تقويم المهرجانات')
    expect((await zhili('/festivals?month=2031-03')).body).toContain('2031年3月')
  })

  it('the .ics feed holds every festival in view as UTC instants, and only those', async () => {
    const name = unique('Feed fair')
    const startsAt = '2031-06-01T02:00:00.000Z'
    await campaign({ name, startsAt, endsAt: '2031-06-03T10:00:00.000Z' })
    const feed = await zhili('/festivals.ics')
    expect(feed.status).toBe(200)
    expect(feed.headers['content-type']).toMatch(/text\/calendar/)
    const events = Object.values(ical.sync.parseICS(feed.body)).filter(
      (item: any) => item.type === 'VEVENT' && item.summary === name,
    ) as any[]
    expect(events).toHaveLength(1)
    expect(new Date(events[0].start).toISOString()).toBe(startsAt)
    expect((await yiwu('/festivals.ics')).body).not.toContain(name)
    expect((await hub('/festivals.ics')).body).toContain(name)
  })
})
