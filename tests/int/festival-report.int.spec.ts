import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, zhili } from '../helpers/api'
import { adminPage } from '../helpers/festivalReport'
import { BROWSER, sum, visitRows, waitFor, type VisitRow } from '../helpers/barometer'
import { DAY, dayOf, daysOf, expectedOf, shapeOf, sql } from '../helpers/festivalReport'
import { chromiumPath, launchBrowser } from '../helpers/browser'
import { HOUR, campaignBody } from '../helpers/festivals'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { cleanupAfter, keptIn } from '../helpers/setup'

/**
 * The festival report (issue #23): two ended editions of one kind of campaign in Zhili, the
 * earlier one ten days ago (its visits written as the counter writes them, its inquiries dated
 * back in the database), the later one just now (its pages viewed and its inquiries sent and
 * answered while it ran, then ended by its operator). Each figure is checked against what the
 * database holds; then who may read it, and the PDF.
 */
const cleanup = cleanupAfter({ newestFirst: true })
const kept = keptIn(cleanup)
const KIND = 'procurement-festival'

let admin: string
let operatorA: string
let operatorB: string
let memberA1: string
let beltA: number
const ids: Record<string, number> = {}
let current: { id: number; slug: string; startsAt: string; endsAt: string }
let previous: { id: number; slug: string; startsAt: string; endsAt: string }
/** Visit counts written for the previous edition, removed after. */
const written: VisitRow[] = []
let campaignViewsBefore = 0

const report = (id: number, query = 'format=json', token?: string) =>
  api(`/api/campaigns/${id}/report?${query}`, { token })

/** An inquiry to a factory of Zhili about one of its products, made by the platform admin. */
const inquiry = async (factory: number, product: number) => {
  const created = await api('/api/inquiries', {
    method: 'POST',
    token: admin,
    body: {
      subject: 'Festival report test',
      tenant: beltA,
      factory,
      product,
      message: 'Please quote 500 sets.',
      buyer: { name: 'Report Buyer', email: `${unique('report-buyer')}@example.com` },
    },
  })
  expect(created.status, created.text).toBe(201)
  cleanup.push({ collection: 'inquiries', id: created.json.doc.id })
  return created.json.doc.id as number
}

/** The factory's member answers (sent messages are kept as they are; a new one is added). */
const reply = async (id: number, withQuote: boolean) => {
  const sent = (await api(`/api/inquiries/${id}?depth=0`, { token: memberA1 })).json.replies ?? []
  const response = await api(`/api/inquiries/${id}`, {
    method: 'PATCH',
    token: memberA1,
    body: {
      replies: [
        ...sent,
        {
          author: 'factory',
          body: withQuote ? 'Our price below.' : 'Thank you, we will quote tomorrow.',
          ...(withQuote
            ? {
                quote: {
                  priceTiers: [{ minQuantity: 500, unitPrice: 3.2 }],
                  validUntil: new Date(Date.now() + 30 * DAY).toISOString(),
                },
              }
            : {}),
        },
      ],
    },
  })
  expect(response.status, response.text).toBe(200)
}

const makeCampaign = async (startsAt: number, endsAt: number, extra = {}) => {
  const response = kept(
    'campaigns',
    await api('/api/campaigns', {
      method: 'POST',
      token: operatorA,
      body: campaignBody({
        kind: KIND,
        name: `采购节 ${new Date(startsAt).toISOString().slice(0, 10)}`,
        confirmOverlap: true,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(endsAt).toISOString(),
        ...extra,
      }),
    }),
  )
  expect(response.status, response.text).toBe(201)
  return response.json.doc
}

