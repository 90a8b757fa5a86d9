import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, login, zhili } from '../helpers/api'
import { BROWSER, sum, visitRows, waitFor } from '../helpers/barometer'
import { adminLogin, launchBrowser } from '../helpers/browser'
import { cast, idBy, memberEmail } from '../helpers/fixtures'
import { deleteInquiries, newestFor, send } from '../helpers/inquiries'

/** A factory member's admin home (issue #23) in a real browser, in Chinese, light and dark. */
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
  // Something to show: views of the profile and a product, an answered and a waiting inquiry.
  const factory = String(await idBy('factories', 'slug', cast.factoryA1.slug))
  const viewed = async () => sum(await visitRows(), { kind: 'factory', doc: factory })
  const before = await viewed()
  const headers = { 'user-agent': BROWSER, 'accept-language': 'en-US' }
  for (let view = 0; view < 3; view += 1) {
    await zhili(`/en/factories/${cast.factoryA1.slug}`, headers)
    await zhili(`/en/products/${cast.factoryA1.products[0].slug}`, headers)
  }
  expect((await send()).status).toBe(303)
  const answered = await newestFor()
  expect((await send()).status).toBe(303)
  await newestFor()
  const reply = await api(`/api/inquiries/${answered.id}`, {
    method: 'PATCH',
    token: await login(memberEmail(cast.factoryA1.slug)),
    body: { replies: [{ author: 'factory', body: 'Quoted.' }] },
  })
  expect(reply.status, reply.text).toBe(200)
  expect(await waitFor(async () => (await viewed()) >= before + 3)).toBe(true)
})
afterAll(async () => {
  await browser?.close()
  await deleteInquiries(await login(cast.emails.admin))
})

const memberPage = async (theme: 'light' | 'dark') => {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  })
  await context.addCookies([{ name: 'payload-theme', value: theme, url: baseURL() }])
  const page = await context.newPage()
  await adminLogin(page, baseURL(), memberEmail(cast.factoryA1.slug), DEMO_PASSWORD)
  const errors: string[] = []
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${baseURL()}/admin`, { waitUntil: 'networkidle' })
  const home = page.getByTestId('factory-home')
  await home.waitFor({ timeout: 30_000 })
  return { page, home, errors }
}

const looks = (page: Page) =>
  page.getByTestId('factory-home').evaluate((node) => {
    const card = node.querySelector('[data-figure]') as HTMLElement
    return {
      card: getComputedStyle(card).backgroundColor,
      text: getComputedStyle(card).color,
    }
  })

const lightness = (colour: string) => {
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number)
  return (r + g + b) / 3
}

describe('the factory member’s home in a browser', () => {
  it('opens on the member’s figures in Chinese, without the collection cards or a console error', async () => {
    const { page, home, errors } = await memberPage('light')
    const text = await home.innerText()
    for (const words of [
      '我的工厂',
      '浏览量',
      '工厂主页 · 近 7 天',
      '等待我回复的询盘',
      '资料完整度',
    ])
      expect(text).toContain(words)
    expect(text).toContain(cast.factoryA1.name.zh)
    expect(await page.locator('.collections').count()).toBe(0)
    const factory = await idBy('factories', 'slug', cast.factoryA1.slug)
    const waiting = (
      await api(
        `/api/inquiries?where[factory][equals]=${factory}&where[status][equals]=new&limit=0`,
        { token: await login(cast.emails.admin) },
      )
    ).json.totalDocs
    const card = home.locator('[data-figure="waiting"]')
    expect(await card.innerText()).toBe(`${waiting}\n等待我回复的询盘`)
    for (const figure of ['profileViews7', 'profileViews30', 'productViews7', 'productViews30'])
      expect(await home.locator(`[data-figure="${figure}"] [data-value]`).innerText()).toMatch(
        /^\d+$/,
      )
    expect(await home.getByRole('progressbar').getAttribute('aria-valuenow')).toMatch(/^\d+$/)
    await page.screenshot({ path: 'docs/screenshots/member-home.png', fullPage: true })
    expect(errors).toEqual([])
    // The waiting figure opens the inquiries list it counts.
    await card.click()
    await page.waitForURL(/\/admin\/collections\/inquiries\?/)
    if (waiting > 0) {
      await page.locator('table').waitFor({ timeout: 30_000 })
      expect(await page.locator('tbody tr').count()).toBe(Math.min(waiting, 10))
    }
    await page.context().close()
  })

  it('follows the dark theme', async () => {
    const light = await memberPage('light')
    const day = await looks(light.page)
    await light.page.context().close()
    const dark = await memberPage('dark')
    expect(await dark.page.locator('html').getAttribute('data-theme')).toBe('dark')
    const night = await looks(dark.page)
    expect(dark.errors).toEqual([])
    await dark.page.context().close()
    expect(night.card).not.toBe(day.card)
    expect(lightness(day.card)).toBeGreaterThan(lightness(day.text) + 100)
    expect(lightness(night.card)).toBeLessThan(lightness(night.text) - 100)
  })
})
