import { describe, expect, it } from 'vitest'

import { COLUMNS, matchHeaders, parseList, parseSpecs, parseTiers } from './columns'

const parserOf = (kind: 'factories' | 'products', key: string) =>
  COLUMNS[kind].find((column) => column.key === key)!.parse!

describe('import column parsers', () => {
  it('reads price tiers with half- and full-width marks, open-ended last band, in the order written', () => {
    expect(parseTiers('100-499:3.20; 500+:2.90')).toEqual([
      { minQuantity: 100, maxQuantity: 499, unitPrice: 3.2 },
      { minQuantity: 500, unitPrice: 2.9 },
    ])
    expect(parseTiers('100～499：3；500-：2')).toEqual([
      { minQuantity: 100, maxQuantity: 499, unitPrice: 3 },
      { minQuantity: 500, unitPrice: 2 },
    ])
    expect(() => parseTiers('lots:3')).toThrow()
  })

  it('reads specs and lists, refusing a spec without a value', () => {
    expect(parseSpecs('材质=纯棉; 克重＝180g')).toEqual([
      { key: '材质', value: '纯棉' },
      { key: '克重', value: '180g' },
    ])
    expect(() => parseSpecs('材质')).toThrow()
    expect(parseList('a.jpg；b.jpg, c.jpg\n')).toEqual(['a.jpg', 'b.jpg', 'c.jpg'])
  })

  it('reads whole numbers within bounds, with thousands separators', () => {
    const moq = parserOf('products', 'moq')
    expect(moq('1,000')).toBe(1000)
    expect(() => moq('0')).toThrow()
    expect(() => moq('2.5')).toThrow()
  })

  it('reads select options by value or either label, and statuses and yes/no in both languages', () => {
    expect(parserOf('factories', 'capabilities')('oem; ODM')).toEqual(['oem', 'odm'])
    expect(() => parserOf('factories', 'capabilities')('teleport')).toThrow()
    expect(parserOf('products', 'status')('草稿')).toBe('draft')
    expect(parserOf('products', 'status')('发布')).toBe('published')
    expect(parserOf('products', 'sample')('是')).toBe(true)
    expect(parserOf('products', 'sample')('no')).toBe(false)
    expect(parserOf('products', 'currency')('usd')).toBe('USD')
    expect(() => parserOf('products', 'currency')('XYZ')).toThrow()
    expect(parserOf('products', 'factory')('Zhili-Kids')).toBe('zhili-kids')
    expect(() => parserOf('products', 'factory')('zhili kids')).toThrow()
  })

  it('matches headers by key, either label or the template form; reports unknown and missing columns', () => {
    const { byHeader, unknown, missing } = matchHeaders('products', [
      '货号 sku',
      'Name (Chinese)',
      '起订量',
      'colour',
    ])
    expect(byHeader.map((column) => column?.key ?? null)).toEqual(['sku', 'name_zh', 'moq', null])
    expect(unknown).toEqual(['colour'])
    expect(missing.map((column) => column.key)).toEqual(['unit', 'price_tiers'])
  })
})
