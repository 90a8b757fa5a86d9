import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, getWithHost, login } from '../helpers/api'
import { adminLogin, launchBrowser, screenshot } from '../helpers/browser'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { csv, factoryRows, startImport, uploadFile } from '../helpers/imports'

/** An operator onboards factories from the template, in the admin, in a real browser. */
let browser: Browser
const slugs: string[] = []
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  const admin = await login(cast.emails.admin)
  for (const slug of slugs) {
    const found = await api(`/api/factories?where[slug][equals]=${slug}&depth=0&draft=true`, {
      token: admin,
    })
    for (const doc of found.json?.docs ?? [])
      await api(`/api/factories/${doc.id}`, { method: 'DELETE', token: admin })
  }
})

describe('bulk import in the admin', () => {
  it('an operator downloads the template, fills it in, checks it, imports it, and the factories are on the portal', async () => {
    const page = await (
      await browser.newContext({
        locale: 'zh-CN',
        viewport: { width: 1280, height: 1000 },
        acceptDownloads: true,
      })
    ).newPage()
    await adminLogin(page, baseURL(), cast.emails.operatorA, DEMO_PASSWORD)
    await page.goto(`${baseURL()}/admin/collections/imports/create`, { waitUntil: 'networkidle' })

    // The template, from the link on the page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '工厂（CSV）' }).click(),
    ])
    const template = fs
      .readFileSync(await download.path())
      .toString('utf8')
      .replace(/^\ufeff/, '')
    const [header] = template.split(/\r?\n/)
    expect(header).toContain('工厂标识 slug')
    slugs.push(unique('admin-imp'), unique('admin-imp'))
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-e2e-')), 'factories.csv')
    fs.writeFileSync(
      file,
      `\ufeff${header}\n${slugs[0]},后台导入一厂,Admin Import One\n${slugs[1]},后台导入二厂,Admin Import Two\n`,
    )

    // Kind, then the spreadsheet through the upload field's drawer, then save: the dry run starts.
    await page.locator('#field-kind').click()
    await page.getByRole('option', { name: '工厂' }).click()
    await page.locator('#field-spreadsheet').getByRole('button', { name: '创建新条目' }).click()
    await page.locator('.drawer input[type="file"]').last().setInputFiles(file)
    await page.locator('.drawer #action-save, .drawer button:has-text("保存")').last().click()
    await page
      .locator('#field-spreadsheet')
      .getByText('factories', { exact: false })
      .first()
      .waitFor({ timeout: 30_000 })
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/imports\/\d+$/, { timeout: 30_000 })
    const id = page.url().split('/').pop()!
    const token = await login(cast.emails.operatorA)
    await expect
      .poll(async () => (await api(`/api/imports/${id}?depth=0`, { token })).json.status, {
        timeout: 30_000,
      })
      .toBe('checked')
    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.locator('#field-summary__create').inputValue()).toBe('2')
    expect(await page.locator('#field-summary__errors').inputValue()).toBe('0')
    await screenshot(page, 'import-checked')

    // Confirm and save: the import runs, and the factories are published on the portal.
    await page.locator('#field-startImport').check()
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await api(`/api/imports/${id}?depth=0`, { token })).json.status, {
        timeout: 30_000,
      })
      .toBe('done')
    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.locator('#field-summary__processed').inputValue()).toBe('2')
    await screenshot(page, 'import-done')
    const portal = await getWithHost(
      `/en/factories/${slugs[1]}`,
      `zhili.localhost:${inject('port')}`,
    )
    expect(portal.status).toBe(200)
    expect(portal.body).toContain('Admin Import Two')
  })

  it('a dry run with a bad row shows the row, column, reason and value as a table, in Chinese, with the download', async () => {
    const operator = await login(cast.emails.operatorA)
    const good = unique('admin-imp-ok')
    const rows = factoryRows([good, unique('admin-imp-ok2')])
    rows.push([
      unique('admin-imp-bad'),
      '邮箱错误的工厂',
      'Bad Mail Factory',
      '10',
      'oem',
      'not-an-email',
      '',
    ])
    const checked = await startImport(operator, 'factories', {
      data: Buffer.from(csv(rows)),
      name: 'factories.csv',
      type: 'text/csv',
    })
    expect(checked.summary).toMatchObject({ rows: 3, errors: 1 })
    const page = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } })
    ).newPage()
    await adminLogin(page, baseURL(), cast.emails.operatorA, DEMO_PASSWORD)
    await page.goto(`${baseURL()}/admin/collections/imports/${checked.id}`, {
      waitUntil: 'networkidle',
    })
    const table = page.getByTestId('import-problems').locator('table')
    await table.waitFor({ timeout: 30_000 })
    expect(await table.locator('th').allInnerTexts()).toEqual(['行号', '列', '原因', '填写的内容'])
    const cells = table.locator('tbody tr').first().locator('td')
    await expect.poll(() => cells.nth(3).innerText()).toBe('not-an-email')
    expect(await table.locator('tbody tr').count()).toBe(1)
    expect(await cells.nth(0).innerText()).toBe('4')
    expect(await cells.nth(1).innerText()).toBe('contact_email')
    const reason = await cells.nth(2).innerText()
    expect(reason).toMatch(/[\u4e00-\u9fff]/)
    expect(reason).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{2,}/) // no English sentence
    expect(
      await page
        .getByTestId('import-problems')
        .getByRole('link', { name: /下载有问题的行/ })
        .getAttribute('href'),
    ).toBe(`/api/imports/${checked.id}/report`)
    await screenshot(page, 'import-problems')
  })

  it('while a large file is checked, the page shows a moving progress bar with rows per second and time left, then refreshes itself', async () => {
    // A factory member's catalogue: new products are checked by Payload's validators too. The dry
    // run checks about 2,000 rows a second on a quiet machine, and progress is saved at most once
    // a second: 20,000 rows give the bar ten values or more.
    const ROWS = 20_000
    const email = memberEmail(cast.factoryA1.slug)
    const operator = await login(email)
    const prefix = unique('BIG').toUpperCase()
    const rows = [
      [
        '货号 sku',
        '产品名称 name_zh',
        '英文名称 name_en',
        '类目路径 category',
        '起订量 moq',
        '单位 unit',
        '币种 currency',
        '阶梯价 price_tiers',
      ],
    ]
    for (let index = 0; index < ROWS; index += 1)
      rows.push([
        `${prefix}-${index}`,
        `进度测试${index}`,
        `Progress ${index}`,
        '童装/婴幼儿服装',
        '300',
        '件',
        'USD',
        '300+:3.2',
      ])
    const spreadsheet = await uploadFile(operator, Buffer.from(csv(rows)), 'big.csv', 'text/csv')
    expect(spreadsheet.status, spreadsheet.text).toBe(201)
    const page = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } })
    ).newPage()
    await adminLogin(page, baseURL(), email, DEMO_PASSWORD)
    const created = await api('/api/imports', {
      method: 'POST',
      token: operator,
      body: { kind: 'products', spreadsheet: spreadsheet.json.doc.id },
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    // Every value the bar takes is recorded in the page as it changes (polling from here missed
    // them on a loaded machine): the bar must take at least two.
    await page.addInitScript(() => {
      const seen = new Set<string>()
      ;(window as unknown as { barValues: Set<string> }).barValues = seen
      const record = () => {
        for (const bar of document.querySelectorAll('[role="progressbar"][aria-valuenow]'))
          seen.add(bar.getAttribute('aria-valuenow')!)
      }
      new MutationObserver(record).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuenow'],
      })
    })
    await page.goto(`${baseURL()}/admin/collections/imports/${id}`)
    const running = page.getByTestId('import-running')
    await running.waitFor({ timeout: 20_000 })
    await expect
      .poll(
        () => page.evaluate(() => (window as unknown as { barValues: Set<string> }).barValues.size),
        { timeout: 60_000, interval: 300 },
      )
      .toBeGreaterThan(1)
    await expect
      .poll(() => page.getByTestId('import-rate').innerText(), { timeout: 10_000 })
      .toMatch(new RegExp(`\\d+ / ${ROWS} 行（\\d+%） · \\d+ 行/秒 · 剩余约 \\d`))
    await screenshot(page, 'import-progress')
    // Done: the bar goes and the page's own fields show the counts without a reload.
    await running.waitFor({ state: 'detached', timeout: 180_000 })
    await expect
      .poll(() => page.locator('#field-summary__create').inputValue(), { timeout: 15_000 })
      .toBe(String(ROWS))
  }, 300_000)
})
