import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/api'
import { chart, type VisitRow } from '../helpers/barometer'
import { adminPage, DAY, dayOf, daysOf, expectedOf, sql } from '../helpers/festivalReport'
import { HOUR, campaignBody } from '../helpers/festivals'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { cleanupAfter, keptIn } from '../helpers/setup'

/**
 * A festival against its last edition on the operator's dashboard (issue #23): two editions of
 * Zhili's procurement festival half a year ago (no demo data there: their visits written as the
 * counter writes them, their inquiries and first replies dated back in the database), so each
 * day's figure is known exactly, on the page and in the download; a running edition against the
 * later of them; then that no other belt, draft, future campaign or odd id shows anything.
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
type Campaign = { id: number; name: string; startsAt: string; endsAt: string }
let earlier: Campaign
let later: Campaign
let running: Campaign
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

/** UTC midnight `days` days ago. */
const midnight = (days: number) => Math.floor(Date.now() / DAY) * DAY - days * DAY

/** Visits as the counter writes them (kept to be removed after). */
const visit = async (row: VisitRow) => {
  written.push(row)
  await sql(
    'visits',
    'insert into visits as v (belt, day, kind, doc, country, count) values (?, ?, ?, ?, ?, ?) on conflict (belt, day, kind, doc, country) do update set count = v.count + excluded.count',
    [row.belt, row.day, row.kind, row.doc, row.country, row.count],
  )
}

const visitOn = (time: number, kind: string, doc: string, count: number) =>
  visit({ belt: beltA, day: dayOf(new Date(time).toISOString()), kind, doc, country: 'FR', count })

/** An inquiry dated `at`, its first reply (if any) dated `repliedAt`. */
const datedInquiry = async (factorySlug: string, at: number, repliedAt?: number) => {
  const id = await inquiry(factorySlug, repliedAt !== undefined)
  await sql('main', 'update inquiries set created_at = ? where id = ?', [
    new Date(at).toISOString(),
    id,
  ])
  if (repliedAt !== undefined)
    await sql('main', 'update inquiries_replies set sent_at = ? where _parent_id = ?', [
      new Date(repliedAt).toISOString(),
      id,
    ])
}

