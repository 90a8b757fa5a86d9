import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, login, unlock } from '../helpers/api'
import { campaignBody } from '../helpers/festivals'
import { adminLogin, launchBrowser, screenshot } from '../helpers/browser'
import { adminRead, cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { cleanupAfter } from '../helpers/setup'

/**
 * The admin in Chinese for staff who are not engineers: the mistakes they can make are answered
 * in Chinese naming the field (label and row) on the field and in the toast, and the edit views
 * have no English-only label.
 */
let browser: Browser
const cleanup = cleanupAfter()
beforeAll(async () => {
  browser = await launchBrowser()
  // The first request to a cold admin compiles its pages; not part of any test's time.
  const page = await browser.newPage()
  await page.goto(`${baseURL()}/admin/login`, { waitUntil: 'networkidle', timeout: 120_000 })
  await page.close()
})
afterAll(async () => {
  await browser?.close()
})

const adminAs = async (email: string): Promise<Page> => {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 1000 },
  })
  const page = await context.newPage()
  // Form-state requests in flight (the admin's server action, sent 250 ms after an edit).
  const pending = new Set<Request>()
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) pending.add(request)
  })
  const done = (request: Request) => pending.delete(request)
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  inFlight.set(page, pending)
  await adminLogin(page, baseURL(), email, DEMO_PASSWORD)
  return page
}

const inFlight = new WeakMap<Page, Set<Request>>()

/**
 * Waits until the form has sent, and got back, the form state for the last edit. Payload merges
 * a form-state answer into the form whenever it arrives, marking every field it names valid:
 * one sent before the save and answered after the save's 400 clears the save's field errors
 * (README, "The admin in Chinese"). A person pauses before saving; a test must too.
 */
const settle = async (page: Page) => {
  const pending = inFlight.get(page) ?? new Set()
  await page.waitForTimeout(400) // Payload's 250 ms debounce, and some
  const until = Date.now() + 60_000
  while (pending.size > 0 && Date.now() < until) await page.waitForTimeout(100)
}

const open = async (page: Page, path: string) => {
  await page.goto(`${baseURL()}/admin/collections/${path}`, { waitUntil: 'networkidle' })
  await page.locator('#action-save').waitFor({ timeout: 30_000 })
}

/** Two English words in a row: a sentence or a raw path left untranslated. */
const ENGLISH = /[A-Za-z]{2,}[\s.:]+[A-Za-z]{2,}/

/** A field marked invalid: most fields add `error`, a date field `date-time-field--has-error`. */
const INVALID = '.field-type.error, .field-type[class*="--has-error"]'

/** Saves (publishes, where there are drafts) and returns the toast's and the fields' errors. */
const saveAndRead = async (page: Page, name: string) => {
  await settle(page)
  await page.locator('#action-save').click()
  const toast = page.locator('[data-sonner-toast]').last()
  await toast.waitFor({ timeout: 30_000 })
  await page.locator(INVALID).first().waitFor({ timeout: 10_000 })
  await screenshot(page, name)
  const fieldErrors = (await page.locator('.field-error .tooltip-content').allTextContents())
    .map((text) => text.trim())
    .filter(Boolean)
  return {
    toast: (await toast.innerText()).trim(),
    fieldErrors: [...new Set(fieldErrors)],
    invalid: await page.locator(INVALID).count(),
  }
}

const expectChinese = (texts: string[]) => {
  for (const text of texts) {
    expect(text, text).toMatch(/\p{Script=Han}/u)
    expect(text, text).not.toMatch(ENGLISH)
  }
}