beforeAll(async () => {
  admin = await login(cast.emails.admin)
  operatorA = await login(cast.emails.operatorA)
  operatorB = await login(cast.emails.operatorB)
  memberA1 = await login(memberEmail(cast.factoryA1.slug))
  beltA = Number(await idBy('tenants', 'slug', cast.beltA.slug))
  ids.factoryA1 = Number(await idBy('factories', 'slug', cast.factoryA1.slug))
  ids.factoryA2 = Number(await idBy('factories', 'slug', cast.factoryA2.slug))
  ids.productA1 = Number(await idBy('products', 'slug', cast.factoryA1.products[0].slug))
  ids.productA2 = Number(await idBy('products', 'slug', cast.factoryA2.products[0].slug))

  // The last edition: ten days ago, its figures written into the database as they would have been.
  previous = await makeCampaign(Date.now() - 10 * DAY, Date.now() - 9 * DAY)
  const day = dayOf(previous.startsAt)
  written.push(
    { belt: beltA, day, kind: 'campaign', doc: String(previous.id), country: 'DE', count: 5 },
    { belt: beltA, day, kind: 'product', doc: String(ids.productA2), country: 'DE', count: 7 },
    { belt: beltA, day, kind: 'home', doc: '', country: 'FR', count: 11 },
  )
  for (const row of written)
    await sql(
      'visits',
      'insert into visits as v (belt, day, kind, doc, country, count) values (?, ?, ?, ?, ?, ?) on conflict (belt, day, kind, doc, country) do update set count = v.count + excluded.count',
      [row.belt, row.day, row.kind, row.doc, row.country, row.count],
    )
  const earlier = [
    await inquiry(ids.factoryA1, ids.productA1),
    await inquiry(ids.factoryA2, ids.productA2),
  ]
  await reply(earlier[0], true)
  const inWindow = new Date(Date.parse(previous.startsAt) + HOUR).toISOString()
  for (const id of earlier)
    await sql('main', 'update inquiries set created_at = ? where id = ?', [inWindow, id])

  // This edition: running now; its pages are viewed and its inquiries sent and answered.
  current = await makeCampaign(Date.now() - 1000, Date.now() + 2 * HOUR)
  const counted = (match: Partial<VisitRow>) => async () => sum(await visitRows(), match)
  const today = dayOf(new Date().toISOString())
  const productBefore = await counted({ belt: beltA, day: today, doc: String(ids.productA1) })()
  // A PostgreSQL cluster's counts outlive a run, and a campaign's id may come again: count on.
  campaignViewsBefore = await counted({ belt: beltA, kind: 'campaign', doc: String(current.id) })()
  for (let view = 0; view < 3; view += 1)
    expect(
      (
        await zhili(`/en/campaigns/${current.slug}?view=${view}`, {
          'user-agent': BROWSER,
          'accept-language': 'pt-BR',
        })
      ).status,
    ).toBe(200)
  for (let view = 0; view < 4; view += 1)
    expect(
      (
        await zhili(`/en/products/${cast.factoryA1.products[0].slug}?view=${view}`, {
          'user-agent': BROWSER,
        })
      ).status,
    ).toBe(200)
  expect(
    await waitFor(
      async () =>
        (await counted({ belt: beltA, kind: 'campaign', doc: String(current.id) })()) ===
          campaignViewsBefore + 3 &&
        (await counted({ belt: beltA, day: today, doc: String(ids.productA1) })()) >=
          productBefore + 4,
    ),
  ).toBe(true)
  const now = [
    await inquiry(ids.factoryA1, ids.productA1),
    await inquiry(ids.factoryA1, ids.productA1),
    await inquiry(ids.factoryA2, ids.productA2),
  ]
  await reply(now[0], true)
  await reply(now[1], false)
  await reply(now[1], true)
})

afterAll(async () => {
  for (const row of written)
    await sql(
      'visits',
      'delete from visits where belt = ? and day = ? and kind = ? and doc = ? and country = ?',
      [row.belt, row.day, row.kind, row.doc, row.country],
    )
})

describe('before the campaign ends', () => {
  it('is a 409 saying so, for a running campaign and for a draft', async () => {
    const running = await report(current.id, 'format=json', operatorA)
    expect(running.status, running.text).toBe(409)
    expect(running.json.errors[0].message).toMatch(/still running/)
    const draft = await makeCampaign(Date.now() - 5 * DAY, Date.now() - 4 * DAY, {
      _status: 'draft',
    })
    const unpublished = await report(draft.id, '', operatorA)
    expect(unpublished.status).toBe(409)
    expect(unpublished.json.errors[0].message).toMatch(/not been published/)
    // Its operator ends it now: every inquiry above came while it ran.
    const ended = await api(`/api/campaigns/${current.id}`, {
      method: 'PATCH',
      token: operatorA,
      body: { endsAt: new Date().toISOString(), _status: 'published' },
    })
    expect(ended.status, ended.text).toBe(200)
    current = { ...current, endsAt: ended.json.doc.endsAt }
  })
})

