import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, zhili } from '../helpers/api'
import { cast, memberEmail } from '../helpers/fixtures'
import { expectFieldError } from '../helpers/setup'
import { MESSAGES } from '../../src/portal/i18n'

/**
 * Prices stay in the factory's currency, with an approximate conversion into the buyer's beside
 * them (by the page's language, or `?currency=`), from the exchange-rate table the platform
 * admin keeps, and a dated note once per page. Every figure here is computed from the table as
 * REST gives it, never written down.
 */
const RATES = '/api/globals/exchange-rates'
const ROMPER = cast.factoryA1.products[0] // USD, 3.60 / 3.20 / 2.90 a piece; in the festival
const CNY_PRODUCT = cast.beltA.factories
  .flatMap((factory) => factory.products)
  .find((product) => product.currency === 'CNY')!
const EN = { cookie: 'payload-lng=en', 'accept-language': 'en' }
const ZH = { 'accept-language': 'zh-CN,zh;q=0.9' }
const TAGS = { zh: 'zh-CN', en: 'en', ru: 'ru', ar: 'ar', es: 'es' } as const

type Table = { asOf: string; rates: { currency: string; rate: number }[] }
let original: Table
let admin: string

const ratesOf = (table: Table): Record<string, number> => ({
  USD: 1,
  ...Object.fromEntries(table.rates.map((row) => [row.currency, row.rate])),
})
const money = (ui: keyof typeof TAGS, value: number, currency: string) =>
  new Intl.NumberFormat(TAGS[ui], {
    style: 'currency',
    currency,
    maximumFractionDigits: 2,
  }).format(value)
/** What the page shows after a price of `from`: ` (≈ <bdi>…</bdi>)` in `to`, from `table`. */
const approx = (
  ui: keyof typeof TAGS,
  price: number,
  from: string,
  to: string,
  table = original,
) => {
  const rates = ratesOf(table)
  return `(≈ <bdi>${money(ui, (price / rates[from]) * rates[to], to)}</bdi>)`
}
const save = (body: unknown, token = admin, headers: Record<string, string> = EN) =>
  api(RATES, { method: 'POST', token, headers, body })
const rows = (table: Table) => table.rates.map(({ currency, rate }) => ({ currency, rate }))

beforeAll(async () => {
  admin = await login(cast.emails.admin)
  const read = await api(`${RATES}?depth=0`)
  expect(read.status, read.text).toBe(200)
  original = { asOf: read.json.asOf, rates: rows(read.json) }
  expect(original.asOf).toBeTruthy()
  expect(Object.keys(ratesOf(original))).toEqual(expect.arrayContaining(['CNY', 'EUR', 'RUB']))
})

afterAll(async () => {
  const restored = await save(original)
  expect(restored.status, restored.text).toBe(200)
})

describe('the exchange-rate table', () => {
  it('anyone reads it; operators, factory members and anonymous are refused a change; a platform admin makes it', async () => {
    const body = { asOf: original.asOf, rates: rows(original) }
    expect((await api(RATES, { method: 'POST', body })).status).toBe(403)
    const operator = await login(cast.emails.operatorA)
    expect((await save(body, operator)).status).toBe(403)
    const member = await login(memberEmail(cast.factoryA1.slug))
    expect((await save(body, member)).status).toBe(403)
    const saved = await save(body)
    expect(saved.status, saved.text).toBe(200)
    expect((await api(RATES)).json.asOf).toBe(original.asOf)
  })

  it('refuses a rate of 0 or less, a currency listed twice and a missing date, naming the field in the admin’s language', async () => {
    const zero = await save({ rates: [{ currency: 'EUR', rate: 0 }] })
    expectFieldError(zero, 'rates.0.rate')
    expect(zero.text).toContain('The rate must be a number above 0')
    const negative = await save({ rates: [{ currency: 'EUR', rate: -1 }] }, admin, ZH)
    expectFieldError(negative, 'rates.0.rate')
    expect(negative.text).toContain('汇率须为大于 0 的数字')
    const twice = await save({
      rates: [
        { currency: 'EUR', rate: 0.9 },
        { currency: 'CNY', rate: 7 },
        { currency: 'EUR', rate: 0.95 },
      ],
    })
    expectFieldError(twice, 'rates.2.currency')
    expect(twice.text).toContain('EUR is listed more than once')
    const undated = await save({ asOf: null })
    expectFieldError(undated, 'asOf')
    expect(undated.text).toContain('Enter the date the rates were taken')
    const unknown = await save({ rates: [{ currency: 'XXX', rate: 1 }] })
    expectFieldError(unknown, 'rates.0.currency')
    // Nothing of the refused saves was kept.
    const after = (await api(RATES)).json
    expect({ asOf: after.asOf, rates: rows(after) }).toEqual(original)
  })
})

