import type { IncomingMessage } from 'node:http'

import { isbot } from 'isbot'
import Database from 'libsql'
import type { Payload } from 'payload'

import { env } from '@/utilities/config'
import { sqliteFile } from '@/platform/db'
import { PG_SCHEMA } from '@/platform/rateLimit'

/**
 * Portal page views, counted without cookies or anything personal (issue #23): per belt (0 for
 * the hub), page kind, document, UTC day and the buyer's country (the region of their
 * `Accept-Language`, or a proxy's country header); no IP, no user agent, no address is kept.
 * A view costs a Map increment on the request's path; each process writes its counts every
 * CHANDI_VISITS_FLUSH_MS (and at shutdown) as one upsert per key, so a crash loses at most one
 * interval's views, and the processes and nodes add up in the database.
 */
export const VISIT_KINDS = [
  'home',
  'factory',
  'product',
  'campaign',
  'search',
  'live',
  'other',
] as const
export type VisitKind = (typeof VISIT_KINDS)[number]

/** What a page's views are counted under: `belt\tkind\tdoc`, made once per rendered page. */
export const visitTag = (belt: number | string | null, kind: VisitKind, doc = '') =>
  `${belt ?? 0}\t${kind}\t${doc}`

export type VisitRow = {
  belt: number
  day: string
  kind: string
  doc: string
  country: string
  count: number
}

type VisitStore = {
  add: (rows: VisitRow[]) => Promise<void> | void
  read: (belts: number[], fromDay: string, toDay: string) => Promise<VisitRow[]> | VisitRow[]
  close?: () => void
}

const counts = new Map<string, number>()
/**
 * The store is kept on `globalThis`: the admin, bundled by Next, loads its own copy of this
 * module in the same process, and reads (the operator's charts) through the store the server
 * started.
 */
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('chandi.visits')] ??= {
  store: null,
}) as { store: VisitStore | null }

let day = ''
let dayEnds = 0
/** Today's UTC date, remade once a day, not per view. */
const today = (at: number) => {
  if (at >= dayEnds) {
    const date = new Date(at)
    day = date.toISOString().slice(0, 10)
    dayEnds = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1)
  }
  return day
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)

/**
 * The region of the first `Accept-Language` tag that has one, upper-cased (`fr;q=0.9,en-US` →
 * US; `zh-Hans-CN` → CN); '' when none has. A scan, no split or regular expression.
 */
export const countryOfLanguages = (header: string): string => {
  let subtag = 0 // 0: the language, then the subtags after it
  let start = 0
  let skipping = false // past a `;` until the next `,`
  for (let index = 0; index <= header.length; index += 1) {
    const code = index < header.length ? header.charCodeAt(index) : 44
    if (code === 44 /* , */ || code === 59 /* ; */ || code === 45 /* - */ || code === 95) {
      if (!skipping && subtag > 0 && index - start === 2) {
        const a = header.charCodeAt(start)
        const b = header.charCodeAt(start + 1)
        if (isLetter(a) && isLetter(b)) return header.slice(start, index).toUpperCase()
      }
      if (code === 44) {
        subtag = 0
        skipping = false
      } else if (code === 59) skipping = true
      else subtag += 1
      start = index + 1
    } else if (code === 32 && index === start) start = index + 1
  }
  return ''
}

/** Answers remembered per header value: a server sees few distinct ones (bounded, short ones only). */
const bounded = <V>(map: Map<string, V>, key: string, make: () => V): V => {
  let value = map.get(key)
  if (value === undefined) {
    value = make()
    if (map.size < 1024 && key.length <= 512) map.set(key, value)
  }
  return value
}
const languages = new Map<string, string>()
const bots = new Map<string, boolean>()

/** The buyer's country: the proxy's header when configured and sensible, else Accept-Language. */
const countryOf = (req: IncomingMessage, header: string) => {
  if (header) {
    const value = req.headers[header]
    // Two letters; Cloudflare's XX (unknown) and T1 (Tor) are no country.
    if (
      typeof value === 'string' &&
      value.length === 2 &&
      isLetter(value.charCodeAt(0)) &&
      isLetter(value.charCodeAt(1)) &&
      value !== 'XX'
    )
      return value.toUpperCase()
  }
  const accept = req.headers['accept-language']
  return accept ? bounded(languages, accept, () => countryOfLanguages(accept)) : ''
}

let countryHeader = ''

