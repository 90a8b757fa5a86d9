import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, login, zhili } from '../helpers/api'
import { BROWSER, median, sum, visitRows, waitFor } from '../helpers/barometer'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { deleteInquiries, newestFor, send } from '../helpers/inquiries'
import {
  adminHome,
  DAY,
  figureOf,
  firstDay,
  firstReply,
  homeSection,
  hrefOf,
} from '../helpers/memberHome'

/**
 * A factory member's admin home (issue #23), read as the member's browser reads it (the /admin
 * page with their cookie): each figure against what the database holds, views against a known
 * number of portal requests, and only their own factory's.
 */
let admin: string
let memberA1: string
let memberA2: string
let memberB1: string
let beltA: number
let factoryA1: number
let factoryA2: number
let factoryB1: number
const products: number[] = []

beforeAll(async () => {
  admin = await login(cast.emails.admin)
  memberA1 = await login(memberEmail(cast.factoryA1.slug))
  memberA2 = await login(memberEmail(cast.factoryA2.slug))
  memberB1 = await login(memberEmail(cast.factoryB1.slug))
  beltA = Number(await idBy('tenants', 'slug', cast.beltA.slug))
  factoryA1 = Number(await idBy('factories', 'slug', cast.factoryA1.slug))
  factoryA2 = Number(await idBy('factories', 'slug', cast.factoryA2.slug))
  factoryB1 = Number(await idBy('factories', 'slug', cast.factoryB1.slug))
})

afterAll(async () => {
  await deleteInquiries(admin)
  for (const id of products) await api(`/api/products/${id}`, { method: 'DELETE', token: admin })
})

