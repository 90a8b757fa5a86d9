import cluster from 'node:cluster'

import Database from 'libsql'
import type { Payload } from 'payload'

import { sqliteFile } from '@/platform/db'

/**
 * Where fixed-window counters live. `increment` counts one attempt against `key` and answers how
 * many the window open at `at` has seen, this one included; a window that ended (or none) is
 * replaced by a new one ending at `at + windowMs`.
 */
export type CountStore = {
  increment: (key: string, windowMs: number, at: number) => Promise<number> | number
  sweep: (at: number) => Promise<unknown> | unknown
  close?: () => Promise<void> | void
}

/** This process's own counters: one process alone, and the fallback when a shared store fails. */
export const memoryStore = (): CountStore => {
  const windows = new Map<string, { count: number; resetAt: number }>()
  const store: CountStore = {
    increment: (key, windowMs, at) => {
      const current = windows.get(key)
      if (!current || current.resetAt <= at) {
        windows.set(key, { count: 1, resetAt: at + windowMs })
        if (windows.size > 50_000) store.sweep(at)
        return 1
      }
      current.count += 1
      return current.count
    },
    sweep: (at) => {
      for (const [key, window] of windows) if (window.resetAt <= at) windows.delete(key)
    },
  }
  return store
}

/**
 * One statement per attempt, the same on PostgreSQL and SQLite: a new row opens a window; on a
 * conflict the row's window is renewed when it has ended, counted up otherwise. Atomic, so two
 * nodes counting the same key at the same instant get 1 and 2, never 1 and 1.
 */
export const UPSERT = (table: string) =>
  `insert into ${table} as w (key, count, reset_at) values ($1, 1, $3)
   on conflict (key) do update set
     count = case when w.reset_at <= $2 then 1 else w.count + 1 end,
     reset_at = case when w.reset_at <= $2 then $3 else w.reset_at end
   returning count`
const CREATE = (table: string) =>
  `create table if not exists ${table} (key text primary key, count integer not null, reset_at bigint not null)`
const SWEEP = (table: string) => `delete from ${table} where reset_at <= $1`

/**
 * A SQLite file of its own beside the database (`<db>.limits`), shared by the processes of one
 * machine (`CHANDI_WORKERS`). Synchronous: each count is a few microseconds on the event loop
 * (WAL, no fsync: counters need not survive a power cut).
 */
export const sqliteStore = (file = `${sqliteFile()}.limits`): CountStore => {
  const db = new Database(file)
  db.exec('pragma journal_mode = wal')
  db.exec('pragma synchronous = off')
  db.exec('pragma busy_timeout = 100')
  db.exec(CREATE('rate_limits'))
  const sqlite = (sql: string) => sql.replace(/\$(\d)/g, '?$1')
  const upsert = db.prepare(sqlite(UPSERT('rate_limits')))
  const sweep = db.prepare(sqlite(SWEEP('rate_limits')))
  return {
    increment: (key, windowMs, at) =>
      Number((upsert.get(key, at, at + windowMs) as { count: number }).count),
    sweep: (at) => sweep.run(at),
    close: () => void db.close(),
  }
}

type Queryable = {
  query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/** Outside Payload's schema (`public`): its push and `migrate:create` neither see nor drop it. */
export const PG_SCHEMA = 'chandi'
const PG_TABLE = `${PG_SCHEMA}.rate_limits`

/**
 * PostgreSQL: a table every node counts in, through the pool's connections, each held for one
 * statement only (never across a password hash or a request).
 */
export const postgresStore = async (pool: Queryable): Promise<CountStore> => {
  // Two nodes starting at once may both create: `if not exists` can still collide in the catalog.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await pool.query(`create schema if not exists ${PG_SCHEMA}`)
      await pool.query(CREATE(PG_TABLE))
      break
    } catch (error) {
      if (attempt >= 2) throw error
    }
  }
  return {
    increment: async (key, windowMs, at) => {
      const { rows } = await pool.query(UPSERT(PG_TABLE), [key, at, at + windowMs])
      return Number(rows[0].count)
    },
    sweep: (at) => pool.query(SWEEP(PG_TABLE), [at]),
  }
}