describe('the report of an ended campaign', () => {
  it('gives each figure of both editions as the database holds it', async () => {
    const response = await report(current.id, 'format=json', operatorA)
    expect(response.status, response.text).toBe(200)
    const body = response.json
    expect(body.current.campaign).toMatchObject({ id: current.id, kind: KIND })
    expect(body.previous.campaign).toMatchObject({ id: previous.id, kind: KIND })
    expect(body.current.days).toEqual(daysOf(current.startsAt, current.endsAt))
    expect(shapeOf(body.current)).toEqual(await expectedOf(current, beltA))
    expect(shapeOf(body.previous)).toEqual(await expectedOf(previous, beltA))
    // What this file made is in it: the campaign page's views, its inquiries and quotations.
    expect(body.current.visits.campaignPage).toBe(campaignViewsBefore + 3)
    expect(body.current.visits.countries.map((row: any) => row.code)).toContain('BR')
    expect(body.current.inquiries.total).toBeGreaterThanOrEqual(3)
    expect(body.current.inquiries.quotes).toBeGreaterThanOrEqual(2)
    expect(body.previous.visits.campaignPage).toBeGreaterThanOrEqual(5)
    expect(body.previous.visits.total).toBeGreaterThanOrEqual(23)
    expect(body.previous.inquiries).toMatchObject({ total: 2, answered: 1, quotes: 1, quoted: 1 })
    expect(
      body.previous.topProducts.find((row: any) => row.id === ids.productA2)?.visits,
    ).toBeGreaterThanOrEqual(7)
    // Nothing about a buyer.
    expect(response.text).not.toMatch(/Report Buyer|report-buyer|example\.com|Please quote/)
  })

  it('is an A4 page in Chinese, or in English, with the same figures', async () => {
    const figures = (await report(current.id, 'format=json', operatorA)).json
    const page = await report(current.id, '', operatorA)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.text).toMatch(/^<!doctype html><html lang="zh-CN">/)
    expect(page.text).toContain('@page { size: A4;')
    expect(page.text).toContain('节日活动报告')
    for (const [figure, value, before] of [
      ['visits.total', figures.current.visits.total, figures.previous.visits.total],
      ['inquiries.total', figures.current.inquiries.total, figures.previous.inquiries.total],
      ['inquiries.quotes', figures.current.inquiries.quotes, figures.previous.inquiries.quotes],
    ])
      expect(page.text).toContain(
        `data-figure="${figure}" data-value="${value}" data-previous="${before}"`,
      )
    expect(page.text).not.toMatch(/<script|Report Buyer|report-buyer/)
    const english = await report(current.id, 'lang=en', operatorA)
    expect(english.status).toBe(200)
    expect(english.text).toMatch(/^<!doctype html><html lang="en">/)
    expect(english.text).toContain('Festival report')
  })

  it('is printed to an A4 PDF by Chromium', async () => {
    const pdf = await report(current.id, 'format=pdf&lang=en', operatorA)
    if (!fs.existsSync(chromiumPath())) {
      expect(pdf.status).toBe(503)
      expect(pdf.json.errors[0].message).toMatch(/Chromium/)
      return
    }
    expect(pdf.status, pdf.text.slice(0, 300)).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/)
    // The page as a browser shows it, for the README.
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage({ viewport: { width: 820, height: 1160 } })
      await page.setContent((await report(current.id, '', operatorA)).text)
      fs.mkdirSync('docs/screenshots', { recursive: true })
      await page.screenshot({ path: 'docs/screenshots/festival-report.png', fullPage: true })
    } finally {
      await browser.close()
    }
  })
})

describe('the campaign’s admin page', () => {
  it('links the report and its PDF once the campaign has ended, not before', async () => {
    const link = `/api/campaigns/${current.id}/report`
    const ended = await adminPage(`/admin/collections/campaigns/${current.id}`, operatorA)
    expect(ended).toContain('data-testid="campaign-report"')
    expect(ended).toContain(`href="${link}"`)
    expect(ended).toContain(`href="${link}?format=pdf"`)
    const running = kept(
      'campaigns',
      await api('/api/campaigns', {
        method: 'POST',
        token: operatorA,
        body: campaignBody({ confirmOverlap: true }),
      }),
    )
    const upcoming = await adminPage(
      `/admin/collections/campaigns/${running.json.doc.id}`,
      operatorA,
    )
    expect(upcoming).toContain('data-testid="campaign-coverage"') // the page did render its fields
    expect(upcoming).not.toContain('data-testid="campaign-report"')
  })
})

describe('who may read it', () => {
  it('the belt’s operators and platform admins; not another belt’s operator, a member or anonymous', async () => {
    expect((await report(current.id, 'format=json', admin)).status).toBe(200)
    const other = await report(current.id, 'format=json', operatorB)
    expect(other.status).toBe(404)
    expect(other.text).not.toContain(String(current.slug))
    expect((await report(current.id, 'format=pdf', operatorB)).status).toBe(404)
    const member = await report(current.id, 'format=json', memberA1)
    expect(member.status).toBe(403)
    expect(member.json.errors[0].message).toMatch(/operators/)
    expect((await report(current.id, 'format=json')).status).toBe(401)
    expect((await report(current.id, 'format=pdf')).status).toBe(401)
  })

  it('answers a wrong address or option in one line, never a 500', async () => {
    expect((await report(99_999_999, '', operatorA)).status).toBe(404)
    const word = await api('/api/campaigns/abc/report', { token: operatorA })
    expect(word.status).toBe(404)
    const format = await report(current.id, 'format=xls', operatorA)
    expect(format.status).toBe(400)
    expect(format.json.errors[0].message).toBe('format: html, pdf or json.')
    expect((await report(current.id, 'lang=fr', operatorA)).status).toBe(400)
  })
})