/** Counts one view of a page tagged `tag` (see `visitTag`); bots and agentless requests are not. */
export const countVisit = (req: IncomingMessage, tag: string) => {
  if (!shared.store) return
  const agent = req.headers['user-agent']
  if (!agent || bounded(bots, agent, () => isbot(agent))) return
  const key = `${tag}\t${today(Date.now())}\t${countryOf(req, countryHeader)}`
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

/** Writes the counts held so far; a failed write keeps them for the next flush. */
export const flushVisits = async () => {
  if (!shared.store || counts.size === 0) return
  const rows: VisitRow[] = []
  for (const [key, count] of counts) {
    const [belt, kind, doc, date, country] = key.split('\t')
    rows.push({ belt: Number(belt), kind, doc, day: date, country, count })
  }
  counts.clear()
  try {
    await shared.store.add(rows)
  } catch (error) {
    for (const row of rows) {
      const key = `${row.belt}\t${row.kind}\t${row.doc}\t${row.day}\t${row.country}`
      if (counts.size < 100_000) counts.set(key, (counts.get(key) ?? 0) + row.count)
    }
    throw error
  }
}

/**
 * The counted views of some belts (0: the hub) from a UTC day on, up to `toDay` if given (a
 * festival's last day: a report of last year's edition reads that edition's days, not a year of
 * rows), as the database holds them.
 */
export const readVisits = async (
  belts: number[],
  fromDay: string,
  toDay = '9999-12-31',
): Promise<VisitRow[]> =>
  shared.store && belts.length ? shared.store.read(belts, fromDay, toDay) : []

const COLUMNS = 'belt, day, kind, doc, country, count'
const CREATE = (table: string) =>
  `create table if not exists ${table} (belt integer not null, day text not null, kind text not null, doc text not null, country text not null, count integer not null, primary key (belt, day, kind, doc, country))`
const UPSERT = (table: string, values: string) =>
  `insert into ${table} as v (${COLUMNS}) ${values} on conflict (belt, day, kind, doc, country) do update set count = v.count + excluded.count`
const READ = (table: string, placeholders: string, from: string, to: string) =>
  `select ${COLUMNS} from ${table} where belt in (${placeholders}) and day >= ${from} and day <= ${to}`

/** SQLite: a file of its own beside the database (`<db>.visits`), out of Payload's schema push. */
const sqliteStore = (file = `${sqliteFile()}.visits`): VisitStore => {
  const db = new Database(file)
  db.exec('pragma journal_mode = wal')
  db.exec('pragma busy_timeout = 2000')
  db.exec(CREATE('visits'))
  const upsert = db.prepare(UPSERT('visits', 'values (?, ?, ?, ?, ?, ?)'))
  const addAll = db.transaction((rows: VisitRow[]) => {
    for (const row of rows) upsert.run(row.belt, row.day, row.kind, row.doc, row.country, row.count)
  })
  return {
    add: (rows) => void addAll(rows),
    read: (belts, fromDay, toDay) =>
      db
        .prepare(READ('visits', belts.map(() => '?').join(', '), '?', '?'))
        .all(...belts, fromDay, toDay) as VisitRow[],
    close: () => db.close(),
  }
}

type Queryable = {
  query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/** PostgreSQL: `chandi.visits`, beside the rate limits, every node adding to the same rows. */
const postgresStore = async (pool: Queryable): Promise<VisitStore> => {
  const table = `${PG_SCHEMA}.visits`
  for (let attempt = 0; ; attempt += 1) {
    try {
      await pool.query(`create schema if not exists ${PG_SCHEMA}`)
      await pool.query(CREATE(table))
      break
    } catch (error) {
      if (attempt >= 2) throw error
    }
  }
  return {
    // One statement for the batch: a row per key (keys are unique within it).
    add: async (rows) => {
      await pool.query(
        UPSERT(
          table,
          'select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])',
        ),
        (['belt', 'day', 'kind', 'doc', 'country', 'count'] as const).map((column) =>
          rows.map((row) => row[column]),
        ),
      )
    },
    read: async (belts, fromDay, toDay) =>
      (
        await pool.query(
          READ(table, belts.map((_, index) => `$${index + 3}`).join(', '), '$1', '$2'),
          [fromDay, toDay, ...belts],
        )
      ).rows.map((row) => ({ ...row, belt: Number(row.belt), count: Number(row.count) })) as never,
  }
}

let flushing: NodeJS.Timeout | null = null

/**
 * Starts counting (Payload's onInit): PostgreSQL's table, or on SQLite the `.visits` file;
 * MongoDB counts nothing (see the README). Off with CHANDI_VISITS=false.
 */
export const startVisits = async (payload: Payload) => {
  if (!env('CHANDI_VISITS') || shared.store) return
  countryHeader = env('CHANDI_COUNTRY_HEADER').toLowerCase()
  try {
    if (payload.db.name === 'postgres')
      shared.store = await postgresStore((payload.db as unknown as { pool: Queryable }).pool)
    else if (payload.db.name === 'sqlite') shared.store = sqliteStore()
  } catch (error) {
    payload.logger.error({ err: error }, 'could not set up the visit counts; not counting')
    return
  }
  let lastLogged = 0
  flushing = setInterval(() => {
    flushVisits().catch((error: unknown) => {
      if (Date.now() - lastLogged < 60_000) return
      lastLogged = Date.now()
      payload.logger.warn({ err: error }, 'could not write the visit counts; kept for next time')
    })
  }, env('CHANDI_VISITS_FLUSH_MS'))
  flushing.unref()
}

/** Writes what is left and stops (shutdown, before the database closes). */
export const stopVisits = async () => {
  if (flushing) clearInterval(flushing)
  flushing = null
  try {
    await flushVisits()
  } finally {
    shared.store?.close?.()
    shared.store = null
  }
}
