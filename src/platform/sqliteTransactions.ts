import {
  type Client,
  createClient,
  type InStatement,
  type InArgs,
  type ResultSet,
} from '@libsql/client'

/**
 * Transactions on the embedded SQLite default (issue #10: a write killed half-way leaves nothing
 * half-written).
 *
 * `@payloadcms/db-sqlite` runs every write without a transaction unless `transactionOptions` is
 * set: a product is its row, its localized rows, its price tiers, then its version and the
 * version's rows, each its own statement. A server killed between them left a product whose latest
 * version had no price tiers; a locked file, a document without a version. Turning transactions on
 * as they come is not enough here, for the reasons this module deals with:
 *
 * - SQLite through libsql is synchronous, on the event loop. A statement that waits for another
 *   connection's write lock (the 5 s busy timeout) stops the whole process, so the transaction
 *   holding the lock in the same process can never finish: two concurrent writes in one process
 *   would stall it 5 s and fail. So every write of this process takes one asynchronous lock first:
 *   transactions (from BEGIN to COMMIT or ROLLBACK) and the writes made outside them (the jobs
 *   runner's, the import's batches, `pragma optimize`). Reads never wait: WAL gives each its
 *   snapshot. Between processes (`CHANDI_WORKERS`, a backup) a transaction's BEGIN does not sleep
 *   in SQLite's busy handler either (that would freeze this process's portal for as long as the
 *   other process writes): it is retried on timers, up to the busy timeout.
 * - libsql's own `transaction()` hands the client's connection to the transaction and opens a new
 *   one for everything after it, without the busy timeout, and never closes the old one. Here
 *   transactions run on one dedicated connection with the adapter's settings.
 * - A statement that failed with SQLITE_BUSY leaves its libsql connection pinned to an old
 *   snapshot (see `serializeWrites`).
 *
 * Each transaction is BEGIN IMMEDIATE: it takes the write lock at its start, so it never fails
 * half-way for a lock it could not upgrade to.
 */

/** How long a write waits for this process's other writes before it fails (WritesQueuedError). */
export const WRITE_LOCK_TIMEOUT_MS = 10_000

/**
 * A write that waited too long for this process's other writes. Not a database outage (the
 * renderer and the API answer 503 for this write alone, and the portal goes on as usual), so its
 * message does not read like SQLite's own busy error.
 */
export class WritesQueuedError extends Error {
  code = 'CHANDI_WRITES_QUEUED'
  constructor(timeoutMs: number) {
    super(
      `this process's other writes held the database for ${timeoutMs / 1000} s; nothing was written`,
    )
    this.name = 'WritesQueuedError'
  }
}

export const isWritesQueued = (error: unknown): boolean => {
  for (
    let current = error, depth = 0;
    current && depth < 5;
    current = (current as { cause?: unknown }).cause, depth += 1
  ) {
    const { code, message } = current as { code?: string; message?: string }
    if (code === 'CHANDI_WRITES_QUEUED' || /other writes held the database/.test(message ?? ''))
      return true
  }
  return false
}

const isBusy = (error: unknown) =>
  /SQLITE_BUSY|database is locked/i.test(
    `${(error as { code?: string }).code ?? ''} ${(error as Error).message ?? ''}`,
  )

const WRITE =
  /^\s*(insert|update|delete|replace|create|drop|alter|analyze|vacuum|reindex|pragma\s+optimize)\b/i

type Release = () => void

/** A first-come, first-served lock for the writes of one process. */
export class WriteLock {
  private busy = false
  private readonly waiting: Array<() => void> = []

  get held() {
    return this.busy
  }

  acquire(timeoutMs = WRITE_LOCK_TIMEOUT_MS): Promise<Release> {
    if (!this.busy) {
      this.busy = true
      return Promise.resolve(this.releaser())
    }
    return new Promise((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer)
        resolve(this.releaser())
      }
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(turn), 1)
        reject(new WritesQueuedError(timeoutMs))
      }, timeoutMs)
      this.waiting.push(turn)
    })
  }

  private releaser(): Release {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      if (next) next()
      else this.busy = false
    }
  }
}

type SQLiteAdapterLike = {
  client: Client
  clientConfig: { url: string }
  busyTimeout: number
  wal: false | { synchronous: string; journalSizeLimit?: number }
}

/** Per client: whether transactions run with foreign keys off (migrations, see `migrating`). */
const serialized = new WeakMap<Client, { foreignKeysOff: boolean }>()

/**
 * Runs Payload's migrations with foreign keys off in their transactions, as before transactions
 * and as libsql's own `migrate()` does: drizzle's migrations rebuild a table by copying it and
 * dropping the old one, with `PRAGMA foreign_keys=OFF` around, a pragma SQLite ignores inside a
 * transaction; with foreign keys on, dropping a table others reference deletes their rows.
 */
export const migrating = async <T>(
  adapter: SQLiteAdapterLike,
  run: () => Promise<T>,
): Promise<T> => {
  serializeWrites(adapter)
  const state = serialized.get(adapter.client)!
  state.foreignKeysOff = true
  try {
    return await run()
  } finally {
    state.foreignKeysOff = false
  }
}

/** A transaction on the dedicated connection, in the shape drizzle's libsql session expects. */
export type SerializedTransaction = {
  execute: (statement: InStatement, args?: InArgs) => Promise<ResultSet>
  batch: (statements: InStatement[]) => Promise<ResultSet[]>
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
  readonly closed: boolean
  /** Set when COMMIT failed: Payload's beginTransaction swallows that error (see transactions.ts). */
  commitError?: unknown
}

