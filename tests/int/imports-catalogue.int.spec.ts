import { beforeAll, describe, expect, it } from 'vitest'

import { api, errorPaths, login, zhili } from '../helpers/api'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { smallJpeg } from '../helpers/images'
import { confirm, csv, settle, startImport, uploadFile, xlsx, zip } from '../helpers/imports'

/**
 * Bulk onboarding through the doors the admin uses: upload the files (`/api/import-files`),
 * create the import (`/api/imports`), read its dry run, confirm, read the outcome.
 * This file: a factory member importing a catalogue.
 */
let admin: string

beforeAll(async () => {
  admin = await login(cast.emails.admin)
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
