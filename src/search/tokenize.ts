import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { boundedMemo } from '@/utilities/memo'

/**
 * Word-level search in Chinese and English (issue #21). Chinese has no spaces: its runs are cut
 * with a dictionary segmenter (`@node-rs/jieba`, its own dictionary plus each belt's trade words,
 * `tenants/<belt>/dictionary.txt`), so 童装连体衣 is 童装 + 连体衣, not 童/装/连/体/衣 as ICU
 * cut it; `Intl.Segmenter` takes over if jieba does not load. Other text is cut by
 * `Intl.Segmenter`, lower-cased and reduced to a simple stem. Synonyms (`tenants/synonyms.txt`
 * and `tenants/<belt>/synonyms.txt`, one group a line: `连体衣 = 爬服 = romper`) map every word
 * of a group to its first, in the index and in queries alike.
 *
 * Documents are cut for the index with `forIndex` (jieba's search mode: a long word and the
 * shorter dictionary words inside it, so 女童连衣裙 is found by 连衣裙 too); queries are cut
 * plainly. Both go through the same dictionary and synonyms.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

/** The folder of belt data: `tenants/` at the repository's root. */
const TENANTS = path.resolve(process.cwd(), 'tenants')

/** Every data file read, hashed: part of the index's version (src/search/entries.ts). */
const dataHash = createHash('sha1')

const readData = (...parts: string[]) => {
  try {
    const text = fs.readFileSync(path.join(TENANTS, ...parts), 'utf8')
    dataHash.update(`${parts.join('/')}\n${text}\n`)
    return text
  } catch {
    return ''
  }
}

const beltFolders = () => {
  try {
    return fs
      .readdirSync(TENANTS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  } catch {
    return []
  }
}

const dataLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)

const stem = (word: string) => {
  if (/[^\x00-\x7f]/.test(word)) return word
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && /(ses|xes|ches|shes)$/.test(word)) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

