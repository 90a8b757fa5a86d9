import { type Client, createClient } from '@libsql/client'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

import { SLUGS } from '@/constants'
import { env } from '@/utilities/config'
import { databaseKind, sqliteFile } from '@/platform/db'
import { afterCommit } from '@/platform/transactions'
import { tokenize } from './tokenize'

/**
 * The full-text index of published factories and products (issue #8), in SQLite FTS5.
 *
 * Search used to read every published factory and product of the belts and score them in
 * memory: fine for the demo, a scan of 1.8 million products at Canton Fair scale. Here each
 * published document is one row of an FTS5 table: its words in both languages, cut by the same
 * tokenizer the query uses (`Intl.Segmenter` for Chinese, stems and trade synonyms for English;
 * src/renderer/search.ts), joined with spaces, plus a word for its belt, so that a query finds
 * a belt's matches through the index (`b12 AND "连衣裙"* AND ...`) and ranks them by BM25.
 *
 * The index is derived data, kept in a file of its own beside the database (`<db>.search`):
 * Payload pushes its schema to the main file in development and would offer to drop tables it
 * does not know, FTS5's shadow tables included. Being derived, it is rebuilt from the database
 * when it is missing or does not match (`ensureSearchIndex` at start-up), written by the
 * collections' hooks on every save, publish, unpublish and delete, and by the batched import
 * writer. On MongoDB and PostgreSQL there is no index and search scans in memory as before.
 */

export type SearchKind = 'factory' | 'product'
export type SearchEntry = { kind: SearchKind; id: number; tenant: number; words: string }

const clients = new Map<string, Client>()

/** The index file for the database named by DATABASE_URL, or null if it is not a SQLite file. */
export const searchIndexPath = () => {
  if (databaseKind() !== 'sqlite') return null
  const file = sqliteFile()
  return file && !file.endsWith(':memory:') ? `${file}.search` : null
}

const open = async (payload: Payload): Promise<Client | null> => {
  if (payload.db.name !== 'sqlite' || !env('CHANDI_SEARCH_INDEX')) return null
  const file = searchIndexPath()
  if (!file) return null
  let client = clients.get(file)
  if (!client) {
    client = createClient({ url: `file:${file}` })
    clients.set(file, client)
    await client.execute('pragma journal_mode = wal')
    await client.execute('pragma busy_timeout = 5000')
    await client.execute(
      `create virtual table if not exists entries using fts5(words, kind unindexed, doc_id unindexed, tenant_id unindexed, tokenize = 'unicode61 remove_diacritics 2')`,
    )
  }
  return client
}

/** The index holds factories and products in one table: even rowids factories, odd products. */
const rowid = (kind: SearchKind, id: number) => id * 2 + (kind === 'product' ? 1 : 0)

const texts = (value: unknown): string[] => {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap(texts)
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>).flatMap(texts)
  return [String(value)]
}

/** The words a document is found by: names, summaries, main products, SKU and specs, in every locale. */
export const wordsOf = (kind: SearchKind, doc: Record<string, unknown>) => {
  const fields =
    kind === 'factory'
      ? [doc.name, doc.mainProducts, doc.summary]
      : [doc.name, doc.summary, doc.sku, doc.specs]
  return [...new Set(tokenize(texts(fields).join(' \n ')))].join(' ')
}

const beltWord = (tenant: number | string) => `xbeltx${tenant}`

export const entryOf = (kind: SearchKind, doc: Record<string, unknown>): SearchEntry => {
  const tenant =
    doc.tenant && typeof doc.tenant === 'object'
      ? (doc.tenant as { id: number }).id
      : (doc.tenant as number)
  return { kind, id: Number(doc.id), tenant: Number(tenant), words: wordsOf(kind, doc) }
}

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
        entry.id,
        entry.tenant,
      ]),
    })
  }
  return statements
}

/** Adds or replaces entries (the batched writers call this with the rows they wrote). */
export const indexEntries = async (payload: Payload, entries: SearchEntry[]) => {
  const client = await open(payload)
  if (!client || entries.length === 0) return
  await client.batch(insertStatements(entries), 'write')
}

export const removeEntry = async (payload: Payload, kind: SearchKind, id: number | string) => {
  const client = await open(payload)
  if (!client) return
  await client.execute({
    sql: 'delete from entries where rowid = ?',
    args: [rowid(kind, Number(id))],
  })
}

const SELECT = {
  factory: { name: true, mainProducts: true, summary: true, tenant: true },
  product: { name: true, summary: true, sku: true, specs: true, tenant: true },
} as const
const COLLECTION = { factory: SLUGS.factories, product: SLUGS.products } as const

/**
 * Re-reads a saved document as published (a draft save leaves the published one as it was) and
 * indexes it, or removes it if it has no published version.
 */
const reindex = async (payload: Payload, kind: SearchKind, id: number | string) => {
  const { docs } = await payload.find({
    collection: COLLECTION[kind],
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    locale: 'all',
    overrideAccess: true,
    select: SELECT[kind] as never,
    pagination: false,
  })
  if (docs[0]) await indexEntries(payload, [entryOf(kind, docs[0] as never)])
  else await removeEntry(payload, kind, id)
}

