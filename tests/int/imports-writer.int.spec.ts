import { spawn } from 'node:child_process'

import { beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest'

import { api, login, zhili } from '../helpers/api'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { NODE_ARGS, runNode } from '../helpers/node-args'
import { confirm, csv, startImport } from '../helpers/imports'

/**
 * Bulk onboarding through the doors the admin uses: upload the files (`/api/import-files`),
 * create the import (`/api/imports`), read its dry run, confirm, read the outcome. This file: an import killed half-way, and the batched writer.
 */
let admin: string

beforeAll(async () => {
  admin = await login(cast.emails.admin)
})

describe('an import killed half-way', () => {
  it('re-runs to the same end state: every row once, none half-written', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const prefix = unique('KILL').toUpperCase()
    // Enough rows that the batched writer (about 1,000 rows/s) is still at work when killed.
    const count = 1200
    const rows = [
      [
        '货号 sku',
        '产品名称 name_zh',
        '英文名称 name_en',
        '起订量 moq',
        '单位 unit',
        '阶梯价 price_tiers',
      ],
    ]
    for (let i = 0; i < count; i += 1)
      rows.push([`${prefix}-${i}`, `中断测试 ${i}`, `Interrupted ${i}`, '100', '件', '100+:1.5'])
    const checked = await startImport(member, 'products', {
      data: Buffer.from(csv(rows)),
      name: 'kill.csv',
      type: 'text/csv',
    })
    expect(checked.summary).toMatchObject({ rows: count, create: count })
    const env = {
      ...process.env,
      DATABASE_URL: inject('databaseURL'),
      MEDIA_DIR: inject('mediaDir'),
      IMPORT_FILES_DIR: inject('importFilesDir'),
      NODE_ENV: 'test' as const,
    }
    // A count, not the documents: reading 1,000 products per poll was slow enough on a busy
    // machine that the writer finished before the kill (and the test failed with them left in).
    const countProducts = async () =>
      (
        await api(`/api/products?where[sku][like]=${prefix}&limit=1&depth=0&draft=true`, {
          token: admin,
        })
      ).json.totalDocs
    const removeThem = () =>
      api(`/api/products?where[sku][like]=${prefix}&limit=0&depth=0`, {
        method: 'DELETE',
        token: admin,
      })

    // Run it in a process of its own and kill -9 that process as soon as it has written some rows.
    const child = spawn(
      process.execPath,
      [...NODE_ARGS, 'tests/helpers/run-import.ts', String(checked.id)],
      { env, stdio: 'ignore' },
    )
    // Whatever happens below, 1,200 products must not stay in the shared belt for the next files.
    onTestFinished(async () => {
      child.kill('SIGKILL')
      await removeThem()
    })
    const started = Date.now()
    while ((await countProducts()) === 0 && Date.now() - started < 60_000)
      await new Promise((resolve) => setTimeout(resolve, 10))
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    const partial = await countProducts()
    expect(partial).toBeGreaterThan(0)
    expect(partial).toBeLessThan(count)

    // Run again to the end (what the server does with an interrupted import when it starts).
    const rerun = await runNode('tests/helpers/run-import.ts', [String(checked.id)], {
      env,
      timeout: 180_000,
    })
    expect(rerun.status, rerun.stderr).toBe(0)
    const result = JSON.parse(rerun.stdout.trim().split('\n').at(-1) ?? '{}')
    expect(result.status).toBe('done')
    expect(result.summary.errors).toBe(0)
    const all = await api(
      `/api/products?where[sku][like]=${prefix}&limit=0&depth=0&draft=true&locale=all`,
      { token: admin },
    )
    expect(all.json.totalDocs).toBe(count)
    expect(new Set(all.json.docs.map((doc: any) => doc.sku)).size).toBe(count)
    expect(
      all.json.docs.every((doc: any) => doc.name.en?.startsWith('Interrupted') && doc.importHash),
    ).toBe(true)
    await removeThem()
    expect(await countProducts()).toBe(0)
  }, 240_000)
})

