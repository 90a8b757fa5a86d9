import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, errorPaths, getWithHost, login } from '../helpers/api'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { smallJpeg } from '../helpers/images'
import {
  confirm,
  csv,
  factoryRows,
  settle,
  startImport,
  uploadFile,
  xlsx,
  zip,
} from '../helpers/imports'

/**
 * Bulk onboarding through the doors the admin uses: upload the files (`/api/import-files`),
 * create the import (`/api/imports`), read its dry run, confirm, read the outcome.
 */
const zhili = (path: string) => getWithHost(path, `zhili.localhost:${inject('port')}`)
const createdFactories: string[] = []
let operator: string
let admin: string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
})

afterAll(async () => {
  for (const slug of createdFactories) {
    const found = await api(`/api/factories?where[slug][equals]=${slug}&depth=0&draft=true`, {
      token: admin,
    })
    for (const doc of found.json?.docs ?? []) {
      const products = await api(
        `/api/products?where[factory][equals]=${doc.id}&limit=0&depth=0&draft=true`,
        { token: admin },
      )
      for (const product of products.json?.docs ?? [])
        await api(`/api/products/${product.id}`, { method: 'DELETE', token: admin })
      await api(`/api/factories/${doc.id}`, { method: 'DELETE', token: admin })
    }
  }
})

