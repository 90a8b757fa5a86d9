import { describe, expect, it } from 'vitest'

import { MAX_QUERY_WORDS, queryTerms, wordsOf } from './entries'
import { mongoFilter } from './mongodb'
import { MAX_WORD_LENGTH, tsqueryOf } from './postgres'
import { matchExpression } from './sqlite'

/** What is left of tsquery text once its quoted lexemes are taken out: operators only. */
const operatorsOf = (tsquery: string) => tsquery.replace(/'(?:[^'\\]|''|\\.)*'/g, 'L')

describe('the search queries', () => {
  it('cuts a query into words, the last one a prefix when long enough', () => {
    expect(queryTerms('Linen aprons')).toEqual({ words: ['linen', 'apron'], prefix: true })
    expect(queryTerms('linen ro')).toEqual({ words: ['linen', 'ro'], prefix: false })
    expect(queryTerms('连衣裙')).toMatchObject({ prefix: true })
    expect(queryTerms('a & b | !c :*')).toEqual({ words: ['a', 'b', 'c'], prefix: false })
    expect(queryTerms(' !&|:* ')).toEqual({ words: [], prefix: false })
  })

  it('keeps the first 16 words of a long query, none of them a prefix', () => {
    const words = Array.from({ length: 2700 }, (_, index) => `w${index.toString(36)}x`)
    const terms = queryTerms(words.join(' '))
    expect(terms).toEqual({ words: words.slice(0, MAX_QUERY_WORDS), prefix: false })
    expect(MAX_QUERY_WORDS).toBe(16)
    const sixteen = queryTerms(words.slice(0, 16).join(' '))
    expect(sixteen).toEqual({ words: words.slice(0, 16), prefix: true })
  })

  it('on PostgreSQL: belts OR-ed, every word AND-ed, the last a prefix', () => {
    expect(tsqueryOf(queryTerms('linen aprons'), [1, 2])).toBe(
      "('xbeltx1' | 'xbeltx2') & 'linen' & 'apron':*",
    )
    expect(tsqueryOf(queryTerms('linen ro'), [7])).toBe("('xbeltx7') & 'linen' & 'ro'")
    expect(tsqueryOf(queryTerms('!&|'), [7])).toBeNull()
    expect(tsqueryOf(queryTerms('linen'), [])).toBeNull()
  })

  it('"more like this" (anyWord): the belts still AND-ed, the words OR-ed, on every engine', () => {
    const terms = { words: ['cotton', 'romper', '-x"'], prefix: false, anyWord: true }
    expect(tsqueryOf(terms, [1, 2])).toBe(`('xbeltx1' | 'xbeltx2') & ('cotton' | 'romper' | '-x"')`)
    expect(matchExpression(terms, [4])).toBe(`(xbeltx4) AND ("cotton" OR "romper" OR "-x""")`)
    expect(mongoFilter(terms, [5])).toEqual({
      $text: { $search: 'cotton romper  x ' },
      tenant: { $in: ['5'] },
      words: { $in: ['cotton', 'romper', '-x"'] },
    })
    // Without the flag, the same words must all match.
    expect(tsqueryOf({ ...terms, anyWord: false }, [1])).toBe(
      `('xbeltx1') & 'cotton' & 'romper' & '-x"'`,
    )
  })

  it('on PostgreSQL: any word is a quoted lexeme, never an operator', () => {
    const odd = ["it's", 'a&b', 'c|d', '!e', 'f:*', "g'):*|h", 'back\\slash', "''", '\\', '连衣裙']
    const text = tsqueryOf({ words: odd, prefix: true }, [3])!
    expect(text).toBe(
      "('xbeltx3') & 'it''s' & 'a&b' & 'c|d' & '!e' & 'f:*' & 'g''):*|h' & 'back\\\\slash' & '''''' & '\\\\' & '连衣裙':*",
    )
    expect(operatorsOf(text)).toBe('(L) & L & L & L & L & L & L & L & L & L & L:*')
    // Random text of the characters tsquery treats specially: always lexemes and operators.
    const chars = '\'\\&|!:*() "<->a连'
    for (let round = 0; round < 500; round += 1) {
      const words = Array.from({ length: 1 + (round % 4) }, (_, index) =>
        Array.from(
          { length: 1 + ((round + index) % 6) },
          (__, at) => chars[(round * 7 + index * 13 + at * 31) % chars.length],
        ).join(''),
      )
      const query = tsqueryOf({ words, prefix: round % 2 === 0 }, [1, 2])!
      expect(operatorsOf(query)).toMatch(/^\(L \| L\)( & L)*(:\*)?$/)
    }
  })

  it('on PostgreSQL: a word longer than the index holds finds nothing, without an error', () => {
    expect(tsqueryOf({ words: ['x'.repeat(MAX_WORD_LENGTH + 1)], prefix: false }, [1])).toBeNull()
  })

  it('on SQLite: FTS5 text of quoted words', () => {
    expect(matchExpression(queryTerms('linen "aprons'), [1, 2])).toBe(
      '(xbeltx1 OR xbeltx2) AND "linen" AND "apron"*',
    )
    expect(matchExpression({ words: ['a"b'], prefix: false }, [1])).toBe('(xbeltx1) AND "a""b"')
  })

  it('on MongoDB: whole words through $text, the last as an anchored, escaped prefix', () => {
    expect(mongoFilter({ words: ['linen', 'rom.*'], prefix: true }, ['abc'])).toEqual({
      $text: { $search: '"linen"' },
      tenant: { $in: ['abc'] },
      words: { $all: ['linen'], $elemMatch: { $regex: '^rom\\.\\*' } },
    })
    expect(mongoFilter({ words: ['-x'], prefix: false }, [1])).toEqual({
      $text: { $search: '"-x"' },
      tenant: { $in: ['1'] },
      words: { $all: ['-x'] },
    })
  })
})

describe('belt words', () => {
  it('are never taken from a document or a query, so no entry joins another belt’s matches', () => {
    const words = wordsOf('product', { name: { en: 'Apron xbeltx7 xbeltx12' } }).split(' ')
    expect(words).toContain('apron')
    expect(words.some((word) => word.startsWith('xbeltx'))).toBe(false)
    expect(queryTerms('xbeltx7 apron').words).toEqual(['apron'])
  })
})
