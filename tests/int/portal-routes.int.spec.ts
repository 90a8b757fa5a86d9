import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, login, wholeSitemap, zhili } from '../helpers/api'
import { cast, idBy, unique } from '../helpers/fixtures'
import { restoreAfter } from '../helpers/setup'

/**
 * The public renderer through HTTP, on two belts (Zhili and Yiwu): every route shows the right
 * belt's content and branding only, in the buyer's language, cached and evicted per belt. This file: the routes and languages.
 */
const port = () => inject('port')
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${port()}`)

let operator: string
let admin: string
const restore = restoreAfter()

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
})

describe('routes on two belts', () => {
  it('each home page shows its own belt, branding and figures, never the other’s', async () => {
    const a = await zhili('/')
    const b = await yiwu('/')
    expect(a.status).toBe(200)
    expect(a.body).toContain(cast.beltA.name.zh)
    expect(a.body).toContain(cast.beltA.keyFigures[0].value)
    expect(a.body).toContain(`--primary:${cast.beltA.branding.primaryColour.toLowerCase()}`)
    expect(a.body).not.toContain(cast.beltB.name.zh)
    expect(b.body).toContain(cast.beltB.name.zh)
    expect(b.body).not.toContain(cast.beltA.name.zh)
    expect(b.body).toContain(`--primary:${cast.beltB.branding.primaryColour.toLowerCase()}`)
  })

  it('the directory lists the belt’s factories only, and another belt’s factory is not found here', async () => {
    const list = await zhili('/factories')
    for (const factory of cast.beltA.factories) expect(list.body).toContain(factory.name.zh)
    for (const factory of cast.beltB.factories) expect(list.body).not.toContain(factory.name.zh)
    expect((await zhili(`/factories/${cast.factoryA1.slug}`)).status).toBe(200)
    expect((await zhili(`/factories/${cast.factoryB1.slug}`)).status).toBe(404)
    expect((await yiwu(`/products/${cast.factoryA1.products[0].slug}`)).status).toBe(404)
  })

  it('a factory profile shows its facts, certifications, photos and products', async () => {
    const page = await zhili(`/en/factories/${cast.factoryA1.slug}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain(cast.factoryA1.name.en)
    expect(page.body).toContain(cast.factoryA1.certifications[0].name)
    expect(page.body).toContain(cast.factoryA1.products[0].name.en)
    expect(page.body).not.toContain(cast.factoryA1.contact.email)
  })

  it('the directory’s category and MOQ filters list the factories with a matching product, and only those', async () => {
    const belt = cast.beltA
    const below = (slug: string): string[] => [
      slug,
      ...belt.categories
        .filter((category) => category.parent === slug)
        .flatMap((category) => below(category.slug)),
    ]
    const listed = (body: string) =>
      belt.factories
        .filter((factory) => body.includes(`href="/en/factories/${factory.slug}"`))
        .map((factory) => factory.slug)
        .sort()
    for (const category of belt.categories) {
      const within = below(category.slug)
      const expected = belt.factories
        .filter((factory) => factory.products.some((product) => within.includes(product.category)))
        .map((factory) => factory.slug)
        .sort()
      const page = await zhili(`/en/factories?category=${category.slug}`)
      expect(page.status).toBe(200)
      expect(listed(page.body), category.slug).toEqual(expected)
    }
    const smallest = Math.min(
      ...belt.factories.flatMap((factory) => factory.products.map((product) => product.moq)),
    )
    const page = await zhili(`/en/factories?moqMax=${smallest}`)
    expect(listed(page.body)).toEqual(
      belt.factories
        .filter((factory) => factory.products.some((product) => product.moq <= smallest))
        .map((factory) => factory.slug)
        .sort(),
    )
    expect(listed(page.body).length).toBeLessThan(belt.factories.length)
  })

  it('a product page shows MOQ with its unit and the price tiers as a table, with Product JSON-LD offers', async () => {
    // The second product: the demo festival gives the first one festival prices.
    const product = cast.factoryA1.products[1]
    const page = await zhili(`/en/products/${product.slug}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain(product.name.en)
    const table = page.body.match(/<table class="tiers">(.*?)<\/table>/)?.[1] ?? ''
    expect(table.match(/<tr>/g)?.length).toBe(product.tiers.length + 1)
    // React separates adjacent text with <!-- --> markers.
    expect(page.body.replace(/<!-- -->/g, '')).toContain(
      `MOQ</dt><dd><bdi>${product.moq.toLocaleString('en')} ${product.unit}s</bdi></dd>`,
    )
    const ld = [...page.body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1]),
    )
    const productLd = ld.find((item) => item['@type'] === 'Product')
    expect(productLd.offers.offers).toHaveLength(product.tiers.length)
    expect(productLd.offers.lowPrice).toBe(Math.min(...product.tiers.map((tier) => tier[2])))
    expect(productLd.offers.offers[0].eligibleQuantity.minValue).toBe(product.moq)
    expect(productLd.offers.priceCurrency).toBe(product.currency)
  })

  it('an operator’s page is served at its slug, and a draft page never is', async () => {
    expect((await zhili('/about')).body).toContain(cast.beltA.about.title.zh)
    const slug = unique('draft')
    const draft = await api('/api/pages?draft=true', {
      method: 'POST',
      token: operator,
      body: { title: 'Unreleased', slug, _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    restore.push(() => api(`/api/pages/${draft.json.doc.id}`, { method: 'DELETE', token: admin }))
    expect((await zhili(`/${slug}`)).status).toBe(404)
  })

  it('each sitemap lists only its own belt’s published URLs, in every language, on its own domain', async () => {
    const index = await zhili('/sitemap.xml')
    expect(index.status).toBe(200)
    expect(index.headers['content-type']).toMatch(/xml/)
    const a = { body: await wholeSitemap(zhili) }
    expect(a.body).toContain(`https://${cast.beltA.domains[0]}/factories/${cast.factoryA1.slug}`)
    expect(a.body).toContain(
      `https://${cast.beltA.domains[0]}/en/products/${cast.factoryA1.products[0].slug}`,
    )
    expect(a.body).toContain(`https://${cast.beltA.domains[0]}/ar/factories/${cast.factoryA1.slug}`)
    for (const factory of cast.beltB.factories) expect(a.body).not.toContain(factory.slug)
    expect(a.body).not.toContain(cast.beltB.domains[0])
    const robots = await zhili('/robots.txt')
    expect(robots.body).toContain(`Sitemap: https://${cast.beltA.domains[0]}/sitemap.xml`)
  })

  it('a belt’s own domain serves its portal', async () => {
    const page = await getWithHost('/', cast.beltB.domains[0])
    expect(page.status).toBe(200)
    expect(page.body).toContain(cast.beltB.name.zh)
  })
})

