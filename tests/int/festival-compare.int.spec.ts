import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/api'
import { chart, type VisitRow } from '../helpers/barometer'
import { adminPage, DAY, dayOf, daysOf, expectedOf, sql } from '../helpers/festivalReport'
import { HOUR, campaignBody } from '../helpers/festivals'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { cleanupAfter, keptIn } from '../helpers/setup'

/**
 * A festival against its last edition on the operator's dashboard (issue #23): Zhili's running
 * procurement festival beside the one that ended ten days ago (its visits written as the counter
 * writes them, its inquiries and first replies dated back in the database). Each day's figure is
 * checked against what the database holds, on the page and in the download; then that no other
 * belt, draft, future campaign or odd id shows anything.
 */
const cleanup = cleanupAfter({ newestFirst: true })
const kept = keptIn(cleanup)
const KIND = 'procurement-festival'
const NOT_FOUND = '找不到这个节日活动'

let admin: string
let operatorA: string
let operatorB: string
let memberA1: string
let beltA: number
let current: { id: number; name: string; startsAt: string; endsAt: string }
let previous: { id: number; name: string; startsAt: string; endsAt: string }
const written: VisitRow[] = []

const makeCampaign = async (startsAt: number, endsAt: number, extra = {}) => {
  const response = kept(
    'campaigns',
    await api('/api/campaigns', {
      method: 'POST',
      token: operatorA,
      body: campaignBody({
        kind: KIND,
        name: unique('采购节对比'),
        confirmOverlap: true,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(endsAt).toISOString(),
        ...extra,
      }),
    }),
  )
  expect(response.status, response.text).toBe(201)
  return response.json.doc
}

/** An inquiry to a Zhili factory, answered by its member when `answer` is set. */
const inquiry = async (factorySlug: string, answer: boolean) => {
  const created = await api('/api/inquiries', {
    method: 'POST',
    token: admin,
    body: {
      subject: 'Festival comparison test',
      tenant: beltA,
      factory: Number(await idBy('factories', 'slug', factorySlug)),
      message: 'Please quote 1,000 pieces.',
      buyer: { name: 'Compare Buyer', email: `${unique('compare-buyer')}@example.com` },
    },
  })
  expect(created.status, created.text).toBe(201)
  cleanup.push({ collection: 'inquiries', id: created.json.doc.id })
  if (answer) {
    const replied = await api(`/api/inquiries/${created.json.doc.id}`, {
      method: 'PATCH',
      token: memberA1,
      body: { replies: [{ author: 'factory', body: 'We can make them.' }] },
    })
    expect(replied.status, replied.text).toBe(200)
  }
  return created.json.doc.id as number
}

const csvRows = (text: string) =>
  text
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','))

beforeAll(async () => {
  admin = await login(cast.emails.admin)
  operatorA = await login(cast.emails.operatorA)
  operatorB = await login(cast.emails.operatorB)
  memberA1 = await login(memberEmail(cast.factoryA1.slug))
  beltA = Number(await idBy('tenants', 'slug', cast.beltA.slug))

  // The last edition: three days that ended ten days ago.
  previous = await makeCampaign(Date.now() - 13 * DAY, Date.now() - 10 * DAY)
  const first = Date.parse(previous.startsAt)
  written.push(
    { belt: beltA, day: dayOf(previous.startsAt), kind: 'home', doc: '', country: 'FR', count: 6 },
    {
      belt: beltA,
      day: dayOf(new Date(first + DAY).toISOString()),
      kind: 'campaign',
      doc: String(previous.id),
      country: 'DE',
      count: 9,
    },
  )
  for (const row of written)
    await sql(
      'visits',
      'insert into visits as v (belt, day, kind, doc, country, count) values (?, ?, ?, ?, ?, ?) on conflict (belt, day, kind, doc, country) do update set count = v.count + excluded.count',
      [row.belt, row.day, row.kind, row.doc, row.country, row.count],
    )
  // Two inquiries on its first day, one answered on its second.
  const answered = await inquiry(cast.factoryA1.slug, true)
  const waiting = await inquiry(cast.factoryA2.slug, false)
  for (const id of [answered, waiting])
    await sql('main', 'update inquiries set created_at = ? where id = ?', [
      new Date(first + HOUR).toISOString(),
      id,
    ])
  await sql('main', 'update inquiries_replies set sent_at = ? where _parent_id = ?', [
    new Date(first + DAY + HOUR).toISOString(),
    answered,
  ])

  // This edition: started yesterday, running; three inquiries today, two answered.
  current = await makeCampaign(Date.now() - DAY - HOUR, Date.now() + 2 * HOUR)
  await inquiry(cast.factoryA1.slug, true)
  await inquiry(cast.factoryA1.slug, true)
  await inquiry(cast.factoryA2.slug, false)
})

