import { CAPABILITIES, EXPORT_MARKETS } from '@/vocabulary'

import { tokenize, tokenizeForIndex, tokenizerVersion } from './tokenize'

/**
 * What every engine's search index holds and is asked (issue #8, issue #19): one entry per
 * published factory or product, its words as the query is cut, and its belt.
 */

export type SearchKind = 'factory' | 'product'
/** A document's or a belt's id: a number on the SQL engines, an ObjectId's hex on MongoDB. */
export type SearchID = number | string
export type SearchEntry = { kind: SearchKind; id: SearchID; tenant: SearchID; words: string }
export type SearchHit = { kind: SearchKind; id: SearchID; tenant: SearchID }

/**
 * A query as the indexes take it: every word must match, the last one maybe as a prefix; or, with
 * `anyWord`, any one of them (ranked by how many and how rare: "more like this", not a search).
 */
export type QueryTerms = { words: string[]; prefix: boolean; anyWord?: boolean }

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
  /** Every word the belts' entries hold (for "did you mean"). */
  vocabulary: (belts: SearchID[]) => Promise<string[]>
  /** The version of `wordsOf` the entries were built with (null: none recorded). */
  version: () => Promise<string | null>
  setVersion: (version: string) => Promise<void>
}

/**
 * What an entry holds: bump the number whenever `wordsOf` changes; the tokenizer's part follows
 * the segmenter and the dictionaries' and synonyms' files. A start-up finding an index of another
 * version rebuilds it (its counts alone would match).
 */
export const WORDS_VERSION = `3-${tokenizerVersion}`

const texts = (value: unknown): string[] => {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap(texts)
  // An array row's id (a spec's, read back from the database) is not one of its words.
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
      key === 'id' ? [] : texts(inner),
    )
  return [String(value)]
}

const labelsOf = (options: { value: string; label: unknown }[], values: unknown) =>
  (Array.isArray(values) ? values : []).map(
    (value) => options.find((option) => option.value === value)?.label ?? value,
  )

/**
 * The words a document is found by, in every locale: for a factory its name, main products,
 * summary, capabilities, export markets and certifications; for a product its name, summary, SKU,
 * specs and its category's names with its parents' (`categoryNames`, looked up by the caller).
 */
export const wordsOf = (kind: SearchKind, doc: Record<string, unknown>) => {
  const fields =
    kind === 'factory'
      ? [
          doc.name,
          doc.mainProducts,
          doc.summary,
          labelsOf(CAPABILITIES, doc.capabilities),
          labelsOf(EXPORT_MARKETS, doc.exportMarkets),
          ((doc.certifications as { name?: unknown }[] | null | undefined) ?? []).map(
            (certification) => certification?.name,
          ),
        ]
      : [doc.name, doc.summary, doc.sku, doc.specs, doc.categoryNames]
  // A word shaped like a belt's own (`xbeltx7` in a product name) is dropped: it would put this
  // document among another belt's matches.
  return [...new Set(tokenizeForIndex(texts(fields).join(' \n ')))]
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

/**
 * The words "more like this" looks for (a product page's similar products elsewhere): the
 * query's, less numbers and single letters (the 3 of "3-Pack"), which match nearly everything,
 * and words too long to be one (PostgreSQL refuses a tsquery with one).
 */
export const likeWords = (text: string) =>
  queryTerms(text).words.filter(
    (word) => !/^\d+$/.test(word) && (word.length > 1 || isCJK(word)) && word.length <= 100,
  )

/** Optimal string alignment distance (a swap of two letters is one edit), capped at `max` + 1. */
export const editDistance = (a: string, b: string, max: number) => {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows = [...Array(a.length + 1)].map((_, i) => [i, ...Array(b.length).fill(0)] as number[])
  for (let j = 0; j <= b.length; j += 1) rows[0][j] = j
  for (let i = 1; i <= a.length; i += 1) {
    let best = max + 1
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
      best = Math.min(best, rows[i][j])
    }
    if (best > max) return max + 1
  }
  return rows[a.length][b.length]
}

/** How far a word may be from the one meant: one edit for short words, two from six letters. */
const allowance = (word: string) =>
  isCJK(word) ? (word.length >= 2 ? 1 : 0) : word.length >= 6 ? 2 : word.length >= 4 ? 1 : 0

/**
 * "Did you mean": the query with each word the belts' index does not hold replaced by the
 * closest one it does (or a synonym's surface form of it: `romper` rather than 连体衣), within
 * `allowance`; null if every word is known or one has nothing close.
 */
export const suggestQuery = (
  query: string,
  vocabulary: Set<string>,
  forms: Map<string, string> = new Map(),
) => {
  const words = tokenize(query).filter((word) => word && !BELT_WORD.test(word))
  if (words.length === 0) return null
  const candidates = [
    ...vocabulary,
    ...[...forms].filter(([, canonical]) => vocabulary.has(canonical)).map(([form]) => form),
  ]
  const closest = (word: string) => {
    const max = allowance(word)
    let best: { word: string; distance: number } | null = null
    for (const candidate of candidates) {
      if (isCJK(candidate) !== isCJK(word)) continue
      // A Chinese typo is a wrong character, not a missing one (连体衣 is not 连体泳衣).
      if (isCJK(word) && candidate.length !== word.length) continue
      const distance = editDistance(word, candidate, max)
      if (distance <= max && (!best || distance < best.distance))
        best = { word: candidate, distance }
    }
    return best?.word ?? null
  }
  // A Chinese typo is often cut into pieces (连衣群: 连衣 + 群): the whole of it is tried first.
  const whole = query.trim()
  if (/^[\u3400-\u9fff]+$/.test(whole) && !vocabulary.has(whole)) {
    const word = closest(whole)
    if (word) return word
  }
  let changed = false
  const suggested = words.map((word) => {
    if (vocabulary.has(word)) return word
    changed = true
    // A Latin word the synonyms turned Chinese (romper: 连体衣) is not this belt's: no guess.
    return isCJK(word) && !isCJK(query) ? null : closest(word)
  })
  if (!changed || suggested.some((word) => word === null)) return null
  return suggested.join(' ')
}
