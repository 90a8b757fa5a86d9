import { describe, expect, it } from 'vitest'

import { editDistance, suggestQuery, wordsOf } from './entries'
import {
  otherSegments,
  scoreText,
  segmenterName,
  synonymForms,
  tokenize,
  tokenizeForIndex,
} from './tokenize'

describe('search', () => {
  it('cuts Chinese with the dictionary segmenter and the belts’ trade words', () => {
    expect(segmenterName).toBe('jieba')
    expect(tokenize('童装连体衣')).toEqual(['童装', '连体衣'])
    // The index also holds the dictionary words inside a long one: 连衣裙 finds 女童连衣裙.
    expect(tokenizeForIndex('女童连衣裙')).toEqual(expect.arrayContaining(['女童', '连衣裙']))
    expect(scoreText('连衣裙', ['女童纯棉连衣裙'])).toBeGreaterThan(0)
  })

  it('cuts text outside Chinese runs exactly as Intl.Segmenter cuts the whole text', () => {
    const whole = (text: string) =>
      [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)]
        .filter((segment) => segment.isWordLike)
        .map((segment) => segment.segment)
    const samples = [
      'Embroidered Romper ZL0000001',
      "Children's clothing, MOQ 100, customisable.",
      '3.5cm x 10 cm\tcotton/linen\r\n e-mail: sales@example.com',
      'don’t  stop   2,000.50 USD (FOB)',
      // No ASCII space inside: cut by the segmenter alone, as the whole text is.
      'ภาษาไทยง่ายนิดเดียว',
      'café naïve résumé\u00a0non\u2009breaking',
      // A byte-order mark is a format character: the words either side of it stay one word.
      'abc\ufeffdef, x\u200dy 👨\u200d👩 ok',
      ' \u0301a leading mark',
      '',
    ]
    for (const text of samples) expect(otherSegments(text), text).toEqual(whole(text))
    // A chunk seen before (remembered) cuts as the first time; a long one is not remembered.
    expect(otherSegments("children's children's")).toEqual(["children's", "children's"])
    const long = `${'a-b.'.repeat(40)}c`
    expect(otherSegments(`${long} ${long}`)).toEqual([...whole(long), ...whole(long)])
    expect(tokenize('ZL0000001 Rompers')).toEqual(['zl0000001', tokenize('romper')[0]])
  })

  it('maps synonyms (data: tenants/**/synonyms.txt) to one word, in Chinese and English', () => {
    expect(tokenize('爬服')).toEqual(tokenize('连体衣'))
    expect(tokenize('rompers')).toEqual(tokenize('连体衣'))
    expect(tokenize('行李箱')).toEqual(tokenize('拉杆箱'))
    expect(synonymForms().get('romper')).toBe('连体衣')
  })

  it('finds what a buyer means: kids dress matches children’s dresses', () => {
    expect(
      scoreText('kids dress', ['Girls’ cotton dresses', 'Children’s clothing']),
    ).toBeGreaterThan(0)
    expect(scoreText('kids dress', ['Leather shoes for men'])).toBe(0)
  })

  it('indexes a product’s category names and a factory’s capabilities and certifications', () => {
    const product = wordsOf('product', {
      name: { zh: '纯棉长袖', en: 'Long sleeve' },
      categoryNames: [{ zh: '婴幼儿服装', en: 'Babywear' }, { zh: '童装' }],
    }).split(' ')
    expect(product).toEqual(expect.arrayContaining(['婴幼儿', '服装', '童装', 'babywear']))
    const factory = wordsOf('factory', {
      name: { en: 'Acme' },
      capabilities: ['odm'],
      certifications: [{ name: 'OEKO-TEX Standard 100' }],
    }).split(' ')
    expect(factory).toEqual(expect.arrayContaining(['odm', 'oeko', 'tex', '设计']))
  })

  it('suggests the closest words the belt holds for a query that found nothing', () => {
    expect(editDistance('chelsae', 'chelsea', 2)).toBe(1)
    expect(editDistance('abc', 'xyz', 1)).toBe(2)
    const belt = new Set(['连体衣', 'chelsea', 'boot', 'stationery', '连衣裙'])
    expect(suggestQuery('chelsae boots', belt)).toBe('chelsea boot')
    expect(suggestQuery('stationary', belt)).toBe('stationery')
    expect(suggestQuery('romprs', belt, synonymForms())).toBe('romper')
    expect(suggestQuery('连衣群', belt)).toBe('连衣裙')
    // Known words, nothing close, or a word too short to guess: no suggestion.
    expect(suggestQuery('boot', belt)).toBeNull()
    expect(suggestQuery('zzzzzzz', belt)).toBeNull()
    expect(suggestQuery('bo', belt)).toBeNull()
    // Another belt's synonym does not lead to a near Chinese word of this one.
    expect(suggestQuery('romper', new Set(['连体泳衣']), synonymForms())).toBeNull()
    expect(suggestQuery('连体衣', new Set(['连体泳衣']))).toBeNull()
  })
})
