import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as sqliteMigrations } from './migrations/sqlite'

export type DatabaseKind = 'sqlite' | 'mongodb' | 'postgres'

/** The embedded default: one SQLite file under data/. */
export const DEFAULT_SQLITE_FILE = 'data/chandi.db'

export const databaseKind = (url = process.env.DATABASE_URL || ''): DatabaseKind => {
  if (url === '' || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  throw new Error(
    `DATABASE_URL must start with file:, mongodb://, mongodb+srv:// or postgres:// (got "${url.split(':')[0]}:")`,
  )
}

/** `file:` URL of the SQLite database, with its folder created. */
export const sqliteURL = (url = process.env.DATABASE_URL || ''): string => {
  const file = url.startsWith('file:') ? url.slice('file:'.length) : DEFAULT_SQLITE_FILE
  const absolute = path.resolve(file)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return `file:${absolute}`
}

/**
 * Picks the adapter from DATABASE_URL. SQL adapters push the schema in development and tests;
 * in production SQLite applies the committed migrations (src/migrations/sqlite) on start.
 * PostgreSQL is optional: production on it needs `npm run payload -- migrate:create` run
 * against a server first (none can run on our machines), committed under src/migrations/postgres.
 */
export const databaseAdapter = (): DatabaseAdapterObj => {
  const url = process.env.DATABASE_URL || ''
  const kind = databaseKind(url)
  const isProduction = process.env.NODE_ENV === 'production'
  if (kind === 'mongodb') {
    // Transactions need a replica set (or Atlas); a standalone server runs without them.
    return mongooseAdapter({
      url,
      transactionOptions: process.env.MONGODB_TRANSACTIONS === 'false' ? false : undefined,
    })
  }
  if (kind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: url },
      push: !isProduction,
      migrationDir: path.resolve('src/migrations/postgres'),
    })
  }
  return sqliteAdapter({
    client: { url: sqliteURL(url) },
    push: !isProduction,
    wal: true,
    busyTimeout: 5000,
    migrationDir: path.resolve('src/migrations/sqlite'),
    // Production applies the committed migrations on start; development and tests push.
    prodMigrations: sqliteMigrations,
  })
}
