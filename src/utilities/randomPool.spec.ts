import { describe, expect, it } from 'vitest'

import { randomPool } from './randomPool'

describe('randomPool', () => {
  it('hands out pieces of the asked size, each once, across refills', () => {
    const next = randomPool(12, 4)
    const seen = new Set<string>()
    for (let n = 0; n < 40; n += 1) {
      const piece = next()
      expect(piece).toHaveLength(12)
      seen.add(piece.toString('hex'))
    }
    // 40 pieces of 96 random bits: a repeat would mean a piece handed out twice.
    expect(seen.size).toBe(40)
  })
})
