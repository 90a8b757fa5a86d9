import { expect, inject } from 'vitest'

import { api, login } from './api'
import { median, sum, visitRows } from './barometer'
import { cast } from './fixtures'
import { onPostgres, withPostgres } from './search'

/** The festival report's test helpers (tests/int/festival-report.int.spec.ts). */

export const DAY = 86_400_000

export const dayOf = (iso: string) => new Date(iso).toISOString().slice(0, 10)
export const daysOf = (from: string, to: string) => {
  const days: string[] = []
  for (let time = Date.parse(`${dayOf(from)}T00:00:00Z`); time < Date.parse(to); time += DAY)
    days.push(new Date(time).toISOString().slice(0, 10))
  return days
}

/** Runs SQL on the suite's database (SQLite's `.visits` file, or PostgreSQL). */
export const sql = async (file: 'main' | 'visits', statement: string, args: unknown[]) => {
  const url = inject('databaseURL')
  if (onPostgres(url)) {
    let index = 0
    return withPostgres(url, (client) =>
      client.query(
        statement.replace(/\?/g, () => `$${(index += 1)}`).replace(/\bvisits\b/, 'chandi.visits'),
        args,
      ),
    )
  }
  const { createClient } = await import('@libsql/client')
  const base = url.slice('file:'.length)
  const client = createClient({ url: `file:${file === 'visits' ? `${base}.visits` : base}` })
  try {
    await client.execute('pragma busy_timeout = 10000')
    return await client.execute({ sql: statement, args: args as never })
  } finally {
    client.close()
  }
}

export type Expected = {
  visits: {
    total: number
    campaignPage: number
    factoryPages: number
    productPages: number
    perDay: number[]
  }
  inquiries: {
    total: number
    answered: number
    medianFirstReplyMinutes: number | null
    quotes: number
    quoted: number
    perDay: number[]
    firstRepliesPerDay: number[]
  }
  topFactories: { id: number; inquiries: number; quotes: number }[]
  topProducts: { id: number; visits: number; inquiries: number }[]
}

const byCount = <T extends { id: number }>(rows: T[], count: (row: T) => number) =>
  [...rows].sort((a, b) => count(b) - count(a) || String(a.id).localeCompare(String(b.id)))

/** One edition's figures, from the visit rows and the inquiries the database holds. */
export const expectedOf = async (
  campaign: { id: number; startsAt: string; endsAt: string },
  beltA: number,
): Promise<Expected> => {
  const admin = await login(cast.emails.admin)
  const days = daysOf(campaign.startsAt, campaign.endsAt)
  const rows = (await visitRows()).filter((row) => row.belt === beltA && days.includes(row.day))
  const where = [
    `where[and][0][tenant][equals]=${beltA}`,
    `where[and][1][createdAt][greater_than_equal]=${encodeURIComponent(campaign.startsAt)}`,
    `where[and][2][createdAt][less_than]=${encodeURIComponent(campaign.endsAt)}`,
    'where[and][3][status][not_equals]=spam',
  ].join('&')
  const found = await api(`/api/inquiries?${where}&limit=0&depth=0`, { token: admin })
  expect(found.status, found.text).toBe(200)
  const docs = found.json.docs as any[]
  const quotesOf = (doc: any) =>
    (doc.replies ?? []).filter(
      (row: any) => row.author === 'factory' && (row.quote?.priceTiers?.length ?? 0) > 0,
    ).length
  const firstReplyOf = (doc: any): string | null =>
    (doc.replies ?? []).find((row: any) => row.author === 'factory' && row.sentAt)?.sentAt ?? null
  const minutes = docs
    .map((doc) => {
      const first = firstReplyOf(doc)
      return first ? (Date.parse(first) - Date.parse(doc.createdAt)) / 60_000 : null
    })
    .filter((value): value is number => value !== null)
  const factories = new Map<number, { id: number; inquiries: number; quotes: number }>()
  const productInquiries = new Map<number, number>()
  for (const doc of docs) {
    const id = Number(doc.factory)
    const entry = factories.get(id) ?? { id, inquiries: 0, quotes: 0 }
    entry.inquiries += 1
    entry.quotes += quotesOf(doc)
    factories.set(id, entry)
    if (doc.product)
      productInquiries.set(
        Number(doc.product),
        (productInquiries.get(Number(doc.product)) ?? 0) + 1,
      )
  }
  const productVisits = new Map<number, number>()
  for (const row of rows)
    if (row.kind === 'product' && row.doc)
      productVisits.set(Number(row.doc), (productVisits.get(Number(row.doc)) ?? 0) + row.count)
  const viewed = byCount(
    [...productVisits].map(([id, visits]) => ({ id, visits })),
    (row) => row.visits,
  ).slice(0, 20)
  const existing = viewed.length
    ? new Set(
        (
          await api(
            `/api/products?where[and][0][id][in]=${viewed.map((row) => row.id).join(',')}&where[and][1][tenant][equals]=${beltA}&limit=0&depth=0`,
            { token: admin },
          )
        ).json.docs.map((doc: any) => Number(doc.id)),
      )
    : new Set<number>()
  const middle = minutes.length ? median(minutes) : null
  return {
    visits: {
      total: sum(rows, {}),
      campaignPage: sum(rows, { kind: 'campaign', doc: String(campaign.id) }),
      factoryPages: sum(rows, { kind: 'factory' }),
      productPages: sum(rows, { kind: 'product' }),
      perDay: days.map((day) => sum(rows, { day })),
    },
    inquiries: {
      total: docs.length,
      answered: minutes.length,
      medianFirstReplyMinutes: middle === null ? null : Math.round(middle),
      quotes: docs.reduce((total, doc) => total + quotesOf(doc), 0),
      quoted: docs.filter((doc) => quotesOf(doc) > 0).length,
      perDay: days.map((day) => docs.filter((doc) => dayOf(doc.createdAt) === day).length),
      firstRepliesPerDay: days.map(
        (day) =>
          docs.filter((doc) => firstReplyOf(doc) !== null && dayOf(firstReplyOf(doc)!) === day)
            .length,
      ),
    },
    topFactories: byCount([...factories.values()], (row) => row.inquiries).slice(0, 5),
    topProducts: viewed
      .filter((row) => existing.has(row.id))
      .slice(0, 5)
      .map((row) => ({ ...row, inquiries: productInquiries.get(row.id) ?? 0 })),
  }
}

/** The report's edition in the shape of `Expected`. */
export const shapeOf = (edition: any): Expected => ({
  visits: {
    total: edition.visits.total,
    campaignPage: edition.visits.campaignPage,
    factoryPages: edition.visits.factoryPages,
    productPages: edition.visits.productPages,
    perDay: edition.visits.perDay,
  },
  inquiries: edition.inquiries,
  topFactories: edition.topFactories.map(({ id, inquiries, quotes }: any) => ({
    id: Number(id),
    inquiries,
    quotes,
  })),
  topProducts: edition.topProducts.map(({ id, visits, inquiries }: any) => ({
    id: Number(id),
    visits,
    inquiries,
  })),
})

/** An admin page as a browser with this JWT's cookie gets it (in Chinese). */
export const adminPage = async (path: string, token: string) => {
  const response = await api(path, {
    // As a browser navigates: cookies are honoured only from the admin's own site (CSRF).
    headers: {
      cookie: `payload-token=${token}; payload-lng=zh`,
      'sec-fetch-site': 'same-origin',
      'sec-fetch-mode': 'navigate',
    },
  })
  expect(response.status).toBe(200)
  return response.text
}
