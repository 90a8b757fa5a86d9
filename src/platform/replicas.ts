import { AsyncLocalStorage } from 'node:async_hooks'

import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { withReplicas } from '@payloadcms/db-postgres/drizzle/pg-core'
import pg from 'pg'
import type { DatabaseAdapterObj } from 'payload'

import { SLUGS } from '@/constants'
import { describeDatabaseURL } from '@/platform/databaseProbe'
import { lagTracker } from '@/platform/replicaLag'

/**
 * PostgreSQL read replicas (DATABASE_REPLICA_URLS, issue 19). Payload's adapter is given them as
 * `readReplicas` and routes through drizzle's `withReplicas`: selects go to a replica; writes,
 * transactions and raw `execute` to the primary; and for `readReplicasAfterWriteInterval` ms
 * after any write this process made, every read goes to the primary (so a buyer's or operator's
 * own edit is on the next page they load, whatever the replica's lag).
 *
 * The replicas' pools are ours, not the adapter's: Payload's connect() opens each with a promise
 * nobody awaits (a replica down at start-up rejects it and Node exits), keeps one connection per
 * replica checked out for good, and has no fallback (every read sent to a replica that has gone
 * away is a 500). Here a read the replica cannot answer (connection refused, dropped or timed out,
 * the server shutting down, the login or database refused) is answered by the primary, and the
 * replica is marked down: its reads go to the primary, with one warning line, until a health
 * check (every `HEALTH_CHECK_MS`) gets an answer again. A replica down at start-up is found by
 * the same check before the server listens: a warning, and the primary serves.
 *
 * A replica that answers but has stopped replaying (or replays slowly) would serve old data for
 * as long as it stays up. Its lag is measured (src/platform/replicaLag.ts: the primary's WAL
 * position against the replica's replay position, every second or so), and one more than
 * `maxLagMs` behind is out of rotation, with a warning line, until it has caught up. A replica
 * whose lag cannot be measured (not a streaming standby) is not used. Until the first
 * measurement, and after being down, a replica is not used either.
 *
 * Reads that decide who may do what go to the primary whatever the replicas' lag: every read of
 * the users (the account and memberships behind a login token or session) and of the belts
 * (`published`, domains, the belts a host names). They are few and small: a member removed or a
 * session ended takes effect on the next request, a belt unpublished as soon as the eviction
 * reaches this node (a host's belt is held until the next eviction: src/renderer/resolveBelt.ts).
 */
export const withReadReplicas = (
  adapter: DatabaseAdapterObj,
  urls: string[],
  {
    healthCheckMs = HEALTH_CHECK_MS,
    connectTimeoutMs = CONNECT_TIMEOUT_MS,
    maxLagMs = 5000,
  }: { healthCheckMs?: number; connectTimeoutMs?: number; maxLagMs?: number } = {},
): DatabaseAdapterObj => {
  if (urls.length === 0) return adapter
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const state = db as unknown as AdapterState
      readAccessFromPrimary(db as unknown as Record<string, unknown>)
      // Payload's connect() would open its own pools for these; ours are made below.
      state.readReplicaOptions = undefined
      let replicas: Replica[] | null = null
      const connect = db.connect!.bind(db)
      db.connect = async (options) => {
        await connect(options)
        const warn = (line: string) => state.payload.logger.warn(`[chandi] ${line}`)
        if (!replicas) {
          replicas = urls.map((url) =>
            openReplica(url, () => state.pool, warn, {
              healthCheckMs,
              connectTimeoutMs,
              maxLagMs,
            }),
          )
          await Promise.all(replicas.map((replica) => replica.check()))
        }
        // As Payload's connect() would: the same schema (relational queries) and logger.
        const open = replicas.map((replica) => ({
          replica,
          drizzle: drizzle({
            client: replica.pool,
            logger: (state.logger || false) as boolean,
            schema: state.schema,
          }),
        }))
        const primary = state.drizzle
        state.primaryDrizzle = primary
        state.drizzle = withReplicas(
          primary as never,
          open.map((reader) => reader.drizzle) as never,
          () => {
            if (primaryOnly.getStore()) return primary as never
            const up = open.filter((reader) => reader.replica.usable())
            // Every replica down: the primary answers (it is a database of the same type).
            if (up.length === 0) return primary as never
            return up[Math.floor(Math.random() * up.length)].drizzle as never
          },
        )
      }
      const destroy = db.destroy?.bind(db)
      db.destroy = async () => {
        for (const replica of replicas ?? []) await replica.close()
        replicas = null
        await destroy?.()
      }
      return db
    },
  }
}

