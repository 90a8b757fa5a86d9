import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest'

import { api, getWithHost, login, rawRequest, zhili } from '../helpers/api'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { deleteInquiries, newestFor, send } from '../helpers/inquiries'
import {
  BROWSER,
  card,
  chart,
  DAY,
  median,
  perWeek,
  ranking,
  sum,
  type VisitRow,
  visitRows,
  waitFor,
  weekOf,
} from '../helpers/barometer'

/**
 * The belt barometer (issue #23): page views counted without cookies (src/platform/visits.ts)
 * against a known number of requests, and the public /barometer pages, each figure checked
 * against what the database holds.
 */
const port = () => inject('port')
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${port()}`)
const hub = (path: string) => getWithHost(path, `localhost:${port()}`)

let admin: string
let operator: string
let beltA: number
let beltB: number

beforeAll(async () => {
  admin = await login(cast.emails.admin)
  operator = await login(cast.emails.operatorA)
  beltA = Number(await idBy('tenants', 'slug', cast.beltA.slug))
  beltB = Number(await idBy('tenants', 'slug', cast.beltB.slug))
  // An inquiry this week, answered by its factory: the inquiry and reply-time figures move.
  expect((await send()).status).toBe(303)
  const inquiry = await newestFor()
  const member = await login(memberEmail(cast.factoryA1.slug))
  const reply = await api(`/api/inquiries/${inquiry.id}`, {
    method: 'PATCH',
    token: member,
    body: { replies: [{ author: 'factory', body: 'Quoted.' }] },
  })
  expect(reply.status, reply.text).toBe(200)
})

afterAll(async () => {
  await deleteInquiries(admin)
})

describe('visits', () => {
  it('counts each page view a browser gets, cached or not, and nothing else', async () => {
    const factory = Number(await idBy('factories', 'slug', cast.factoryA1.slug))
    const path = `/en/factories/${cast.factoryA1.slug}?visits=${unique('v')}`
    // `xx` has no region: the first tag that has one gives the country.
    const browser = { 'user-agent': BROWSER, 'accept-language': 'xx, en-QZ;q=0.8' }
    const before = await visitRows()
    const asCounted = (rows: VisitRow[]) => ({
      factory: sum(rows, { belt: beltA, kind: 'factory', doc: String(factory), country: 'QZ' }),
      allQZ: sum(rows, { country: 'QZ' }),
      proxied: sum(rows, { belt: beltA, kind: 'factory', country: 'QY' }),
      uncached: sum(rows, { belt: beltA, kind: 'other', country: 'QX' }),
    })
    const start = asCounted(before)

    const first = await zhili(path, browser)
    expect(first.status).toBe(200)
    expect(first.headers['x-chandi-cache']).toBe('miss')
    // Three cached hits, each a view. Another file's edit of Zhili running meanwhile can evict
    // the page (the next view is then a miss, a view all the same): ask until three hits.
    let [views, hits, etag] = [1, 0, String(first.headers.etag)]
    for (let attempt = 0; attempt < 10 && hits < 3; attempt += 1) {
      const again = await zhili(path, browser)
      expect(again.status).toBe(200)
      views += 1
      etag = String(again.headers.etag)
      if (again.headers['x-chandi-cache'] === 'hit') hits += 1
    }
    expect(hits).toBe(3)
    // Not views: a HEAD, a bot, a request without a user agent, a 304, a 404.
    const head = await rawRequest(path, {
      method: 'HEAD',
      headers: { ...browser, host: `zhili.localhost:${port()}` },
    })
    expect(head.status).toBe(200)
    const bot = await zhili(path, {
      'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'accept-language': 'en-QZ',
    })
    expect(bot.status).toBe(200)
    expect((await zhili(path, { 'accept-language': 'en-QZ' })).status).toBe(200)
    expect((await zhili(path, { ...browser, 'if-none-match': etag })).status).toBe(304)
    expect((await zhili('/en/factories/no-such-factory-at-all', browser)).status).toBe(404)
    // The proxy's country header wins over the language.
    await zhili(path, { ...browser, 'cf-ipcountry': 'QY' })
    // A page never cached (the sourcing board) is counted as it is rendered.
    for (let view = 0; view < 2; view += 1) {
      const board = await zhili('/en/sourcing', { ...browser, 'accept-language': 'en-QX' })
      expect(board.status).toBe(200)
      expect(board.headers['x-chandi-cache']).toBe('bypass')
    }

    const expected = {
      factory: start.factory + views,
      allQZ: start.allQZ + views,
      proxied: start.proxied + 1,
      uncached: start.uncached + 2,
    }
    const reached = await waitFor(async () => {
      const now = asCounted(await visitRows())
      return now.factory >= expected.factory && now.proxied >= expected.proxied
    })
    expect(reached, 'the views reach the database within a few flushes').toBe(true)
    // Two more flush intervals: nothing else arrives late.
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    const after = await visitRows()
    expect(asCounted(after)).toEqual(expected)
    // Nothing personal is stored: the columns are the page, the day and the country.
    expect(Object.keys(after[0]).sort()).toEqual(
      ['belt', 'count', 'country', 'day', 'doc', 'kind'].sort(),
    )
    const today = new Date().toISOString().slice(0, 10)
    expect(sum(after, { country: 'QY', day: today })).toBeGreaterThan(0)
  })
})

describe('the barometer', () => {
  const total = async (collection: string, query: string, token?: string) => {
    const response = await api(`/api/${collection}?${query}&limit=0&depth=0`, { token })
    expect(response.status, response.text).toBe(200)
    return response.json.totalDocs as number
  }

  it('shows each figure as the database holds it, charts with tables of the same numbers', async () => {
    const page = await zhili(`/en/barometer?t=${unique('b')}`)
    expect(page.status).toBe(200)
    const body = page.body
    // Factories and products as the public reads them through REST; verified as the admin counts.
    const factories = await total('factories', `where[tenant][equals]=${beltA}`)
    expect(Number(card(body, 'factories'))).toBe(factories)
    expect(factories).toBeGreaterThan(0)
    expect(Number(card(body, 'verifiedShare'))).toBe(
      await total(
        'factories',
        `where[tenant][equals]=${beltA}&where[_status][equals]=published&where[verification.status][equals]=verified`,
        admin,
      ),
    )
    const products = await api(
      `/api/products?where[tenant][equals]=${beltA}&limit=0&depth=0&select[createdAt]=true&select[category]=true`,
    )
    expect(Number(card(body, 'products'))).toBe(products.json.totalDocs)

    const newProducts = chart(body, 'newProducts')!
    expect(newProducts.weeks).toHaveLength(12)
    expect(newProducts.weeks.at(-1)).toBe(new Date(Date.now() - 6 * DAY).toISOString().slice(0, 10))
    const weeks = newProducts.weeks
    expect(newProducts.values).toEqual(
      perWeek(
        weeks,
        products.json.docs.map((doc: any) => Date.parse(doc.createdAt)),
      ),
    )
    const inquiries = (
      await api(
        `/api/inquiries?where[tenant][equals]=${beltA}&where[createdAt][greater_than_equal]=${weeks[0]}T00:00:00.000Z&limit=0&depth=0`,
        { token: admin },
      )
    ).json.docs
    expect(chart(body, 'inquiries')!.values).toEqual(
      perWeek(
        weeks,
        inquiries.map((doc: any) => Date.parse(doc.createdAt)),
      ),
    )
    expect(chart(body, 'inquiries')!.values.at(-1)).toBeGreaterThan(0)
    const replyHours = inquiries.flatMap((doc: any) => {
      const first = (doc.replies ?? []).find((reply: any) => reply.author === 'factory')
      return first?.sentAt
        ? [(Date.parse(first.sentAt) - Date.parse(doc.createdAt)) / 3_600_000]
        : []
    })
    expect(replyHours.length).toBeGreaterThan(0)
    expect(Number(card(body, 'replyTime'))).toBe(Math.round(median(replyHours) * 10) / 10)

    const rows = (await visitRows()).filter((row) => row.belt === beltA && row.day >= weeks[0])
    const visitWeeks = weeks.map(() => 0)
    const countries: Record<string, number> = {}
    for (const row of rows) {
      visitWeeks[weekOf(weeks, Date.parse(`${row.day}T00:00:00Z`))] += row.count
      countries[row.country || 'Unknown'] = (countries[row.country || 'Unknown'] ?? 0) + row.count
    }
    expect(chart(body, 'visits')!.values).toEqual(visitWeeks)
    const shown = ranking(body, 'countries')!
    for (const [code, count] of Object.entries(shown)) expect(countries[code]).toBe(count)
    expect(shown.QZ).toBeGreaterThan(0)

    const byCategory: Record<string, number> = {}
    for (const doc of products.json.docs)
      if (doc.category) byCategory[doc.category] = (byCategory[doc.category] ?? 0) + 1
    const names = (
      await api(`/api/categories?where[tenant][equals]=${beltA}&limit=0&depth=0&locale=en`)
    ).json.docs
    const categories = ranking(body, 'categories')!
    expect(Object.keys(categories).length).toBeGreaterThan(0)
    for (const [name, count] of Object.entries(categories)) {
      const category = names.find((doc: any) => doc.name === name)
      expect(byCategory[category.id]).toBe(count)
    }

    // Each chart: an image with a label, and the table beside it gives the same numbers.
    for (const figure of ['newProducts', 'inquiries', 'visits']) {
      const drawn = chart(body, figure)!
      expect(drawn.svg).toContain('role="img"')
      expect(drawn.label.split(': ').at(-1)!.split(', ').map(Number)).toEqual(drawn.values)
    }
    expect(body).not.toContain('<script src')
  })

  it('shows a belt its own figures only, and the hub every belt side by side', async () => {
    const own = await yiwu(`/en/barometer?t=${unique('b')}`)
    expect(own.status).toBe(200)
    expect(Number(card(own.body, 'factories'))).toBe(
      await total('factories', `where[tenant][equals]=${beltB}`),
    )
    // The views counted on Zhili's pages are not Yiwu's.
    expect(ranking(own.body, 'countries')!.QZ).toBeUndefined()
    const zhiliPage = await zhili(`/en/barometer?t=${unique('b')}`)
    const hubPage = await hub(`/en/barometer?t=${unique('b')}`)
    expect(hubPage.status).toBe(200)
    const rowOf = (slug: string) =>
      hubPage.body.match(new RegExp(`<tr data-belt="${slug}">([\\s\\S]*?)</tr>`))?.[1] ?? ''
    const values = (row: string) =>
      [...row.matchAll(/<td data-value="([\d.]+)"/g)].map((match) => Number(match[1]))
    const [activity, factories, products, newProducts, inquiries, sourcing, liveHours, visits] =
      values(rowOf(cast.beltA.slug))
    expect(factories).toBe(Number(card(zhiliPage.body, 'factories')))
    expect(products).toBe(Number(card(zhiliPage.body, 'products')))
    expect(newProducts).toBe(chart(zhiliPage.body, 'newProducts')!.values.at(-1))
    expect(inquiries).toBe(chart(zhiliPage.body, 'inquiries')!.values.at(-1))
    expect(sourcing).toBe(chart(zhiliPage.body, 'sourcing')!.values.at(-1))
    expect(liveHours).toBe(chart(zhiliPage.body, 'liveHours')!.values.at(-1))
    expect(visits).toBe(chart(zhiliPage.body, 'visits')!.values.at(-1))
    // Sourcing requests and live hours (rounded) count as well as inquiries, products and views.
    expect(activity).toBe(newProducts + inquiries + sourcing + Math.round(liveHours) + visits)
    // Ranked by activity, most active first; the unpublished belt is not listed.
    const ranked = [
      ...hubPage.body.matchAll(
        /<tr data-belt="[^"]+"><td>\d+<\/td><th[^>]*>[\s\S]*?<\/th><td data-value="(\d+)"/g,
      ),
    ].map((match) => Number(match[1]))
    expect(ranked.length).toBeGreaterThan(1)
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a))
    expect(hubPage.body).not.toContain(`data-belt="${cast.unpublished.slug}"`)
    // An unpublished belt's barometer is a 404 like its other pages.
    const hidden = await getWithHost(
      '/en/barometer',
      `${cast.unpublished.slug}.localhost:${port()}`,
    )
    expect(hidden.status).toBe(404)
  })

  it('leaves out the figures the belt’s operator keeps private', async () => {
    const keep = ['factories', 'products', 'newProducts', 'inquiries', 'replyTime', 'categories']
    const before = (await api(`/api/tenants/${beltA}?depth=0`, { token: admin })).json
      .barometerFigures
    const patch = await api(`/api/tenants/${beltA}`, {
      method: 'PATCH',
      token: operator,
      body: { barometerFigures: keep },
    })
    expect(patch.status, patch.text).toBe(200)
    onTestFinished(async () => {
      await api(`/api/tenants/${beltA}`, {
        method: 'PATCH',
        token: admin,
        body: { barometerFigures: before },
      })
    })
    // The edit evicted the belt's pages: the same address renders again.
    const page = await zhili('/en/barometer')
    expect(page.status).toBe(200)
    expect(chart(page.body, 'visits')).toBeNull()
    expect(ranking(page.body, 'countries')).toBeNull()
    expect(chart(page.body, 'inquiries')).not.toBeNull()
    const hubRow =
      (await hub(`/en/barometer?t=${unique('b')}`)).body.match(
        new RegExp(`<tr data-belt="${cast.beltA.slug}">([\\s\\S]*?)</tr>`),
      )?.[1] ?? ''
    expect(hubRow).toContain('Not public')
  })
})
