import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/api'
import { cast, idBy, memberEmail } from '../helpers/fixtures'

/** The operator's dashboard: every figure checked against the database through REST. */
let operator: string
let admin: string
let belt: number | string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
  belt = await idBy('tenants', 'slug', cast.beltA.slug)
})

const total = async (collection: string, query: string) => {
  const response = await api(
    `/api/${collection}?where[tenant][equals]=${belt}&${query}&limit=0&depth=0&draft=true`,
    { token: admin },
  )
  expect(response.status, response.text).toBe(200)
  return response.json.totalDocs as number
}

describe('the belt dashboard', () => {
  it('shows the operator their belt’s figures, each equal to what the database holds', async () => {
    const response = await api('/api/dashboard', { token: operator })
    expect(response.status, response.text).toBe(200)
    const figures = response.json
    expect(figures.belt.slug).toBe(cast.beltA.slug)
    expect(figures.factories.total.value).toBe(await total('factories', 'x=1'))
    expect(figures.factories.total.value).toBeGreaterThan(0)
    expect(figures.factories.verified.value).toBe(
      await total('factories', 'where[verification.status][equals]=verified'),
    )

    const factories = (
      await api(`/api/factories?where[tenant][equals]=${belt}&limit=0&depth=0&draft=true`, {
        token: admin,
      })
    ).json.docs
    const products = (
      await api(`/api/products?where[tenant][equals]=${belt}&limit=0&depth=0&draft=true`, {
        token: admin,
      })
    ).json.docs
    const withProducts = new Set(products.map((product: any) => String(product.factory)))
    expect(figures.factories.withoutProducts.value).toBe(
      factories.filter((factory: any) => !withProducts.has(String(factory.id))).length,
    )
    expect(figures.factories.withoutPhotos.value).toBe(
      factories.filter((factory: any) => !(factory.photos ?? []).length).length,
    )

    const weekAgo = new Date(Date.parse(figures.at) - 7 * 86_400_000).toISOString()
    expect(figures.products.publishedThisWeek.value).toBe(
      await total(
        'products',
        `where[_status][equals]=published&where[createdAt][greater_than_equal]=${weekAgo}`,
      ),
    )
    expect(figures.inquiries.thisWeek.value).toBe(
      await total('inquiries', `where[createdAt][greater_than_equal]=${weekAgo}`),
    )
    expect(figures.campaigns.live).toBeGreaterThanOrEqual(1) // Super Origin Day is on
    const campaigns = await total('campaigns', 'x=1')
    expect(
      figures.campaigns.live +
        figures.campaigns.scheduled +
        figures.campaigns.draft +
        figures.campaigns.ended,
    ).toBe(campaigns)
    const until = new Date(Date.parse(figures.at) + 24 * 3_600_000).toISOString()
    expect(figures.live.sessionsNext24h).toBe(
      await total(
        'live-sessions',
        `where[startsAt][less_than]=${until}&where[endsAt][greater_than]=${figures.at}`,
      ),
    )
    expect(figures.live.hoursCoveredNext24h).toBeLessThanOrEqual(24)
    expect(figures.checklist.find((item: any) => item.key === 'factories').done).toBe(true)
    // The numbers link to the admin list they count.
    expect(figures.factories.verified.href).toMatch(
      /^\/admin\/collections\/factories\?.*verification\.status/,
    )
  })

  it('is refused to another belt’s operator, a factory member and the public', async () => {
    expect(
      (await api(`/api/dashboard?belt=${belt}`, { token: await login(cast.emails.operatorB) }))
        .status,
    ).toBe(403)
    expect(
      (await api('/api/dashboard', { token: await login(memberEmail(cast.factoryA1.slug)) }))
        .status,
    ).toBe(403)
    expect((await api('/api/dashboard')).status).toBe(403)
    expect((await api(`/api/dashboard?belt=${belt}`, { token: admin })).status).toBe(200)
  })
})