const browser = { 'user-agent': BROWSER, 'accept-language': 'en-US' }
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${inject('port')}`, browser)

/** The member's views as the database holds them: their profile, their published products. */
const storedViews = async (factory: number, belt: number, token: string) => {
  const published = (
    await api(
      `/api/products?where[factory][equals]=${factory}&where[_status][equals]=published&limit=0&depth=0`,
      { token },
    )
  ).json.docs.map((doc: { id: number }) => String(doc.id))
  const rows = (await visitRows()).filter((row) => row.belt === belt)
  const over = (days: number, match: (row: (typeof rows)[number]) => boolean) =>
    rows
      .filter((row) => row.day >= firstDay(days) && match(row))
      .reduce((total, row) => total + row.count, 0)
  const isProfile = (row: (typeof rows)[number]) =>
    row.kind === 'factory' && row.doc === String(factory)
  const isProduct = (row: (typeof rows)[number]) =>
    row.kind === 'product' && published.includes(row.doc)
  return {
    profileViews7: over(7, isProfile),
    profileViews30: over(30, isProfile),
    productViews7: over(7, isProduct),
    productViews30: over(30, isProduct),
  }
}

const shownViews = (html: string) => ({
  profileViews7: figureOf(html, 'profileViews7'),
  profileViews30: figureOf(html, 'profileViews30'),
  productViews7: figureOf(html, 'productViews7'),
  productViews30: figureOf(html, 'productViews30'),
})

describe('the factory member’s home', () => {
  it('shows the member their own views, each as counted, and no other factory’s', async () => {
    const before = {
      a1: shownViews(homeSection(await adminHome(memberA1))),
      a2: shownViews(homeSection(await adminHome(memberA2))),
      b1: shownViews(homeSection(await adminHome(memberB1))),
    }
    expect(before.a1.profileViews7).not.toBeUndefined()
    const product = cast.factoryA1.products[0].slug
    const tag = unique('home')
    // Known views: 3 of A1's profile, 2 of one of its products, 1 of A2's, 4 of Yiwu's B1.
    for (let view = 0; view < 3; view += 1)
      expect((await zhili(`/en/factories/${cast.factoryA1.slug}?h=${tag}`, browser)).status).toBe(
        200,
      )
    for (let view = 0; view < 2; view += 1)
      expect((await zhili(`/en/products/${product}?h=${tag}`, browser)).status).toBe(200)
    expect((await zhili(`/en/factories/${cast.factoryA2.slug}?h=${tag}`, browser)).status).toBe(200)
    for (let view = 0; view < 4; view += 1)
      expect((await yiwu(`/en/factories/${cast.factoryB1.slug}?h=${tag}`)).status).toBe(200)

    const storedA1 = () => storedViews(factoryA1, beltA, memberA1)
    expect(
      await waitFor(async () => {
        const now = await storedA1()
        return (
          now.profileViews7 >= before.a1.profileViews7! + 3 &&
          now.productViews7 >= before.a1.productViews7! + 2
        )
      }),
      'the views reach the database within a few flushes',
    ).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 1_200))

    const a1 = homeSection(await adminHome(memberA1))
    expect(shownViews(a1)).toEqual(await storedA1())
    expect(shownViews(a1)).toEqual({
      profileViews7: before.a1.profileViews7! + 3,
      profileViews30: before.a1.profileViews30! + 3,
      productViews7: before.a1.productViews7! + 2,
      productViews30: before.a1.productViews30! + 2,
    })
    const a2 = homeSection(await adminHome(memberA2))
    expect(shownViews(a2)).toEqual(await storedViews(factoryA2, beltA, memberA2))
    expect(shownViews(a2).profileViews7).toBe(before.a2.profileViews7! + 1)
    expect(shownViews(a2).productViews7).toBe(before.a2.productViews7)
    const beltB = Number(await idBy('tenants', 'slug', cast.beltB.slug))
    const b1 = homeSection(await adminHome(memberB1))
    expect(shownViews(b1)).toEqual(await storedViews(factoryB1, beltB, memberB1))
    expect(shownViews(b1).profileViews7).toBe(before.b1.profileViews7! + 4)
    // Each home names its own factory only.
    expect(a1).toContain(cast.factoryA1.name.zh)
    expect(a1).not.toContain(cast.factoryA2.name.zh)
    expect(a2).not.toContain(cast.factoryA1.name.zh)
  })

  it('counts the views of published products only: an unpublished product’s go', async () => {
    const slug = unique('home-product')
    const created = await api('/api/products', {
      method: 'POST',
      token: memberA1,
      body: {
        name: `Home ${slug}`,
        slug,
        moq: { quantity: 50, unit: 'piece' },
        priceTiers: [{ minQuantity: 50, unitPrice: 4.2 }],
        _status: 'published',
      },
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    products.push(id)
    const before = figureOf(homeSection(await adminHome(memberA1)), 'productViews30')!
    for (let view = 0; view < 2; view += 1)
      expect((await zhili(`/en/products/${slug}`, browser)).status).toBe(200)
    const counted = () =>
      visitRows().then((rows) => sum(rows, { belt: beltA, kind: 'product', doc: String(id) }))
    expect(await waitFor(async () => (await counted()) >= 2)).toBe(true)
    expect(figureOf(homeSection(await adminHome(memberA1)), 'productViews30')).toBe(before + 2)
    const draft = await api(`/api/products/${id}`, {
      method: 'PATCH',
      token: memberA1,
      body: { _status: 'draft' },
    })
    expect(draft.status, draft.text).toBe(200)
    expect(await counted()).toBe(2) // still stored, no longer shown
    expect(figureOf(homeSection(await adminHome(memberA1)), 'productViews30')).toBe(before)
  })

  it('shows the inquiries waiting for a first reply, linking to the same list', async () => {
    const waiting = async (factory: number) =>
      (
        await api(
          `/api/inquiries?where[factory][equals]=${factory}&where[status][equals]=new&limit=0&depth=0`,
          { token: admin },
        )
      ).json.totalDocs as number
    const before = figureOf(homeSection(await adminHome(memberA1)), 'waiting')!
    const beforeA2 = figureOf(homeSection(await adminHome(memberA2)), 'waiting')!
    expect(before).toBe(await waiting(factoryA1))
    expect((await send()).status).toBe(303)
    await newestFor()
    const html = homeSection(await adminHome(memberA1))
    expect(figureOf(html, 'waiting')).toBe(before + 1)
    expect(figureOf(html, 'waiting')).toBe(await waiting(factoryA1))
    // Another factory's new inquiry is not theirs to answer.
    expect(figureOf(homeSection(await adminHome(memberA2)), 'waiting')).toBe(beforeA2)
    expect(beforeA2).toBe(await waiting(factoryA2))
    // The link opens the admin list with the same filter: the member's REST list counts the same.
    const href = hrefOf(html, 'waiting')!
    expect(href).toMatch(/^\/admin\/collections\/inquiries\?/)
    const list = await api(`/api/inquiries?${href.split('?')[1]}&limit=0&depth=0`, {
      token: memberA1,
    })
    expect(list.status, list.text).toBe(200)
    expect(list.json.totalDocs).toBe(before + 1)
  })

  it('shows the median first-reply time against the belt’s, over the last 30 days', async () => {
    // A new inquiry, answered: the factory has a reply time.
    expect((await send()).status).toBe(303)
    const inquiry = await newestFor()
    const reply = await api(`/api/inquiries/${inquiry.id}`, {
      method: 'PATCH',
      token: memberA1,
      body: { replies: [{ author: 'factory', body: 'Quoted.' }] },
    })
    expect(reply.status, reply.text).toBe(200)
    const html = homeSection(await adminHome(memberA1))
    const since = new Date(Date.now() - 30 * DAY).toISOString()
    const docs = (
      await api(
        `/api/inquiries?where[tenant][equals]=${beltA}&where[createdAt][greater_than_equal]=${since}&limit=0&depth=0`,
        { token: admin },
      )
    ).json.docs as { factory: number; createdAt: string; replies?: any[] }[]
    const published = (
      await api(
        `/api/factories?where[tenant][equals]=${beltA}&where[_status][equals]=published&limit=0&depth=0`,
        { token: admin },
      )
    ).json.docs.map((doc: { id: number }) => doc.id)
    const minutes = (keep: (doc: (typeof docs)[number]) => boolean) =>
      docs.filter(keep).flatMap((doc) => {
        const value = firstReply(doc)
        return value === null ? [] : [value]
      })
    const own = minutes((doc) => doc.factory === factoryA1)
    const belt = minutes((doc) => published.includes(doc.factory))
    expect(own.length).toBeGreaterThan(0)
    expect(figureOf(html, 'replyFactory')).toBe(Math.round(median(own)))
    expect(figureOf(html, 'replyBelt')).toBe(Math.round(median(belt)))
  })

  it('shows how complete the profile is and what to fill next', async () => {
    for (const [token, factory] of [
      [memberA1, factoryA1],
      [memberB1, factoryB1],
    ] as const) {
      const doc = (await api(`/api/factories/${factory}?depth=0&draft=true&locale=all`, { token }))
        .json
      const published = (
        await api(
          `/api/products?where[factory][equals]=${factory}&where[_status][equals]=published&limit=0`,
          { token },
        )
      ).json.totalDocs
      const checks = [
        ['photos', (doc.photos ?? []).length >= 3],
        ['certificates', (doc.certifications ?? []).length > 0],
        ['tourVideo', Boolean(doc.tourVideoUrl)],
        ['summary', Boolean(doc.summary?.zh?.trim() && doc.summary?.en?.trim())],
        ['products', published >= 5],
      ] as const
      const html = homeSection(await adminHome(token))
      const done = checks.filter(([, ok]) => ok).length
      expect(figureOf(html, 'profile')).toBe(Math.round((done / checks.length) * 100))
      for (const [key, ok] of checks)
        expect(html).toContain(`data-check="${key}" data-done="${ok}"`)
      const next = checks.find(([, ok]) => !ok)?.[0]
      if (next) expect(html).toContain(`data-next="${next}"`)
      else expect(html).not.toContain('data-next=')
    }
  })

  it('speaks the admin’s language', async () => {
    const zh = homeSection(await adminHome(memberA1, 'zh'))
    expect(zh).toContain('我的工厂')
    expect(zh).toContain('等待我回复的询盘')
    const en = homeSection(await adminHome(memberA1, 'en'))
    expect(en).toContain('my factory')
    expect(en).toContain('Inquiries waiting for my reply')
    expect(en).not.toContain('等待我回复')
  })

  it('says a factory of an unpublished belt has no views yet', async () => {
    const member = await login(memberEmail(cast.unpublished.factories[0].slug))
    const html = homeSection(await adminHome(member, 'en'))
    expect(html).toContain('not published yet')
    expect(figureOf(html, 'profileViews30')).toBe(0)
  })

  it('is the member’s only: operators and platform admins keep their home and the collection cards', async () => {
    const member = await adminHome(memberA1)
    expect(homeSection(member)).not.toBe('')
    expect(member).not.toContain('class="collections"')
    for (const email of [cast.emails.operatorA, cast.emails.admin]) {
      const html = await adminHome(await login(email))
      expect(homeSection(html), email).toBe('')
      expect(html, email).toContain('class="collections"')
    }
    expect(await adminHome(await login(cast.emails.operatorA))).toContain(
      'data-testid="belt-dashboard"',
    )
  })
})
