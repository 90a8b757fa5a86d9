import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, Where } from 'payload'

import { SLUGS } from '@/constants'
import { env } from '@/utilities/config'
import { afterCommit } from '@/platform/transactions'
import {
  idOf,
  likeWords,
  queryTerms,
  suggestQuery,
  WORDS_VERSION,
  type SearchEntry,
  type SearchHit,
  type SearchID,
  type SearchKind,
  type SearchStore,
} from './entries'
import { mongoStore } from './mongodb'
import { postgresStore } from './postgres'
import { sqliteStore } from './sqlite'
import { entriesOf } from './categories'
import { synonymForms } from './tokenize'

/**
 * The full-text index of published factories and products (issues #8 and #19).
 *
 * Search used to read every published factory and product of the belts and score them in
 * memory: fine for the demo, a scan of 1.8 million products at Canton Fair scale. Here each
 * published document is one entry of an index: its words in both languages, cut by the same
 * tokenizer the query uses (`Intl.Segmenter` for Chinese, stems and trade synonyms for English),
 * plus a word for its belt, so that a query finds a belt's matches through the index and ranks
 * them. Each engine keeps it its own way, out of Payload's sight (its schema push would offer to
 * drop what it does not know): SQLite an FTS5 table in a file beside the database
 * (src/search/sqlite.ts), PostgreSQL a GIN-indexed `tsvector` in a schema of its own
 * (src/search/postgres.ts), MongoDB a `$text` index on a collection of its own
 * (src/search/mongodb.ts, untested: no server here).
 *
 * The index is derived data: rebuilt from the database when it does not match
 * (`ensureSearchIndex` at start-up), written by the collections' hooks on every save, publish,
 * unpublish and delete, and by the batched writers. `CHANDI_SEARCH_INDEX=false` turns it off on
 * every engine, and search then scans in memory.
 */

export type { SearchEntry, SearchHit, SearchID, SearchKind } from './entries'
export { entryOf, likeWords, wordsOf } from './entries'
export { entriesOf } from './categories'
export { searchIndexPath } from './sqlite'

const storeOf = async (payload: Payload): Promise<SearchStore | null> => {
  if (!env('CHANDI_SEARCH_INDEX')) return null
  if (payload.db.name === 'sqlite') return sqliteStore()
  if (payload.db.name === 'postgres') return postgresStore(payload)
  if (payload.db.name === 'mongoose') return mongoStore(payload)
  return null
}

/** Adds or replaces entries (the batched writers call this with the rows they wrote). */
export const indexEntries = async (payload: Payload, entries: SearchEntry[]) => {
  const store = await storeOf(payload)
  if (store && entries.length > 0) await store.put(entries)
}

export const removeEntry = async (payload: Payload, kind: SearchKind, id: SearchID) => {
  const store = await storeOf(payload)
  if (store) await store.remove(kind, idOf(id))
}

const SELECT = {
  factory: {
    name: true,
    mainProducts: true,
    summary: true,
    capabilities: true,
    exportMarkets: true,
    certifications: true,
    tenant: true,
  },
  product: { name: true, summary: true, sku: true, specs: true, category: true, tenant: true },
} as const

const COLLECTION = { factory: SLUGS.factories, product: SLUGS.products } as const

/**
 * Re-reads a saved document as published (a draft save leaves the published one as it was) and
 * indexes it, or removes it if it has no published version.
 */
const reindex = async (payload: Payload, kind: SearchKind, id: SearchID) => {
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
  if (docs[0]) await indexEntries(payload, await entriesOf(payload, kind, docs as never))
  else await removeEntry(payload, kind, id)
}

