import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import type { QueryTerms, SearchID, SearchKind, SearchStore } from './entries'

/**
 * The index on MongoDB (issue #19), NOT RUN AGAINST A SERVER: no MongoDB server can be installed
 * on our machines, so this file is only type-checked. A collection Payload does not own,
 * `search_entries`, one document per entry: `{ _id: 'product:<id>', kind, docId, tenant,
 * words: [...] }`, with a `$text` index on `words` (language `none`: our tokenizer has stemmed
 * them already) and an index on `{ tenant, words }`.
 *
 * A query asks `$text` for the documents holding any of its whole words (the index narrows), then
 * keeps those of the belts holding every one (`words: { $all }`) and, for the last word typed,
 * one starting with it (an anchored regex), sorted by text score. A query of one short prefix
 * alone has no `$text` part and goes by the `{ tenant, words }` index.
 */

const COLLECTION = 'search_entries'

type EntryDocument = {
  _id: string
  kind: SearchKind
  docId: string
  tenant: string
  words: string[]
}

type Connection = MongooseAdapter['connection']

const ready = new WeakMap<Connection, Promise<void>>()

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const open = async (payload: Payload) => {
  const connection = (payload.db as unknown as Partial<MongooseAdapter>).connection
  if (!connection) return null
  const collection = connection.collection<EntryDocument>(COLLECTION)
  let setup = ready.get(connection)
  if (!setup) {
    setup = (async () => {
      await collection.createIndex(
        { words: 'text' },
        { name: 'words_text', default_language: 'none' },
      )
      await collection.createIndex({ tenant: 1, words: 1 }, { name: 'tenant_words' })
      await collection.createIndex({ kind: 1, docId: 1 }, { name: 'kind_doc' })
    })()
    ready.set(connection, setup)
    setup.catch(() => ready.delete(connection))
  }
  await setup
  return collection
}

/** The filter of a query: null when it looks for nothing. */
export const mongoFilter = (terms: QueryTerms, belts: SearchID[]) => {
  if (terms.words.length === 0 || belts.length === 0) return null
  if (terms.anyWord)
    return {
      // Unquoted words are OR-ed by $text; a leading '-' (negation) or a quote is dropped.
      $text: { $search: terms.words.map((word) => word.replace(/^-+|"/g, ' ')).join(' ') },
      tenant: { $in: belts.map(String) },
      words: { $in: terms.words },
    }
  const whole = terms.prefix ? terms.words.slice(0, -1) : terms.words
  const prefix = terms.prefix ? terms.words[terms.words.length - 1] : null
  return {
    // Each word quoted and its quotes dropped: a phrase of one word, never an operator (`-word`).
    ...(whole.length > 0
      ? { $text: { $search: whole.map((word) => `"${word.replaceAll('"', ' ')}"`).join(' ') } }
      : {}),
    tenant: { $in: belts.map(String) },
    words: {
      ...(whole.length > 0 ? { $all: whole } : {}),
      ...(prefix ? { $elemMatch: { $regex: `^${escapeRegex(prefix)}` } } : {}),
    },
  }
}

/** The MongoDB index, or null if Payload's adapter has no connection (not MongoDB). */
export const mongoStore = async (payload: Payload): Promise<SearchStore | null> => {
  const collection = await open(payload)
  if (!collection) return null
  return {
    counts: async () => {
      const rows = await collection
        .aggregate<{ _id: SearchKind; n: number }>([{ $group: { _id: '$kind', n: { $sum: 1 } } }])
        .toArray()
      return Object.fromEntries(rows.map((row) => [row._id, row.n]))
    },
    put: async (entries) => {
      if (entries.length === 0) return
      await collection.bulkWrite(
        entries.map((entry) => ({
          replaceOne: {
            filter: { _id: `${entry.kind}:${entry.id}` },
            replacement: {
              kind: entry.kind,
              docId: String(entry.id),
              tenant: String(entry.tenant),
              words: entry.words.split(' ').filter(Boolean),
            },
            upsert: true,
          },
        })),
        { ordered: false },
      )
    },
    remove: async (kind, id) => {
      await collection.deleteOne({ _id: `${kind}:${id}` })
    },
    prune: async (kind, from, to, keep) => {
      // ObjectIds' hex strings sort as the ObjectIds do.
      await collection.deleteMany({
        kind,
        docId: {
          ...(from === null ? {} : { $gt: String(from) }),
          ...(to === null ? {} : { $lte: String(to) }),
          $nin: keep.map(String),
        },
      })
    },
    vocabulary: async (belts) =>
      (await collection.distinct('words', { tenant: { $in: belts.map(String) } })).map(String),
    // The version is a document of its own beside the entries (kind `meta`, never searched).
    version: async () => {
      const meta = (await collection.findOne({ _id: 'meta:words' })) as { docId?: string } | null
      return meta?.docId ?? null
    },
    setVersion: async (version) => {
      await collection.replaceOne(
        { _id: 'meta:words' },
        { kind: 'meta' as SearchKind, docId: version, tenant: '', words: [] },
        { upsert: true },
      )
    },
    search: async (terms, belts, limit) => {
      const filter = mongoFilter(terms, belts)
      if (!filter) return []
      const rows = await collection
        .find(filter, {
          projection: { kind: 1, docId: 1, tenant: 1, score: { $meta: 'textScore' } },
          sort: filter.$text ? { score: { $meta: 'textScore' }, docId: -1 } : { docId: -1 },
          limit,
        })
        .toArray()
      return rows.map((row) => ({ kind: row.kind, id: row.docId, tenant: row.tenant }))
    },
  }
}
