import { inject } from 'vitest'

import { onPostgres, withPostgres } from './search'

/** The barometer's test helpers (tests/int/barometer.int.spec.ts): the stored visit counts and the page's figures. */
export const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'

export type VisitRow = {
  belt: number
  day: string
  kind: string
  doc: string
  country: string
  count: number
}

/** The visit counts as stored: `<db>.visits` on SQLite, `chandi.visits` on PostgreSQL. */
export const visitRows = async (): Promise<VisitRow[]> => {
  const url = inject('databaseURL')
  const normal = (rows: Record<string, unknown>[]) =>
    rows.map((row) => ({ ...row, belt: Number(row.belt), count: Number(row.count) }) as VisitRow)
  if (onPostgres(url))
    return withPostgres(url, async (client) => {
      const exists = await client.query("select to_regclass('chandi.visits') as t")
      if (!exists.rows[0].t) return []
      return normal((await client.query('select * from chandi.visits')).rows)
    })
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${url.slice('file:'.length)}.visits` })
  try {
    return normal((await client.execute('select * from visits')).rows as never)
  } finally {
    client.close()
  }
}

export const sum = (rows: VisitRow[], match: Partial<VisitRow>) =>
  rows
    .filter((row) =>
      Object.entries(match).every(([key, value]) => row[key as keyof VisitRow] === value),
    )
    .reduce((total, row) => total + row.count, 0)

export const waitFor = async (check: () => Promise<boolean>, ms = 15_000) => {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) return false
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return true
}

/** `data-value` of the element marked `data-figure="<figure>"` (a card) in a barometer page. */
export const card = (body: string, figure: string) =>
  body.match(new RegExp(`<li data-figure="${figure}"><strong data-value="([^"]*)"`))?.[1]

/** A chart's weeks and values, from its table, and its SVG's label. */
export const chart = (body: string, figure: string) => {
  const section = body.match(
    new RegExp(`<figure class="chart" id="${figure}"[^>]*>([\\s\\S]*?)</figure>`),
  )?.[1]
  if (!section) return null
  const rows = [...section.matchAll(/<th scope="row">([^<]+)<\/th><td data-value="([\d.]+)"/g)]
  return {
    svg: section.match(/<svg[^>]*>/)![0],
    label: section.match(/aria-label="([^"]*)"/)?.[1] ?? '',
    weeks: rows.map((row) => row[1]),
    values: rows.map((row) => Number(row[2])),
  }
}

/** A ranking's rows (name → value) from its section. */
export const ranking = (body: string, figure: string) => {
  const section = body.match(new RegExp(`<section id="${figure}"[^>]*>([\\s\\S]*?)</section>`))?.[1]
  if (section === undefined) return null
  // Countries are keyed by their code (`data-code`), other rows by their name.
  return Object.fromEntries(
    [
      ...section.matchAll(
        /<tr(?: data-code="([^"]*)")?><th scope="row">([^<]+)<\/th><td data-value="(\d+)"/g,
      ),
    ].map((row) => [row[1] || row[2], Number(row[3])]),
  )
}

/** The names a ranking shows, by code (countries). */
export const names = (body: string, figure: string) => {
  const section = body.match(new RegExp(`<section id="${figure}"[^>]*>([\\s\\S]*?)</section>`))?.[1]
  return Object.fromEntries(
    [...(section ?? '').matchAll(/<tr data-code="([^"]+)"><th scope="row">([^<]+)<\/th>/g)].map(
      (row) => [row[1], row[2]],
    ),
  )
}

export const DAY = 86_400_000
export const weekOf = (weeks: string[], time: number) => {
  const index = Math.floor((time - Date.parse(`${weeks[0]}T00:00:00Z`)) / (7 * DAY))
  return index >= 0 && index < weeks.length ? index : -1
}
export const perWeek = (weeks: string[], times: number[]) => {
  const counts = weeks.map(() => 0)
  for (const time of times) if (weekOf(weeks, time) !== -1) counts[weekOf(weeks, time)] += 1
  return counts
}
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
