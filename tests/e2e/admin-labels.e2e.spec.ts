import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { baseURL } from '../helpers/api'
import { adminLogin, launchBrowser } from '../helpers/browser'
import { cast, idBy } from '../helpers/fixtures'

/**
 * Walks the edit views staff use (product, campaign, inquiry, factory, page; a new document and
 * an existing one) with the admin in Chinese, and fails on a label, button, tab or row title
 * with an English word: "添加 Tier", "Festival Price 01", "Meta Image" are what it catches.
 */
let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launchBrowser()
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 1000 },
  })
  page = await context.newPage()
  await adminLogin(page, baseURL(), cast.emails.operatorA, DEMO_PASSWORD)
})
afterAll(async () => {
  await browser?.close()
})

/** Words that are the same in a Chinese admin: acronyms, units, codes, formats and names. */
const ALLOWED = new Set(
  [
    'URL',
    'SEO',
    'MOQ',
    'ID',
    'SKU',
    'HLS',
    'https',
    'http',
    'www',
    'PDF',
    'JPEG',
    'PNG',
    'WebP',
    'XLSX',
    'DOCX',
    'CSV',
    'MB',
    'KB',
    'px',
    'EXW',
    'FOB',
    'CFR',
    'CIF',
    'DAP',
    'DDP',
    'USD',
    'CNY',
    'EUR',
    'RMB',
    'IANA',
    'Chandi',
    'Payload',
    'OEM',
    'ODM',
    'FAQ',
    'RRGGBB',
    'API',
    'English',
    'Español',
    'Русский',
    'm3u8',
    // Payload marks a field with one value per content language by its code ("简介 — zh").
    'zh',
    'en',
    'slug',
  ].map((word) => word.toLowerCase()),
)

/** The texts of labels, buttons, tabs, row titles and headings that are on screen. */
const visibleLabels = (target: Page) =>
  target.evaluate(() => {
    const selector = [
      'label',
      '.field-label',
      'button',
      '[role="tab"]',
      '.tabs-field__tab-button',
      '.array-field__header',
      '.blocks-field__header',
      '.row-label',
      '.collapsible__header',
      '.field-description',
      'legend',
      'h1, h2, h3, h4',
    ].join(', ')
    const texts: string[] = []
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      // Inside the document's own content (a rich-text editor, an input's value) is the user's.
      if (element.closest('[contenteditable="true"], .rich-text-lexical, .rs__value-container'))
        continue
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      const text = element.innerText.trim()
      if (text) texts.push(text.replace(/\s+/g, ' '))
    }
    return texts
  })

const englishWords = (text: string) =>
  (text.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []).filter((word) => !ALLOWED.has(word.toLowerCase()))

/** Opens a view, opens every tab and collapsed row, and collects its labels. */
const labelsOf = async (path: string) => {
  await page.goto(`${baseURL()}/admin/collections/${path}`, { waitUntil: 'networkidle' })
  // A factory's inquiry is read-only to the belt's operator: no save button, the same labels.
  await page.locator('.document-fields').first().waitFor({ timeout: 30_000 })
  const texts = new Set(await visibleLabels(page))
  const tabs = page.locator('.tabs-field__tab-button')
  for (let index = 0; index < (await tabs.count()); index += 1) {
    await tabs.nth(index).click()
    await page.waitForTimeout(300)
    for (const text of await visibleLabels(page)) texts.add(text)
  }
  return [...texts]
}

describe('no English-only label on the edit views, with the admin in Chinese', () => {
  const beltA = async () => String(await idBy('tenants', 'slug', cast.beltA.slug))
  const factoryA1 = async () => String(await idBy('factories', 'slug', cast.factoryA1.slug))
  const views: [string, () => Promise<string>][] = [
    [
      'products',
      async () => `products/${await idBy('products', 'slug', cast.factoryA1.products[1].slug)}`,
    ],
    ['factories', async () => `factories/${await factoryA1()}`],
    ['campaigns', async () => `campaigns/${await idBy('campaigns', 'tenant', await beltA())}`],
    ['pages', async () => `pages/${await idBy('pages', 'tenant', await beltA())}`],
    ['inquiries', async () => `inquiries/${await idBy('inquiries', 'factory', await factoryA1())}`],
  ]
  for (const [collection, existing] of views) {
    it(`${collection}: a new one and an existing one`, async () => {
      const found: string[] = []
      // Inquiries are written by buyers on the portal: staff open existing ones only.
      const create = collection === 'inquiries' ? [] : [`${collection}/create`]
      for (const path of [...create, await existing()]) {
        for (const text of await labelsOf(path)) {
          const words = englishWords(text)
          if (words.length > 0) found.push(`${path}: "${text}" (${words.join(', ')})`)
        }
      }
      expect(found).toEqual([])
    })
  }
})
