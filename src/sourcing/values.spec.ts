import { describe, expect, it } from 'vitest'

import { certificationsOf, checkSourcingValues } from './values'

const base = {
  product: 'Cotton rompers',
  quantity: '20000',
  unit: 'piece',
  currency: 'USD',
  name: 'Greta',
  email: 'Greta@Example.com',
}
const check = (values: Record<string, string>) =>
  checkSourcingValues({
    values: { ...base, ...values },
    categories: ['kids-wear'],
    today: '2026-12-06',
  })

describe('checkSourcingValues', () => {
  it('types a good request', () => {
    const { input, problems } = check({
      category: 'kids-wear',
      targetPrice: '2.5',
      neededBy: '2027-03-01',
      verifiedOnly: 'yes',
    })
    expect(problems).toEqual({})
    expect(input).toMatchObject({
      quantity: 20000,
      targetPrice: 2.5,
      email: 'greta@example.com',
      verifiedOnly: true,
    })
  })

  it('names each refused field', () => {
    const { problems } = check({
      product: '',
      quantity: '1e3',
      unit: 'barrel',
      currency: 'GBP',
      category: 'ships',
      targetPrice: 'Infinity',
      neededBy: '2026-12-05',
      email: 'nope',
      details: 'a\u0000b',
    })
    expect(problems).toMatchObject({
      product: { code: 'required' },
      quantity: { code: 'whole' },
      unit: { code: 'choice' },
      currency: { code: 'choice' },
      category: { code: 'choice' },
      targetPrice: { code: 'number' },
      neededBy: { code: 'date' },
      email: { code: 'email' },
      details: { code: 'control' },
    })
    expect(check({ quantity: '' }).problems.quantity).toEqual({ code: 'required' })
    expect(check({ neededBy: '2027-02-30x' }).problems.neededBy).toEqual({ code: 'date' })
  })

  it('splits certifications', () => {
    expect(certificationsOf('OEKO-TEX, BSCI；ISO 9001')).toEqual(['oeko-tex', 'bsci', 'iso 9001'])
  })
})