export const keepIndexed = (
  kind: SearchKind,
): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } => ({
  // Once the write is committed (the index holds committed documents only; a write rolled back
  // leaves it as it was), before the write returns.
  afterChange: async ({ doc, req }) => {
    if (!env('CHANDI_SEARCH_INDEX')) return doc
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

/**
 * A category renamed or moved: the published products filed under it or below it are indexed
 * again (their entries hold its names and its parents'), after the commit, in pages of 500.
 */
export const keepCategoryIndexed: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!env('CHANDI_SEARCH_INDEX') || !previousDoc) return doc
  if (
    JSON.stringify([doc.name, doc.parent]) ===
    JSON.stringify([previousDoc.name, previousDoc.parent])
  )
    return doc
  await afterCommit(req, async () => {
    const { payload } = req
    try {
      const below = await payload.find({
        collection: SLUGS.categories,
        where: { 'breadcrumbs.doc': { equals: doc.id } },
        limit: 0,
        pagination: false,
        depth: 0,
        select: {},
        overrideAccess: true,
      })
      const categories = [doc.id, ...below.docs.map((category) => category.id)]
      for (let page = 1; ; page += 1) {
        const { docs, hasNextPage } = await payload.find({
          collection: SLUGS.products,
          where: {
            and: [{ category: { in: categories } }, { _status: { equals: 'published' } }],
          },
          sort: 'id',
          limit: 500,
          page,
          depth: 0,
          locale: 'all',
          overrideAccess: true,
          select: SELECT.product as never,
        })
        await indexEntries(payload, await entriesOf(payload, 'product', docs as never))
        if (!hasNextPage) break
      }
    } catch (error) {
      payload.logger.error({ err: error, category: doc.id }, 'search index not updated')
    }
  })
  return doc
}

const publishedCount = async (payload: Payload, kind: SearchKind) =>
  (
    await payload.count({
      collection: COLLECTION[kind],
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
  ).totalDocs

/**
 * Writes every published document of `kind` in pages by id, and removes the entries of the ids
 * between them: the index is never emptied on the way (on PostgreSQL other nodes search it).
 */
const rebuild = async (payload: Payload, store: SearchStore, kind: SearchKind) => {
  let after: SearchID | null = null
  let total = 0
  for (;;) {
    const where: Where = {
      and: [
        { _status: { equals: 'published' } },
        ...(after === null ? [] : [{ id: { greater_than: after } }]),
      ],
    }
    const { docs } = (await payload.find({
      collection: COLLECTION[kind],
      where,
      sort: 'id',
      limit: 2000,
      depth: 0,
      locale: 'all',
      overrideAccess: true,
      select: SELECT[kind] as never,
    })) as unknown as { docs: { id: unknown }[] }
    const last: SearchID | null = docs.length > 0 ? idOf(docs[docs.length - 1].id) : null
    await store.prune(
      kind,
      after,
      last,
      docs.map((doc) => idOf(doc.id)),
    )
    if (docs.length === 0) return total
    await store.put(await entriesOf(payload, kind, docs as never))
    total += docs.length
    after = last
  }
}

/**
 * At start-up: rebuilds the index if its counts differ from the database's (a new file or
 * database, a restored backup, a crash between a save and its hook).
 */
export const ensureSearchIndex = async (
  payload: Payload,
  log: (line: string) => void = () => {},
) => {
  const store = await storeOf(payload)
  if (!store) return { rebuilt: false, entries: 0 }
  const have = await store.counts()
  const version = await store.version()
  const want = {
    factory: await publishedCount(payload, 'factory'),
    product: await publishedCount(payload, 'product'),
  }
  if (
    version === WORDS_VERSION &&
    (have.factory ?? 0) === want.factory &&
    (have.product ?? 0) === want.product
  )
    return { rebuilt: false, entries: want.factory + want.product }
  log(
    `search index: rebuilding (${have.factory ?? 0}/${want.factory} factories, ${have.product ?? 0}/${want.product} products); words ${version ?? 'unversioned'} → ${WORDS_VERSION}`,
  )
  const total =
    (await rebuild(payload, store, 'factory')) + (await rebuild(payload, store, 'product'))
  await store.setVersion(WORDS_VERSION)
  log(`search index: ${total} entries`)
  return { rebuilt: true, entries: total }
}

/**
 * Marks the index as written with today's words, for a writer that indexed every document it
 * wrote as it wrote it (the benchmark's generator): without the mark, the next start would
 * rebuild the whole index in the background (half an hour at scale 1), under the benchmark.
 */
export const markSearchIndexCurrent = async (payload: Payload) => {
  const store = await storeOf(payload)
  if (store) await store.setVersion(WORDS_VERSION)
}

/**
 * The best matches of a query among the published factories and products of the given belts,
 * best first (factories first at equal rank on PostgreSQL); null where there is no index
 * (search then scans).
 */
export const searchIndex = async (
  payload: Payload,
  query: string,
  belts: SearchID[],
  limit = 50,
  { anyWord = false }: { anyWord?: boolean } = {},
): Promise<SearchHit[] | null> => {
  if (belts.length === 0) return []
  try {
    const store = await storeOf(payload)
    if (!store) return null
    // "More like this" (a product page's similar products): any of the words, none a prefix.
    const asked = anyWord ? { words: likeWords(query), prefix: false, anyWord } : queryTerms(query)
    return await store.search(asked, belts.map(idOf), limit)
  } catch (error) {
    // An index that cannot be read or set up (a role without CREATE, a damaged file): search
    // scans instead, as without an index, rather than answer the buyer a 500. If the database
    // itself is down, the scan fails the way every other read does (a 503).
    if (Date.now() - lastIndexError > 60_000) {
      lastIndexError = Date.now()
      payload.logger.error({ err: error }, 'search index unusable; searching without it')
    }
    return null
  }
}

let lastIndexError = 0

const vocabularies = new Map<string, { at: number; words: Promise<Set<string>> }>()

/**
 * "Did you mean" for a query that found nothing: the closest query the belts' own words make
 * (src/search/entries.ts, `suggestQuery`), or null. The belts' vocabulary is read from the index
 * and kept a minute; another belt's words are never offered.
 */
export const suggestion = async (
  payload: Payload,
  query: string,
  belts: SearchID[],
): Promise<string | null> => {
  if (belts.length === 0) return null
  try {
    const store = await storeOf(payload)
    if (!store) return null
    const key = `${payload.db.name}:${belts.map(String).sort().join(',')}`
    let cached = vocabularies.get(key)
    if (!cached || Date.now() - cached.at > 60_000) {
      cached = { at: Date.now(), words: store.vocabulary(belts.map(idOf)).then((w) => new Set(w)) }
      vocabularies.set(key, cached)
      cached.words.catch(() => vocabularies.delete(key))
    }
    return suggestQuery(query, await cached.words, synonymForms())
  } catch (error) {
    payload.logger.error({ err: error }, 'search suggestion failed')
    return null
  }
}
