import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login, zhili } from '../helpers/api'
import { BROWSER, chart, DAY, median, sum, visitRows, waitFor } from '../helpers/barometer'
import { cast, idBy, memberEmail } from '../helpers/fixtures'
import { deleteInquiries, newestFor, send } from '../helpers/inquiries'
import { isTo, mails } from '../helpers/mail'
import { onPostgres, withPostgres } from '../helpers/search'

/**
 * The operator's dashboard with charts (issue #23): the 90-day series, the "to nudge" list and
 * its reminder e-mail, and the CSV/XLSX downloads, each checked against what the database holds
 * and refused to anyone but the belt's operators (and platform admins).
 */
let admin: string
let operatorA: string
let operatorB: string
let memberA1: string
let beltA: number
let factoryA1: number

const DAYS = 90
const dayOf = (iso: string) => new Date(iso).toISOString().slice(0, 10)
const lastDays = () => {
  const now = new Date()
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  return Array.from({ length: DAYS }, (_, index) =>
    new Date(today - (DAYS - 1 - index) * DAY).toISOString().slice(0, 10),
  )
}

/** The belt's inquiries of the 90 days as the platform admin reads them through REST. */
const inquiriesOfBelt = async (days: string[]) => {
  const response = await api(
    `/api/inquiries?where[tenant][equals]=${beltA}&where[createdAt][greater_than_equal]=${days[0]}T00:00:00.000Z&limit=0&depth=0`,
    { token: admin },
  )
  expect(response.status, response.text).toBe(200)
  return (response.json.docs as any[]).map((doc) => ({
    createdAt: doc.createdAt as string,
    factory: Number(typeof doc.factory === 'object' ? doc.factory.id : doc.factory),
    status: doc.status as string,
    firstReply: ((doc.replies ?? []) as any[]).find((row) => row.author === 'factory' && row.sentAt)
      ?.sentAt as string | undefined,
  }))
}

/** The daily series as the database holds them: visit rows, inquiries, first replies. */
const expectedDaily = async () => {
  const days = lastDays()
  const rows = await visitRows()
  const inquiries = await inquiriesOfBelt(days)
  return days.map((day) => [
    day,
    sum(rows, { belt: beltA, day }),
    inquiries.filter((doc) => dayOf(doc.createdAt) === day).length,
    inquiries.filter((doc) => doc.firstReply && dayOf(doc.firstReply) === day).length,
  ])
}

const csvRows = (text: string) =>
  text
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','))

const download = (query: string, token?: string) =>
  api(`/api/dashboard/figures?${query}`, { token })

const reminders = (email: string) =>
  mails().filter((mail) => isTo(mail, email) && mail.subject.startsWith('询盘催办'))

beforeAll(async () => {
  admin = await login(cast.emails.admin)
  operatorA = await login(cast.emails.operatorA)
  operatorB = await login(cast.emails.operatorB)
  memberA1 = await login(memberEmail(cast.factoryA1.slug))
  beltA = Number(await idBy('tenants', 'slug', cast.beltA.slug))
  factoryA1 = Number(await idBy('factories', 'slug', cast.factoryA1.slug))
  // PostgreSQL keeps the reminders' 24-hour windows in its rate-limit table, which outlives a
  // run on the same cluster: start with none (SQLite's single process counts in memory).
  if (onPostgres())
    await withPostgres(inject('databaseURL'), (client) =>
      client.query("delete from chandi.rate_limits where key like 'factory-reminder:%'"),
    )
  // Two inquiries today, one answered: the series move, and the factory has one waiting.
  let answered: { id: number | string } | undefined
  for (let count = 0; count < 2; count += 1) {
    expect((await send()).status).toBe(303)
    answered = await newestFor() // each recorded for the clean-up
  }
  const reply = await api(`/api/inquiries/${answered!.id}`, {
    method: 'PATCH',
    token: memberA1,
    body: { replies: [{ author: 'factory', body: 'Quoted.' }] },
  })
  expect(reply.status, reply.text).toBe(200)
  // Three views of the belt's home, as counted in the database.
  const today = new Date().toISOString().slice(0, 10)
  const before = sum(await visitRows(), { belt: beltA, day: today })
  for (let view = 0; view < 3; view += 1)
    expect((await zhili(`/en?activity=${view}`, { 'user-agent': BROWSER })).status).toBe(200)
  expect(
    await waitFor(async () => sum(await visitRows(), { belt: beltA, day: today }) >= before + 3),
  ).toBe(true)
})

