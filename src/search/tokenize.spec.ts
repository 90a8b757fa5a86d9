import { describe, expect, it } from 'vitest'

import { scoreText, tokenize } from './tokenize'

describe('search', () => {
  it('cuts Chinese into words', () => {
    expect(tokenize('女童纯棉连衣裙')).toEqual(expect.arrayContaining(['女童']))
    // ICU cuts 连衣裙 as 连 + 衣裙; matching falls back to substrings for Chinese.
    expect(scoreText('连衣裙', ['女童纯棉连衣裙'])).toBeGreaterThan(0)
  })

  it('finds what a buyer means: kids dress matches children’s dresses', () => {
    expect(
      scoreText('kids dress', ['Girls’ cotton dresses', 'Children’s clothing']),
    ).toBeGreaterThan(0)
    expect(scoreText('kids dress', ['Leather shoes for men'])).toBe(0)
  })

  it('matches 童装 inside longer Chinese words and every query word must match', () => {
    expect(scoreText('童装', ['织里童装产业带'])).toBeGreaterThan(0)
    expect(scoreText('童装 皮鞋', ['织里童装产业带'])).toBe(0)
  })
})
