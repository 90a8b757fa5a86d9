import Database from 'libsql'

/**
 * Prepared statements kept per SQLite connection (issue #20, the writes).
 *
 * `@libsql/client` prepares every statement it runs again (`db.prepare(sql)` in its
 * `executeStmt`), asks the native side for its columns twice and, for a statement that returns no
 * rows, has the native side throw to find that out. Payload's adapter sends the same few hundred
 * SQL texts over and over (its values are bound, not inlined), so preparing them took 10% of the
 * server's CPU in a product save or an inquiry, and the columns 3% more (`--cpu-prof`, production
 * server). Neither the client nor Payload's adapter offers a statement cache, so this adds one
 * underneath them: `Database.prototype.prepare` answers a statement it prepared before on the same
 * connection, with its columns and whether it returns rows remembered.
 *
 * Sound because every use of a statement by the client is synchronous from `prepare` to the end of
 * its rows (`all()`, `run()`): no two uses overlap, a finished statement holds no snapshot, and
 * SQLite resets a statement before it runs again. A statement that failed (SQLITE_BUSY among
 * others) may still be in progress, holding its read snapshot: it is dropped from the cache, and
 * left to the garbage collector as before. The columns are remembered only between the client's
 * two calls of one execution: SQLite re-prepares a statement whose table another connection
 * altered, and its columns are read again at each execution. The cache is emptied when the
 * connection runs DDL (or a script through `exec`) or is closed, and holds at most
 * MAX_STATEMENTS a connection, the least recently used going first.
 *
 * Only connections in WAL mode (Chandi's default, `CHANDI_SQLITE_WAL`) keep statements. With a
 * rollback journal a statement that failed with SQLITE_BUSY holds the file's shared lock until the
 * garbage collector finalizes it, and every COMMIT waits on it; reusing statements makes garbage,
 * and so collections, rarer, and a server coming back from a locked file refused writes for
 * 35 s and more (tests/int/outage.int.spec.ts). Under WAL readers never block a COMMIT.
 *
 * Code that prepares the same
 * text twice on one connection gets one statement (with one raw/safe-integers mode): Chandi's own
 * direct users of libsql (events, visits, rate limits) open connections of their own.
 */

export const MAX_STATEMENTS = 250

type Column = { name: string; type?: string | null }
type NativeStatement = {
  raw: (raw?: boolean) => NativeStatement
  columns: () => Column[]
  run: (...args: unknown[]) => unknown
  all: (...args: unknown[]) => unknown
  get: (...args: unknown[]) => unknown
  reader: boolean
}
type Cached = {
  statement: NativeStatement
  connection: object
  sql: string
  columns?: Column[]
  reader?: boolean
}
type Prototype = {
  prepare: (this: object, sql: string) => NativeStatement
  exec: (this: object, sql: string) => unknown
  close: (this: object) => unknown
}

/** DDL, or a change of journal mode: the connection's statements are forgotten. */
const FORGETS = /^\s*(create|alter|drop|pragma\s+(\w+\.)?journal_mode)\b/i
/** Per connection: its statements, or null for a connection not in WAL mode (not cached). */
const caches = new WeakMap<object, Map<string, Cached> | null>()
const known = new WeakMap<NativeStatement, Cached>()
let installed = false

/** Installs the cache (once a process); every libsql connection opened after or before uses it. */
export const cacheStatements = () => {
  if (installed) return
  installed = true
  const database = Database.prototype as unknown as Prototype
  const prepare = database.prepare
  const close = database.close
  const exec = database.exec
  /** Whether the connection is in WAL mode now: asked once, again after a journal_mode pragma. */
  const walOf = (connection: object) => {
    const probe = prepare.call(connection, 'pragma journal_mode')
    probe.raw(true)
    const rows = probe.all() as unknown[][]
    return String(rows[0]?.[0] ?? '').toLowerCase() === 'wal'
  }
  database.prepare = function cachedPrepare(this: object, sql: string) {
    if (FORGETS.test(sql)) {
      caches.delete(this)
      return prepare.call(this, sql)
    }
    let cache = caches.get(this)
    if (cache === undefined) {
      try {
        cache = walOf(this) ? new Map() : null
      } catch {
        // Not answerable now (the file locked): this statement uncached, the question asked again.
        return prepare.call(this, sql)
      }
      caches.set(this, cache)
    }
    if (cache === null) return prepare.call(this, sql)
    const hit = cache.get(sql)
    if (hit) {
      // Most recently used last: Map keeps insertion order.
      cache.delete(sql)
      cache.set(sql, hit)
      return hit.statement
    }
    const statement = prepare.call(this, sql)
    const entry: Cached = { statement, connection: this, sql }
    known.set(statement, entry)
    cache.set(sql, entry)
    if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value as string)
    return statement
  }
  // `exec` runs scripts (pragmas, a migration's several statements): any of them may be DDL.
  database.exec = function uncachingExec(this: object, sql: string) {
    caches.delete(this)
    return exec.call(this, sql)
  }
  database.close = function cachedClose(this: object) {
    caches.delete(this)
    return close.call(this)
  }

  const statementPrototype = Object.getPrototypeOf(
    (() => {
      const probe = new Database(':memory:')
      try {
        return prepare.call(probe, 'select 1')
      } finally {
        close.call(probe)
      }
    })(),
  ) as NativeStatement
  const columns = statementPrototype.columns
  const raw = statementPrototype.raw
  statementPrototype.columns = function cachedColumns(this: NativeStatement) {
    const entry = known.get(this)
    if (!entry) return columns.call(this)
    entry.columns ??= columns.call(this)
    return entry.columns
  }
  statementPrototype.raw = function cachedRaw(this: NativeStatement, value?: boolean) {
    const entry = known.get(this)
    if (!entry || value === false) return raw.call(this, value)
    // The client calls raw() to learn whether a statement returns rows: it throws when not.
    entry.reader ??= this.reader
    if (!entry.reader) throw NOT_A_READER
    return raw.call(this, value)
  }
  for (const name of ['run', 'all', 'get'] as const) {
    const execute = statementPrototype[name]
    statementPrototype[name] = function cachedExecute(this: NativeStatement, ...args: unknown[]) {
      const entry = known.get(this)
      if (!entry) return execute.apply(this, args)
      // Columns are read again at the next execution (see above).
      entry.columns = undefined
      try {
        return execute.apply(this, args)
      } catch (error) {
        const cache = caches.get(entry.connection)
        if (cache?.get(entry.sql) === entry) cache.delete(entry.sql)
        known.delete(this)
        throw error
      }
    }
  }
}

const NOT_A_READER = new TypeError('The raw() method is only for statements that return data')
