import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { MESSAGES } from '@/portal/i18n'
import { launchBrowser } from '../helpers/browser'
import { cast } from '../helpers/fixtures'

/**
 * The visual check of issue #21: the pages a buyer goes through (hub, portal home, directory,
 * factory, product, campaign, search, inquiry form) in Chinese, English and Arabic, on a desktop
 * and a phone, in Chromium. Each fails on text drawn over other text, a page wider than the
 * screen, an interface message left as its key or with a `{placeholder}`, a wrong direction, and
 * a console error. The first screen of each is kept in docs/screenshots/visual/.
 */
const PAGES = [
  { name: 'hub', host: 'localhost', path: '/' },
  { name: 'home', host: 'zhili.localhost', path: '/' },
  { name: 'directory', host: 'zhili.localhost', path: '/factories' },
  { name: 'factory', host: 'zhili.localhost', path: `/factories/${cast.factoryA1.slug}` },
  { name: 'product', host: 'zhili.localhost', path: '/products/hengyuan-cotton-romper' },
  { name: 'campaign', host: 'zhili.localhost', path: '/campaigns/super-origin-day' },
  { name: 'search', host: 'zhili.localhost', path: `/search?q=${encodeURIComponent('童装')}` },
  { name: 'inquiry', host: 'zhili.localhost', path: `/factories/${cast.factoryA1.slug}/inquire` },
]
const LANGUAGES = [
  { ui: 'zh', prefix: '', locale: 'zh-CN' },
  { ui: 'en', prefix: '/en', locale: 'en-US' },
  { ui: 'ar', prefix: '/ar', locale: 'ar' },
] as const
const DEVICES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
]
const KEYS = new Set(Object.keys(MESSAGES.en))
const SHOTS = path.resolve('docs/screenshots/visual')

/** What the page draws wrongly, measured in the page itself. */
const inspect = (keys: string[]) => {
  const known = new Set(keys)
  // Clipped to a pixel (a skip link until focused, a honeypot): not drawn.
  const clipped = (element: Element) => {
    for (let at: Element | null = element; at; at = at.parentElement) {
      const box = at.getBoundingClientRect()
      if ((box.width <= 1 || box.height <= 1) && getComputedStyle(at).overflow === 'hidden')
        return true
    }
    return false
  }
  const pinned = (element: Element) => {
    for (let at: Element | null = element; at; at = at.parentElement) {
      const position = getComputedStyle(at).position
      if (position === 'fixed' || position === 'sticky') return true
    }
    return false
  }
  // Every run of visible text, as the boxes its lines take on the page.
  const runs: { element: Element; text: string; rect: DOMRect }[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim()
    const element = node.parentElement
    if (!text || !element) continue
    if (element.closest('script, style, noscript, svg, [aria-hidden="true"], .visually-hidden'))
      continue
    const style = getComputedStyle(element)
    if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue
    // A sticky header or inquiry bar sits over the page by design.
    if (pinned(element) || clipped(element)) continue
    const range = document.createRange()
    range.selectNodeContents(node)
    for (const rect of range.getClientRects())
      if (rect.width > 1 && rect.height > 1) runs.push({ element, text, rect })
  }
  const overlaps: string[] = []
  for (let i = 0; i < runs.length && overlaps.length < 5; i += 1)
    for (let j = i + 1; j < runs.length && overlaps.length < 5; j += 1) {
      const [a, b] = [runs[i], runs[j]]
      if (a.element === b.element) continue
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
      if (width > 3 && height > 3)
        overlaps.push(`"${a.text.slice(0, 30)}" × "${b.text.slice(0, 30)}"`)
    }
  const texts = runs.map((run) => run.text)
  return {
    overlaps,
    wide: document.documentElement.scrollWidth - window.innerWidth,
    keys: texts.filter((text) => known.has(text)),
    placeholders: texts.filter((text) => /\{[a-zA-Z]+\}/.test(text)),
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    heading: document.querySelector('h1')?.textContent?.trim() ?? '',
    header: Math.round(document.querySelector('header.site')?.getBoundingClientRect().height ?? 0),
  }
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  fs.mkdirSync(SHOTS, { recursive: true })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('the buyer’s pages in Chromium (zh, en, ar; desktop and phone)', () => {
  for (const language of LANGUAGES)
    it(`draw no text over text, fit the screen and speak ${language.ui}`, async () => {
      const problems: string[] = []
      for (const device of DEVICES) {
        const context = await browser.newContext({
          locale: language.locale,
          viewport: device.viewport,
          isMobile: device.isMobile ?? false,
          hasTouch: device.hasTouch ?? false,
        })
        const page = await context.newPage()
        for (const visit of PAGES) {
          const errors: string[] = []
          const onConsole = (message: { type: () => string; text: () => string }) => {
            if (message.type() === 'error') errors.push(message.text())
          }
          page.on('console', onConsole)
          const address = `http://${visit.host}:${inject('port')}${language.prefix}${visit.path === '/' && language.prefix ? '' : visit.path}`
          const response = await page.goto(address, { waitUntil: 'load', timeout: 60_000 })
          const where = `${visit.name} ${language.ui} ${device.name}`
          if (response?.status() !== 200) problems.push(`${where}: HTTP ${response?.status()}`)
          const found = await page.evaluate(inspect, [...KEYS])
          await page.screenshot({
            path: path.join(SHOTS, `${visit.name}-${language.ui}-${device.name}.jpg`),
            type: 'jpeg',
            quality: 70,
          })
          // On a phone the inquiry button stays on screen at the bottom, however far one scrolls.
          if (device.name === 'phone' && (visit.name === 'product' || visit.name === 'factory')) {
            await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
            const bar = await page.evaluate(() => {
              const link = document.querySelector('.inquire-bar a')
              if (!link) return null
              const rect = link.getBoundingClientRect()
              return { top: rect.top, bottom: rect.bottom, screen: window.innerHeight }
            })
            if (!bar || bar.top < bar.screen / 2 || bar.bottom > bar.screen)
              problems.push(`${where}: inquiry bar ${JSON.stringify(bar)}`)
          }
          page.off('console', onConsole)
          if (found.overlaps.length)
            problems.push(`${where}: overlaps ${found.overlaps.join('; ')}`)
          if (found.wide > 1) problems.push(`${where}: ${found.wide}px wider than the screen`)
          if (found.keys.length) problems.push(`${where}: message keys ${found.keys.join(', ')}`)
          if (found.placeholders.length)
            problems.push(`${where}: placeholders ${found.placeholders.join(', ')}`)
          if (found.lang.split('-')[0] !== language.ui)
            problems.push(`${where}: lang=${found.lang}`)
          if ((found.dir === 'rtl') !== (language.ui === 'ar'))
            problems.push(`${where}: dir=${found.dir || '(none)'}`)
          if (!found.heading) problems.push(`${where}: no h1`)
          // A compact header on a phone: the page starts within the first screen's top fifth.
          if (device.name === 'phone' && found.header > 844 / 5)
            problems.push(`${where}: header ${found.header}px tall`)
          if (errors.length) problems.push(`${where}: console ${errors.join(' | ')}`)
        }
        await context.close()
      }
      expect(problems).toEqual([])
    }, 240_000)
})