describe('languages', () => {
  it('serves English content under /en, with the interface in English', async () => {
    const page = await zhili('/en')
    expect(page.body).toContain('lang="en"')
    expect(page.body).toContain(cast.beltA.name.en)
    expect(page.body).toContain('>Factories<')
  })

  it('serves Russian, Spanish and Arabic interfaces over English content, Arabic right to left', async () => {
    const ru = await zhili('/ru/factories')
    expect(ru.body).toContain('Фабрики')
    expect(ru.body).toContain(cast.factoryA1.name.en)
    expect((await zhili('/es/products')).body).toContain('Productos')
    const ar = await zhili('/ar')
    expect(ar.body).toMatch(/<html lang="ar" dir="rtl">/)
    expect((await zhili('/en')).body).toMatch(/dir="ltr"/)
  })

  it('links every language of the same page (hreflang) and the switcher keeps the buyer on it', async () => {
    const page = await zhili(`/en/factories/${cast.factoryA1.slug}`)
    for (const [lang, prefix] of [
      ['zh-CN', ''],
      ['en', '/en'],
      ['ru', '/ru'],
      ['ar', '/ar'],
      ['es', '/es'],
    ]) {
      expect(page.body).toContain(
        `hrefLang="${lang}" href="https://${cast.beltA.domains[0]}${prefix}/factories/${cast.factoryA1.slug}"`,
      )
    }
    expect(page.body).toContain(
      `<link rel="canonical" href="https://${cast.beltA.domains[0]}/en/factories/${cast.factoryA1.slug}"/>`,
    )
    expect(page.body).toMatch(
      new RegExp(`href="/ar/factories/${cast.factoryA1.slug}" hrefLang="ar"`),
    )
  })

  it('falls back to Chinese where the English text is missing', async () => {
    const factory = await idBy('factories', 'slug', cast.factoryA2.slug)
    const summary = `只有中文的简介 ${unique('s')}`
    const patch = await api(`/api/factories/${factory}?locale=zh`, {
      method: 'PATCH',
      token: operator,
      body: { mainProducts: summary },
    })
    expect(patch.status).toBe(200)
    const english = await api(`/api/factories/${factory}?locale=en&fallback-locale=none`, {
      token: admin,
    })
    restore.push(() =>
      api(`/api/factories/${factory}?locale=zh`, {
        method: 'PATCH',
        token: admin,
        body: { mainProducts: cast.factoryA2.mainProducts.zh },
      }),
    )
    if (!english.json.mainProducts) {
      expect((await zhili(`/en/factories/${cast.factoryA2.slug}`)).body).toContain(summary)
    } else {
      // The seed wrote English; clear it to see the fallback.
      await api(`/api/factories/${factory}?locale=en`, {
        method: 'PATCH',
        token: admin,
        body: { mainProducts: null },
      })
      restore.push(() =>
        api(`/api/factories/${factory}?locale=en`, {
          method: 'PATCH',
          token: admin,
          body: { mainProducts: cast.factoryA2.mainProducts.en },
        }),
      )
      expect((await zhili(`/en/factories/${cast.factoryA2.slug}`)).body).toContain(summary)
    }
  })
})

describe('every route on both belts', () => {
  it('answers each portal route of each belt with its own content and none of the other’s', async () => {
    for (const [belt, other] of [
      [cast.beltA, cast.beltB],
      [cast.beltB, cast.beltA],
    ] as const) {
      const host = `${belt.slug}.localhost:${port()}`
      const factory = belt.factories[0]
      const routes = [
        '/',
        '/factories',
        `/factories/${factory.slug}`,
        `/factories/${factory.slug}/inquire`,
        '/products',
        `/products/${factory.products[0].slug}`,
        `/${'about'}`,
        '/live',
        `/search?q=${encodeURIComponent(factory.name.zh)}`,
        '/sitemap.xml',
        '/robots.txt',
      ]
      for (const route of routes) {
        const page = await getWithHost(route, host)
        expect(page.status, `${belt.slug} ${route}`).toBe(200)
        expect(page.body, `${belt.slug} ${route}`).not.toContain(other.name.zh)
        expect(page.body, `${belt.slug} ${route}`).not.toContain(other.factories[0].slug)
        if (!route.endsWith('.txt') && !route.endsWith('.xml'))
          expect(page.body, `${belt.slug} ${route}`).toContain(belt.name.zh)
      }
    }
  })
})
