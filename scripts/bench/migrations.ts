import { createClient } from '@libsql/client'
import pg from 'pg'

import { insert } from '../../src/imports/bulkSql'
import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'

/**
 * Lets a production server (`NODE_ENV=production`, as `npm start` runs in a deployment) start on
 * a benchmark dataset. `bench:data` makes its schema with Payload's development push, which
 * records one `dev` row (batch -1) in `payload_migrations`; a production server applies the
 * committed migrations on start, and on finding that row Payload asks on the terminal whether to
 * lose data, and exits when nobody answers. The pushed schema is the committed migrations' schema
 * (`npm run check:generated` fails the suite when the config and the last migration's snapshot
 * differ), so the migrations are recorded as applied, in place of the `dev` row. Idempotent: a
 * dataset already marked is left as it is.
 */
export const recordMigrationsApplied = async (database: string) => {
  const postgres = /^postgres(ql)?:\/\//.test(database)
  const names = (postgres ? postgresMigrations : sqliteMigrations).map(
    (migration) => migration.name,
  )
  const now = new Date().toISOString()
  const statements = (has: Set<string>) => {
    const missing = names
      .filter((name) => !has.has(name))
      .map((name) => ({ name, batch: 1, updated_at: now, created_at: now }))
    return [
      'delete from payload_migrations where batch = -1;',
      ...(missing.length
        ? [insert('payload_migrations', missing, postgres ? 'postgres' : 'sqlite')]
        : []),
    ]
  }
  if (postgres) {
    const client = new pg.Client({ connectionString: database })
    await client.connect()
    try {
      const { rows } = await client.query<{ name: string }>('select name from payload_migrations')
      await client.query(
        `begin;\n${statements(new Set(rows.map((row) => row.name))).join('\n')}\ncommit;`,
      )
    } finally {
      await client.end()
    }
    return
  }
  const client = createClient({ url: database })
  try {
    const { rows } = await client.execute('select name from payload_migrations')
    await client.batch(statements(new Set(rows.map((row) => String(row.name)))), 'write')
  } finally {
    client.close()
  }
}
