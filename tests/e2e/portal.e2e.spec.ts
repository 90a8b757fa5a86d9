import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshot } from '../helpers/browser'
import { cast } from '../helpers/fixtures'

/** A buyer in a real browser: English portal, filtered directory, a factory, a product. */
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Sums layout-shift entries since the page loaded (CLS without the session windows). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number
            hadRecentInput: boolean
          })[]) {
            if (!entry.hadRecentInput) total += entry.value
          }
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(total), 500)
      }),
  )

describe('a buyer on a belt portal', () => {
  it('filters the directory in English, opens a factory and a product, with no console errors and no layout shift', async () => {
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`)
    })
    const base = `http://zhili.localhost:${inject('port')}`

    await page.goto(`${base}/en`, { waitUntil: 'networkidle' })
    expect(await page.locator('h1').first().innerText()).toBe(cast.beltA.name.en)
    expect(await layoutShift(page)).toBe(0)

    await page.getByRole('link', { name: 'Factories', exact: true }).first().click()
    await page.waitForURL(/\/en\/factories$/)
    const verified = cast.beltA.factories.filter((factory) => factory.verified)
    await page.getByLabel('Verified only').check()
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.waitForURL(/verified=1/)
    const names = await page.locator('.grid h3').allInnerTexts()
    expect(names.sort()).toEqual(verified.map((factory) => factory.name.en).sort())
    await screenshot(page, 'portal-directory-en')

    await page.getByRole('link', { name: verified[0].name.en }).click()
    await page.waitForURL(new RegExp(`/en/factories/${verified[0].slug}$`), {
      waitUntil: 'networkidle',
    })
    expect(await page.locator('h1').innerText()).toBe(verified[0].name.en)
    expect(await layoutShift(page)).toBe(0)

    const product = verified[0].products[1]
    await page.getByRole('link', { name: product.name.en }).first().click()
    await page.waitForURL(new RegExp(`/en/products/${product.slug}$`), { waitUntil: 'networkidle' })
    expect(await page.locator('table.tiers:not(.festival) tbody tr').count()).toBe(
      product.tiers.length,
    )
    expect(await layoutShift(page)).toBe(0)
    await screenshot(page, 'portal-product-en')

    expect(errors).toEqual([])
    await context.close()
  })
})