afterAll(async () => {
  await deleteInquiries(admin)
})

describe('the 90-day series', () => {
  it('gives visits, inquiries and first replies per day as the database holds them (CSV)', async () => {
    const response = await download('figure=daily&format=csv&lang=en', operatorA)
    expect(response.status, response.text).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toContain('chandi-zhili-daily.csv')
    const [header, ...rows] = csvRows(response.text)
    expect(header).toEqual(['Day', 'Visits', 'Inquiries', 'First replies'])
    const expected = await expectedDaily()
    expect(rows.map((row) => [row[0], ...row.slice(1).map(Number)])).toEqual(expected)
    const today = expected[DAYS - 1]
    expect(today[1]).toBeGreaterThanOrEqual(3)
    expect(today[2]).toBeGreaterThanOrEqual(2)
    expect(today[3]).toBeGreaterThanOrEqual(1)
  })

  it('draws the same figures in the admin: three labelled SVG charts, each with its table', async () => {
    const page = await fetch(`${inject('baseURL')}/admin`, {
      // As the browser sends it: the session cookie, from the admin's own origin.
      headers: {
        cookie: `payload-token=${operatorA}`,
        'accept-language': 'zh-CN',
        'sec-fetch-site': 'same-origin',
      },
    })
    expect(page.status).toBe(200)
    const body = await page.text()
    const expected = await expectedDaily()
    for (const [index, id] of ['visits', 'inquiries', 'replies'].entries()) {
      const drawn = chart(body, `daily-${id}`)
      expect(drawn, id).not.toBeNull()
      expect(drawn!.svg).toContain('role="img"')
      expect(drawn!.label).toContain('近 90 天')
      expect(drawn!.weeks).toEqual(expected.map((row) => row[0]))
      expect(drawn!.values).toEqual(expected.map((row) => row[index + 1]))
    }
    // Nothing of the buyers on the page.
    expect(body).not.toContain('Ana Souza')
    expect(body).not.toMatch(/ana-[a-z0-9-]+@example\.com/)
  })
})

describe('the “to nudge” list', () => {
  /** The list as the database holds it: published factories, slowest first. */
  const expectedNudge = async () => {
    const inquiries = await inquiriesOfBelt(lastDays())
    const factories = (
      await api(
        `/api/factories?where[tenant][equals]=${beltA}&where[_status][equals]=published&limit=0&depth=0&locale=zh`,
        { token: admin },
      )
    ).json.docs as any[]
    return factories
      .map((factory) => {
        const own = inquiries.filter((doc) => doc.factory === factory.id)
        const minutes = own
          .filter((doc) => doc.firstReply)
          .map((doc) => (Date.parse(doc.firstReply!) - Date.parse(doc.createdAt)) / 60_000)
        const open = own.filter(
          (doc) => !doc.firstReply && !['won', 'lost', 'spam'].includes(doc.status),
        ).length
        return {
          slug: factory.slug as string,
          median: minutes.length ? Math.round(median(minutes)) : null,
          open,
          total: own.length,
        }
      })
      .filter((row) => row.total > 0 && (row.open > 0 || (row.median ?? 0) > 24 * 60))
      .sort(
        (a, b) =>
          (b.median ?? Infinity) - (a.median ?? Infinity) ||
          b.open - a.open ||
          a.slug.localeCompare(b.slug),
      )
  }

  it('lists the slowest factories with their median first reply and open inquiries (XLSX)', async () => {
    const response = await download('figure=nudge&format=xlsx', operatorA)
    expect(response.status, response.text).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.bytes.buffer)
    const rows: unknown[][] = []
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    expect(rows[0]).toEqual([
      '工厂',
      '网址名',
      '首次回复中位数（分钟）',
      '未回复询盘',
      '近 90 天询盘',
    ])
    const expected = await expectedNudge()
    expect(expected.find((row) => row.slug === cast.factoryA1.slug)?.open).toBeGreaterThan(0)
    expect(
      rows.slice(1).map((row) => ({
        slug: row[1],
        median: row[2] === '' || row[2] === undefined ? null : row[2],
        open: row[3],
        total: row[4],
      })),
    ).toEqual(expected)
  })

  it('e-mails a factory’s members a reminder in Chinese, once per 24 hours, for its own belt’s operator only', async () => {
    const to = memberEmail(cast.factoryA1.slug)
    const remind = (body: unknown, token?: string) =>
      api('/api/dashboard/remind', { method: 'POST', body, token })
    // Refused: the public, a factory member, another belt's operator (its factory is not theirs).
    expect((await remind({ factory: factoryA1 })).status).toBe(403)
    expect((await remind({ factory: factoryA1 }, memberA1)).status).toBe(403)
    expect((await remind({ factory: factoryA1 }, operatorB)).status).toBe(404)
    expect((await remind({ all: true, belt: beltA }, operatorB)).status).toBe(403)
    expect((await remind({ factory: 'not-an-id' }, operatorA)).status).toBe(404)
    expect((await remind({ nothing: 1 }, operatorA)).status).toBe(400)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(reminders(to)).toHaveLength(0)

    const sent = await remind({ factory: factoryA1 }, operatorA)
    expect(sent.status, sent.text).toBe(200)
    expect(sent.json.sent).toEqual([{ factory: factoryA1, recipients: 1 }])
    expect(await waitFor(async () => reminders(to).length === 1, 30_000)).toBe(true)
    const [mail] = reminders(to)
    expect(mail.text).toContain('还没有回复')
    expect(mail.text).toMatch(/\/admin\/collections\/inquiries/)
    // No buyer in it: not their name, company or address.
    expect(mail.text).not.toMatch(/Ana Souza|Loja Kids|@example\.com/)

    // The same factory again within 24 hours: 429, and nothing more is sent, even for "all".
    const again = await remind({ factory: factoryA1 }, operatorA)
    expect(again.status).toBe(429)
    expect(again.json.errors[0].message).toMatch(/24 hours/)
    const all = await remind({ all: true }, operatorA)
    expect([200, 429]).toContain(all.status)
    expect(all.json.limited.map(Number)).toContain(factoryA1)
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(reminders(to)).toHaveLength(1)
  })
})

