import type { Payload } from 'payload'

import { engineOf } from '@/imports/bulkSql'
import { optimizeDatabase } from '@/platform/db'

/**
 * The generator's bulk phases without the secondary indexes of the tables they fill: each index
 * is dropped first and built again after, in one sorted pass, instead of taking 1.8 million
 * random inserts (at scale 1 the products' 70 indexes outgrew any page cache, and the writer
 * slowed from 1,600 products a second to under 1,000). The primary keys stay. Only for a new
 * database the generator fills: should it stop half-way, bench:data starts from an empty file or
 * database again, and no report names the unfinished one.
 */

type Index = { name: string; sql: string }

/** The tables whose name starts with one of `prefixes` (`factories`, `_factories_v`, …). */
const indexesOf = async (payload: Payload, prefixes: string[]): Promise<Index[]> => {
  const like = prefixes.map((prefix) => `${prefix}%`)
  if (engineOf(payload) === 'postgres') {
    const { rows } = await (
      payload.db as unknown as {
        pool: { query: (sql: string, args: unknown[]) => Promise<{ rows: Index[] }> }
      }
    ).pool.query(
      `select i.indexname as name, i.indexdef as sql from pg_indexes i
       where i.schemaname = current_schema() and i.tablename like any($1)
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      [like],
    )
    return rows
  }
  const { rows } = await (
    payload.db as unknown as {
      client: {
        execute: (statement: { sql: string; args: string[] }) => Promise<{ rows: unknown[] }>
      }
    }
  ).client.execute({
    // `sql` is null for the indexes SQLite makes itself (primary keys, UNIQUE constraints).
    sql: `select name, sql from sqlite_master where type = 'index' and sql is not null and (${like.map(() => 'tbl_name like ?').join(' or ')})`,
    args: like,
  })
  return rows as Index[]
}

const run = async (payload: Payload, statements: string[]) => {
  if (statements.length === 0) return
  if (engineOf(payload) === 'postgres') {
    const pool = (payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } })
      .pool
    for (const statement of statements) await pool.query(statement)
    return
  }
  await (
    payload.db as unknown as { client: { executeMultiple: (sql: string) => Promise<void> } }
  ).client.executeMultiple(statements.map((statement) => `${statement};`).join('\n'))
}

/** Drops the secondary indexes of the tables named by `prefixes`; returns them, to build again. */
export const dropIndexes = async (payload: Payload, prefixes: string[]): Promise<Index[]> => {
  if (!engineOf(payload)) return []
  const indexes = await indexesOf(payload, prefixes)
  await run(
    payload,
    indexes.map(({ name }) => `drop index "${name}"`),
  )
  return indexes
}

/**
 * Builds again the indexes `dropIndexes` dropped. SQLite sorts each with a helper thread
 * (`pragma threads`, off by default), so both cores work: the product builders have stopped.
 */
export const buildIndexes = (payload: Payload, indexes: Index[]) =>
  run(payload, [
    ...(engineOf(payload) === 'sqlite' && indexes.length > 0 ? ['pragma threads = 2'] : []),
    ...indexes.map(({ sql }) => String(sql)),
  ])

/**
 * The planner's statistics for the filled tables. SQLite: `optimizeDatabase`, as the server does
 * at start. PostgreSQL: `VACUUM (ANALYZE)`, which also marks the freshly written pages all-visible
 * so counts can be answered from an index alone; without it, the statistics and the visibility
 * map wait for autovacuum, which a benchmark started right after the bulk load does not.
 */
export const gatherStatistics = async (payload: Payload) => {
  if (engineOf(payload) === 'postgres') return run(payload, ['vacuum (analyze)'])
  return optimizeDatabase(payload)
}
