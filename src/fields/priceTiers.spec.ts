import { describe, expect, it } from 'vitest'

import { findTierProblem } from './priceTiers'

describe('price tiers', () => {
  it('accepts ascending, non-overlapping bands with an open last band', () => {
    expect(
      findTierProblem({
        moq: 100,
        tiers: [
          { minQuantity: 100, maxQuantity: 499, unitPrice: 5 },
          { minQuantity: 500, maxQuantity: 1999, unitPrice: 4.5 },
          { minQuantity: 2000, unitPrice: 4 },
        ],
      }),
    ).toBeNull()
  })

  it('names the overlapping band', () => {
    const problem = findTierProblem({
      moq: 1,
      tiers: [
        { minQuantity: 1, maxQuantity: 100, unitPrice: 2 },
        { minQuantity: 50, maxQuantity: 200, unitPrice: 1 },
      ],
    })
    expect(problem?.path).toBe('priceTiers.1.minQuantity')
    expect(problem?.message.en).toMatch(/overlaps/)
  })

  it('calls a band below the previous one descending', () => {
    const problem = findTierProblem({
      moq: 1,
      tiers: [
        { minQuantity: 500, maxQuantity: 900, unitPrice: 2 },
        { minQuantity: 10, maxQuantity: 100, unitPrice: 3 },
      ],
    })
    expect(problem?.message.en).toMatch(/ascending/)
  })

  it('refuses a first band below the MOQ, a zero price and an open band in the middle', () => {
    expect(findTierProblem({ moq: 100, tiers: [{ minQuantity: 10, unitPrice: 1 }] })?.path).toBe(
      'priceTiers.0.minQuantity',
    )
    expect(findTierProblem({ moq: 1, tiers: [{ minQuantity: 1, unitPrice: 0 }] })?.path).toBe(
      'priceTiers.0.unitPrice',
    )
    expect(
      findTierProblem({
        moq: 1,
        tiers: [
          { minQuantity: 1, unitPrice: 2 },
          { minQuantity: 10, unitPrice: 1 },
        ],
      })?.path,
    ).toBe('priceTiers.1.minQuantity')
  })
})