/** A shared store that answers slower than this counts as failed for that attempt. */
export const STORE_TIMEOUT_MS = 2000

let shared: CountStore | null = null
let sweeping: NodeJS.Timeout | null = null
let onError: (error: unknown) => void = () => undefined

/**
 * Every limiter of this process counts in `store` from now on (null: back to each its own memory).
 * Expired windows are swept now and every ten minutes (now too: a node restarted more often than
 * that would otherwise never sweep, and the table would keep every window ever opened).
 */
export const useCountStore = (store: CountStore | null, log?: (error: unknown) => void) => {
  if (sweeping) clearInterval(sweeping)
  sweeping = null
  shared = store
  onError = log ?? (() => undefined)
  if (!store) return
  const sweep = () =>
    void Promise.resolve()
      .then(() => store.sweep(Date.now()))
      .catch(onError)
  sweep()
  sweeping = setInterval(sweep, 10 * 60_000)
  sweeping.unref()
}

/**
 * Picks this process's store (Payload's onInit): PostgreSQL's table for every node; on SQLite the
 * `.limits` file when it is one of several workers, its own memory when it is alone; MongoDB its
 * own memory (see the README). A store that cannot be set up leaves the process's memory.
 */
export const startRateLimitStore = async (payload: Payload) => {
  const log = (error: unknown) =>
    payload.logger.error({ err: error }, 'rate limit store failed; counting in this process')
  try {
    if (payload.db.name === 'postgres')
      useCountStore(await postgresStore((payload.db as unknown as { pool: Queryable }).pool), log)
    else if (payload.db.name === 'sqlite' && cluster.isWorker) useCountStore(sqliteStore(), log)
  } catch (error) {
    payload.logger.error(
      { err: error },
      'could not set up the shared rate limit store; each process counts on its own',
    )
  }
}

/** Logs a store failure at most once a minute (a broken store would otherwise log per request). */
let lastLogged = 0
const logFailure = (error: unknown) => {
  if (Date.now() - lastLogged < 60_000) return
  lastLogged = Date.now()
  onError(error)
}

const withTimeout = <T>(work: Promise<T> | T, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    timer.unref()
    Promise.resolve(work).then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })

/**
 * Fixed-window counters per key (an IP, an e-mail) under a name of its own, counted in the
 * process's shared store (every node or worker) when there is one.
 *
 * When the shared store fails or is slow, the attempt is counted in this process's memory
 * instead: neither open (a burst would pass exactly when something is wrong) nor closed (a store
 * hiccup would refuse every buyer and every password reset). The limit then holds per process,
 * at most N × processes, until the store answers again.
 */
export class RateLimiter {
  private readonly local = memoryStore()

  constructor(
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; false when the key has used up its window. */
  async take(key: string, at = Date.now()): Promise<boolean> {
    const id = `${this.name}:${key}`
    if (shared) {
      try {
        const count = await withTimeout(shared.increment(id, this.windowMs, at), STORE_TIMEOUT_MS)
        return count <= this.limit
      } catch (error) {
        logFailure(error)
      }
    }
    return (this.local.increment(id, this.windowMs, at) as number) <= this.limit
  }
}

// Providers known to ignore dots in the local part: a.b@gmail.com is ab@gmail.com.
const DOTLESS_DOMAINS: Record<string, string> = {
  'gmail.com': 'gmail.com',
  'googlemail.com': 'gmail.com',
}

/**
 * The key a per-e-mail limit counts an address by, so one mailbox cannot pass as many: lower
 * case, without a `+tag` in the local part (`ana+1@example.com` is `ana@example.com`), and, at
 * Gmail, without dots. Only for counting: mail still goes to the address as written.
 */
export const emailKey = (email: string): string => {
  const address = email.trim().toLowerCase()
  const at = address.lastIndexOf('@')
  if (at < 1) return address
  let local = address.slice(0, at).split('+')[0] || address.slice(0, at)
  let domain = address.slice(at + 1).replace(/\.$/, '')
  if (DOTLESS_DOMAINS[domain]) {
    domain = DOTLESS_DOMAINS[domain]
    local = local.replaceAll('.', '')
  }
  return `${local}@${domain}`
}