describe('prices with an approximate conversion', () => {
  it('shows each tier of a dollar price in yuan on the Chinese page, in euros when asked, and not at all in dollars', async () => {
    const chinese = await zhili(`/products/${ROMPER.slug}`)
    expect(chinese.status).toBe(200)
    for (const [, , price] of ROMPER.tiers)
      expect(chinese.body).toContain(
        `${money('zh', price, 'USD')}</bdi> / 件<span class="approx"> ${approx('zh', price, 'USD', 'CNY')}`,
      )
    const euros = await zhili(`/en/products/${ROMPER.slug}?currency=EUR`)
    for (const [, , price] of ROMPER.tiers)
      expect(euros.body).toContain(approx('en', price, 'USD', 'EUR'))
    const dollars = await zhili(`/en/products/${ROMPER.slug}`)
    expect(dollars.body).toContain(money('en', ROMPER.tiers[0][2], 'USD'))
    // The romper's own prices are not converted (the cards of yuan-priced products below may be).
    const tiers = dollars.body.slice(dollars.body.indexOf('id="price-tiers"'))
    expect(tiers.slice(0, tiers.indexOf('</table>'))).not.toContain('class="approx"')
    const buyBox = dollars.body.slice(dollars.body.indexOf('class="buy-box"'))
    expect(buyBox.slice(0, buyBox.indexOf('class="facts"'))).not.toContain('class="approx"')
    // A yuan price on the English page is converted into dollars.
    const yuan = await zhili(`/en/products/${CNY_PRODUCT.slug}`)
    expect(yuan.body).toContain(approx('en', CNY_PRODUCT.tiers[0][2], 'CNY', 'USD'))
  })

  it('ignores a currency the table does not have, or no currency at all: the language’s is used', async () => {
    const expected = approx('zh', ROMPER.tiers[0][2], 'USD', 'CNY')
    for (const asked of ['XXX', 'constructor', '%3Cscript%3E', '', 'eur%00', 'E'.repeat(300)]) {
      const page = await zhili(`/products/${ROMPER.slug}?currency=${asked}`)
      expect(page.status, asked).toBe(200)
      expect(page.body, asked).toContain(expected)
    }
    const lower = await zhili(`/products/${ROMPER.slug}?currency=eur`)
    expect(lower.body).toContain(approx('zh', ROMPER.tiers[0][2], 'USD', 'EUR'))
    // The search and filter forms carry a picked currency on, and only a known one.
    const hidden = '<input type="hidden" name="currency" value="EUR"/>'
    expect((await zhili('/products?currency=EUR')).body.split(hidden)).toHaveLength(3)
    expect((await zhili('/products?currency=XXX')).body).not.toContain('name="currency"')
  })

  it('carries a picked currency on every link to another page, and nothing when none was picked', async () => {
    // Links a buyer follows, without the language switcher's (it keeps the query as it came).
    const links = (html: string) =>
      [...html.matchAll(/<a [^>]*>/g)]
        .map(([tag]) => tag)
        .filter((tag) => !/hrefLang=/i.test(tag))
        .flatMap((tag) => /href="(\/[^"]*)"/.exec(tag)?.[1].replace(/&amp;/g, '&') ?? [])
    const picked = links((await zhili(`/en/products/${ROMPER.slug}?currency=eur`)).body)
    // The header, the buy box's inquiry button, the factory, the other products' cards.
    expect(picked.length).toBeGreaterThan(10)
    expect(picked.filter((href) => !/[?&]currency=EUR(&|#|$)/.test(href))).toEqual([])
    expect(picked.filter((href) => href.split('currency=').length !== 2)).toEqual([])
    const inquire = picked.find((href) => href.includes('/inquire?product='))
    expect(inquire).toMatch(/\/inquire\?product=[^&]+&currency=EUR$/)
    // Followed, the next page is in euros too.
    const factory = picked.find((href) => /^\/en\/factories\/[^/?]+\?currency=EUR$/.test(href))!
    expect((await zhili(factory)).body).toMatch(/≈ <bdi>€/)
    for (const query of ['', '?currency=XXX']) {
      const plain = links((await zhili(`/en/products/${ROMPER.slug}${query}`)).body)
      expect(plain.length, query).toBeGreaterThan(10)
      expect(
        plain.filter((href) => href.includes('currency=')),
        query,
      ).toEqual([])
    }
  })

  it('converts on cards, the factory page, search results, the campaign’s festival prices and the inquiry form', async () => {
    const converted = /<span class="approx"> \(≈ <bdi>[^<]+<\/bdi>\)<\/span>/
    const paths = [
      '/products',
      `/factories/${cast.factoryA1.slug}`,
      `/search?q=${encodeURIComponent(ROMPER.name.zh)}`,
      `/factories/${cast.factoryA1.slug}/inquire?product=${ROMPER.slug}`,
    ]
    for (const path of paths) {
      const page = await zhili(path)
      expect(page.status, path).toBe(200)
      expect(page.body, path).toMatch(converted)
      expect(page.body, path).toContain(`dateTime="${original.asOf.slice(0, 10)}"`)
    }
    const campaign = await zhili('/en/campaigns/super-origin-day?currency=EUR')
    expect(campaign.body).toMatch(
      /class="festival-price">Festival price: <bdi>[^<]+<\/bdi><span class="approx"> \(≈ <bdi>[^<]*€/,
    )
  })

  it.each(['zh', 'en', 'ru', 'ar', 'es'] as const)(
    '%s: the page carries one dated note naming the factory’s currency',
    async (ui) => {
      const prefix = ui === 'zh' ? '' : `/${ui}`
      // Each language's own currency, except dollars (the romper's), where euros are asked for.
      const query = ui === 'en' || ui === 'ar' ? '?currency=EUR' : ''
      const page = await zhili(`${prefix}/products/${ROMPER.slug}${query}`)
      expect(page.status).toBe(200)
      const [before, after] = MESSAGES[ui].conversionNote.split('{date}')
      expect(page.body.split(before)).toHaveLength(2)
      const date = new Intl.DateTimeFormat(TAGS[ui], { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(original.asOf),
      )
      expect(page.body).toContain(
        `<time dateTime="${original.asOf.slice(0, 10)}"><bdi>${date}</bdi></time>`,
      )
      expect(page.body).toContain(after.split('{currencies}')[0])
      // Among the currencies named: the romper's (cards below may add others).
      expect(page.body).toMatch(/currenc[^<]*<bdi>[^<]*USD[^<]*<\/bdi>|<bdi>[^<]*USD[^<]*<\/bdi>/)
    },
  )

  it('shows the new conversion as soon as the admin saves new rates (cached pages evicted)', async () => {
    const path = `/en/products/${ROMPER.slug}?currency=EUR`
    await zhili(path)
    expect((await zhili(path)).headers['x-chandi-cache']).toBe('hit')
    const euro = ratesOf(original).EUR
    const changed: Table = {
      asOf: '2026-12-05T00:00:00.000Z',
      rates: rows(original).map((row) =>
        row.currency === 'EUR' ? { ...row, rate: Math.round(euro * 1.5 * 1000) / 1000 } : row,
      ),
    }
    const saved = await save(changed)
    expect(saved.status, saved.text).toBe(200)
    const page = await zhili(path)
    expect(page.headers['x-chandi-cache']).not.toBe('hit')
    const price = ROMPER.tiers[0][2]
    expect(page.body).toContain(approx('en', price, 'USD', 'EUR', changed))
    expect(page.body).not.toContain(approx('en', price, 'USD', 'EUR'))
    expect(page.body).toContain('dateTime="2026-12-05"')
  })
})
