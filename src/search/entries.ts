import { tokenize } from './tokenize'

/**
 * What every engine's search index holds and is asked (issue #8, issue #19): one entry per
 * published factory or product, its words as the query is cut, and its belt.
 */

export type SearchKind = 'factory' | 'product'
/** A document's or a belt's id: a number on the SQL engines, an ObjectId's hex on MongoDB. */
export type SearchID = number | string
export type SearchEntry = { kind: SearchKind; id: SearchID; tenant: SearchID; words: string }
export type SearchHit = { kind: SearchKind; id: SearchID; tenant: SearchID }

/** A query as the indexes take it: every word must match, the last one maybe as a prefix. */
export type QueryTerms = { words: string[]; prefix: boolean }

/** One engine's index: each file of src/search/ beside this one is one. */
export type SearchStore = {
  /** Entries per kind. */
  counts: () => Promise<Partial<Record<SearchKind, number>>>
  /** Adds or replaces entries. */
  put: (entries: SearchEntry[]) => Promise<void>
  remove: (kind: SearchKind, id: SearchID) => Promise<void>
  /**
   * Removes the entries of `kind` whose id is after `from` (null: from the first) and up to `to`
   * (null: to the last), except those in `keep`: a rebuild's page of ids, without emptying the index.
   */
  prune: (
    kind: SearchKind,
    from: SearchID | null,
    to: SearchID | null,
    keep: SearchID[],
  ) => Promise<void>
  /** The best matches among the belts' entries, best first. */
  search: (terms: QueryTerms, belts: SearchID[], limit: number) => Promise<SearchHit[]>
}

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
  // A word shaped like a belt's own (`xbeltx7` in a product name) is dropped: it would put this
  // document among another belt's matches.
  return [...new Set(tokenize(texts(fields).join(' \n ')))]
    .filter((word) => !BELT_WORD.test(word))
    .join(' ')
}

const BELT_WORD = /^xbeltx/

/** The word a belt's entries hold, so that a query names its belts among its words. */
export const beltWord = (tenant: SearchID) => `xbeltx${tenant}`

/** A number stays a number (SQL ids, also when given as text); an ObjectId stays its hex. */
export const idOf = (value: unknown): SearchID =>
  typeof value === 'number' || /^\d+$/.test(String(value)) ? Number(value) : String(value)

export const entryOf = (kind: SearchKind, doc: Record<string, unknown>): SearchEntry => {
  const tenant =
    doc.tenant && typeof doc.tenant === 'object' ? (doc.tenant as { id: unknown }).id : doc.tenant
  return { kind, id: idOf(doc.id), tenant: idOf(tenant), words: wordsOf(kind, doc) }
}

const isCJK = (word: string) => /[\u3400-\u9fff]/.test(word)

/**
 * Words of a query past these are left out. No buyer types more, and every word is one more
 * condition: on PostgreSQL a query of 2,700 words (a 15 KB URL, anyone's to send) took 0.7–1 s
 * of the database's time on an index of two entries (1,000 words: 50 ms).
 */
export const MAX_QUERY_WORDS = 16

/**
 * The query's words, each once (the first MAX_QUERY_WORDS); the last one also as the start of a longer word (a buyer still
 * typing), if it is long enough to narrow anything down. A one-character Chinese word as a prefix
 * matched every word starting with that character, and a query such as 高端婴幼儿服装 (cut into
 * 高 端 婴 幼儿 服装) took 63 ms instead of 23 at scale 1 on SQLite.
 */
export const queryTerms = (query: string): QueryTerms => {
  const all = [...new Set(tokenize(query))].filter((word) => word && !BELT_WORD.test(word))
  const words = all.slice(0, MAX_QUERY_WORDS)
  const last = words[words.length - 1] ?? ''
  // A query cut short ends in a whole word, not one still being typed.
  return { words, prefix: words.length === all.length && last.length >= (isCJK(last) ? 2 : 3) }
}
