import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'

import { api, login } from '../helpers/api'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { confirm, csv, factoriesRemovedAfter, startImport } from '../helpers/imports'

/**
 * Bulk onboarding through the doors the admin uses: upload the files (`/api/import-files`),
 * create the import (`/api/imports`), read its dry run, confirm, read the outcome. This file: export, formulas in exported cells, and the dry run.
 */
const createdFactories = factoriesRemovedAfter()
let operator: string
let admin: string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
})

describe('export', () => {
  it('exports only what the user may read, and an export imports back to the same data', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const exportAs = async (token: string, kind: string) => {
      const response = await api(`/api/imports/export?kind=${kind}&format=csv`, { token })
      expect(response.status).toBe(200)
      return parse(response.text.replace(/^\ufeff/, '')) as string[][]
    }
    const own = await exportAs(member, 'products')
    expect(own.length).toBeGreaterThan(1)
    expect(own.slice(1).every((row) => row[0] === cast.factoryA1.slug)).toBe(true)
    const belt = await exportAs(operator, 'products')
    expect(belt.slice(1).some((row) => row[0] === cast.factoryA2.slug)).toBe(true)
    expect(
      belt
        .slice(1)
        .every((row) => row[0].startsWith('zhili-') || createdFactories.includes(row[0])),
    ).toBe(true)
    expect(
      (await exportAs(await login(cast.emails.operatorB), 'products'))
        .slice(1)
        .some((row) => row[0].startsWith('zhili-')),
    ).toBe(false)
    expect((await api('/api/imports/export?kind=products')).status).toBe(403)

    // Round trip: the member's own export, imported back, leaves the same export.
    const file = Buffer.from(csv(own))
    const checked = await startImport(member, 'products', {
      data: file,
      name: 'export.csv',
      type: 'text/csv',
    })
    expect(checked.status, checked.fileError).toBe('checked')
    expect(checked.summary.errors, JSON.stringify(checked.problems)).toBe(0)
    await confirm(member, checked.id)
    expect(await exportAs(member, 'products')).toEqual(own)
  })
})

describe('formulas in exported cells', () => {
  it('a CSV export or refused-rows report quotes cells Excel would evaluate, an XLSX keeps them plain strings, and the CSV imports back unchanged', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const sku = unique('FORMULA').toUpperCase()
    const formula = '=HYPERLINK("http://evil.example","click")'
    const header = [
      '货号 sku',
      '产品名称 name_zh',
      '英文名称 name_en',
      '起订量 moq',
      '单位 unit',
      '阶梯价 price_tiers',
    ]
    onTestFinished(async () => {
      await api(`/api/products?where[sku][equals]=${sku}&limit=0&depth=0`, {
        method: 'DELETE',
        token: admin,
      })
    })
    const written = await startImport(member, 'products', {
      data: Buffer.from(csv([header, [sku, formula, '@SUM(1+1)', '100', '件', '100+:1.5']])),
      name: 'formula.csv',
      type: 'text/csv',
    })
    expect(written.summary, JSON.stringify(written.problems)).toMatchObject({
      create: 1,
      errors: 0,
    })
    await confirm(member, written.id)

    const exported = await api('/api/imports/export?kind=products&format=csv', { token: member })
    const [columns, ...rows] = parse(exported.text.replace(/^\ufeff/, '')) as string[][]
    const row = rows.find((cells) => cells[columns.indexOf('货号 sku')] === sku)!
    expect(row[columns.indexOf('产品名称 name_zh')]).toBe(`'${formula}`)
    expect(row[columns.indexOf('英文名称 name_en')]).toBe("'@SUM(1+1)")
    // A plain number is a number to Excel, never a formula: it keeps its column numeric.
    expect(row[columns.indexOf('起订量 moq')]).toBe('100')

    const book = await api('/api/imports/export?kind=products&format=xlsx', { token: member })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(book.bytes.buffer)
    const sheet = workbook.worksheets[0]
    const names = sheet.getRow(1).values as string[]
    let cell: ExcelJS.Cell | undefined
    sheet.eachRow((line) => {
      if (line.getCell(names.indexOf('货号 sku')).value === sku)
        cell = line.getCell(names.indexOf('产品名称 name_zh'))
    })
    expect(cell?.type).toBe(ExcelJS.ValueType.String)
    expect(cell?.value).toBe(formula)

    // The quoted export, imported back, is the same product: the quote is not part of the name.
    const again = await startImport(member, 'products', {
      data: Buffer.from(csv([columns, row])),
      name: 'export.csv',
      type: 'text/csv',
    })
    expect(again.summary, JSON.stringify(again.problems)).toMatchObject({ errors: 0 })
    await confirm(member, again.id)
    const product = (
      await api(`/api/products?where[sku][equals]=${sku}&depth=0&locale=zh&draft=true`, {
        token: member,
      })
    ).json.docs[0]
    expect(product.name).toBe(formula)

    // The report echoes refused rows as they were sent: quoted the same way, a negative number left a number.
    const refused = await startImport(member, 'products', {
      data: Buffer.from(
        csv([header, [unique('BAD').toUpperCase(), formula, '-12.5', '-5', '件', 'not tiers']]),
      ),
      name: 'bad.csv',
      type: 'text/csv',
    })
    expect(refused.summary.errors).toBe(1)
    const report = await api(`/api/imports/${refused.id}/report`, { token: member })
    const [, reported] = parse(report.text.replace(/^\ufeff/, '')) as string[][]
    expect(reported.slice(1, 4)).toEqual([`'${formula}`, '-12.5', '-5'])
  })
})

describe('the dry run', () => {
  it('refuses a new product whose slug another factory of the belt already uses, and nothing is written', async () => {
    const member = await login(memberEmail(cast.factoryA2.slug))
    const prefix = unique('SLUG').toUpperCase()
    const taken = cast.factoryA1.products[0].slug
    const rows = [
      [
        '货号 sku',
        '产品标识 slug',
        '产品名称 name_zh',
        '起订量 moq',
        '单位 unit',
        '阶梯价 price_tiers',
      ],
      [`${prefix}-1`, taken, '撞名产品', '100', '件', '100+:2'],
      [`${prefix}-2`, '', '正常产品', '100', '件', '100+:2'],
    ]
    const checked = await startImport(member, 'products', {
      data: Buffer.from(csv(rows)),
      name: 'slugs.csv',
      type: 'text/csv',
    })
    expect(checked.summary).toMatchObject({ rows: 2, create: 1, errors: 1 })
    expect(checked.problems).toEqual([expect.objectContaining({ row: 2, column: 'slug' })])
    expect(checked.problems[0].zh).toContain(taken)
    expect(
      (await api(`/api/products?where[sku][like]=${prefix}&limit=0&draft=true`, { token: admin }))
        .json.totalDocs,
    ).toBe(0)
  })
})
