import zlib from 'node:zlib'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, login, postForm, zhili } from '../helpers/api'
import { cast, idBy, unique } from '../helpers/fixtures'
import { restoreAfter } from '../helpers/setup'

/**
 * The public renderer through HTTP, on two belts (Zhili and Yiwu): every route shows the right
 * belt's content and branding only, in the buyer's language, cached and evicted per belt. This file: caching, bad input, publication, the hub, images, compression and block pages.
 */
const port = () => inject('port')
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${port()}`)
const hub = (path: string) => getWithHost(path, 'localhost')

let operator: string
let admin: string
const restore = restoreAfter()

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
})

describe('cache', () => {
  it('serves the second request from the cache with an ETag, 304 on revalidation, gzip when asked', async () => {
    // An earlier file's last edit (its restore) is evicted again a second later
    // (CHANDI_EVICTION_SETTLE_MS): wait it out, or it empties Zhili's cache mid-test (seen in a
    // clean run after portal-elsewhere's restores, between the 304 and the tracked hit).
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await zhili('/products?cache-test=1')
    let second = await zhili('/products?cache-test=1')
    // That repeat may still fall between the two reads (seen once in a clean run). Read again, a
    // few times at most; a page that is never cached still fails.
    for (let tries = 0; second.headers['x-chandi-cache'] !== 'hit' && tries < 5; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 400))
      second = await zhili('/products?cache-test=1')
    }
    expect(second.headers['x-chandi-cache']).toBe('hit')
    expect(second.headers['cache-control']).toMatch(/stale-while-revalidate/)
    const etag = String(second.headers.etag)
    const revalidated = (await zhili('/products?cache-test=1', { 'if-none-match': etag })).status
    expect(revalidated).toBe(304)
    // An ad's or a shared link's trackers are the same page: the same entry, a hit.
    const tracked = await zhili(`/products?cache-test=1&utm_source=wechat&fbclid=${unique('c')}`)
    expect(tracked.headers['x-chandi-cache']).toBe('hit')
    expect(tracked.headers.etag).toBe(etag)
    // Rendered for a tracked address first, the page shared by everyone carries no tracker.
    const probe = unique('probe')
    const first = await zhili(`/en/factories?p=${probe}&utm_campaign=call-1-555-SCAM&fbclid=x`)
    expect(first.headers['x-chandi-cache']).not.toBe('hit')
    expect(first.body).not.toMatch(/utm_|fbclid|SCAM/)
    const plain = await zhili(`/en/factories?p=${probe}`)
    expect(plain.headers['x-chandi-cache']).toBe('hit')
    expect(plain.body).not.toMatch(/utm_|fbclid|SCAM/)
  })

  it('an edit shows on the next request and evicts only its own belt’s pages', async () => {
    // An earlier file's last edit of Yiwu is evicted again a second later
    // (CHANDI_EVICTION_SETTLE_MS): wait it out, or it would empty Yiwu's cache mid-test.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
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
    // A sort named like one of Object's own methods is the default order, not a 500.
    for (const sort of ['valueOf', 'constructor', '__proto__', '__defineGetter__']) {
      const odd = await zhili(`/factories?sort=${sort}`)
      expect(odd.status, sort).toBe(200)
      expect(odd.body).toContain(cast.factoryA1.name.zh)
    }
    expect((await zhili('/factories?sort=newest')).status).toBe(200)
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

  it('refuses a POST to a page the cache holds, instead of answering it with the cached page', async () => {
    const path = `/en/factories?post-check=${unique('post')}`
    expect((await zhili(path)).status).toBe(200)
    expect((await zhili(path)).headers['x-chandi-cache']).toBe('hit')
    const post = await postForm(path, { anything: '1' })
    expect(post.status).toBe(405)
    expect(post.headers['x-chandi-cache']).toBeUndefined()
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
