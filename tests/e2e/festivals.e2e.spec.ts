import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshot } from '../helpers/browser'

/** Session times in the buyer's own time zone, and countdowns that tick, in a real browser. */
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const hourIn = (instant: string, timeZone: string) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(instant),
    ),
  )

const to24 = (text: string) => {
  const match = text.match(/(\d{1,2}):(\d{2})\s*([AP]M)/)
  if (!match) throw new Error(`no time in "${text}"`)
  const hour = Number(match[1]) % 12
  return match[3] === 'PM' ? hour + 12 : hour
}

describe('the live line-up in a browser', () => {
  it('shows each session in the buyer’s own time zone, next to the belt’s, and countdowns tick', async () => {
    const seen: Record<string, { text: string; datetime: string }> = {}
    for (const timezoneId of ['America/New_York', 'Asia/Tokyo']) {
      const context = await browser.newContext({
        locale: 'en-US',
        timezoneId,
        viewport: { width: 1200, height: 900 },
      })
      const page = await context.newPage()
      await page.goto(`http://zhili.localhost:${inject('port')}/en/live`, {
        waitUntil: 'networkidle',
      })
      const time = page.locator('time[data-local-time]').first()
      const datetime = (await time.getAttribute('datetime')) ?? ''
      const beltText = await time.innerText()
      const buyerText = await page.locator('.buyer-time').first().innerText()
      expect(beltText).toMatch(/GMT\+8/)
      expect(to24(buyerText)).toBe(hourIn(datetime, timezoneId))
      seen[timezoneId] = { text: buyerText, datetime }
      const countdown = page.locator('[data-countdown]').first()
      const first = await countdown.innerText()
      await page.waitForTimeout(1500)
      expect(await countdown.innerText()).not.toBe(first)
      await screenshot(page, `live-${timezoneId.replace('/', '-')}`)
      await context.close()
    }
    expect(seen['America/New_York'].datetime).toBe(seen['Asia/Tokyo'].datetime)
    expect(seen['America/New_York'].text).not.toBe(seen['Asia/Tokyo'].text)
  })
})

describe('the campaign page in a browser', () => {
  it('keeps each card’s festival price and inquiry link inside the card, on a desktop and a phone, with nothing over the next heading', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ locale: 'en-US', viewport })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
      await page.goto(`http://zhili.localhost:${inject('port')}/en/campaigns/super-origin-day`, {
        waitUntil: 'networkidle',
      })
      const layout = await page.evaluate(() => {
        const items = [...document.querySelectorAll('ul.grid > li')]
        const escapes = items.flatMap((item) => {
          const box = item.getBoundingClientRect()
          return [...item.querySelectorAll('*')]
            .map((element) => ({ element, inner: element.getBoundingClientRect() }))
            .filter(({ inner }) => inner.height > 0 && inner.bottom > box.bottom + 1)
            .map(({ element }) => `${element.tagName}.${element.className}`)
        })
        const headings = [...document.querySelectorAll('main h2, h2')]
        const lineup = headings.find((heading) => heading.textContent?.includes('line-up'))
        const grids = [...document.querySelectorAll('ul.grid')]
        const lowestGrid = Math.max(...grids.map((grid) => grid.getBoundingClientRect().bottom))
        return {
          cards: items.length,
          festivalPrices: document.querySelectorAll('article.card .festival-price').length,
          escapes,
          lineupTop: lineup?.getBoundingClientRect().top ?? null,
          lowestGrid,
          scrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
        }
      })
      await screenshot(page, `campaign-${viewport.width}`)
      expect(layout.cards, `${viewport.width}`).toBeGreaterThan(3)
      expect(layout.festivalPrices, `${viewport.width}`).toBeGreaterThan(0)
      expect(layout.escapes, `${viewport.width}`).toEqual([])
      expect(layout.lineupTop, `${viewport.width}`).not.toBeNull()
      expect(layout.lineupTop!, `${viewport.width}`).toBeGreaterThanOrEqual(layout.lowestGrid)
      expect(layout.scrollsSideways, `${viewport.width}`).toBe(false)
      expect(errors, `${viewport.width}`).toEqual([])
      await context.close()
    }
  })
})