afterAll(async () => {
  for (const row of written)
    await sql(
      'visits',
      'delete from visits where belt = ? and day = ? and kind = ? and doc = ? and country = ?',
      [row.belt, row.day, row.kind, row.doc, row.country],
    )
})

describe('a festival against its last edition, on the operator’s dashboard', () => {
  it('shows visits, inquiries and first replies per day of both editions, as the database holds them', async () => {
    const page = await adminPage(`/admin?festival=${current.id}`, operatorA)
    // Counted up to now: the running edition's days end today.
    const now = new Date().toISOString()
    const expectedNow = await expectedOf({ ...current, endsAt: now }, beltA)
    const expectedBefore = await expectedOf(previous, beltA)
    expect(page).toContain(current.name)
    expect(page).toContain(previous.name)
    expect(page).toContain('进行中')
    const figures = {
      visits: (expected: typeof expectedNow) => expected.visits.perDay,
      inquiries: (expected: typeof expectedNow) => expected.inquiries.perDay,
      firstReplies: (expected: typeof expectedNow) => expected.inquiries.firstRepliesPerDay,
    }
    for (const [metric, of] of Object.entries(figures)) {
      const shownNow = chart(page, `festival-${metric}-current`)
      const shownBefore = chart(page, `festival-${metric}-previous`)
      expect(shownNow, metric).not.toBeNull()
      expect(shownBefore, metric).not.toBeNull()
      expect(shownNow!.values, metric).toEqual(of(expectedNow))
      expect(shownBefore!.values, metric).toEqual(of(expectedBefore))
      // Each bar is labelled with its date; the picture says what it shows, day by day.
      expect(shownNow!.weeks[0]).toBe(dayOf(current.startsAt))
      expect(shownNow!.weeks.at(-1)).toBe(dayOf(now))
      expect(shownBefore!.label).toContain(previous.name)
    }
    // What was put there: 6 and 9 visits on its first two days (the counter's own rows add to
    // them), 2 inquiries on day 1 and the first reply to one of them on day 2.
    const before = chart(page, 'festival-visits-previous')!.values
    expect(before[0]).toBeGreaterThanOrEqual(6)
    expect(before[1]).toBeGreaterThanOrEqual(9)
    // (The demo's own inquiries of those days, if any, add to them too.)
    const first = Date.parse(previous.startsAt)
    const dayIndex = (time: number) =>
      daysOf(previous.startsAt, previous.endsAt).indexOf(dayOf(new Date(time).toISOString()))
    expect(expectedBefore.inquiries.perDay[dayIndex(first + HOUR)]).toBeGreaterThanOrEqual(2)
    expect(
      expectedBefore.inquiries.firstRepliesPerDay[dayIndex(first + DAY + HOUR)],
    ).toBeGreaterThanOrEqual(1)
    expect(expectedNow.inquiries.perDay.at(-1)).toBeGreaterThanOrEqual(3)
    const totals = (values: number[]) => values.reduce((sum, value) => sum + value, 0)
    const delta = Number(
      page.match(/data-metric="inquiries"[^]*?data-delta="(-?\d+)"/)?.[1] ?? Number.NaN,
    )
    expect(delta).toBe(
      totals(expectedNow.inquiries.perDay) - totals(expectedBefore.inquiries.perDay),
    )

    // The same figures download, day by day, both editions side by side.
    const csv = await api(
      `/api/dashboard/figures?figure=festival&format=csv&campaign=${current.id}`,
      { token: operatorA },
    )
    expect(csv.status, csv.text).toBe(200)
    // As many rows as the longer edition has days; the shorter one's cells past its end empty.
    const rows = csvRows(csv.text)
    const length = expectedNow.visits.perDay.length
    expect(rows).toHaveLength(Math.max(length, expectedBefore.visits.perDay.length))
    expect(rows.map((row) => Number(row[0]))).toEqual(rows.map((_, index) => index + 1))
    expect(rows.slice(0, length).map((row) => Number(row[2]))).toEqual(expectedNow.visits.perDay)
    expect(rows.slice(0, length).map((row) => Number(row[3]))).toEqual(expectedNow.inquiries.perDay)
    for (const row of rows.slice(length)) expect(row.slice(1, 5)).toEqual(['', '', '', ''])
    expect(rows.map((row) => Number(row[6]))).toEqual(expectedBefore.visits.perDay)
    expect(rows.map((row) => Number(row[7]))).toEqual(expectedBefore.inquiries.perDay)
    expect(rows.map((row) => Number(row[8]))).toEqual(expectedBefore.inquiries.firstRepliesPerDay)
    const xlsx = await api(
      `/api/dashboard/figures?figure=festival&format=xlsx&campaign=${current.id}`,
      { token: operatorA },
    )
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
  })

  it('offers the newest started festival first, and lists no draft or future one', async () => {
    const draft = await makeCampaign(Date.now() - 2 * HOUR, Date.now() + HOUR, {
      _status: 'draft',
    })
    const future = await makeCampaign(Date.now() + 5 * DAY, Date.now() + 6 * DAY)
    const page = await adminPage('/admin', operatorA)
    const newest = await api(
      `/api/campaigns?where[and][0][tenant][equals]=${beltA}&where[and][1][startsAt][less_than_equal]=${encodeURIComponent(new Date().toISOString())}&where[and][2][_status][equals]=published&sort=-startsAt&limit=1&depth=0`,
      { token: operatorA },
    )
    const options = page.match(/<select id="festival-choice"[^]*?<\/select>/)?.[0] ?? ''
    expect(options).toMatch(new RegExp(`<option value="${newest.json.docs[0].id}" selected`))
    expect(options).toContain(`value="${current.id}"`)
    expect(options).not.toContain(`value="${draft.id}"`)
    expect(options).not.toContain(`value="${future.id}"`)
    for (const id of [draft.id, future.id, 'abc', '999999999']) {
      const shown = await adminPage(`/admin?festival=${id}`, operatorA)
      expect(shown, String(id)).toContain(NOT_FOUND)
      expect(shown).not.toContain('data-metric=')
    }
  })

  it('shows nothing of one belt’s festival to another belt’s operator, and downloads it to its operators only', async () => {
    const other = await adminPage(`/admin?festival=${current.id}`, operatorB)
    expect(other).toContain(NOT_FOUND)
    expect(other).not.toContain(current.name)
    expect(other).not.toContain(previous.name)
    const query = `figure=festival&format=csv&campaign=${current.id}`
    // Another belt's operator: refused Zhili, and Zhili's festival is none of their own belt's.
    expect(
      (await api(`/api/dashboard/figures?${query}&belt=${beltA}`, { token: operatorB })).status,
    ).toBe(403)
    const asOwn = await api(`/api/dashboard/figures?${query}`, { token: operatorB })
    expect(asOwn.status).toBe(404)
    expect(asOwn.text).not.toContain(current.name)
    expect((await api(`/api/dashboard/figures?${query}`, { token: memberA1 })).status).toBe(403)
    expect((await api(`/api/dashboard/figures?${query}`)).status).toBe(403)
    // Its own operator, with no festival or an odd one: a 404, not a 500.
    for (const odd of ['', 'abc', "1' or 1=1"])
      expect(
        (
          await api(
            `/api/dashboard/figures?figure=festival&format=csv&campaign=${encodeURIComponent(odd)}`,
            { token: operatorA },
          )
        ).status,
        odd,
      ).toBe(404)
    // A platform admin reads Zhili's.
    expect(
      (await api(`/api/dashboard/figures?${query}&belt=${beltA}`, { token: admin })).status,
    ).toBe(200)
  })
})
