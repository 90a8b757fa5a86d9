import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, login } from '../helpers/api'
import { adminLogin, launchBrowser, screenshot } from '../helpers/browser'
import { cast, idBy, memberEmail } from '../helpers/fixtures'

/** The admin, in a real browser, as a belt operator and a factory member use it. */
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const newPage = async (locale = 'zh-CN'): Promise<Page> => {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } })
  return context.newPage()
}

describe('the admin in a browser', () => {
  it('an operator sees the admin in Chinese and only their own belt’s factories', async () => {
    const page = await newPage()
    await adminLogin(page, baseURL(), cast.emails.operatorA, DEMO_PASSWORD)
    await page.goto(`${baseURL()}/admin/collections/factories`)
    const table = page.locator('table')
    await table.waitFor({ timeout: 30_000 })
    const text = await page.locator('main, body').first().innerText()
    expect(text).toContain('工厂')
    for (const factory of cast.beltA.factories) expect(text).toContain(factory.name.zh)
    for (const factory of cast.beltB.factories) expect(text).not.toContain(factory.name.zh)
    await screenshot(page, 'core-operator-factories')
    await page.context().close()
  })

  it('an operator’s admin home is their belt’s dashboard, in Chinese, with figures linking to lists', async () => {
    const page = await newPage()
    await adminLogin(page, baseURL(), cast.emails.operatorA, DEMO_PASSWORD)
    await page.goto(`${baseURL()}/admin`, { waitUntil: 'networkidle' })
    const dashboard = page.getByTestId('belt-dashboard')
    await dashboard.waitFor({ timeout: 30_000 })
    const text = await dashboard.innerText()
    expect(text).toContain('产业带概况')
    expect(text).toContain('工厂总数')
    const figures = (await api('/api/dashboard', { token: await login(cast.emails.operatorA) }))
      .json
    expect(text).toContain(`${figures.factories.total.value}\n工厂总数`)
    await screenshot(page, 'dashboard-operator')
    await dashboard.getByRole('link', { name: /工厂总数/ }).click()
    await page.waitForURL(/\/admin\/collections\/factories\?/)
    await page.locator('table').waitFor({ timeout: 30_000 })
    expect(await page.locator('tbody tr').count()).toBe(figures.factories.total.value)
    await page.context().close()
  })

  it('the dashboard follows the admin’s light and dark themes (screenshots in docs/screenshots)', async () => {
    const looks: Record<string, { page: string; card: string; text: string }> = {}
    for (const theme of ['light', 'dark'] as const) {
      const page = await newPage()
      await page.context().addCookies([{ name: 'payload-theme', value: theme, url: baseURL() }])
      await adminLogin(page, baseURL(), cast.emails.operatorA, DEMO_PASSWORD)
      await page.goto(`${baseURL()}/admin`, { waitUntil: 'networkidle' })
      const dashboard = page.getByTestId('belt-dashboard')
      await dashboard.waitFor({ timeout: 30_000 })
      expect(await page.locator('html').getAttribute('data-theme')).toBe(theme)
      looks[theme] = await dashboard.evaluate((node) => {
        const card = node.querySelector('a') as HTMLElement
        return {
          page: getComputedStyle(document.body).backgroundColor,
          card: getComputedStyle(card).backgroundColor,
          text: getComputedStyle(card).color,
        }
      })
      await page.screenshot({ path: `docs/screenshots/dashboard-${theme}.png`, fullPage: true })
      await page.context().close()
    }
    // A card is drawn in the theme's colours: it changes with the theme, and its text stays
    // readable on it (light on dark, dark on light).
    const lightness = (colour: string) => {
      const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number)
      return (r + g + b) / 3
    }
    expect(looks.dark.card).not.toBe(looks.light.card)
    expect(lightness(looks.light.card)).toBeGreaterThan(lightness(looks.light.text) + 100)
    expect(lightness(looks.dark.card)).toBeLessThan(lightness(looks.dark.text) - 100)
    expect(lightness(looks.dark.page)).toBeLessThan(80)
  })

  it('a factory member’s admin is trimmed to their work, with a profile meter and verification they cannot change', async () => {
    const page = await newPage()
    await adminLogin(page, baseURL(), memberEmail(cast.factoryA1.slug), DEMO_PASSWORD)
    await page.goto(`${baseURL()}/admin`, { waitUntil: 'networkidle' })
    const nav = await page.locator('nav').first().innerText()
    for (const shown of ['工厂', '产品', '直播', '询盘']) expect(nav, shown).toContain(shown)
    for (const hidden of ['用户', '类目', '页面', '节日活动'])
      expect(nav, hidden).not.toContain(hidden)
    expect(await page.getByTestId('belt-dashboard').count()).toBe(0) // the dashboard is the operators'
    const factoryID = await idBy('factories', 'slug', cast.factoryA1.slug)
    await page.goto(`${baseURL()}/admin/collections/factories/${factoryID}`, {
      waitUntil: 'networkidle',
    })
    const meter = page.getByTestId('profile-meter')
    await meter.waitFor({ timeout: 30_000 })
    expect(await meter.innerText()).toMatch(/资料完整度 \d+%/)
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toMatch(/^\d+$/)
    // Verification is shown, read-only; the API refuses the change with the field named.
    const status = page.locator('#field-verification__status')
    await status.waitFor()
    const isReadOnly = await status.evaluate(
      (element) =>
        element.closest('.read-only') !== null ||
        element.querySelector(
          '[aria-disabled="true"], .rs--is-disabled, .react-select--is-disabled',
        ) !== null,
    )
    expect(isReadOnly).toBe(true)
    await screenshot(page, 'member-factory-profile')
    const token = await login(memberEmail(cast.factoryA1.slug))
    const current = (await api(`/api/factories/${factoryID}?depth=0`, { token })).json.verification
      .status
    const refused = await api(`/api/factories/${factoryID}`, {
      method: 'PATCH',
      token,
      body: { verification: { status: current === 'verified' ? 'rejected' : 'verified' } },
    })
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('verification.status')
    await page.goto(`${baseURL()}/admin/account`, { waitUntil: 'networkidle' })
    expect(await page.locator('input[name="email"], #field-email').first().inputValue()).toBe(
      memberEmail(cast.factoryA1.slug),
    )
    await page.context().close()
  })

  it('a factory member cannot open another factory’s product by URL', async () => {
    const otherProduct = await idBy('products', 'slug', cast.factoryA2.products[0].slug)
    const ownProduct = await idBy('products', 'slug', cast.factoryA1.products[0].slug)
    const page = await newPage()
    await adminLogin(page, baseURL(), memberEmail(cast.factoryA1.slug), DEMO_PASSWORD)
    await page.goto(`${baseURL()}/admin/collections/products/${ownProduct}`)
    await page.locator('input[name="name"]').waitFor({ timeout: 30_000 })
    expect(await page.locator('input[name="name"]').inputValue()).toBe(
      cast.factoryA1.products[0].name.zh,
    )
    await page.goto(`${baseURL()}/admin/collections/products/${otherProduct}`)
    await page.waitForLoadState('networkidle')
    const body = await page.locator('body').innerText()
    expect(body).not.toContain(cast.factoryA2.products[0].name.zh)
    await screenshot(page, 'core-member-foreign-product')
    // And the API agrees with what the screen shows.
    const token = await login(memberEmail(cast.factoryA1.slug))
    expect((await api(`/api/products/${otherProduct}`, { token })).status).toBe(404)
    await page.context().close()
  })
})

describe('campaigns in the admin', () => {
  it('an operator sees each campaign’s state in the list and the 24-hour live coverage on the campaign', async () => {
    const campaign = await idBy('campaigns', 'slug', 'super-origin-day')
    const page = await newPage()
    await adminLogin(page, baseURL(), cast.emails.operatorA, DEMO_PASSWORD)
    await page.goto(`${baseURL()}/admin/collections/campaigns`, { waitUntil: 'networkidle' })
    const list = await page.locator('table').innerText()
    expect(list).toContain('进行中')
    await page.goto(`${baseURL()}/admin/collections/campaigns/${campaign}`, {
      waitUntil: 'networkidle',
    })
    const coverage = page.locator('[data-testid="campaign-coverage"]')
    await coverage.waitFor({ timeout: 30_000 })
    expect(await coverage.locator('div[title]').count()).toBe(24)
    expect(await coverage.innerText()).toContain('直播覆盖')
    await screenshot(page, 'campaign-coverage')
    await page.context().close()
  })
})