beforeAll(async () => {
  // Within three minutes of UTC midnight, wait for it: "today" must stay one day for the test.
  const left = DAY - (Date.now() % DAY)
  if (left < 3 * 60_000) await new Promise((resolve) => setTimeout(resolve, left + 2000))
  admin = await login(cast.emails.admin)
  operatorA = await login(cast.emails.operatorA)
  operatorB = await login(cast.emails.operatorB)
  memberA1 = await login(memberEmail(cast.factoryA1.slug))
  beltA = Number(await idBy('tenants', 'slug', cast.beltA.slug))
  const at = (start: number, days: number, hours: number) => start + days * DAY + hours * HOUR

  // Two editions half a year ago, each from 02:00 UTC on its first day to 02:00 three days later:
  // four UTC days each.
  const first = midnight(200) + 2 * HOUR
  earlier = await makeCampaign(first, at(first, 3, 0))
  await visitOn(first, 'home', '', 6)
  await visitOn(at(first, 1, 0), 'campaign', String(earlier.id), 9)
  await datedInquiry(cast.factoryA1.slug, at(first, 0, 1), at(first, 1, 1))
  await datedInquiry(cast.factoryA2.slug, at(first, 0, 2))

  const second = midnight(190) + 2 * HOUR
  later = await makeCampaign(second, at(second, 3, 0))
  await visitOn(second, 'home', '', 4)
  await visitOn(at(second, 2, 0), 'home', '', 3)
  await datedInquiry(cast.factoryA1.slug, at(second, 1, 3), at(second, 1, 4))
  await datedInquiry(cast.factoryA1.slug, at(second, 1, 5), at(second, 2, 23))
  await datedInquiry(cast.factoryA2.slug, at(second, 1, 6))

  // A running edition: started yesterday; three inquiries today, two answered.
  running = await makeCampaign(Date.now() - DAY - HOUR, Date.now() + 2 * HOUR)
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

/** The line naming both editions (the dashboard says 进行中 of campaigns elsewhere too). */
const editions = (page: string) =>
  page.match(/<p data-testid="festival-editions">([^]*?)<\/p>/)?.[1] ?? ''

const series = (page: string, metric: string, which: 'current' | 'previous') => {
  const shown = chart(page, `festival-${metric}-${which}`)
  expect(shown, `${metric} ${which}`).not.toBeNull()
  return shown!
}

describe('a festival against its last edition, on the operator’s dashboard', () => {
  it('shows visits, inquiries and first replies per day of both editions, as put there', async () => {
    const page = await adminPage(`/admin?festival=${later.id}`, operatorA)
    expect(page).toContain(later.name)
    expect(page).toContain(earlier.name)
    expect(editions(page)).not.toContain('进行中')
    // Day by day, exactly what was written and dated (a first reply counts on the day it was sent).
    expect(series(page, 'visits', 'current').values).toEqual([4, 0, 3, 0])
    expect(series(page, 'inquiries', 'current').values).toEqual([0, 3, 0, 0])
    expect(series(page, 'firstReplies', 'current').values).toEqual([0, 1, 0, 1])
    expect(series(page, 'visits', 'previous').values).toEqual([6, 9, 0, 0])
    expect(series(page, 'inquiries', 'previous').values).toEqual([2, 0, 0, 0])
    expect(series(page, 'firstReplies', 'previous').values).toEqual([0, 1, 0, 0])
    // And as the database holds them (the REST reading of tests/helpers/festivalReport.ts).
    const expectedLater = await expectedOf(later, beltA)
    const expectedEarlier = await expectedOf(earlier, beltA)
    expect(series(page, 'visits', 'current').values).toEqual(expectedLater.visits.perDay)
    expect(series(page, 'inquiries', 'previous').values).toEqual(expectedEarlier.inquiries.perDay)
    // Each bar is labelled with its date; the picture names the edition, day by day.
    expect(series(page, 'visits', 'current').weeks).toEqual(daysOf(later.startsAt, later.endsAt))
    expect(series(page, 'visits', 'previous').label).toContain(earlier.name)
    expect(series(page, 'visits', 'current').label).toContain('第 1 天 4')
    // The change in each total: 7 visits against 15, 3 inquiries against 2.
    const delta = (metric: string) =>
      Number(page.match(new RegExp(`data-metric="${metric}"[^]*?data-delta="(-?\\d+)"`))?.[1])
    expect(delta('visits')).toBe(-8)
    expect(delta('inquiries')).toBe(1)
    expect(delta('firstReplies')).toBe(1)

    // The same figures download, one row per day, both editions side by side.
    const csv = await api(
      `/api/dashboard/figures?figure=festival&format=csv&campaign=${later.id}`,
      {
        token: operatorA,
      },
    )
    expect(csv.status, csv.text).toBe(200)
    const [laterDays, earlierDays] = [
      daysOf(later.startsAt, later.endsAt),
      daysOf(earlier.startsAt, earlier.endsAt),
    ]
    const figures = [
      [4, 0, 0, 6, 2, 0],
      [0, 3, 1, 9, 0, 1],
      [3, 0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0, 0],
    ]
    expect(csvRows(csv.text)).toEqual(
      figures.map((row, index) => [
        String(index + 1),
        laterDays[index],
        ...row.slice(0, 3).map(String),
        earlierDays[index],
        ...row.slice(3).map(String),
      ]),
    )
    const xlsx = await api(
      `/api/dashboard/figures?figure=festival&format=xlsx&campaign=${later.id}`,
      { token: operatorA },
    )
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
  })

  it('counts a running festival up to today, beside its last edition', async () => {
    const page = await adminPage(`/admin?festival=${running.id}`, operatorA)
    const expected = await expectedOf({ ...running, endsAt: new Date().toISOString() }, beltA)
    expect(editions(page)).toContain('进行中')
    expect(series(page, 'visits', 'current').weeks.at(-1)).toBe(dayOf(new Date().toISOString()))
    expect(series(page, 'inquiries', 'current').values).toEqual(expected.inquiries.perDay)
    expect(series(page, 'firstReplies', 'current').values).toEqual(
      expected.inquiries.firstRepliesPerDay,
    )
    expect(series(page, 'inquiries', 'current').values.at(-1)).toBeGreaterThanOrEqual(3)
    // Its last edition is the later one of half a year ago.
    expect(series(page, 'visits', 'previous').values).toEqual([4, 0, 3, 0])
    // Past its last day the CSV's cells of the shorter edition are empty.
    const rows = csvRows(
      (
        await api(`/api/dashboard/figures?figure=festival&format=csv&campaign=${running.id}`, {
          token: operatorA,
        })
      ).text,
    )
    const length = expected.inquiries.perDay.length
    expect(rows).toHaveLength(Math.max(length, 4))
    for (const row of rows.slice(length)) expect(row.slice(1, 5)).toEqual(['', '', '', ''])
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
    expect(options).toContain(`value="${later.id}"`)
    expect(options).toContain(`value="${running.id}"`)
    expect(options).not.toContain(`value="${draft.id}"`)
    expect(options).not.toContain(`value="${future.id}"`)
    for (const id of [draft.id, future.id, 'abc', '999999999']) {
      const shown = await adminPage(`/admin?festival=${id}`, operatorA)
      expect(shown, String(id)).toContain(NOT_FOUND)
      expect(shown).not.toContain('data-metric=')
    }
  })

  it('shows nothing of one belt’s festival to another belt’s operator, and downloads it to its operators only', async () => {
    const other = await adminPage(`/admin?festival=${later.id}`, operatorB)
    expect(other).toContain(NOT_FOUND)
    expect(other).not.toContain(later.name)
    expect(other).not.toContain(earlier.name)
    const query = `figure=festival&format=csv&campaign=${later.id}`
    // Another belt's operator: refused Zhili, and Zhili's festival is none of their own belt's.
    expect(
      (await api(`/api/dashboard/figures?${query}&belt=${beltA}`, { token: operatorB })).status,
    ).toBe(403)
    const asOwn = await api(`/api/dashboard/figures?${query}`, { token: operatorB })
    expect(asOwn.status).toBe(404)
    expect(asOwn.text).not.toContain(later.name)
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
