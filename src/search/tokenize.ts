/**
 * Word-level search in Chinese and English. Chinese has no spaces, so text is cut into words
 * with `Intl.Segmenter` (ICU's dictionary, built into Node); English words are lower-cased and
 * reduced to a simple stem; a few trade synonyms map a buyer's words to the catalogue's.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

const SYNONYMS: Record<string, string> = {
  kid: 'child',
  kids: 'child',
  children: 'child',
  childrens: 'child',
  baby: 'child',
  toddler: 'child',
  童: '童装',
  儿童: '童装',
  socks: 'sock',
  hosiery: 'sock',
  袜: '袜子',
  lashes: 'eyelash',
  lash: 'eyelash',
  eyelashes: 'eyelash',
  睫毛: '假睫毛',
  bags: 'bag',
  luggage: 'bag',
  suitcase: 'bag',
  箱包: '包',
  swimsuit: 'swimwear',
  bikini: 'swimwear',
  shoes: 'shoe',
  sneakers: 'shoe',
  footwear: 'shoe',
}

const stem = (word: string) => {
  if (/[^\x00-\x7f]/.test(word)) return word
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && /(ses|xes|ches|shes)$/.test(word)) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

const normalise = (word: string) => {
  const lower = word.toLowerCase().replace(/['’]s$/, '')
  return SYNONYMS[lower] ?? SYNONYMS[stem(lower)] ?? stem(lower)
}

export const tokenize = (text: string): string[] => {
  const words: string[] = []
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) words.push(normalise(segment))
  }
  return words
}

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
  const words = new Set(tokenize(joined))
  let score = 0
  for (const word of queryWords) {
    if (words.has(word)) score += 2
    else if (hasCJK(word) && lowerJoined.includes(word)) score += 1
    else if (!hasCJK(word) && word.length >= 3 && lowerJoined.includes(word)) score += 1
    else return 0
  }
  return score
}
