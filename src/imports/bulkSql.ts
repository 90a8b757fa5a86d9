import pg from 'pg'
import type { Payload } from 'payload'

/**
 * The batched writer's SQL (productRows.ts builds the rows): multi-row INSERT text and one
 * atomic run of it, on SQLite (the adapter's libSQL client) and on PostgreSQL (a connection of
 * the adapter's pool). Both engines take the same tables and columns, the ones Payload's Drizzle schema makes.
 */

export type Row = Record<string, unknown>
export type Engine = 'sqlite' | 'postgres'

/**
 * A value as an SQL literal, so that no text can end it; NUL, which would end the statement
 * text, is dropped. SQLite: quotes doubled, its only escape (it has no backslash escapes).
 * PostgreSQL: node-postgres's `escapeLiteral` (an `E'…'` string with quotes and backslashes
 * doubled), which holds whatever `standard_conforming_strings` is set to: a setting in the same
 * script would not help, as PostgreSQL parses a whole simple query before running any of it.
 * Booleans are 1/0 on SQLite (integer columns) and true/false on PostgreSQL.
 */
export const literal = (value: unknown, engine: Engine): string => {
  if (value === undefined || value === null) return 'null'
  if (typeof value === 'boolean') return engine === 'postgres' ? String(value) : value ? '1' : '0'
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null'
  const text = String(value).replaceAll('\0', '')
  return engine === 'postgres' ? pg.escapeLiteral(text) : `'${text.replaceAll("'", "''")}'`
}

/** One multi-row INSERT of rows that share the first row's columns, as SQL text. */
export const insert = (table: string, rows: Row[], engine: Engine) => {
  if (rows.length === 0) return ''
  const columns = Object.keys(rows[0])
  return `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values ${rows.map((row) => `(${columns.map((column) => literal(row[column], engine)).join(', ')})`).join(', ')};`
}

export const chunk = <T>(items: T[], size: number): T[][] => {
  const parts: T[][] = []
  for (let index = 0; index < items.length; index += size)
    parts.push(items.slice(index, index + size))
  return parts
}

type LibSQL = {
  execute: (statement: string) => Promise<{ rows: Record<string, unknown>[] }>
  executeMultiple: (sql: string) => Promise<void>
}
type PgClient = {
  query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>
  release: (error?: Error) => void
}
type PgPool = { connect: () => Promise<PgClient> }

export const engineOf = (payload: Payload): Engine | null =>
  payload.db.name === 'sqlite' ? 'sqlite' : payload.db.name === 'postgres' ? 'postgres' : null

/**
 * The next `count` ids of a table with an integer primary key. SQLite: after the current
 * maximum (a concurrent writer taking one fails the batch, which the engine then writes row by
 * row). PostgreSQL: from the table's own sequence, so the ids stay Payload's to hand out too.
 */
export const allocateIDs = async (
  payload: Payload,
  table: string,
  count: number,
): Promise<number[]> => {
  if (count === 0) return []
  if (engineOf(payload) === 'postgres') {
    const client = await (payload.db as unknown as { pool: PgPool }).pool.connect()
    try {
      const { rows } = await client.query(
        `select nextval(pg_get_serial_sequence('"${table}"', 'id')) as id from generate_series(1, ${Math.trunc(count)})`,
      )
      return rows.map((row) => Number(row.id))
    } finally {
      client.release()
    }
  }
  const client = (payload.db as unknown as { client: LibSQL }).client
  const first = Number(
    (await client.execute(`select coalesce(max(id), 0) + 1 as next from "${table}"`)).rows[0].next,
  )
  return Array.from({ length: count }, (_, index) => first + index)
}

/**
 * Runs INSERT scripts in one transaction: all of them or (on any error) none. SQLite: one
 * script run by SQLite itself (a batch of prepared statements instead left each statement's
 * native memory to the garbage collector: about 25 kB a product). PostgreSQL: one simple-query
 * round trip on a connection of its own, which PostgreSQL runs as one implicit transaction.
 */
export const runAtomically = async (payload: Payload, script: string) => {
  if (engineOf(payload) === 'postgres') {
    const client = await (payload.db as unknown as { pool: PgPool }).pool.connect()
    try {
      await client.query(`begin;\n${script}\ncommit;`)
      client.release()
    } catch (error) {
      await client.query('rollback').catch(() => undefined)
      client.release(error as Error)
      throw error
    }
    return
  }
  const client = (payload.db as unknown as { client: LibSQL }).client
  try {
    await client.executeMultiple(`begin immediate;\n${script}\ncommit;`)
  } catch (error) {
    await client.execute('rollback').catch(() => undefined)
    throw error
  }
}
