import crypto from 'node:crypto'
import fs from 'node:fs'

import Database from 'libsql'
import type { Payload } from 'payload'

import { env } from '@/utilities/config'
import { sqliteFile } from '@/platform/db'

/**
 * Cache invalidation that reaches every process and every node (issue #10).
 *
 * Each process keeps its own page cache. An edit evicts its belt's pages here and publishes the
 * eviction; the other processes apply it:
 *
 * - **SQLite** (processes on one machine, e.g. `CHANDI_WORKERS`): an append-only table in a small
 *   SQLite file beside the database (`<db>.events`). Before answering each request a process asks
 *   `PRAGMA data_version`, SQLite's own counter of commits made by other connections (read from
 *   the shared WAL index, no disk read), and only when it moved reads the new rows. So an edit
 *   made through one process is seen by the next request to any other, with no daemon, no
 *   polling interval and no network. A file of its own, because the database's own counter
 *   moves on every write (inquiries, jobs) and its schema is Payload's to push.
 * - **MongoDB**: a change stream on `chandi_evictions` (replica sets and Atlas have them, as
 *   transactions already need), so every node hears each eviction within milliseconds.
 * - **PostgreSQL**: `LISTEN`/`NOTIFY` on the channel `chandi_evictions`.
 *
 * Collection hooks evict once the write has committed (`afterCommit`), but a render that read the
 * old content just before can still finish and cache it after the eviction. So each eviction is
 * repeated once SETTLE_MS later.
 */
export const SETTLE_MS = env('CHANDI_EVICTION_SETTLE_MS')
/** Rows older than this are pruned; a process that read none for this long drops its whole cache. */
const KEEP_MS = 60 * 60 * 1000
export const ALL = '*'

type Bus = {
  publish: (belt: string | null) => void
  poll: () => void
  close: () => Promise<void> | void
}

