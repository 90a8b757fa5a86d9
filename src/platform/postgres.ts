import crypto from 'node:crypto'

import pg from 'pg'
import { APIError, type DatabaseAdapterObj } from 'payload'

/**
 * Where PostgreSQL behaves differently from SQLite, made to answer alike (issue 19).
 *
 * 1. A query comparing a column with an operator or value its type cannot take: `like` on a
 *    boolean, a date or a select (an enum on PostgreSQL), a value that is not one of a select's
 *    options. SQLite compares text with anything and finds nothing; PostgreSQL refuses the
 *    statement (`operator does not exist: boolean ~~* unknown`, `invalid input value for enum`),
 *    and Payload answered 500. These become a 400 naming the problem, not a stack.
 * 2. The schema push of development and tests: drizzle introspects every table of the database
 *    first (20–40 s on our machines for Chandi's 200-odd tables), in every process that starts,
 *    although only the first on a database has anything to push. The schema's hash is kept as the
 *    comment of `payload_migrations`, and a process whose schema has that hash skips the push.
 * 3. The server restarting under a running Chandi (`quietPoolErrors`).
 */
export const withPostgresBehaviour = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    for (const name of QUERY_METHODS) {
      const method = (db as unknown as Record<string, unknown>)[name]
      if (typeof method !== 'function') continue
      const bound = method.bind(db) as (...rest: unknown[]) => Promise<unknown>
      ;(db as unknown as Record<string, unknown>)[name] = (...rest: unknown[]) =>
        bound(...rest).catch((error: unknown) => {
          throw asBadQuery(error) ?? error
        })
    }
    const connect = db.connect!.bind(db)
    db.connect = async (options) => {
      const state = db as unknown as PushState
      if (state.push === false || process.env.PAYLOAD_FORCE_DRIZZLE_PUSH === 'true') {
        await connect(options)
        return quietPoolErrors(state)
      }
      const hash = schemaHash(state)
      if (hash && (await storedHash(state.poolOptions?.connectionString)) === hash)
        state.push = false
      await connect(options)
      quietPoolErrors(state)
      if (hash && state.push !== false && state.pool)
        await state.pool
          .query(`comment on table payload_migrations is '${HASH_PREFIX}${hash}'`)
          .catch(() => {})
    }
    return db
  },
})

/**
 * The database server shutting down or restarting cuts the pool's idle connections, and the pool
 * emits 'error' for each: without a listener that is an uncaught exception. The pool has already
 * dropped the connection and opens a new one when next asked; the next request meets the outage
 * (src/platform/outage.ts) if the server is still away.
 */
const quietPoolErrors = (state: PushState) => {
  const pool = state.pool as unknown as
    | {
        listenerCount?: (event: string) => number
        on?: (event: string, listener: (error: Error) => void) => void
      }
    | undefined
  if (!pool?.on || (pool.listenerCount?.('error') ?? 0) > 0) return
  pool.on('error', (error) =>
    state.payload?.logger?.warn(
      `PostgreSQL closed an idle connection of the pool: ${error.message.split('\n')[0]}`,
    ),
  )
}

/** Adapter methods that take a `where` from the API (reads, and bulk updates and deletes). */
const QUERY_METHODS = [
  'find',
  'findOne',
  'count',
  'countVersions',
  'countGlobalVersions',
  'findVersions',
  'findGlobalVersions',
  'findDistinct',
  'queryDrafts',
  'updateMany',
  'deleteMany',
] as const

/**
 * 42883 undefined_function (an operator the type has not), 22P02 invalid_text_representation
 * (not an enum's value, not a number), 22007/22008 a date it cannot read or hold, 22003 a number
 * out of the column's range, 42804 datatype_mismatch.
 */
const BAD_QUERY_CODES = new Set(['42883', '22P02', '22007', '22008', '22003', '42804'])

const asBadQuery = (error: unknown): APIError | null => {
  for (
    let current = error, depth = 0;
    current && depth < 5;
    current = (current as { cause?: unknown }).cause, depth += 1
  ) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && BAD_QUERY_CODES.has(code))
      return new APIError(
        `where: a field is compared with an operator or a value it cannot take (${String(message).split('\n')[0]})`,
        400,
        null,
        true,
      )
  }
  return null
}

type PushState = {
  push?: boolean
  rawTables?: unknown
  payload?: {
    config?: { localization?: false | { localeCodes?: string[] } }
    logger?: { warn: (message: string) => void }
  }
  poolOptions?: { connectionString?: string }
  pool?: { query: (sql: string) => Promise<unknown> }
}

const HASH_PREFIX = 'chandi schema '

const schemaHash = (state: PushState): string | null => {
  try {
    const localization = state.payload?.config?.localization
    const localeCodes = localization ? localization.localeCodes : null
    return crypto
      .createHash('sha256')
      .update(JSON.stringify({ rawTables: state.rawTables, localeCodes }))
      .digest('hex')
  } catch {
    return null
  }
}

/** The hash the last push wrote, or null (no table yet, no comment, no connection). */
const storedHash = async (connectionString?: string): Promise<string | null> => {
  if (!connectionString) return null
  const client = new pg.Client({ connectionString })
  client.on('error', () => {})
  try {
    await client.connect()
    const result = await client.query<{ comment: string | null }>(
      "select obj_description(to_regclass('payload_migrations'), 'pg_class') as comment",
    )
    const comment = result.rows[0]?.comment ?? ''
    return comment.startsWith(HASH_PREFIX) ? comment.slice(HASH_PREFIX.length) : null
  } catch {
    return null
  } finally {
    await client.end().catch(() => {})
  }
}
