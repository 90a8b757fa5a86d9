import path from 'node:path'

import pg from 'pg'

/**
 * Databases besides the suite's own, for tests that start a server or a script on an empty one:
 * on SQLite a file in the test's folder, on PostgreSQL a database beside the suite's in the same
 * server (Payload's adapter creates it on connect), dropped again by `dropScratchDatabases`.
 */
const suiteURL = () => process.env.DATABASE_URL ?? ''

export const onPostgres = () => /^postgres(ql)?:\/\//.test(suiteURL())
export const onSQLite = () => suiteURL() === '' || suiteURL().startsWith('file:')

const created = new Set<string>()

export const scratchDatabaseURL = (dir: string, name: string): string => {
  if (!onPostgres()) return `file:${path.join(dir, `${name}.db`)}`
  const url = new URL(suiteURL())
  const database = `${url.pathname.slice(1) || 'chandi'}_${name}_${process.pid}_${Date.now()}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
  url.pathname = `/${database}`
  created.add(database)
  return url.toString()
}

export const dropScratchDatabases = async () => {
  if (!onPostgres() || created.size === 0) return
  const client = new pg.Client({ connectionString: suiteURL() })
  await client.connect()
  try {
    for (const database of created) {
      await client.query(`drop database if exists "${database}" with (force)`)
      created.delete(database)
    }
  } finally {
    await client.end()
  }
}
