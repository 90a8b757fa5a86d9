import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, login, zhili } from '../helpers/api'
import { cast, unique } from '../helpers/fixtures'
import { smallJpeg } from '../helpers/images'
import {
  confirm,
  csv,
  factoriesRemovedAfter,
  factoryRows,
  startImport,
  uploadFile,
} from '../helpers/imports'

/**
 * Bulk onboarding through the doors the admin uses: upload the files (`/api/import-files`),
 * create the import (`/api/imports`), read its dry run, confirm, read the outcome. This file: templates, and an operator importing factories.
 */
const createdFactories = factoriesRemovedAfter()
let operator: string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
})

describe('templates', () => {
  it('offers a template per kind with bilingual headers and an example row, in CSV and XLSX, to signed-in staff only', async () => {
    const response = await api('/api/imports/template?kind=products&format=csv', {
      token: operator,
    })
    expect(response.status).toBe(200)
    const text = response.text.replace(/^\ufeff/, '')
    const [header, example] = parse(text) as string[][]
    expect(header).toContain('货号 sku')
    expect(header).toContain('阶梯价 price_tiers')
    expect(example[header.indexOf('阶梯价 price_tiers')]).toMatch(/\d+-\d+:\d/)
    const book = await api('/api/imports/template?kind=factories&format=xlsx', { token: operator })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(book.bytes.buffer)
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('工厂标识 slug')
    expect((await api('/api/imports/template?kind=factories')).status).toBe(401)
    expect((await api('/api/imports/template?kind=nothing', { token: operator })).status).toBe(400)
  })
})

describe('an operator imports factories', () => {
  it('from a GBK CSV: a dry run that writes nothing, then the import, then the same file again changes nothing', async () => {
    const slugs = [unique('imp-a'), unique('imp-b')]
    createdFactories.push(...slugs)
    const rows = factoryRows(slugs)
    rows.push([
      unique('imp-bad'),
      '邮箱错误的工厂',
      'Bad Mail Factory',
      '10',
      'oem',
      'not-an-email',
      '',
    ])
    const gbk = iconv.encode(csv(rows), 'gbk')
    const checked = await startImport(operator, 'factories', {
      data: gbk,
      name: 'factories.csv',
      type: 'text/csv',
    })
    expect(checked.status).toBe('checked')
    expect(checked.summary).toMatchObject({ rows: 3, create: 2, errors: 1 })
    expect(checked.problems).toEqual([expect.objectContaining({ row: 4, column: 'contact_email' })])
    expect(JSON.stringify(checked.warnings)).toContain('备注 notes')
    // The dry run wrote nothing.
    expect(
      (await api(`/api/factories?where[slug][equals]=${slugs[0]}&draft=true`, { token: operator }))
        .json.totalDocs,
    ).toBe(0)

    const done = await confirm(operator, checked.id)
    expect(done.summary).toMatchObject({ rows: 3, create: 2, errors: 1, processed: 3 })
    const factory = (
      await api(`/api/factories?where[slug][equals]=${slugs[0]}&depth=0&locale=all`, {
        token: operator,
      })
    ).json.docs[0]
    expect(factory.name).toEqual({ zh: '织里测试童装厂', en: 'Zhili Test Kidswear' })
    expect(factory.staffCount).toBe(80)
    expect(factory.capabilities).toEqual(['oem', 'odm'])
    expect((await zhili(`/en/factories/${slugs[0]}`)).body).toContain('Zhili Test Kidswear')
    // The report lists the refused row as it was, with the reason.
    const report = await api(`/api/imports/${checked.id}/report`, { token: operator })
    const reported = parse(report.text.replace(/^\ufeff/, '')) as string[][]
    expect(reported).toHaveLength(2)
    expect(reported[1]).toContain('not-an-email')
    expect(reported[1].at(-1)).toContain('邮箱')

    const again = await startImport(operator, 'factories', {
      data: gbk,
      name: 'factories.csv',
      type: 'text/csv',
    })
    expect(again.summary).toMatchObject({ create: 0, update: 0, unchanged: 2 })
    const beforeRerun = factory.updatedAt
    await confirm(operator, again.id)
    expect(
      (await api(`/api/factories/${factory.id}?depth=0`, { token: operator })).json.updatedAt,
    ).toBe(beforeRerun)

    const corrected = await startImport(operator, 'factories', {
      data: Buffer.from(csv(factoryRows(slugs, '95'))),
      name: 'factories.csv',
      type: 'text/csv',
    })
    expect(corrected.summary).toMatchObject({ update: 1, unchanged: 1 })
    await confirm(operator, corrected.id)
    expect(
      (await api(`/api/factories/${factory.id}?depth=0`, { token: operator })).json.staffCount,
    ).toBe(95)
  })

  it('refuses a file missing a required column, a file that is not a spreadsheet and one over the row limit, as a whole', async () => {
    const missing = await startImport(operator, 'factories', {
      data: Buffer.from(
        csv([
          ['工厂标识 slug', 'staff'],
          ['x-factory', '3'],
        ]),
      ),
      name: 'f.csv',
      type: 'text/csv',
    })
    expect(missing.status).toBe('failed')
    expect(missing.fileError).toContain('name_zh')
    const binary = await startImport(operator, 'factories', {
      data: Buffer.concat([
        Buffer.from('slug,name_zh\n'),
        Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]),
      ]),
      name: 'f.csv',
      type: 'text/csv',
    })
    expect(binary.status).toBe('failed')
    expect(binary.fileError).toMatch(/^spreadsheet:/)
    const huge = Buffer.from(`slug,name_zh\n${'a,b\n'.repeat(100_001)}`)
    const tooMany = await startImport(operator, 'factories', {
      data: huge,
      name: 'f.csv',
      type: 'text/csv',
    })
    expect(tooMany.status).toBe('failed')
    expect(tooMany.fileError).toContain('100000')
    const png = await uploadFile(operator, await smallJpeg(), 'factories.csv', 'text/csv')
    expect(png.status).toBe(400) // a JPEG named .csv is refused at upload
  })
})
