import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, getWithHost, login } from '../helpers/api'
import { adminLogin, launchBrowser, screenshot } from '../helpers/browser'
import { cast, unique } from '../helpers/fixtures'

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
})
