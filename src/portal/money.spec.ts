import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { convert, knownCurrency, rateTable } from '@/utilities/money'

import type { MoneyView, RenderContext } from './context'
import { Approx, approxText, CurrencyInput, MoneyNote } from './components/Money'
import { MESSAGES, type UILocale } from './i18n'
import { buyerCurrency, DEFAULT_CURRENCY } from './money'

const ROWS = [
  { currency: 'CNY', rate: 7.12 },
  { currency: 'EUR', rate: 0.925 },
  { currency: 'RUB', rate: 92.5 },
  { currency: 'JPY', rate: 151.5 },
]
const rates = rateTable(ROWS)

const view = (currency: string): MoneyView => ({
  currency,
  rates,
  asOf: '2026-12-01',
  priced: new Set(),
  converted: new Set(),
})
const context = (ui: UILocale, currency: string, query = '') =>
  ({ ui, t: MESSAGES[ui], query, money: view(currency) }) as unknown as RenderContext
const money = (ui: string, value: number, currency: string) =>
  new Intl.NumberFormat(ui, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value)

describe('the rate table', () => {
  it('keeps usable rows, with USD always 1', () => {
    expect(
      rateTable([...ROWS, { currency: 'GBP', rate: 0 }, { currency: 'AED', rate: null }]),
    ).toEqual({ USD: 1, CNY: 7.12, EUR: 0.925, RUB: 92.5, JPY: 151.5 })
    expect(rateTable(null)).toEqual({ USD: 1 })
  })

  it('converts through USD, and not at all into or out of a currency it lacks', () => {
    expect(convert(2.9, 'USD', 'EUR', rates)).toBeCloseTo(2.9 * 0.925, 10)
    expect(convert(20, 'CNY', 'EUR', rates)).toBeCloseTo((20 / 7.12) * 0.925, 10)
    expect(convert(20, 'CNY', 'CNY', rates)).toBe(20)
    expect(convert(20, 'CNY', 'GBP', rates)).toBeNull()
    expect(convert(20, 'GBP', 'USD', rates)).toBeNull()
  })

  it('takes a currency from a query parameter only if the table has it', () => {
    expect(knownCurrency('eur', rates)).toBe('EUR')
    expect(knownCurrency(' RUB ', rates)).toBe('RUB')
    expect(knownCurrency('GBP', rates)).toBeNull()
    expect(knownCurrency('toString', rates)).toBeNull()
    expect(knownCurrency('constructor', rates)).toBeNull()
    expect(knownCurrency('<script>', rates)).toBeNull()
    expect(knownCurrency(null, rates)).toBeNull()
  })

  it('picks the buyer’s currency by language unless one in the table is asked for', () => {
    expect(buyerCurrency('zh', null, rates)).toBe('CNY')
    expect(buyerCurrency('en', null, rates)).toBe('USD')
    expect(buyerCurrency('ru', null, rates)).toBe('RUB')
    expect(buyerCurrency('es', null, rates)).toBe('EUR')
    expect(buyerCurrency('ar', null, rates)).toBe('USD')
    expect(buyerCurrency('en', 'jpy', rates)).toBe('JPY')
    expect(buyerCurrency('en', 'XXX', rates)).toBe('USD')
    // A language whose currency the admin left out of the table reads dollars.
    expect(buyerCurrency('ru', null, { USD: 1 })).toBe('USD')
    expect(Object.keys(DEFAULT_CURRENCY).sort()).toEqual(Object.keys(MESSAGES).sort())
  })
})

describe('approximate prices', () => {
  it('formats the conversion in the page’s language, a range when the prices differ', () => {
    const ctx = context('en', 'EUR')
    expect(approxText(ctx, [2.9], 'USD')).toBe(money('en', 2.9 * 0.925, 'EUR'))
    expect(approxText(ctx, [3.6, 2.9], 'USD')).toBe(
      `${money('en', 2.9 * 0.925, 'EUR')}–${money('en', 3.6 * 0.925, 'EUR')}`,
    )
    const russian = context('ru', 'RUB')
    expect(approxText(russian, [20], 'CNY')).toBe(money('ru', (20 / 7.12) * 92.5, 'RUB'))
    expect(ctx.money!.converted).toEqual(new Set(['USD']))
  })

  it('shows nothing when the currencies match, a rate is missing or there is no price', () => {
    const ctx = context('zh', 'CNY')
    expect(approxText(ctx, [20], 'CNY')).toBeNull()
    expect(approxText(ctx, [20], 'GBP')).toBeNull()
    expect(approxText(ctx, [], 'USD')).toBeNull()
    expect(ctx.money!.converted.size).toBe(0)
    expect(ctx.money!.priced).toEqual(new Set(['CNY', 'GBP']))
    expect(approxText({ ui: 'en' }, [2], 'USD')).toBeNull()
  })

  it('isolates the converted amount for right-to-left pages', () => {
    const html = renderToStaticMarkup(
      createElement(Approx, { ctx: context('ar', 'EUR'), prices: [2.9], currency: 'USD' }),
    )
    expect(html).toBe(
      `<span class="approx"> (≈ <bdi>${money('ar', 2.9 * 0.925, 'EUR')}</bdi>)</span>`,
    )
  })
})

describe('the dated note', () => {
  it.each(['zh', 'en', 'ru', 'ar', 'es'] as const)(
    '%s: dates the rates and names the quoted currencies once a conversion was shown',
    (ui) => {
      const ctx = context(ui, ui === 'en' ? 'EUR' : 'USD', '?q=socks')
      approxText(ctx, [20], 'CNY')
      const html = renderToStaticMarkup(createElement(MoneyNote, { ctx }))
      const date = new Intl.DateTimeFormat(ui === 'zh' ? 'zh-CN' : ui, {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(new Date('2026-12-01T00:00:00Z'))
      const [before] = MESSAGES[ui].conversionNote.split('{date}')
      expect(html).toContain(before)
      expect(html).toContain(`<time dateTime="2026-12-01"><bdi>${date}</bdi></time>`)
      expect(html).toContain('<bdi>CNY</bdi>')
      expect(html).toContain('href="?q=socks&amp;currency=JPY"')
    },
  )

  it('offers the other currencies without a dated note when nothing was converted, and nothing without prices', () => {
    const ctx = context('zh', 'CNY')
    expect(renderToStaticMarkup(createElement(MoneyNote, { ctx }))).toBe('')
    approxText(ctx, [20], 'CNY')
    const html = renderToStaticMarkup(createElement(MoneyNote, { ctx }))
    expect(html).not.toContain('2026-12-01')
    expect(html).toContain('<strong aria-current="true">CNY</strong>')
    expect(html).toContain('href="?currency=EUR"')
  })
})

describe('the currency in forms', () => {
  it('keeps a currency picked in the address, and only one the table has', () => {
    const render = (ctx: RenderContext) =>
      renderToStaticMarkup(createElement(CurrencyInput, { ctx }))
    expect(render(context('en', 'EUR', '?currency=eur&q=x'))).toBe(
      '<input type="hidden" name="currency" value="EUR"/>',
    )
    expect(render(context('en', 'USD', '?currency=XXX'))).toBe('')
    expect(render(context('en', 'USD'))).toBe('')
  })
})
