import { describe, expect, it } from 'vitest'

import { fingerprint, type Known, planRow, prepareRows } from './plan'

const known = (over: Partial<Known> = {}): Known => ({
  kind: 'products',
  isOperator: false,
  ownFactory: 7,
  allowNewCategories: false,
  images: null,
  factoryBySlug: new Map([
    ['own', { id: 7 }],
    ['other', { id: 8 }],
  ]),
  productByKey: new Map(),
  categoryByPath: new Map([['童装/婴儿服', 1]]),
  seen: new Map(),
  ...over,
})

const product = {
  sku: 'EX-1',
  name_zh: '连体衣',
  moq: 100,
  unit: 'piece',
  price_tiers: [{ minQuantity: 100, unitPrice: 3 }],
}

describe('row planning', () => {
  it('parses cells by column, reporting required and unparsable cells by row', async () => {
    const sheet = {
      headers: ['货号 sku', '起订量 moq', 'colour'],
      rows: [
        ['EX-1', '1,000', 'red'],
        ['', 'many', ''],
      ],
    }
    const { prepared, unknown } = await prepareRows('products', sheet as never, 2)
    expect(unknown).toEqual(['colour'])
    expect(prepared[0]).toEqual({ row: 2, values: { sku: 'EX-1', moq: 1000 }, problems: [] })
    expect(prepared[1].problems.map((problem) => [problem.row, problem.column])).toEqual([
      [3, 'sku'],
      [3, 'moq'],
    ])
  })

  it('plans a new row as a create in the member’s own factory, and the same values again as unchanged', () => {
    const plan = planRow(known(), { row: 2, values: product, problems: [] })
    expect(plan).toMatchObject({ key: '7|EX-1', factoryID: 7, action: 'create', problems: [] })
    const again = planRow(
      known({ productByKey: new Map([['7|EX-1', { id: 1, importHash: plan.hash }]]) }),
      { row: 2, values: product, problems: [] },
    )
    expect(again.action).toBe('unchanged')
    const changed = planRow(
      known({
        productByKey: new Map([
          ['7|EX-1', { id: 1, importHash: fingerprint({ ...product, moq: 200 }, []) }],
        ]),
      }),
      { row: 2, values: product, problems: [] },
    )
    expect(changed).toMatchObject({ action: 'update', target: { id: 1 } })
  })

  it('refuses another factory’s products, unknown factories, bad tiers, missing categories and repeated keys', () => {
    const state = known()
    const columns = (values: Record<string, unknown>, row: number) =>
      planRow(state, { row, values, problems: [] }).problems.map((problem) => problem.column)
    expect(columns({ ...product, sku: 'A', factory: 'other' }, 2)).toEqual(['factory'])
    expect(columns({ ...product, sku: 'B', factory: 'nowhere' }, 3)).toEqual(['factory'])
    expect(
      columns({ ...product, sku: 'C', price_tiers: [{ minQuantity: 50, unitPrice: 3 }] }, 4),
    ).toEqual(['price_tiers'])
    expect(columns({ ...product, sku: 'D', category: '童装 / 婴儿服' }, 5)).toEqual([])
    expect(columns({ ...product, sku: 'E', category: '玩具' }, 6)).toEqual(['category'])
    expect(columns({ ...product, sku: 'D' }, 7)).toEqual(['sku'])
    expect(
      planRow(state, { row: 8, values: { ...product, sku: 'F', category: '玩具' }, problems: [] })
        .action,
    ).toBe('error')
  })

  it('lets only an operator plan factories, keyed by slug; images are ignored without a ZIP', () => {
    const values = { slug: 'new-mill', name_zh: '新厂', images: ['a.jpg'] }
    expect(
      planRow(known({ kind: 'factories' }), { row: 2, values, problems: [] }).problems.map(
        (problem) => problem.column,
      ),
    ).toEqual(['slug'])
    const plan = planRow(known({ kind: 'factories', isOperator: true }), {
      row: 2,
      values,
      problems: [],
    })
    expect(plan).toMatchObject({ key: 'new-mill', action: 'create', problems: [] })
    expect(plan.values).not.toHaveProperty('images')
  })
})