describe('templates', () => {
  it('offers a template per kind with bilingual headers and an example row, in CSV and XLSX, to signed-in staff only', async () => {
    const response = await fetch(
      `${inject('baseURL')}/api/imports/template?kind=products&format=csv`,
      { headers: { authorization: `JWT ${operator}` } },
    )
    expect(response.status).toBe(200)
    const text = (await response.text()).replace(/^\ufeff/, '')
    const [header, example] = parse(text) as string[][]
    expect(header).toContain('货号 sku')
    expect(header).toContain('阶梯价 price_tiers')
    expect(example[header.indexOf('阶梯价 price_tiers')]).toMatch(/\d+-\d+:\d/)
    const book = await fetch(
      `${inject('baseURL')}/api/imports/template?kind=factories&format=xlsx`,
      { headers: { authorization: `JWT ${operator}` } },
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await book.arrayBuffer())
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('工厂标识 slug')
    expect((await fetch(`${inject('baseURL')}/api/imports/template?kind=factories`)).status).toBe(
      401,
    )
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
    const report = await fetch(`${inject('baseURL')}/api/imports/${checked.id}/report`, {
      headers: { authorization: `JWT ${operator}` },
    })
    const reported = parse((await report.text()).replace(/^\ufeff/, '')) as string[][]
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

describe('a factory member imports a catalogue', () => {
  const productHeader = [
    '货号 sku',
    '产品名称 name_zh',
    '英文名称 name_en',
    '类目路径 category',
    '起订量 moq',
    '单位 unit',
    '币种 currency',
    '阶梯价 price_tiers',
    '规格参数 specs_zh',
    '图片文件名 images',
  ]

  it('from XLSX with a ZIP of images: good rows are written with their images, refused rows are reported', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const sku = unique('SKU').toUpperCase()
    const rows = [
      productHeader,
      [
        `${sku}-1`,
        '导入测试连体衣',
        'Imported romper',
        '童装/婴幼儿服装',
        '300',
        '件',
        'USD',
        '300-999:3.2; 1000+:2.8',
        '材质=纯棉; 克重=180g',
        'romper-a.jpg; romper-b.jpg',
      ],
      [
        `${sku}-2`,
        '导入测试裙子',
        'Imported dress',
        '童装/女童连衣裙',
        '200',
        'piece',
        'USD',
        '200+:5',
        '',
        '',
      ],
      [`${sku}-3`, '价格写错了', 'Bad tiers', '', '100', '件', 'USD', 'cheap', '', ''],
      [
        `${sku}-4`,
        '图片缺失',
        'Missing image',
        '',
        '100',
        '件',
        'USD',
        '100+:1',
        '',
        'nowhere.jpg',
      ],
      [
        `${sku}-5`,
        '类目不存在',
        'Unknown category',
        '童装/不存在的类目',
        '100',
        '件',
        'USD',
        '100+:1',
        '',
        '',
      ],
      [`${sku}-6`, '别的工厂', 'Other factory', '', '100', '件', 'USD', '100+:1', '', ''],
    ]
    // Row 7 names another factory of the same belt.
    rows[0] = [...productHeader, '工厂标识 factory']
    rows.forEach((row, index) => index > 0 && row.push(index === 6 ? cast.factoryA2.slug : ''))
    const images = await zip([
      { name: 'photos/romper-a.jpg', data: await smallJpeg('#cc6677') },
      { name: 'photos/romper-b.JPG', data: await smallJpeg('#6677cc') },
    ])
    const checked = await startImport(
      member,
      'products',
      {
        data: await xlsx(rows),
        name: 'catalogue.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      {},
      images,
    )
    expect(checked.status, checked.fileError).toBe('checked')
    expect(checked.summary).toMatchObject({ rows: 6, create: 2, errors: 4 })
    const columns = Object.fromEntries(
      checked.problems.map((entry: any) => [entry.row, entry.column]),
    )
    expect(columns).toEqual({ 4: 'price_tiers', 5: 'images', 6: 'category', 7: 'factory' })
    const done = await confirm(member, checked.id)
    expect(done.summary, JSON.stringify(done.problems)).toMatchObject({ create: 2, errors: 4 })
    const product = (
      await api(`/api/products?where[sku][equals]=${sku}-1&depth=1&locale=all`, { token: member })
    ).json.docs[0]
    expect(product.name).toEqual({ zh: '导入测试连体衣', en: 'Imported romper' })
    expect(
      product.priceTiers.map((tier: any) => [
        tier.minQuantity,
        tier.maxQuantity ?? null,
        tier.unitPrice,
      ]),
    ).toEqual([
      [300, 999, 3.2],
      [1000, null, 2.8],
    ])
    expect(product.images).toHaveLength(2)
    expect(product.images[0].sizes.thumbnail.url).toBeTruthy() // resized by sharp
    expect(product.category.slug).toBe('baby-wear')
    expect((await zhili(`/en/products/${product.slug}`)).body).toContain('Imported romper')
    for (const suffix of [3, 4, 5, 6]) {
      expect(
        (
          await api(`/api/products?where[sku][equals]=${sku}-${suffix}&draft=true`, {
            token: admin,
          })
        ).json.totalDocs,
        `row ${suffix}`,
      ).toBe(0)
    }
    // Another factory's member and another belt's operator do not see this import.
    expect(
      (
        await api(`/api/imports/${checked.id}`, {
          token: await login(memberEmail(cast.factoryA2.slug)),
        })
      ).status,
    ).toBe(404)
    expect(
      (await api(`/api/imports/${checked.id}`, { token: await login(cast.emails.operatorB) }))
        .status,
    ).toBe(404)
    expect(
      (
        await api(`/api/imports/${checked.id}/report`, {
          token: await login(cast.emails.operatorB),
        })
      ).status,
    ).toBe(404)
    for (const id of [
      product.id,
      ...(
        await api(`/api/products?where[sku][equals]=${sku}-2&depth=0`, { token: member })
      ).json.docs.map((doc: any) => doc.id),
    ]) {
      await api(`/api/products/${id}`, { method: 'DELETE', token: admin })
    }
  })

  it('refuses a ZIP with a path climbing out of it, and a ZIP bomb, before extracting anything', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const sheet = {
      data: Buffer.from(
        csv([
          productHeader,
          ['ZIP-1', '测试', 'Test', '', '100', '件', 'USD', '100+:1', '', 'a.jpg'],
        ]),
      ),
      name: 'p.csv',
      type: 'text/csv',
    }
    // yazl will not write such a name, so write a same-length one and patch it in.
    const climbing = await zip([{ name: 'zz/zz/etc/a.jpg', data: await smallJpeg() }])
    const traversal = await startImport(
      member,
      'products',
      sheet,
      {},
      Buffer.from(
        climbing.toString('latin1').replaceAll('zz/zz/etc/a.jpg', '../../etc/a.jpg'),
        'latin1',
      ),
    )
    expect(traversal.status).toBe('failed')
    expect(traversal.fileError).toMatch(/^images: .*outside the archive/)
    const bomb = await startImport(
      member,
      'products',
      sheet,
      {},
      await zip([{ name: 'a.jpg', data: Buffer.alloc(40 * 1024 * 1024) }]),
    )
    expect(bomb.status).toBe('failed')
    expect(bomb.fileError).toMatch(/^images:/)
  })

  it('may not let an import create categories; only an operator may', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const spreadsheet = await uploadFile(
      member,
      Buffer.from(csv([productHeader])),
      'p.csv',
      'text/csv',
    )
    const refused = await api('/api/imports', {
      method: 'POST',
      token: member,
      body: { kind: 'products', spreadsheet: spreadsheet.json.doc.id, allowNewCategories: true },
    })
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('allowNewCategories')
  })

  it('may not use a spreadsheet another factory uploaded, and a changed file is checked again', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const other = await login(memberEmail(cast.factoryA2.slug))
    const theirs = await uploadFile(
      other,
      Buffer.from(
        csv([
          productHeader,
          ['THEIRS-1', '别人的产品', 'Theirs', '', '100', '件', 'USD', '100+:9', '', ''],
        ]),
      ),
      'theirs.csv',
      'text/csv',
    )
    expect(theirs.status).toBe(201)
    const borrowed = await api('/api/imports', {
      method: 'POST',
      token: member,
      body: { kind: 'products', spreadsheet: theirs.json.doc.id },
    })
    expect(borrowed.status).toBe(400)
    expect(errorPaths(borrowed)).toContain('spreadsheet')
    const checked = await startImport(member, 'products', {
      data: Buffer.from(csv([productHeader])),
      name: 'empty.csv',
      type: 'text/csv',
    })
    expect(checked.summary.rows).toBe(0)
    const mine = await uploadFile(
      member,
      Buffer.from(
        csv([
          productHeader,
          [
            unique('RECHECK').toUpperCase(),
            '重新检查',
            'Recheck',
            '',
            '100',
            '件',
            'USD',
            '100+:9',
            '',
            '',
          ],
        ]),
      ),
      'mine.csv',
      'text/csv',
    )
    const changed = await api(`/api/imports/${checked.id}`, {
      method: 'PATCH',
      token: member,
      body: { spreadsheet: mine.json.doc.id, startImport: true },
    })
    expect(changed.status, changed.text).toBe(200)
    expect(changed.json.doc.startImport).toBe(false) // not run unchecked
    const rechecked = await settle(member, checked.id)
    expect(rechecked.status).toBe('checked')
    expect(rechecked.summary).toMatchObject({ rows: 1, create: 1 })
  })
})
