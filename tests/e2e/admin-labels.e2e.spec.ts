import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, login, unlock } from '../helpers/api'
import { adminLogin, launchBrowser } from '../helpers/browser'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { cleanupAfter } from '../helpers/setup'

/**
 * Walks the edit views staff use (product, campaign, inquiry, factory, page; a new document and
 * an existing one) with the admin in Chinese, and fails on a label, button, tab or row title
 * with an English word: "添加 Tier", "Festival Price 01", "Meta Image" are what it catches.
 */
let browser: Browser
const cleanup = cleanupAfter()
const pages = new Map<string, Page>()
beforeAll(async () => {
  browser = await launchBrowser()
})

/** One logged-in page per user, in Chinese. */
const pageOf = async (email: string): Promise<Page> => {
  const known = pages.get(email)
  if (known) return known
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 1000 },
  })
  const page = await context.newPage()
  await adminLogin(page, baseURL(), email, DEMO_PASSWORD)
  pages.set(email, page)
  return page
}
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
      // Inside the document's own content (a rich-text editor, an input's value, the document's
      // title over the form) is the user's.
      if (
        element.closest(
          '[contenteditable="true"], .rich-text-lexical, .rs__value-container, .render-title',
        )
      )
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
const labelsOf = async (page: Page, path: string) => {
  await page.goto(`${baseURL()}/admin/collections/${path}`, { waitUntil: 'networkidle' })
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

/** A buyer's inquiry to factory A1, as its member opens it (the seed has none). */
const anInquiry = async () => {
  const created = await api('/api/inquiries', {
    method: 'POST',
    token: await login(cast.emails.admin),
    body: {
      subject: '标签检查',
      tenant: await idBy('tenants', 'slug', cast.beltA.slug),
      factory: await idBy('factories', 'slug', cast.factoryA1.slug),
      message: '请报价 500 套。',
      buyer: { name: '王女士', email: `${unique('labels')}@example.com` },
    },
  })
  expect(created.status, created.text).toBe(201)
  cleanup.push({ collection: 'inquiries', id: created.json.doc.id })
  return String(created.json.doc.id)
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
    ['inquiries', async () => `inquiries/${await anInquiry()}`],
  ]
  for (const [collection, existing] of views) {
    it(`${collection}: a new one and an existing one`, async () => {
      const found: string[] = []
      // Inquiries are written by buyers on the portal: staff open existing ones only, and they
      // are the factory's (a belt's operator cannot read them), so its member walks them.
      const inquiries = collection === 'inquiries'
      const create = inquiries ? [] : [`${collection}/create`]
      const page = await pageOf(
        inquiries ? memberEmail(cast.factoryA1.slug) : cast.emails.operatorA,
      )
      const opened = await existing()
      for (const path of [...create, opened]) {
        for (const text of await labelsOf(page, path)) {
          const words = englishWords(text)
          if (words.length > 0) found.push(`${path}: "${text}" (${words.join(', ')})`)
        }
      }
      // The edit view locked the document; other files edit it (a 423 there otherwise).
      await page.goto('about:blank')
      const [slug, id] = opened.split('/')
      await unlock(slug, id, await login(cast.emails.admin))
      expect(found).toEqual([])
    })
  }
})