/**
 * Puts the adapter's writes behind one lock and its transactions on a dedicated connection. Called
 * before the adapter's first transaction (its migrations) and after it connects; a second call
 * does nothing.
 *
 * One more thing libsql gets wrong and this works around: a statement that failed with
 * SQLITE_BUSY stays "in progress" until garbage collection, and its connection keeps the read
 * snapshot of that moment: it reads stale data, and every later write or COMMIT on it fails. So a
 * connection that met SQLITE_BUSY is replaced by a new one.
 */
export const serializeWrites = (adapter: SQLiteAdapterLike, lock = new WriteLock()) => {
  const { client } = adapter
  if (serialized.has(client)) return
  const state = { foreignKeysOff: false }
  serialized.set(client, state)
  const wal = adapter.wal

  /** The adapter's settings, for a new connection (SQLite keeps them per connection). */
  const configure = async (run: (sql: string) => Promise<unknown>, busyTimeout: number) => {
    await run(`PRAGMA busy_timeout = ${busyTimeout}`)
    if (wal) {
      await run(`PRAGMA synchronous = ${wal.synchronous}`)
      if (wal.journalSizeLimit !== undefined)
        await run(`PRAGMA journal_size_limit = ${wal.journalSizeLimit}`)
    }
  }

  // Transactions' connection. In WAL mode without a busy handler: BEGIN waits for other processes
  // on timers, never asleep (a COMMIT there never waits). Without WAL a COMMIT waits for other
  // processes' readers, so there it keeps the busy timeout.
  let writer: Client | null = null
  const connection = async () => {
    if (writer) return writer
    const opened = createClient({ url: adapter.clientConfig.url })
    await configure((sql) => opened.execute(sql), wal ? 0 : adapter.busyTimeout)
    writer = opened
    return opened
  }
  const dropConnection = (db: Client) => {
    if (writer === db) writer = null
    db.close()
  }

  // The client's own connection, replaced after SQLITE_BUSY: libsql's transaction() hands it over
  // and opens a new one on next use.
  const execute = client.execute.bind(client) as (
    statement: InStatement | string,
    args?: InArgs,
  ) => Promise<ResultSet>
  const handOver = client.transaction.bind(client)
  const renewed = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run()
    } catch (error) {
      if (isBusy(error)) {
        await handOver('deferred').then(
          (stale) => stale.close(),
          () => undefined,
        )
        await configure((sql) => execute(sql), adapter.busyTimeout).catch(() => undefined)
      }
      throw error
    }
  }

  const locked = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire()
    try {
      return await renewed(run)
    } finally {
      release()
    }
  }

  client.execute = ((statement: InStatement, args?: InArgs) => {
    const sql = typeof statement === 'string' ? statement : statement.sql
    return WRITE.test(sql)
      ? locked(() => execute(statement, args))
      : renewed(() => execute(statement, args))
  }) as Client['execute']
  const batch = client.batch.bind(client)
  client.batch = ((statements, mode) =>
    mode === 'read'
      ? renewed(() => batch(statements, mode))
      : locked(() => batch(statements, mode))) as Client['batch']
  const migrate = client.migrate.bind(client)
  client.migrate = ((statements) => locked(() => migrate(statements))) as Client['migrate']
  const executeMultiple = client.executeMultiple.bind(client)
  client.executeMultiple = ((sql) =>
    locked(() => executeMultiple(sql))) as Client['executeMultiple']

  /** BEGIN IMMEDIATE, retried on timers while another process writes, on a new connection each time. */
  const begin = async (foreignKeysOff: boolean) => {
    const deadline = Date.now() + adapter.busyTimeout
    for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
      const db = await connection()
      try {
        // Outside the transaction: SQLite ignores this pragma inside one.
        if (foreignKeysOff) await db.execute('PRAGMA foreign_keys = OFF')
        await db.execute('BEGIN IMMEDIATE')
        return db
      } catch (error) {
        dropConnection(db)
        if (!isBusy(error) || Date.now() + wait > deadline) throw error
        await new Promise((resolve) => setTimeout(resolve, wait))
      }
    }
  }

  client.transaction = (async () => {
    const release = await lock.acquire()
    const foreignKeysOff = state.foreignKeysOff
    let db: Client
    try {
      db = await begin(foreignKeysOff)
    } catch (error) {
      release()
      throw error
    }
    let open = true
    const finish = async (sql: 'COMMIT' | 'ROLLBACK') => {
      if (!open) return
      open = false
      try {
        await db.execute(sql)
      } catch (error) {
        // A failed COMMIT (a full disk, a busy reader without WAL) may leave the transaction
        // open: end it, keep nothing, and give the connection up.
        await db.execute('ROLLBACK').catch(() => undefined)
        dropConnection(db)
        if (sql === 'COMMIT') transaction.commitError = error
        throw error
      } finally {
        if (foreignKeysOff && writer === db)
          await db.execute('PRAGMA foreign_keys = ON').catch(() => undefined)
        release()
      }
    }
    const inside = (statement: InStatement, args?: InArgs) => {
      if (!open)
        return Promise.reject(
          Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' }),
        )
      return (db.execute as (statement: InStatement | string, args?: InArgs) => Promise<ResultSet>)(
        statement,
        args,
      )
    }
    const transaction: SerializedTransaction = {
      execute: inside,
      batch: async (statements) => {
        const results: ResultSet[] = []
        for (const statement of statements) results.push(await inside(statement))
        return results
      },
      commit: () => finish('COMMIT'),
      rollback: () => finish('ROLLBACK'),
      close: () => void finish('ROLLBACK').catch(() => undefined),
      get closed() {
        return !open
      },
    }
    return transaction
  }) as unknown as Client['transaction']

  const close = client.close.bind(client)
  client.close = () => {
    writer?.close()
    writer = null
    close()
  }
}