const plain = (word: string) => stem(word.toLowerCase().replace(/['’]s$/, ''))

/** Every word of a synonym group, as cut, to the group's first word; also each surface form. */
const loadSynonyms = () => {
  const map = new Map<string, string>()
  const files = [
    readData('synonyms.txt'),
    ...beltFolders().map((belt) => readData(belt, 'synonyms.txt')),
  ]
  for (const line of files.flatMap(dataLines)) {
    const [first, ...rest] = line.split('=').map((word) => plain(word.trim()))
    if (!first) continue
    for (const word of rest) if (word && word !== first && !map.has(word)) map.set(word, first)
  }
  return map
}

type Jieba = {
  cut: (text: string, hmm?: boolean) => string[]
  cutForSearch: (text: string, hmm?: boolean) => string[]
}

/** jieba with its dictionary and every belt's trade words, or null if it does not load. */
const loadJieba = (): Jieba | null => {
  try {
    const require = createRequire(import.meta.url)
    const { Jieba } = require('@node-rs/jieba') as {
      Jieba: { withDict: (dict: Uint8Array) => Jieba & { loadDict: (dict: Uint8Array) => void } }
    }
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array }
    const jieba = Jieba.withDict(dict)
    const trade = beltFolders()
      .flatMap((belt) => dataLines(readData(belt, 'dictionary.txt')))
      // A word alone on its line is weighted as a common word, so that it wins over the pieces.
      .map((line) => (/\s\d+/.test(line) ? line : `${line} 100000`))
    if (trade.length > 0) jieba.loadDict(Buffer.from(`${trade.join('\n')}\n`))
    return jieba
  } catch {
    return null
  }
}

const SYNONYMS = loadSynonyms()
const jieba = loadJieba()

/** Which segmenter cuts Chinese: `jieba`, or `intl` where jieba did not load. */
export const segmenterName = jieba ? 'jieba' : 'intl'

/** The segmenter and the dictionaries' and synonyms' contents, in short: a change rebuilds. */
export const tokenizerVersion = `${segmenterName}-${dataHash.digest('hex').slice(0, 12)}`

const normalise = (word: string) => {
  const lower = plain(word)
  return SYNONYMS.get(lower) ?? lower
}

const CJK_RUN = /[\u3400-\u9fff]+/g
const WORD_LIKE = /[\p{L}\p{N}]/u

/** ASCII spaces, tabs and line breaks: UAX #29 joins no word across them. */
const ASCII_SPACE = /[ \t\n\r]+/
const ASCII_WORD = /^[A-Za-z0-9]+$/
const chunkCuts = boundedMemo<string[]>(20_000)

/**
 * The word-like segments of text outside Chinese runs, as `Intl.Segmenter` cuts them. Cut at
 * ASCII whitespace first (a word boundary always falls there): a chunk of ASCII letters and
 * digits is one word as it stands (`ZL0000001`, `MOQ`); any other chunk (`children's`, `3.5cm`,
 * `100,`) is segmented once and remembered, since catalogues repeat them. Segmenting each whole
 * text was 60 µs of a product's 70 in the index's tokenizer.
 */
export const otherSegments = (text: string, into: string[] = []) => {
  for (const chunk of text.split(ASCII_SPACE)) {
    if (!chunk) continue
    if (ASCII_WORD.test(chunk)) into.push(chunk)
    else if (chunk.length > MEMO_CHUNK) segmentInto(chunk, into)
    else for (const segment of chunkCuts(chunk, () => segmentInto(chunk, []))) into.push(segment)
  }
  return into
}

/** Longer chunks (a URL, a line of Thai) are cut each time: they rarely repeat. */
const MEMO_CHUNK = 64

const segmentInto = (text: string, into: string[]) => {
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) into.push(segment)
  return into
}

const cutOther = (text: string, words: string[]) => {
  for (const segment of otherSegments(text)) words.push(normalise(segment))
}

/**
 * A Chinese run's words, remembered: catalogues repeat the same runs (a style and a noun, a
 * summary's phrases) across thousands of products, and jieba was a fifth of an import's time.
 * The cut depends only on the run and the dictionaries loaded at start. Bounded: emptied when full.
 */
const runCuts = boundedMemo<string[]>(20_000)
const cutRun = (run: string, forIndex: boolean) =>
  runCuts(forIndex ? `i${run}` : `q${run}`, () => {
    const words: string[] = []
    for (const piece of forIndex ? jieba!.cutForSearch(run, false) : jieba!.cut(run, false))
      if (WORD_LIKE.test(piece)) words.push(normalise(piece))
    return words
  })

const cut = (text: string, forIndex: boolean) => {
  const words: string[] = []
  if (!jieba) {
    cutOther(text, words)
    return words
  }
  let at = 0
  for (const match of text.matchAll(CJK_RUN)) {
    cutOther(text.slice(at, match.index), words)
    for (const word of cutRun(match[0], forIndex)) words.push(word)
    at = match.index + match[0].length
  }
  cutOther(text.slice(at), words)
  return words
}

/** A query's words (or any text's, cut plainly). */
export const tokenize = (text: string): string[] => cut(text, false)

/** A document's words for the index: each long Chinese word and the dictionary words inside it. */
export const tokenizeForIndex = (text: string): string[] => cut(text, true)

/** Every surface form the synonyms know, with the word the index holds for it. */
export const synonymForms = () => SYNONYMS

const hasCJK = (word: string) => /[\u3400-\u9fff]/.test(word)

/**
 * Scores a document's texts against a query: every query word must be found, as a word or
 * (for Chinese, where dictionaries disagree on word boundaries) inside the text; 0 if not.
 */
export const scoreText = (query: string, texts: (string | null | undefined)[]): number => {
  const queryWords = [...new Set(tokenize(query))]
  if (queryWords.length === 0) return 0
  const joined = texts.filter(Boolean).join(' \n ')
  const lowerJoined = joined.toLowerCase()
  const words = new Set(tokenizeForIndex(joined))
  let score = 0
  for (const word of queryWords) {
    if (words.has(word)) score += 2
    else if (hasCJK(word) && lowerJoined.includes(word)) score += 1
    else if (!hasCJK(word) && word.length >= 3 && lowerJoined.includes(word)) score += 1
    else return 0
  }
  return score
}
