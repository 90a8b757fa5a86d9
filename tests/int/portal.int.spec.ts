import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, login } from '../helpers/api'
import { cast, idBy, unique } from '../helpers/fixtures'

/**
 * The public renderer through HTTP, on two belts (Zhili and Yiwu): every route shows the right
 * belt's content and branding only, in the buyer's language, cached and evicted per belt.
 */
const port = () => inject('port')
const zhili = (path: string, headers: Record<string, string> = {}) =>
  getWithHost(path, `zhili.localhost:${port()}`, headers)
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${port()}`)
const hub = (path: string) => getWithHost(path, 'localhost')

let operator: string
let admin: string
const restore: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
})

afterAll(async () => {
  for (const undo of restore.reverse()) await undo()
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
      `MOQ</dt><dd>${product.moq.toLocaleString('en')} ${product.unit}</dd>`,
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
    const a = await zhili('/sitemap.xml')
    expect(a.status).toBe(200)
    expect(a.headers['content-type']).toMatch(/xml/)
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

describe('cache', () => {
  it('serves the second request from the cache with an ETag, 304 on revalidation, gzip when asked', async () => {
    await zhili('/products?cache-test=1')
    const second = await zhili('/products?cache-test=1')
    expect(second.headers['x-chandi-cache']).toBe('hit')
    expect(second.headers['cache-control']).toMatch(/stale-while-revalidate/)
    const etag = String(second.headers.etag)
    const revalidated = (await zhili('/products?cache-test=1', { 'if-none-match': etag })).status
    expect(revalidated).toBe(304)
  })

  it('an edit shows on the next request and evicts only its own belt’s pages', async () => {
    const productSlug = cast.factoryA1.products[0].slug
    await zhili(`/en/products/${productSlug}`)
    await yiwu('/en/products')
    expect((await yiwu('/en/products')).headers['x-chandi-cache']).toBe('hit')
    const id = await idBy('products', 'slug', productSlug)
    const newName = `Edited romper ${unique('n')}`
    const patch = await api(`/api/products/${id}?locale=en`, {
      method: 'PATCH',
      token: operator,
      body: { name: newName },
    })
    expect(patch.status).toBe(200)
    restore.push(() =>
      api(`/api/products/${id}?locale=en`, {
        method: 'PATCH',
        token: admin,
        body: { name: cast.factoryA1.products[0].name.en },
      }),
    )
    const after = await zhili(`/en/products/${productSlug}`)
    expect(after.headers['x-chandi-cache']).toBe('miss')
    expect(after.body).toContain(newName)
    expect((await yiwu('/en/products')).headers['x-chandi-cache']).toBe('hit')
  })
})

describe('bad input', () => {
  it('answers malformed paths, absurd pages and huge queries with 400, 404 or 414, never 500', async () => {
    expect((await zhili('/%E0%A4%A')).status).toBe(400)
    expect((await zhili('/factories?page=abc')).status).toBe(400)
    expect((await zhili('/factories?page=99999999999')).status).toBe(400)
    expect((await zhili('/factories?page=500')).status).toBe(404)
    expect((await zhili('/factories?moqMax=-5')).status).toBe(400)
    expect((await zhili(`/factories?q=${'x'.repeat(3000)}`)).status).toBe(414)
    expect((await zhili('/factories/../../etc/passwd')).status).toBeGreaterThanOrEqual(400)
    expect((await zhili('/factories/Not_A_Slug')).status).toBe(404)
    expect((await zhili('/xx/factories')).status).toBe(404)
    const unknownFilter = await zhili('/factories?colour=purple&capability=teleportation')
    expect(unknownFilter.status).toBe(200)
    expect(unknownFilter.body).toContain(cast.factoryA1.name.zh)
    const bad = await zhili('/%E0%A4%A')
    expect(bad.body).not.toMatch(/at .+\.(ts|js):\d+/)
  })

  it('reads the Host header as browsers send it: port, upper case and a trailing dot', async () => {
    for (const host of [`ZHILI.localhost:${port()}`, 'zhili.localhost.', 'Zhili.LocalHost']) {
      const page = await getWithHost('/', host)
      expect(page.status, host).toBe(200)
      expect(page.body).toContain(cast.beltA.name.zh)
    }
  })

  it('an unknown host gets a 404 page, not some belt’s portal', async () => {
    const page = await getWithHost('/', 'nobody.localhost')
    expect(page.status).toBe(404)
    for (const belt of [cast.beltA, cast.beltB]) expect(page.body).not.toContain(belt.name.zh)
    expect((await getWithHost('/', 'evil.example.com')).status).toBe(404)
  })

  it('renders script in operator-entered text inert', async () => {
    const id = await idBy('factories', 'slug', cast.factoryA1.slug)
    const attack = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
    const patch = await api(`/api/factories/${id}`, {
      method: 'PATCH',
      token: operator,
      body: { summary: attack, mainProducts: attack },
    })
    expect(patch.status).toBe(200)
    restore.push(() =>
      api(`/api/factories/${id}`, {
        method: 'PATCH',
        token: admin,
        body: { summary: cast.factoryA1.summary.zh, mainProducts: cast.factoryA1.mainProducts.zh },
      }),
    )
    const page = await zhili(`/factories/${cast.factoryA1.slug}`)
    expect(page.body).not.toContain('<script>alert')
    expect(page.body).not.toContain('<img src=x')
    expect(page.body).toContain('&lt;script&gt;alert')
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await api('/factories', { method: 'POST', body: {} })
    expect(response.status).toBe(405)
  })
})

describe('publication', () => {
  it('an unpublished belt is a 404 to the public and a preview to its operator', async () => {
    const host = `${cast.unpublished.slug}.localhost`
    expect((await getWithHost('/', host)).status).toBe(404)
    const token = await login(`operator@${cast.unpublished.slug}.chandi.test`)
    const preview = await getWithHost('/', host, { cookie: `payload-token=${token}` })
    expect(preview.status).toBe(200)
    expect(preview.body).toContain(cast.unpublished.name.zh)
    expect(preview.body).toContain('class="preview"')
    expect(preview.headers['cache-control']).toContain('no-store')
    // Another belt's operator gets no preview.
    const other = (await getWithHost('/', host, { cookie: `payload-token=${operator}` })).status
    expect(other).toBe(404)
    expect((await getWithHost('/', host)).status).toBe(404)
  })
})

describe('the hub', () => {
  it('lists every published belt with its specialty and figure, and no unpublished one', async () => {
    const page = await hub('/en')
    expect(page.status).toBe(200)
    expect(page.body).toContain(cast.beltA.name.en)
    expect(page.body).toContain(cast.beltB.name.en)
    expect(page.body).toContain(cast.beltA.specialty.en)
    expect(page.body).not.toContain(cast.unpublished.name.en)
    expect(page.body).toMatch(/href="http:\/\/zhili\.localhost(:\d+)?\/en"/)
  })

  it('searches across belts in Chinese and English', async () => {
    const chinese = await hub(`/search?q=${encodeURIComponent('童装')}`)
    expect(chinese.status).toBe(200)
    expect(chinese.body).toMatch(/zhili\.localhost/)
    const english = await hub(`/en/search?q=${encodeURIComponent('kids dress')}`)
    expect(english.body).toMatch(/zhili\.localhost[^"]*\/products\//)
    expect(english.body).not.toContain(cast.unpublished.name.en)
  })

  it('searches one belt on its portal', async () => {
    const page = await yiwu(`/en/search?q=${encodeURIComponent('kids dress')}`)
    expect(page.body).not.toContain('/products/hengyuan')
  })
})

describe('images', () => {
  it('come in the sizes sharp made, with srcset, width, height and lazy loading', async () => {
    const page = await zhili('/products')
    const img = page.body.match(/<img [^>]*srcSet="[^"]+"[^>]*>/)?.[0] ?? ''
    expect(img).toMatch(/srcSet="[^"]*\.webp 640w/)
    expect(img).toMatch(/width="\d+"/)
    expect(img).toMatch(/height="\d+"/)
    expect(img).toMatch(/loading="lazy"/)
    const src = img.match(/src="([^"]+)"/)?.[1] ?? ''
    const file = await api(src)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/webp')
  })
})

describe('compression', () => {
  it('gzips a page for a client that accepts it', async () => {
    const response = await zhili('/', { 'accept-encoding': 'gzip' })
    expect(response.headers['content-encoding']).toBe('gzip')
    const body = response.raw
    expect(zlib.gunzipSync(body).toString()).toContain(cast.beltA.name.zh)
  })
})

describe('pages built from blocks', () => {
  it('renders each block an operator arranges, with the page’s own SEO title and description', async () => {
    const factory = await idBy('factories', 'slug', cast.factoryA1.slug)
    const product = await idBy('products', 'slug', cast.factoryA1.products[0].slug)
    const category = await idBy('categories', 'slug', cast.beltA.categories[0].slug)
    const media = (
      await api(`/api/media?where[factory][equals]=${factory}&depth=0&limit=1`, { token: operator })
    ).json.docs[0].id
    const slug = unique('festival')
    const page = await api('/api/pages', {
      method: 'POST',
      token: operator,
      body: {
        title: 'Festival',
        slug,
        _status: 'published',
        meta: { title: 'Zhili festival deals', description: 'Factory-direct kids wear' },
        layout: [
          {
            blockType: 'hero',
            heading: 'Hero heading',
            subheading: 'Sub',
            image: media,
            linkLabel: 'See factories',
            linkURL: '/factories',
          },
          { blockType: 'keyFigures' },
          { blockType: 'featuredFactories', heading: 'Star factories', factories: [factory] },
          { blockType: 'featuredProducts', heading: 'Star products', products: [product] },
          { blockType: 'categoryGrid', heading: 'Browse', categories: [category] },
          { blockType: 'gallery', heading: 'Gallery', images: [media] },
          {
            blockType: 'video',
            heading: 'Tour',
            url: 'https://player.bilibili.com/player.html?bvid=BV1xx',
          },
          {
            blockType: 'faq',
            heading: 'FAQ',
            items: [{ question: 'Do you ship samples?', answer: 'Yes, within 7 days.' }],
          },
          {
            blockType: 'cta',
            heading: 'Ready?',
            text: 'Ask the factories',
            linkLabel: 'Start',
            linkURL: '/factories',
          },
        ],
      },
    })
    expect(page.status, page.text).toBe(201)
    restore.push(() => api(`/api/pages/${page.json.doc.id}`, { method: 'DELETE', token: admin }))
    const html = (await zhili(`/${slug}`)).body
    expect(html).toContain('<title>Zhili festival deals')
    expect(html).toContain('content="Factory-direct kids wear"')
    for (const text of [
      'Hero heading',
      'Star factories',
      cast.factoryA1.name.zh,
      'Star products',
      cast.factoryA1.products[0].name.zh,
      'Browse',
      cast.beltA.categories[0].name.zh,
      cast.beltA.keyFigures[0].value,
      '<summary>Do you ship samples?</summary>',
      'Ready?',
    ]) {
      expect(html).toContain(text)
    }
    expect(html).toMatch(/<iframe src="https:\/\/player\.bilibili\.com/)
  })

  it('refuses a block that points at another belt’s factory, naming the block field', async () => {
    const factoryB = await idBy('factories', 'slug', cast.factoryB1.slug)
    const response = await api('/api/pages', {
      method: 'POST',
      token: operator,
      body: {
        title: 'x',
        slug: unique('x'),
        layout: [{ blockType: 'featuredFactories', factories: [factoryB] }],
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('layout.0.factories')
  })

  it('refuses a javascript: link in a block', async () => {
    const response = await api('/api/pages', {
      method: 'POST',
      token: operator,
      body: {
        title: 'x',
        slug: unique('x'),
        layout: [
          { blockType: 'cta', heading: 'x', linkLabel: 'x', linkURL: 'javascript:alert(1)' },
        ],
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('linkURL')
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
