import pg from 'pg'

import { inject } from 'vitest'

/**
 * The search index as it is stored, read beside the server: on SQLite the FTS5 table of the
 * `<db>.search` file, on PostgreSQL `chandi_search.entries`. What a test can check that the index
 * (and not a scan) holds and answers.
 */
type Kind = 'factory' | 'product'

export const onPostgres = (url = inject('databaseURL')) => /^postgres(ql)?:\/\//.test(url)

const withSQLite = async <T>(
  url: string,
  use: (client: import('@libsql/client').Client) => Promise<T>,
) => {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${url.slice('file:'.length)}.search` })
  try {
    return await use(client)
  } finally {
    client.close()
  }
}

export const withPostgres = async <T>(url: string, use: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

const rowid = (kind: Kind, id: number | string) => Number(id) * 2 + (kind === 'product' ? 1 : 0)

/** The belt of a document's entry, or null if the index holds none. */
export const indexedBelt = async (
  kind: Kind,
  id: number | string,
  url = inject('databaseURL'),
): Promise<number | null> => {
  if (onPostgres(url))
    return withPostgres(url, async (client) => {
      const { rows } = await client.query(
        'select tenant_id from chandi_search.entries where kind = $1 and doc_id = $2',
        [kind, Number(id)],
      )
      return rows[0] ? Number(rows[0].tenant_id) : null
    })
  return withSQLite(url, async (client) => {
    const { rows } = await client.execute({
      sql: 'select tenant_id from entries where rowid = ?',
      args: [rowid(kind, id)],
    })
    return rows[0] ? Number(rows[0].tenant_id) : null
  })
}

/** Takes a document's entry out of the index behind the server's back. */
export const dropEntry = async (kind: Kind, id: number | string, url = inject('databaseURL')) => {
  if (onPostgres(url))
    return withPostgres(url, async (client) => {
      await client.query('delete from chandi_search.entries where kind = $1 and doc_id = $2', [
        kind,
        Number(id),
      ])
    })
  return withSQLite(url, async (client) => {
    await client.execute({ sql: 'delete from entries where rowid = ?', args: [rowid(kind, id)] })
  })
}

/** Entries per kind. */
export const indexCounts = async (url = inject('databaseURL')) => {
  const sql = 'select kind, count(*) as n from %s group by kind'
  const rows = onPostgres(url)
    ? await withPostgres(
        url,
        async (client) => (await client.query(sql.replace('%s', 'chandi_search.entries'))).rows,
      )
    : await withSQLite(
        url,
        async (client) => (await client.execute(sql.replace('%s', 'entries'))).rows,
      )
  return Object.fromEntries(rows.map((row) => [String(row.kind), Number(row.n)]))
}
