import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, getWithHost, login, unlock } from '../helpers/api'
import { adminLogin, launchBrowser, screenshot } from '../helpers/browser'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'

/**
 * Journey 2: a factory member completes their profile and adds a product with three price tiers
 * and two images in the admin (that they cannot reach another factory's product by URL is in
 * admin.e2e.spec.ts).
 */
let browser: Browser
const created: (number | string)[] = []
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  const admin = await login(cast.emails.admin)
  for (const id of created) await api(`/api/products/${id}`, { method: 'DELETE', token: admin })
})

describe('a factory member’s catalogue in the admin', () => {
  it('completes the profile with a factory tour video: the meter rises and the portal links the tour', async () => {
    const factoryID = await idBy('factories', 'slug', cast.factoryA1.slug)
    const admin = await login(cast.emails.admin)
    const before = (await api(`/api/factories/${factoryID}?depth=0`, { token: admin })).json
    const page = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } })
    ).newPage()
    await adminLogin(page, baseURL(), memberEmail(cast.factoryA1.slug), DEMO_PASSWORD)
    await page.goto(`${baseURL()}/admin/collections/factories/${factoryID}`, {
      waitUntil: 'networkidle',
    })
    const meter = page.getByRole('progressbar')
    await meter.waitFor({ timeout: 30_000 })
    const percentBefore = Number(await meter.getAttribute('aria-valuenow'))
    await page.locator('.tabs-field__tab-button', { hasText: '资质与实景' }).first().click()
    await page
      .locator('#field-tourVideoUrl')
      .fill('https://player.bilibili.com/player.html?bvid=BV1xx411c7mD')
    await page.locator('#action-save').click()
    await page.getByText('成功', { exact: false }).first().waitFor({ timeout: 30_000 })
    // The meter counts what is saved: opened again, it has risen.
    await page.reload({ waitUntil: 'networkidle' })
    await meter.waitFor({ timeout: 30_000 })
    expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThan(percentBefore)
    expect(await page.getByTestId('profile-meter').innerText()).toContain('✓ 工厂参观视频')
    await screenshot(page, 'member-profile-completed')
    const portal = await getWithHost(
      `/factories/${cast.factoryA1.slug}`,
      `zhili.localhost:${inject('port')}`,
    )
    expect(portal.body).toContain('https://player.bilibili.com/player.html?bvid=BV1xx411c7mD')
    await page.context().close()
    await unlock('factories', factoryID, admin)
    const restored = await api(`/api/factories/${factoryID}`, {
      method: 'PATCH',
      token: admin,
      body: { tourVideoUrl: before.tourVideoUrl ?? null },
    })
    expect(restored.status, restored.text).toBe(200)
  })

  it('adds a product with three price tiers and two images, publishes it, and it is on the portal', async () => {
    const page = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } })
    ).newPage()
    await adminLogin(page, baseURL(), memberEmail(cast.factoryA1.slug), DEMO_PASSWORD)
    await page.goto(`${baseURL()}/admin/collections/products/create`, { waitUntil: 'networkidle' })
    const sku = unique('E2E').toUpperCase()
    const slug = sku.toLowerCase()
    await page.locator('#field-name').fill(`浏览器新增童装 ${sku}`)
    await page.locator('#field-slug').fill(slug)
    await page.locator('#field-sku').fill(sku)
    await page.locator('#field-moq__quantity').fill('200')
    await page.locator('#field-moq__unit').click()
    await page.getByRole('option', { name: '件' }).first().click()
    const tiers = [
      [200, 499, 12.5],
      [500, 1999, 11],
      [2000, null, 9.8],
    ] as const
    for (const [index, [min, max, price]] of tiers.entries()) {
      await page.locator('#field-priceTiers .array-field__add-row').click()
      await page.locator(`#field-priceTiers__${index}__minQuantity`).fill(String(min))
      if (max !== null)
        await page.locator(`#field-priceTiers__${index}__maxQuantity`).fill(String(max))
      await page.locator(`#field-priceTiers__${index}__unitPrice`).fill(String(price))
    }
    // Two photos, each with its alt text, through the images field's drawer.
    await page.locator('.tabs-field__tab-button', { hasText: '详情' }).first().click()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-e2e-'))
    for (const [index, colour] of ['#aa4455', '#4455aa'].entries()) {
      const file = path.join(dir, `photo-${index + 1}.jpg`)
      fs.writeFileSync(
        file,
        await sharp({ create: { width: 900, height: 700, channels: 3, background: colour } })
          .jpeg()
          .toBuffer(),
      )
      await page.locator('#field-images').getByRole('button', { name: '创建新条目' }).click()
      const drawer = page.locator('.drawer').last()
      await drawer.locator('input[type="file"]').setInputFiles(file)
      await drawer.locator('#field-alt').fill(`产品照片 ${index + 1}`)
      // The bulk-upload drawer has a second, hidden save button for narrow screens.
      await drawer.locator('button:has-text("保存"):visible').first().click()
      await page
        .locator('#field-images')
        .getByText(`photo-${index + 1}`, { exact: false })
        .first()
        .waitFor({ timeout: 30_000 })
    }
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/products\/\d+$/, { timeout: 30_000 })
    created.push(page.url().split('/').pop()!)
    await screenshot(page, 'member-product-created')

    const token = await login(memberEmail(cast.factoryA1.slug))
    const product = (await api(`/api/products?where[sku][equals]=${sku}&depth=0`, { token })).json
      .docs[0]
    expect(product._status).toBe('published')
    expect(
      product.priceTiers.map((tier: any) => [
        tier.minQuantity,
        tier.maxQuantity ?? null,
        tier.unitPrice,
      ]),
    ).toEqual(tiers.map((tier) => [...tier]))
    expect(product.images).toHaveLength(2)
    const portal = await getWithHost(`/products/${slug}`, `zhili.localhost:${inject('port')}`)
    expect(portal.status).toBe(200)
    expect(portal.body).toContain(`浏览器新增童装 ${sku}`)
  })
})