/** Reads of these collections decide access: always from the primary. */
const PRIMARY_COLLECTIONS = new Set<string>([SLUGS.users, SLUGS.tenants])

/** The adapter's reads of a collection (`args.collection`). */
const COLLECTION_READS = [
  'find',
  'findOne',
  'findDistinct',
  'count',
  'queryDrafts',
  'findVersions',
  'countVersions',
]

/** Set while a read of PRIMARY_COLLECTIONS runs: the replica picker answers the primary. */
const primaryOnly = new AsyncLocalStorage<true>()

const readAccessFromPrimary = (db: Record<string, unknown>) => {
  for (const method of COLLECTION_READS) {
    const read = db[method]
    if (typeof read !== 'function') continue
    db[method] = function (this: unknown, args: { collection?: string } | undefined) {
      const call = () => (read as (args: unknown) => unknown).call(this, args)
      return args?.collection && PRIMARY_COLLECTIONS.has(args.collection)
        ? primaryOnly.run(true, call)
        : call()
    }
  }
}

/** How often a replica marked down is asked again whether it answers. */
export const HEALTH_CHECK_MS = 5000

/** A replica that does not accept the connection within this is taken as down. */
const CONNECT_TIMEOUT_MS = 3000

type AdapterState = {
  readReplicaOptions?: string[]
  pool: pg.Pool
  poolOptions?: pg.PoolConfig
  drizzle: unknown
  primaryDrizzle?: unknown
  schema: Record<string, unknown>
  logger?: false | object
  payload: { logger: { warn: (message: string) => void } }
}

type Replica = {
  pool: pg.Pool
  down: boolean
  /** Up, and its lag measured and within the limit (or no limit). */
  usable: () => boolean
  check: () => Promise<boolean>
  close: () => Promise<void>
}

type Query = (config: unknown, values?: unknown) => Promise<unknown>

/** Where the replica's replay is; null on a server that is not a standby. */
const REPLAY_SQL = 'select pg_last_wal_replay_lsn()::text as replayed'