describe('mistakes answered in Chinese, naming the field', () => {
  it('overlapping price tiers: 阶梯价 第 3 行 › 起始数量, on the field and in the toast', async () => {
    // A copy of Hengyuan's romper (its tiers: the second ends at 4999), made for this test: the
    // open edit view locks its document, and other files edit the original meanwhile.
    const original = (
      await adminRead('products', await idBy('products', 'slug', cast.factoryA1.products[0].slug))
    ).json
    const member = await login(memberEmail(cast.factoryA1.slug))
    const copy = await api('/api/products', {
      method: 'POST',
      token: member,
      body: {
        name: `${original.name} ${unique('copy')}`,
        slug: unique('romper-copy'),
        moq: original.moq,
        priceTiers: original.priceTiers.map(
          ({ id: _id, ...tier }: Record<string, unknown>) => tier,
        ),
        currency: original.currency,
        _status: 'published',
      },
    })
    expect(copy.status, copy.text).toBe(201)
    const id = copy.json.doc.id
    cleanup.push({ collection: 'products', id })
    const page = await adminAs(memberEmail(cast.factoryA1.slug))
    await open(page, `products/${id}`)
    const third = page.locator('input[name="priceTiers.2.minQuantity"]')
    await third.fill('4000') // the second tier ends at 4999
    const { toast, fieldErrors, invalid } = await saveAndRead(page, 'admin-zh-price-tiers-error')
    expect(toast).toMatch(/阶梯价 第 3 行 › 起始数量：与上一档重叠/)
    expect(invalid).toBeGreaterThan(0) // the field is marked
    expectChinese([toast, ...fieldErrors])
    expect(fieldErrors).toContainEqual(
      expect.stringMatching(/阶梯价 第 3 行 › 起始数量：与上一档重叠/),
    )
    const stored = (await adminRead('products', id)).json
    expect(stored.priceTiers[2].minQuantity).toBe(5000)
    await page.context().close()
    // The edit view's lock outlives the closed page; the copy is deleted after the file.
    await unlock('products', id, await login(cast.emails.admin))
  })

  it('a festival price for a product the campaign no longer features', async () => {
    const operator = await login(cast.emails.operatorA)
    const productID = await idBy('products', 'slug', cast.factoryA1.products[0].slug)
    const product = (await adminRead('products', productID)).json
    const created = await api('/api/campaigns', {
      method: 'POST',
      token: operator,
      body: campaignBody({
        confirmOverlap: true,
        name: '测试节日价',
        featuredProducts: [productID],
        festivalPrices: [
          {
            product: productID,
            tiers: [{ minQuantity: product.priceTiers[0].minQuantity, unitPrice: 1 }],
          },
        ],
      }),
    })
    expect(created.status, created.text).toBe(201)
    cleanup.push({ collection: 'campaigns', id: created.json.doc.id })
    const page = await adminAs(cast.emails.operatorA)
    await open(page, `campaigns/${created.json.doc.id}`)
    const chips = page.locator(
      '.field-type:has(label[for="field-featuredProducts"]) .multi-value-remove',
    )
    await chips.first().waitFor({ timeout: 30_000 })
    while ((await chips.count()) > 0) await chips.first().click()
    const { toast, fieldErrors, invalid } = await saveAndRead(page, 'admin-zh-festival-price-error')
    expect(toast).toMatch(/节日价 第 1 行 › 产品：节日价只能用于本活动的推荐产品/)
    expect(invalid).toBeGreaterThan(0) // the field is marked
    expectChinese([toast, ...fieldErrors])
    expect(fieldErrors).toContainEqual(
      expect.stringMatching(/节日价 第 1 行 › 产品：节日价只能用于本活动的推荐产品/),
    )
    await page.context().close()
  })

  it('a quotation without its validity date: 有效期至 is starred and its error is Chinese', async () => {
    const created = await api('/api/inquiries', {
      method: 'POST',
      token: await login(cast.emails.admin),
      body: {
        subject: 'Quote in the admin',
        tenant: await idBy('tenants', 'slug', cast.beltA.slug),
        factory: await idBy('factories', 'slug', cast.factoryA1.slug),
        message: 'Please quote 500 sets.',
        buyer: { name: 'Ana', email: `${unique('quote')}@example.com` },
      },
    })
    expect(created.status, created.text).toBe(201)
    cleanup.push({ collection: 'inquiries', id: created.json.doc.id })
    const page = await adminAs(memberEmail(cast.factoryA1.slug))
    await open(page, `inquiries/${created.json.doc.id}`)
    // The reply box under the conversation: a new row of 回复, its text and its quotation.
    await page.locator('#field-replies .array-field__add-row').click()
    await page.locator('textarea#field-replies__0__body').fill('Our price')
    const addTier = page.locator('#field-replies__0__quote__priceTiers .array-field__add-row')
    await addTier.waitFor({ timeout: 30_000 })
    expect(await addTier.innerText()).toMatch(/添加\s*价格档/)
    await addTier.click()
    await page.locator('input[name="replies.0.quote.priceTiers.0.minQuantity"]').fill('500')
    await page.locator('input[name="replies.0.quote.priceTiers.0.unitPrice"]').fill('3')
    const validUntil = page.locator('#field-replies__0__quote__validUntil')
    await validUntil.waitFor({ timeout: 30_000 })
    const label = await page.locator('label[for="field-replies__0__quote__validUntil"]').innerText()
    expect(label).toMatch(/有效期至\s*\*/)
    const { toast, fieldErrors, invalid } = await saveAndRead(page, 'admin-zh-quote-valid-until')
    expect(invalid).toBeGreaterThan(0) // the field is marked
    expectChinese([toast, ...fieldErrors])
    expect(fieldErrors).toContainEqual(
      expect.stringMatching(/回复 第 1 行 › 报价单（可选） › 有效期至：请填写报价有效期/),
    )
    expect(toast).toMatch(/有效期至：请填写报价有效期/)
    await page.context().close()
  })

  it('a live session without its stream URL: a field error, not a 500', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const created = await api('/api/live-sessions', {
      method: 'POST',
      token: member,
      body: {
        title: '无地址直播',
        factory: await idBy('factories', 'slug', cast.factoryA1.slug),
        startsAt: new Date(Date.now() + (600 + Math.floor(Math.random() * 200)) * 86_400_000),
        durationMinutes: 60,
        streamURL: 'https://live.bilibili.com/4242',
      },
    })
    expect(created.status, created.text).toBe(201)
    cleanup.push({ collection: 'live-sessions', id: created.json.doc.id })
    const page = await adminAs(memberEmail(cast.factoryA1.slug))
    const responses: number[] = []
    page.on('response', (response) => {
      if (response.url().includes('/api/live-sessions')) responses.push(response.status())
    })
    await open(page, `live-sessions/${created.json.doc.id}`)
    await page.locator('input[name="streamURL"]').fill('')
    const { toast, fieldErrors, invalid } = await saveAndRead(
      page,
      'admin-zh-live-session-stream-url',
    )
    expect(toast).toMatch(/直播地址：请填写直播地址/)
    expect(invalid).toBeGreaterThan(0) // the field is marked
    expectChinese([toast, ...fieldErrors])
    expect(fieldErrors).toContainEqual(expect.stringMatching(/直播地址：请填写直播地址/))
    expect(responses.filter((status) => status >= 500)).toEqual([])
    await page.context().close()
  })
})
