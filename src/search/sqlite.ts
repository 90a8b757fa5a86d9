import { type Client, createClient } from '@libsql/client'

import { databaseKind, sqliteFile } from '@/platform/db'
import {
  beltWord,
  type QueryTerms,
  type SearchID,
  type SearchKind,
  type SearchEntry,
  type SearchStore,
} from './entries'

/**
 * The index on SQLite: an FTS5 table in a file of its own beside the database (`<db>.search`).
 * Payload pushes its schema to the main file in development and would offer to drop tables it
 * does not know, FTS5's shadow tables included. Each row holds a document's words joined with
 * spaces, plus its belt's word, so a query is `(b1 OR b2) AND "连衣裙"* AND ...`, ranked by BM25.
 */

const clients = new Map<string, Client>()

/** The index file for the database named by DATABASE_URL, or null if it is not a SQLite file. */
export const searchIndexPath = () => {
  if (databaseKind() !== 'sqlite') return null
  const file = sqliteFile()
  return file && !file.endsWith(':memory:') ? `${file}.search` : null
}

const open = async (): Promise<Client | null> => {
  const file = searchIndexPath()
  if (!file) return null
  let client = clients.get(file)
  if (!client) {
    client = createClient({ url: `file:${file}` })
    clients.set(file, client)
    await client.execute('pragma journal_mode = wal')
    await client.execute('pragma busy_timeout = 5000')
    // Derived data, rebuilt from the database when missing: no disk sync at every commit.
    await client.execute('pragma synchronous = normal')
    await client.execute(
      `create virtual table if not exists entries using fts5(words, kind unindexed, doc_id unindexed, tenant_id unindexed, tokenize = 'unicode61 remove_diacritics 2')`,
    )
    await client.execute(`create table if not exists meta (key text primary key, value text)`)
  }
  return client
}

/** The index holds factories and products in one table: even rowids factories, odd products. */
const rowid = (kind: SearchKind, id: SearchID) => Number(id) * 2 + (kind === 'product' ? 1 : 0)

/** Replaces the entries' rows: one DELETE and one multi-row INSERT per 200 entries. */
const insertStatements = (entries: SearchEntry[]) => {
  const statements: { sql: string; args: (string | number)[] }[] = []
  for (let start = 0; start < entries.length; start += 200) {
    const part = entries.slice(start, start + 200)
    const rowids = part.map((entry) => rowid(entry.kind, entry.id))
    statements.push({
      sql: `delete from entries where rowid in (${rowids.map(() => '?').join(', ')})`,
      args: rowids,
    })
    statements.push({
      sql: `insert into entries (rowid, words, kind, doc_id, tenant_id) values ${part.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
      args: part.flatMap((entry, index) => [
        rowids[index],
        `${beltWord(entry.tenant)} ${entry.words}`,
        entry.kind,
        Number(entry.id),
        Number(entry.tenant),
      ]),
    })
  }
  return statements
}

/**
 * FTS5 query text: the belt words OR-ed, then every query word quoted (AND-ed, or OR-ed when
 * `terms.anyWord`); the last one also as a prefix (`"word"*`) when `terms.prefix`.
 */
export const matchExpression = (terms: QueryTerms, belts: SearchID[]) => {
  const words = terms.words.map((word, index) => {
    const quoted = `"${word.replaceAll('"', '""')}"`
    return terms.prefix && index === terms.words.length - 1 ? `${quoted}*` : quoted
  })
  if (words.length === 0 || belts.length === 0) return null
  const all = terms.anyWord ? `(${words.join(' OR ')})` : words.join(' AND ')
  return `(${belts.map(beltWord).join(' OR ')}) AND ${all}`
}

/** The SQLite index, or null where DATABASE_URL names no SQLite file. */
export const sqliteStore = async (): Promise<SearchStore | null> => {
  const client = await open()
  if (!client) return null
  return {
    counts: async () => {
      const { rows } = await client.execute(`select kind, count(*) as n from entries group by kind`)
      return Object.fromEntries(rows.map((row) => [String(row.kind), Number(row.n)]))
    },
    put: async (entries) => {
      if (entries.length > 0) await client.batch(insertStatements(entries), 'write')
    },
    remove: async (kind, id) => {
      await client.execute({ sql: 'delete from entries where rowid = ?', args: [rowid(kind, id)] })
    },
    prune: async (kind, from, to, keep) => {
      const parity = kind === 'product' ? 1 : 0
      const args: number[] = [from === null ? -1 : rowid(kind, from), parity]
      let sql = 'delete from entries where rowid > ? and (rowid & 1) = ?'
      if (to !== null) {
        sql += ' and rowid <= ?'
        args.push(rowid(kind, to))
      }
      if (keep.length > 0) {
        sql += ` and rowid not in (${keep.map(() => '?').join(', ')})`
        args.push(...keep.map((id) => rowid(kind, id)))
      }
      await client.execute({ sql, args })
    },
    vocabulary: async (belts) => {
      if (belts.length === 0) return []
      const { rows } = await client.execute({
        sql: `select words from entries where tenant_id in (${belts.map(() => '?').join(', ')})`,
        args: belts.map(Number),
      })
      return [...new Set(rows.flatMap((row) => String(row.words).split(' ').slice(1)))]
    },
    version: async () => {
      const { rows } = await client.execute(`select value from meta where key = 'words'`)
      return rows[0] ? String(rows[0].value) : null
    },
    setVersion: async (version) => {
      await client.execute({
        sql: `insert into meta (key, value) values ('words', ?) on conflict (key) do update set value = excluded.value`,
        args: [version],
      })
    },
    search: async (terms, belts, limit) => {
      const match = matchExpression(terms, belts)
      if (!match) return []
      // Ranked among the newest 2,000 matches: BM25 over every match of a common word in a belt
      // of 120,000 products cost more than the rest of the page (80 ms at p95).
      const { rows } = await client.execute({
        // The belts' own column too: the belt words narrow the match, the column makes it certain.
        sql: `select kind, doc_id, tenant_id from (select kind, doc_id, tenant_id, rank from entries where entries match ? and tenant_id in (${belts.map(() => '?').join(', ')}) order by rowid desc limit 2000) order by rank limit ?`,
        args: [match, ...belts.map((belt) => Number(belt)), limit],
      })
      return rows.map((row) => ({
        kind: row.kind as SearchKind,
        id: Number(row.doc_id),
        tenant: Number(row.tenant_id),
      }))
    },
  }
}