const openReplica = (
  url: string,
  primaryPool: () => pg.Pool,
  warn: (line: string) => void,
  {
    healthCheckMs,
    connectTimeoutMs,
    maxLagMs,
  }: { healthCheckMs: number; connectTimeoutMs: number; maxLagMs: number },
): Replica => {
  const where = describeDatabaseURL(url)
  const pool = new pg.Pool({
    ...primaryPool().options,
    connectionString: url,
    connectionTimeoutMillis: connectTimeoutMs,
  })
  let timer: NodeJS.Timeout | null = null
  const lag = lagTracker()
  // 'unknown' until measured (and after being down): not used while a limit is set.
  let lagState: 'unknown' | 'ok' | 'behind' | 'unmeasurable' = 'unknown'
  const setLag = (next: typeof lagState, why: string) => {
    if (next === lagState) return
    if (next === 'behind' || next === 'unmeasurable')
      warn(
        `DATABASE_REPLICA_MAX_LAG_MS: read replica ${where} ${why}; its reads go to the primary until it has caught up`,
      )
    else if (lagState === 'behind' || lagState === 'unmeasurable')
      warn(`read replica ${where} has caught up (${why}); reads go to it`)
    lagState = next
  }
  let checking: Promise<boolean> | null = null
  const check = async () => {
    // The primary's position first, then the replica's replay: caught up means it has replayed
    // at least what the primary had written when this check began.
    const at = Date.now()
    const primaryLSN =
      maxLagMs > 0
        ? await (primaryPool() as unknown as { query: Query })
            .query('select pg_current_wal_lsn()::text as lsn')
            .then((result) => (result as { rows: { lsn: string }[] }).rows[0].lsn)
            .catch(() => null)
        : null
    let replayed: string | null
    try {
      const result = (await rawQuery(REPLAY_SQL)) as { rows: { replayed: string | null }[] }
      replayed = result.rows[0].replayed
    } catch (error) {
      markDown(error)
      return false
    }
    if (replica.down) warn(`read replica ${where} answers again; reads go to it`)
    replica.down = false
    if (timer) clearInterval(timer)
    timer = null
    // The primary did not answer: the lag is not known this time, the last measurement stands.
    if (primaryLSN === null) return true
    if (replayed === null)
      setLag(
        'unmeasurable',
        'is not a streaming standby (no WAL replay): its lag cannot be measured',
      )
    else {
      lag.observe(primaryLSN, replayed, at)
      const ms = lag.lagMs(Date.now())
      setLag(
        ms > maxLagMs ? 'behind' : 'ok',
        `${ms > maxLagMs ? 'is' : 'was'} ${ms} ms behind the primary, the limit ${maxLagMs} ms`,
      )
    }
    return true
  }
  const replica: Replica = {
    pool,
    down: false,
    usable: () => !replica.down && (maxLagMs === 0 || lagState === 'ok'),
    check: () => {
      checking ??= check().finally(() => (checking = null))
      return checking
    },
    close: async () => {
      if (timer) clearInterval(timer)
      timer = null
      clearInterval(lagTimer)
      await pool.end().catch(() => {})
    },
  }
  // While up, the lag is measured a few times within the limit; while down, `timer` asks.
  const lagTimer = setInterval(
    () => {
      if (maxLagMs > 0 && !replica.down) void replica.check()
    },
    Math.min(1000, Math.max(100, Math.floor(maxLagMs / 4))),
  )
  lagTimer.unref()
  const markDown = (error: unknown) => {
    if (!replica.down)
      warn(
        `DATABASE_REPLICA_URLS: read replica ${where} cannot be used (${oneLine(error)}); its reads go to the primary until it answers (asked every ${healthCheckMs / 1000} s)`,
      )
    replica.down = true
    // Back up, it is measured again before it is used.
    if (lagState === 'ok') lagState = 'unknown'
    if (!timer) {
      timer = setInterval(() => void replica.check(), healthCheckMs)
      timer.unref()
    }
  }
  const rawQuery = pool.query.bind(pool) as Query
  // drizzle's prepared queries call `client.query(config, params)` on the pool they were given.
  ;(pool as unknown as { query: Query }).query = (config, values) =>
    rawQuery(config, values).catch((error: unknown) => {
      const unavailable = isUnavailable(error)
      if (!unavailable && !isRecoveryConflict(error)) throw error
      if (unavailable) markDown(error)
      return (primaryPool() as unknown as { query: Query }).query(config, values)
    })
  // A pooled connection the replica drops while idle (it shut down): not a crash, and it is down.
  pool.on('error', (error) => {
    if (isUnavailable(error)) markDown(error)
  })
  return replica
}

/**
 * A client error without an SQLSTATE (refused, reset, timed out, terminated) or the server
 * saying it cannot serve: class 08 connection exceptions, 57P01–57P03 shutting down or starting,
 * 53300 too many connections, 28xxx login refused, 3D000 no such database, 25006 read-only (a
 * statement that writes, sent to the replica).
 */
const isUnavailable = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  // Without an SQLSTATE: a socket's error (ECONNREFUSED, ECONNRESET, ETIMEDOUT…) or the client's
  // own ("Connection terminated", a pool's connection timeout). A programming error is not one.
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code))
    return (
      (typeof code === 'string' && /^E[A-Z]+$/.test(code)) ||
      /connection|terminated|timeout|timed out/i.test(String(message ?? ''))
    )
  return (
    code.startsWith('08') ||
    code.startsWith('28') ||
    ['57P01', '57P02', '57P03', '53300', '3D000', '25006'].includes(code)
  )
}

/** 40001 on a standby: the query was cancelled for a conflict with replay; the primary has none. */
const isRecoveryConflict = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === '40001'

const oneLine = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  return (message || code || String(error)).split('\n')[0]
}
