import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { APIError, type DatabaseAdapterObj, type Payload } from 'payload'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { env, isProduction as isProductionEnv } from '@/utilities/config'
import { cacheStatements } from '@/platform/sqliteStatements'
import { isWritesQueued, migrating, serializeWrites } from '@/platform/sqliteTransactions'
import { withPostgresBehaviour } from '@/platform/postgres'
import { indexLocalesByParent } from '@/platform/postgresIndexes'
import { withReadReplicas } from '@/platform/replicas'
import { trackCommits } from '@/platform/transactions'

export type DatabaseKind = 'sqlite' | 'mongodb' | 'postgres'

/** The embedded default: one SQLite file under data/. */
export const DEFAULT_SQLITE_FILE = 'data/chandi.db'

export const databaseKind = (url = env('DATABASE_URL')): DatabaseKind => {
  if (url === '' || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  throw new Error(
    `DATABASE_URL must start with file:, mongodb://, mongodb+srv:// or postgres:// (got "${url.split(':')[0]}:")`,
  )
}

/** `file:` URL of the SQLite database, with its folder created. */
export const sqliteURL = (url = env('DATABASE_URL')): string => {
  const file = url.startsWith('file:') ? url.slice('file:'.length) : DEFAULT_SQLITE_FILE
  const absolute = path.resolve(file)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return `file:${absolute}`
}

/** Path of the SQLite database file (without a `?` query the URL may carry). */
export const sqliteFile = (url?: string) => sqliteURL(url).slice('file:'.length).split('?')[0]

/**
 * Picks the adapter from DATABASE_URL. SQL adapters push the schema in development and tests;
 * in production SQLite and PostgreSQL apply their committed migrations (src/migrations/sqlite,
 * src/migrations/postgres) on start. A schema change needs `npm run payload -- migrate:create`
 * on both engines (scripts/check-generated.sh fails otherwise).
 */
export const databaseAdapter = (): DatabaseAdapterObj => withCommitTracking(adapterFor())

/** Every adapter: `afterCommit` callbacks (src/platform/transactions.ts). */
const withCommitTracking = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    trackCommits(db)
    return db
  },
})

/** SQLite: writes behind one lock per process, transactions on their own connection (src/platform/sqliteTransactions.ts). */
const withSerializedWrites = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const connect = db.connect!.bind(db)
    db.connect = async (options) => {
      await connect(options)
      serializeWrites(db as never)
    }
    // Production applies its migrations inside connect(), once the client exists; the others are
    // the CLI's (`payload migrate:down` …), each in transactions of its own.
    const migrate = db.migrate.bind(db)
    db.migrate = (options) => migrating(db as never, () => migrate(options))
    for (const name of ['migrateDown', 'migrateFresh', 'migrateRefresh', 'migrateReset'] as const) {
      const run = (db[name] as (...args: unknown[]) => Promise<void>).bind(db)
      ;(db as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
        migrating(db as never, () => run(...args))
    }
    // A write that waited too long for this process's others: a 503 for it alone, saying so
    // (Payload's beginTransaction turns every error into a generic one, a 500).
    const begin = db.beginTransaction.bind(db)
    db.beginTransaction = async (options) => {
      try {
        return await begin(options)
      } catch (error) {
        if (isWritesQueued(error))
          throw new APIError(
            'The database is busy with other writes: nothing was saved. Try again in a few seconds. / 数据库正忙，本次没有保存任何内容，请几秒后再试。',
            503,
            null,
            true,
          )
        throw error
      }
    }
    return db
  },
})

const adapterFor = (): DatabaseAdapterObj => {
  const url = env('DATABASE_URL')
  const kind = databaseKind(url)
  const isProduction = isProductionEnv()
  if (kind === 'mongodb') {
    // Transactions need a replica set (or Atlas); a standalone server runs without them.
    return mongooseAdapter({
      url,
      transactionOptions: env('MONGODB_TRANSACTIONS') ? undefined : false,
    })
  }
  if (kind === 'postgres') {
    const readReplicas = env('DATABASE_REPLICA_URLS')
    return withPostgresBehaviour(
      withReadReplicas(
        postgresAdapter({
          pool: { connectionString: url },
          push: !isProduction,
          afterSchemaInit: [indexLocalesByParent],
          migrationDir: path.resolve('src/migrations/postgres'),
          // Production applies the committed migrations on start, as on SQLite.
          prodMigrations: postgresMigrations,
          // Reads to the replicas, except for this long after a write (src/platform/replicas.ts).
          readReplicas: readReplicas.length > 0 ? readReplicas : undefined,
          readReplicasAfterWriteInterval: env('DATABASE_REPLICA_AFTER_WRITE_MS'),
        }),
        readReplicas,
        { maxLagMs: env('DATABASE_REPLICA_MAX_LAG_MS') },
      ),
    )
  }
  // Each connection keeps its prepared statements (src/platform/sqliteStatements.ts).
  cacheStatements()
  return withSerializedWrites(
    sqliteAdapter({
      client: { url: sqliteURL(url) },
      // Payload runs SQLite writes without transactions unless this is set; see sqliteTransactions.ts.
      transactionOptions: { behavior: 'immediate' },
      push: !isProduction,
      // WAL by default; off only for the outage test, which locks the file as a dead disk would.
      // `synchronous = NORMAL` under WAL: a commit is atomic and survives the process being
      // killed; only a power cut may lose the last commits (the WAL is synced at checkpoints).
      // Payload's default, FULL, syncs the disk at every commit: 6 ms of a 10 ms product save.
      wal: env('CHANDI_SQLITE_WAL') ? { synchronous: 'NORMAL' } : false,
      // How long a write waits for another process's lock before it is refused (a 503).
      busyTimeout: env('CHANDI_SQLITE_BUSY_TIMEOUT_MS'),
      migrationDir: path.resolve('src/migrations/sqlite'),
      // Production applies the committed migrations on start; development and tests push.
      prodMigrations: sqliteMigrations,
    }),
  )
}

/**
 * Gives SQLite's query planner statistics (`PRAGMA optimize`, bounded by `analysis_limit`, a few
 * milliseconds). Without them it cannot use Payload's `(_locale, _parent_id)` indexes to find a
 * document's localized rows (the parent is the second column), and reading 2,000 products with
 * their specs took 31 s on 18,000 products instead of 0.6 s. At start-up and after bulk writes.
 */
export const optimizeDatabase = async (payload: Payload) => {
  if (payload.db.name !== 'sqlite') return
  const client = (
    payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: unknown[] }> } }
  ).client
  await client.execute('pragma analysis_limit = 1000')
  // `optimize` only refreshes statistics that exist; the first time, ANALYZE (sampled) makes them.
  const hasStatistics =
    (await client.execute("select 1 from sqlite_master where name = 'sqlite_stat1'")).rows.length >
    0
  await client.execute(hasStatistics ? 'pragma optimize = 0x10002' : 'analyze')
}