export const keepIndexed = (
  kind: SearchKind,
): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } => ({
  // Once the write is committed (the index holds committed documents only; a write rolled back
  // leaves it as it was), before the write returns.
  afterChange: async ({ doc, req }) => {
    if (req.payload.db.name !== 'sqlite') return doc
    await afterCommit(req, async () => {
      try {
        await reindex(req.payload, kind, doc.id)
      } catch (error) {
        // The save stands; the index is rebuilt at the next start if it has fallen behind.
        req.payload.logger.error({ err: error, kind, id: doc.id }, 'search index not updated')
      }
    })
    return doc
  },
  afterDelete: async ({ doc, req }) => {
    await afterCommit(req, () =>
      removeEntry(req.payload, kind, doc.id).catch((error: unknown) =>
        req.payload.logger.error({ err: error, kind, id: doc.id }, 'search index not updated'),
      ),
    )
    return doc
  },
})

const publishedCount = async (payload: Payload, kind: SearchKind) =>
  (
    await payload.count({
      collection: COLLECTION[kind],
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
  ).totalDocs

/**
 * At start-up: builds the index if it is empty or its counts differ from the database's (a new
 * file, a restored backup, a crash between a save and its hook). Reads in pages by id.
 */
export const ensureSearchIndex = async (
  payload: Payload,
  log: (line: string) => void = () => {},
) => {
  const client = await open(payload)
  if (!client) return { rebuilt: false, entries: 0 }
  const counts = await client.execute(`select kind, count(*) as n from entries group by kind`)
  const have = Object.fromEntries(counts.rows.map((row) => [String(row.kind), Number(row.n)]))
  const want = {
    factory: await publishedCount(payload, 'factory'),
    product: await publishedCount(payload, 'product'),
  }
  if ((have.factory ?? 0) === want.factory && (have.product ?? 0) === want.product)
    return { rebuilt: false, entries: want.factory + want.product }
  log(
    `search index: rebuilding (${have.factory ?? 0}/${want.factory} factories, ${have.product ?? 0}/${want.product} products)`,
  )
  await client.execute('delete from entries')
  let total = 0
  for (const kind of ['factory', 'product'] as const) {
    let after = 0
    for (;;) {
      const { docs } = await payload.find({
        collection: COLLECTION[kind],
        where: { and: [{ _status: { equals: 'published' } }, { id: { greater_than: after } }] },
        sort: 'id',
        limit: 2000,
        depth: 0,
        locale: 'all',
        overrideAccess: true,
        select: SELECT[kind] as never,
      })
      if (docs.length === 0) break
      await indexEntries(
        payload,
        docs.map((doc) => entryOf(kind, doc as never)),
      )
      total += docs.length
      after = Number((docs[docs.length - 1] as { id: number }).id)
    }
  }
  log(`search index: ${total} entries`)
  return { rebuilt: true, entries: total }
}

const isCJK = (word: string) => /[\u3400-\u9fff]/.test(word)

/**
 * FTS5 query text: the belt words OR-ed, then every query word quoted; the last one also as the
 * start of a longer word (a buyer still typing), if it is long enough to narrow anything down.
 * A one-character Chinese word as a prefix matched every word starting with that character, and
 * a query such as 高端婴幼儿服装 (cut into 高 端 婴 幼儿 服装) took 63 ms instead of 23 at scale 1.
 */
const matchExpression = (query: string, belts: (number | string)[]) => {
  const tokens = [...new Set(tokenize(query))].filter(Boolean)
  const words = tokens.map((word, index) => {
    const quoted = `"${word.replaceAll('"', '""')}"`
    const isPrefix = index === tokens.length - 1 && word.length >= (isCJK(word) ? 2 : 3)
    return isPrefix ? `${quoted}*` : quoted
  })
  if (words.length === 0) return null
  return `(${belts.map(beltWord).join(' OR ')}) AND ${words.join(' AND ')}`
}

/**
 * The best matches of a query among the published factories and products of the given belts,
 * factories first at equal rank; null where there is no index (search then scans).
 */
export const searchIndex = async (
  payload: Payload,
  query: string,
  belts: (number | string)[],
  limit = 50,
): Promise<{ kind: SearchKind; id: number; tenant: number }[] | null> => {
  const client = await open(payload)
  if (!client) return null
  const match = matchExpression(query, belts)
  if (!match || belts.length === 0) return []
  // Ranked among the newest 2,000 matches: BM25 over every match of a common word in a belt of
  // 120,000 products cost more than the rest of the page (80 ms at p95).
  const { rows } = await client.execute({
    sql: `select kind, doc_id, tenant_id from (select kind, doc_id, tenant_id, rank from entries where entries match ? order by rowid desc limit 2000) order by rank limit ?`,
    args: [match, limit],
  })
  return rows.map((row) => ({
    kind: row.kind as SearchKind,
    id: Number(row.doc_id),
    tenant: Number(row.tenant_id),
  }))
}