describe('the batched writer', () => {
  it('writes any text as it came: quotes, SQL, backslashes, new lines and emoji, read back unchanged', async () => {
    const member = await login(memberEmail(cast.factoryA2.slug))
    const prefix = unique('QUOTE').toUpperCase()
    onTestFinished(async () => {
      await api(`/api/products?where[sku][like]=${prefix}&limit=0&depth=0`, {
        method: 'DELETE',
        token: admin,
      })
    })
    const names = [
      `O'Brien's "best" romper`,
      `'); drop table products; --`,
      'back\\slash \\n 100% 棉 👶',
      'two\nlines;\tand a tab',
    ]
    const rows = [
      [
        '货号 sku',
        '产品名称 name_zh',
        '英文名称 name_en',
        '起订量 moq',
        '单位 unit',
        '阶梯价 price_tiers',
        '规格参数 specs_zh',
      ],
      ...names.map((name, index) => [
        `${prefix}-${index}`,
        name,
        `${name} (en)`,
        '100',
        '件',
        '100+:2',
        `材质=${name.replace(/[=;\n]/g, '')}`,
      ]),
    ]
    const checked = await startImport(member, 'products', {
      data: Buffer.from(csv(rows)),
      name: 'quotes.csv',
      type: 'text/csv',
    })
    expect(checked.summary.errors, JSON.stringify(checked.problems)).toBe(0)
    expect((await confirm(member, checked.id)).status).toBe('done')
    const docs = (
      await api(`/api/products?where[sku][like]=${prefix}&limit=0&depth=0&locale=all&sort=sku`, {
        token: admin,
      })
    ).json.docs
    expect(docs.map((doc: any) => doc.name)).toEqual(
      names.map((name) => ({ zh: name, en: `${name} (en)` })),
    )
    expect(docs.map((doc: any) => doc.specs[0].value.zh)).toEqual(
      names.map((name) => name.replace(/[=;\n]/g, '')),
    )
    expect(
      (await api('/api/products?limit=1&depth=0', { token: admin })).json.totalDocs,
    ).toBeGreaterThan(names.length)
  })

  it('writes the same documents and versions as the Local API does row by row', async () => {
    const header = [
      '货号 sku',
      '产品名称 name_zh',
      '英文名称 name_en',
      '类目路径 category',
      '起订量 moq',
      '单位 unit',
      '币种 currency',
      '阶梯价 price_tiers',
      '交期（天） lead_time_days',
      '可提供样品 sample',
      '可定制项 customisation',
      '简介 summary_zh',
      '英文简介 summary_en',
      '规格参数 specs_zh',
      '英文规格参数 specs_en',
      '状态 status',
    ]
    const prefix = unique('SAME').toUpperCase()
    const rows = [
      [
        `${prefix}-1`,
        '纯棉连体衣',
        'Cotton romper',
        '童装/婴幼儿服装',
        '300',
        '件',
        'USD',
        '300-999:3.5; 1000+:2.9',
        '15',
        '是',
        'logo; packaging',
        'A 类纯棉',
        'Class A cotton',
        '材质=纯棉; 克重=180g',
        'Material=cotton; Weight=180 g',
        '发布',
      ],
      [
        `${prefix}-2`,
        '女童连衣裙',
        '',
        '',
        '200',
        '套',
        '',
        '200+:12',
        '',
        '否',
        '',
        '',
        '',
        '',
        '',
        '草稿',
      ],
      [
        `${prefix}-3`,
        '儿童外套',
        'Kids jacket',
        '童装',
        '100',
        '件',
        'CNY',
        '100-499:40; 500-1999:36; 2000+:33',
        '30',
        '',
        'colour',
        '',
        'Windproof',
        '面料=涤纶',
        '',
        '',
      ],
    ]
    const file = { data: Buffer.from(csv([header, ...rows])), name: 'same.csv', type: 'text/csv' }
    onTestFinished(async () => {
      await api(`/api/products?where[sku][like]=${prefix}&limit=0&depth=0`, {
        method: 'DELETE',
        token: admin,
      })
    })
    // In bulk: factory A1's member, through the server's own job.
    const bulkMember = await login(memberEmail(cast.factoryA1.slug))
    const bulk = await startImport(bulkMember, 'products', file)
    expect(bulk.summary.errors, JSON.stringify(bulk.problems)).toBe(0)
    expect((await confirm(bulkMember, bulk.id)).status).toBe('done')
    // Row by row through the Local API: factory A2's member, in a process with the batched writer off.
    const slowMember = await login(memberEmail(cast.factoryA2.slug))
    const slow = await startImport(slowMember, 'products', file)
    const env = {
      ...process.env,
      DATABASE_URL: inject('databaseURL'),
      MEDIA_DIR: inject('mediaDir'),
      IMPORT_FILES_DIR: inject('importFilesDir'),
      NODE_ENV: 'test' as const,
      CHANDI_IMPORT_BULK: 'false',
    }
    const run = await runNode('tests/helpers/run-import.ts', [String(slow.id)], {
      env,
      timeout: 180_000,
    })
    expect(run.status, run.stderr).toBe(0)

    const read = async (factorySlug: string) => {
      const docs = (
        await api(
          `/api/products?where[sku][like]=${prefix}&where[factory.slug][equals]=${factorySlug}&limit=0&depth=0&draft=true&locale=all&sort=sku`,
          { token: admin },
        )
      ).json.docs
      const versions = await Promise.all(
        docs.map(
          async (doc: any) =>
            (
              await api(
                `/api/products/versions?where[parent][equals]=${doc.id}&where[latest][equals]=true&depth=0&locale=all`,
                { token: admin },
              )
            ).json.docs,
        ),
      )
      const normalise = (value: any): any => {
        if (Array.isArray(value)) return value.map(normalise)
        if (!value || typeof value !== 'object') return value
        return Object.fromEntries(
          Object.entries(value)
            .filter(
              ([key]) =>
                !['id', 'createdAt', 'updatedAt', 'factory', 'slug', 'importHash'].includes(key),
            )
            .map(([key, inner]) => [key, normalise(inner)]),
        )
      }
      return {
        docs: docs.map(normalise),
        latest: versions.map((list: any[]) =>
          list.map((version) => normalise({ ...version.version, status: version.version._status })),
        ),
      }
    }
    const viaBulk = await read(cast.factoryA1.slug)
    const viaLocalAPI = await read(cast.factoryA2.slug)
    expect(viaBulk.docs).toHaveLength(rows.length)
    expect(viaBulk.docs).toEqual(viaLocalAPI.docs)
    expect(viaBulk.latest).toEqual(viaLocalAPI.latest)
    expect(viaBulk.latest.every((list: unknown[]) => list.length === 1)).toBe(true)
    // And the buyer sees the published ones on the portal.
    const product = (
      await api(
        `/api/products?where[sku][equals]=${prefix}-1&where[factory.slug][equals]=${cast.factoryA1.slug}&depth=0`,
        { token: admin },
      )
    ).json.docs[0]
    expect((await zhili(`/en/products/${product.slug}`)).body).toContain('Cotton romper')
  }, 240_000)
})