const origin = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`
let bus: Bus | null = null
const settling = new Map<string, NodeJS.Timeout>()

/**
 * Who hears an eviction: `'*'` means everything, otherwise a belt's id, or `null` for the hub's
 * pages alone. The portal's page cache subscribes (src/portal/cache.ts), so the hooks that
 * publish here never reach up into the renderer.
 */
export type EvictionListener = (belt: string | typeof ALL | null) => void
const listeners = new Set<EvictionListener>()

/** Subscribes to every eviction, local or from another process; returns the unsubscribe. */
export const onEviction = (listener: EvictionListener) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

const apply = (belt: string | null) => {
  for (const listener of listeners) listener(belt)
}

const settle = (belt: string | null) => {
  apply(belt)
  bus?.publish(belt)
}

/** Evicts a belt's pages (and the hub's) here and in every other process, now and once settled. */
export const evictEverywhere = (beltID: string | number | null | undefined) => {
  const belt = beltID === null || beltID === undefined ? null : String(beltID)
  settle(belt)
  // A later edit of the same belt moves the repeat: it must follow that edit's commit too.
  const key = belt ?? ''
  clearTimeout(settling.get(key))
  const timer = setTimeout(() => {
    settling.delete(key)
    settle(belt)
  }, SETTLE_MS)
  timer.unref()
  settling.set(key, timer)
}

/** Logs a failure at most once a minute (a broken events file would otherwise log per request). */
const throttled = (log: (error: unknown, message: string) => void) => {
  let last = 0
  return (error: unknown, message: string) => {
    if (Date.now() - last < 60_000) return
    last = Date.now()
    log(error, message)
  }
}

/** Applies what other processes published since the last call: before answering each request. */
export const pollEvictions = () => bus?.poll()

/** Exported for its unit test, which runs two of them in one process (each its own `self`). */
export const sqliteBus = (
  log: (error: unknown, message: string) => void,
  file = `${sqliteFile()}.events`,
  self = origin,
): Bus => {
  const db = new Database(file)
  db.exec('pragma journal_mode = wal')
  // Evictions need not survive a power cut (every cache starts empty), and a write here runs on
  // the event loop: no fsync, and a short wait for another process's write.
  db.exec('pragma synchronous = off')
  db.exec('pragma busy_timeout = 100')
  const logOften = throttled(log)
  db.exec(
    'create table if not exists evictions (id integer primary key autoincrement, belt text, origin text not null, at integer not null)',
  )
  const dataVersion = db.prepare('pragma data_version')
  const version = () => (dataVersion.get() as { data_version: number }).data_version
  const since = db.prepare(
    'select id, belt, origin from evictions where id > ? and id <= ? order by id',
  )
  // AUTOINCREMENT's counter keeps the highest id ever given, pruned rows included.
  const sequence = db.prepare(
    "select coalesce((select seq from sqlite_sequence where name = 'evictions'), 0) as id",
  )
  const latest = () => Number((sequence.get() as { id: number }).id)
  const insert = db.prepare('insert into evictions (belt, origin, at) values (?, ?, ?)')
  const prune = db.prepare('delete from evictions where at < ?')
  let seen = latest()
  let lastVersion = version()
  // Every commit rewrites the WAL-index header at the start of the `-shm` file: reading its 96
  // bytes is one pread, where asking for `data_version` cost a seventh of a cached hit's CPU.
  // Unchanged bytes mean no commit since the last look; anything else asks SQLite as before.
  const shm = (() => {
    try { return fs.openSync(`${file}-shm`, 'r') } catch { return null } // prettier-ignore
  })()
  const header = Buffer.alloc(96)
  const lastHeader = Buffer.alloc(96)
  const headerUnchanged = () => {
    if (shm === null) return false
    try {
      if (fs.readSync(shm, header, 0, 96, 0) !== 96) return false
    } catch {
      return false
    }
    if (header.equals(lastHeader)) return true
    header.copy(lastHeader)
    return false
  }
  const pruning = setInterval(
    () => {
      try {
        prune.run(Date.now() - KEEP_MS)
      } catch (error) {
        log(error, 'could not prune old cache evictions')
      }
    },
    10 * 60 * 1000,
  )
  pruning.unref()
  return {
    publish: (belt) => {
      try {
        const { lastInsertRowid } = insert.run(belt, self, Date.now())
        // Our own row: nothing to apply when another process's change makes us read it.
        if (Number(lastInsertRowid) === seen + 1) seen = Number(lastInsertRowid)
      } catch (error) {
        logOften(error, 'could not publish a cache eviction to the other processes')
      }
    },
    poll: () => {
      try {
        if (headerUnchanged()) return
        const current = version()
        if (current === lastVersion) return
        lastVersion = current
        // Up to the highest id given so far; a row added meanwhile moves data_version again.
        const top = latest()
        const rows = since.all(seen, top) as { id: number; belt: string | null; origin: string }[]
        // Rows we never read were pruned: we cannot know what they evicted, so evict everything.
        if ((rows.length > 0 ? Number(rows[0].id) : top + 1) > seen + 1 && top > seen) apply(ALL)
        for (const row of rows) if (row.origin !== self) apply(row.belt)
        seen = Math.max(seen, top)
      } catch (error) {
        // Unreadable events file: serve nothing that may be out of date.
        apply(ALL)
        logOften(error, 'could not read cache evictions from the other processes')
      }
    },
    close: () => {
      clearInterval(pruning)
      if (shm !== null) fs.closeSync(shm)
      db.close()
    },
  }
}

type Watchable = {
  watch: (pipeline: object[]) => {
    on: (event: string, listener: (value: never) => void) => void
    close: () => Promise<void>
  }
}
type MongoCollection = Watchable & {
  insertOne: (doc: object) => Promise<unknown>
  createIndex: (keys: object, options: object) => Promise<unknown>
}

const mongoBus = (payload: Payload, log: (error: unknown, message: string) => void): Bus => {
  const connection = (
    payload.db as unknown as {
      connection: { db: { collection: (name: string) => MongoCollection } }
    }
  ).connection
  const collection = connection.db.collection('chandi_evictions')
  void collection
    .createIndex({ at: 1 }, { expireAfterSeconds: KEEP_MS / 1000 })
    .catch((error: unknown) => log(error, 'could not create the evictions TTL index'))
  let stream: ReturnType<Watchable['watch']> | null = null
  let closed = false
  let delay = 1000
  const watch = () => {
    if (closed) return
    stream = collection.watch([{ $match: { operationType: 'insert' } }])
    // Anything published while no stream was open is unknown: start from an empty cache.
    apply(ALL)
    stream.on('change', (change: { fullDocument?: { belt: string | null; origin: string } }) => {
      delay = 1000
      if (change.fullDocument && change.fullDocument.origin !== origin)
        apply(change.fullDocument.belt)
    })
    stream.on('error', (error: { code?: number }) => {
      apply(ALL)
      void stream?.close().catch(() => undefined)
      stream = null
      // A standalone server has no change streams (error 40573): this node cannot hear the
      // others, which is only right when it is the only one.
      if (error?.code === 40573) {
        log(
          error,
          'change streams need a replica set: cache evictions will not reach other nodes (run a single node on a standalone MongoDB)',
        )
        return
      }
      log(error, `the cache evictions change stream failed; watching again in ${delay / 1000} s`)
      setTimeout(watch, delay).unref()
      delay = Math.min(delay * 2, 60_000)
    })
  }
  watch()
  return {
    publish: (belt) => {
      void collection
        .insertOne({ belt, origin, at: new Date() })
        .catch((error: unknown) =>
          log(error, 'could not publish a cache eviction to the other nodes'),
        )
    },
    poll: () => undefined,
    close: async () => {
      closed = true
      await stream?.close().catch(() => undefined)
    },
  }
}

type PgClient = {
  query: (sql: string, values?: unknown[]) => Promise<unknown>
  on: (event: string, listener: (value: never) => void) => void
  release: (destroy?: boolean) => void
}

const postgresBus = async (
  payload: Payload,
  log: (error: unknown, message: string) => void,
): Promise<Bus> => {
  const pool = (
    payload.db as unknown as {
      pool: { connect: () => Promise<PgClient>; query: PgClient['query'] }
    }
  ).pool
  let listener: PgClient | null = null
  let closed = false
  // One connection of the pool listens; when it is lost, another takes over (evicting everything
  // first: what was sent meanwhile is unknown).
  const listen = async (): Promise<void> => {
    if (closed) return
    try {
      const client = await pool.connect()
      client.on('notification', (message: { payload?: string }) => {
        try {
          const event = JSON.parse(message.payload ?? '{}') as {
            belt?: string | null
            origin?: string
          }
          if (event.origin !== origin) apply(event.belt ?? null)
        } catch {
          apply(ALL)
        }
      })
      client.on('error', (error: unknown) => {
        apply(ALL)
        log(error, 'the cache evictions listener lost its connection; listening again')
        client.release(true)
        listener = null
        setTimeout(() => void listen(), 1000).unref()
      })
      await client.query('listen chandi_evictions')
      listener = client
      apply(ALL)
    } catch (error) {
      log(error, 'could not listen for cache evictions; trying again')
      setTimeout(() => void listen(), 5000).unref()
    }
  }
  await listen()
  return {
    publish: (belt) => {
      void pool
        .query('select pg_notify($1, $2)', ['chandi_evictions', JSON.stringify({ belt, origin })])
        .catch((error: unknown) =>
          log(error, 'could not publish a cache eviction to the other nodes'),
        )
    },
    poll: () => undefined,
    close: () => {
      closed = true
      listener?.release(true)
    },
  }
}

/** Starts publishing and hearing evictions for this process's database (Payload's onInit). */
export const startInvalidationBus = async (payload: Payload) => {
  if (bus) return
  const log = (error: unknown, message: string) => payload.logger.error({ err: error }, message)
  if (payload.db.name === 'sqlite') bus = sqliteBus(log)
  else if (payload.db.name === 'mongoose') bus = mongoBus(payload, log)
  else if (payload.db.name === 'postgres') bus = await postgresBus(payload, log)
}

/** At shutdown: the repeats still pending are sent now (their writes have committed), then closed. */
export const stopInvalidationBus = async () => {
  for (const [key, timer] of settling) {
    clearTimeout(timer)
    settle(key === '' ? null : key)
  }
  settling.clear()
  await bus?.close()
  bus = null
}