describe('the downloads', () => {
  it('give the overview figures equal to the dashboard’s, CSV cells safe from formulas', async () => {
    const figures = (await api('/api/dashboard', { token: operatorA })).json
    const csv = await download('figure=overview&format=csv', operatorA)
    expect(csv.status, csv.text).toBe(200)
    const values = Object.fromEntries(csvRows(csv.text).map((row) => [row[0], row[2]]))
    expect(Number(values.factories)).toBe(figures.factories.total.value)
    expect(Number(values.verified)).toBe(figures.factories.verified.value)
    expect(Number(values.inquiriesThisWeek)).toBe(figures.inquiries.thisWeek.value)
    expect(Number(values.campaignsLive)).toBe(figures.campaigns.live)

    // A factory named like a formula is quoted in the CSV, not evaluated.
    const original = (await api(`/api/factories/${factoryA1}?depth=0&locale=zh`, { token: admin }))
      .json.name
    const renamed = await api(`/api/factories/${factoryA1}?locale=zh`, {
      method: 'PATCH',
      token: admin,
      body: { name: '=HYPERLINK("http://evil.example","点我")' },
    })
    expect(renamed.status, renamed.text).toBe(200)
    try {
      const nudge = await download('figure=nudge&format=csv', operatorA)
      expect(nudge.text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`)
    } finally {
      await api(`/api/factories/${factoryA1}?locale=zh`, {
        method: 'PATCH',
        token: admin,
        body: { name: original },
      })
    }
  })

  it('are refused to the public, a member and another belt’s operator; bad input is a 400', async () => {
    expect((await download('figure=daily&format=csv')).status).toBe(403)
    expect((await download('figure=daily&format=csv', memberA1)).status).toBe(403)
    expect((await download(`figure=daily&format=xlsx&belt=${beltA}`, operatorB)).status).toBe(403)
    // Operator B's own download is about Yiwu, not Zhili.
    const own = await download('figure=daily&format=csv', operatorB)
    expect(own.status).toBe(200)
    expect(own.headers.get('content-disposition')).toContain('chandi-yiwu-daily.csv')
    expect((await download(`figure=daily&format=csv&belt=${beltA}`, admin)).status).toBe(200)
    expect((await download('figure=daily&format=pdf', operatorA)).status).toBe(400)
    // Not an inherited name of a plain object either.
    expect((await download('figure=daily&format=constructor', operatorA)).status).toBe(400)
    expect((await download('figure=everything&format=csv', operatorA)).status).toBe(400)
  })
})
