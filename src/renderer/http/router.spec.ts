import { describe, expect, it } from 'vitest'

import { findRoute, mayPost, splitLocale } from './router'

const belt = (path: string, method = 'GET') => findRoute(path, { hasBelt: true, method })
const hub = (path: string, method = 'GET') => findRoute(path, { hasBelt: false, method })
const patternOf = (match: ReturnType<typeof findRoute>) => match?.route.pattern ?? null

// The address test the router used before the table; POSTs must be let through exactly as before.
const OLD_INQUIRY_PATH =
  /^\/(?:factories\/[^/]+\/inquire|inquiries\/[^/]+(?:\/(?:export|erase|files\/[^/]+))?)\/?$/

describe('splitLocale', () => {
  it('takes the interface language off the front', () => {
    expect(splitLocale('/ru/factories/x')).toEqual({ ui: 'ru', path: '/factories/x' })
    expect(splitLocale('/en')).toEqual({ ui: 'en', path: '/' })
    expect(splitLocale('/factories/x')).toEqual({ ui: 'zh', path: '/factories/x' })
  })
  it('redirects the default language to the bare path', () => {
    expect(splitLocale('/zh/products')).toEqual({
      ui: 'zh',
      path: '/products',
      redirect: '/products',
    })
    expect(splitLocale('/zh')).toEqual({ ui: 'zh', path: '/', redirect: '/' })
  })
  it('never redirects to another site (a second slash or a backslash after /zh)', () => {
    expect(splitLocale('/zh//evil.example/x').redirect).toBe('/evil.example/x')
    expect(splitLocale('/zh/\\evil.example').redirect).toBe('/evil.example')
    expect(splitLocale('/zh/\\/\\//evil.example').redirect).toBe('/evil.example')
  })
  it('leaves a look-alike first segment alone', () => {
    expect(splitLocale('/russia/x')).toEqual({ ui: 'zh', path: '/russia/x' })
  })
})

describe('the route table on a belt host', () => {
  it.each([
    ['/', '/'],
    ['/factories', '/factories'],
    ['/factories/acme', '/factories/:slug'],
    ['/factories/acme/live.ics', '/factories/:slug/live.ics'],
    ['/factories/acme/inquire', '/factories/:slug/inquire'],
    ['/products', '/products'],
    ['/products/v-belt', '/products/:slug'],
    ['/campaigns/spring', '/campaigns/:slug'],
    ['/campaigns/spring.ics', '/campaigns/:slug.ics'],
    ['/campaigns', '/:slug'],
    ['/live', '/live'],
    ['/live/abc123.ics', '/live/:session.ics'],
    ['/search', '/search'],
    ['/sitemap.xml', '/sitemap.xml'],
    ['/robots.txt', '/robots.txt'],
    ['/about', '/:slug'],
    ['/preview', '/:slug'],
    ['/preview/pages/12', '/preview/:collection/:id'],
    ['/inquiries/tok', '/inquiries/:token'],
    ['/inquiries/tok/export', '/inquiries/:token/export'],
    ['/inquiries/tok/files/9', '/inquiries/:token/files/:file'],
  ])('%s → %s', (path, pattern) => expect(patternOf(belt(path))).toBe(pattern))

  it('parses the parameters once, suffix removed', () => {
    expect(belt('/live/abc.ics')?.params).toEqual({ session: 'abc' })
    expect(belt('/inquiries/tok/files/9')?.params).toEqual({ token: 'tok', file: '9' })
    expect(belt('/factories/acme/inquire', 'POST')?.params).toEqual({ slug: 'acme' })
  })

  it('knows no other address', () => {
    for (const path of [
      '/a/b',
      '/live/x',
      '/live/.ics',
      '/sitemap.xml/x',
      '/factories/a/b',
      '/a/b/c/d',
      '/inquiries/t/other',
    ])
      expect(belt(path), path).toBeNull()
  })

  it('tolerates empty segments on public pages only', () => {
    expect(patternOf(belt('/factories//acme'))).toBe('/factories/:slug')
    expect(belt('//inquiries/tok')).toBeNull()
    expect(belt('/factories//acme/inquire')).toBeNull()
  })

  it('caches public pages only, never the private ones', () => {
    expect(belt('/factories/acme')?.route).toMatchObject({ cacheable: true, private: false })
    expect(belt('/inquiries/tok')?.route).toMatchObject({ cacheable: false, private: true })
    expect(belt('/preview/pages/1')?.route.cacheable).toBe(false)
  })

  it('answers HEAD as GET; a method a private route does not take finds nothing (a 404)', () => {
    expect(patternOf(belt('/inquiries/tok', 'HEAD'))).toBe('/inquiries/:token')
    expect(belt('/inquiries/tok', 'POST')?.route.methods).toEqual(['POST'])
    expect(belt('/inquiries/tok/erase')).toBeNull()
    expect(patternOf(belt('/inquiries/tok/erase', 'POST'))).toBe('/inquiries/:token/erase')
    expect(belt('/inquiries/tok/export', 'POST')).toBeNull()
    expect(belt('/factories/acme', 'POST')).toBeNull()
  })
})

describe('the route table on the hub', () => {
  it('has the hub, search and robots.txt, nothing of a belt', () => {
    expect(patternOf(hub('/'))).toBe('/')
    expect(hub('/')?.route.on).toBe('hub')
    expect(patternOf(hub('/search'))).toBe('/search')
    expect(patternOf(hub('/robots.txt'))).toBe('/robots.txt')
    for (const path of [
      '/factories',
      '/about',
      '/sitemap.xml',
      '/inquiries/tok',
      '/factories/a/inquire',
    ])
      expect(hub(path), path).toBeNull()
    expect(hub('/factories/a/inquire', 'POST')).toBeNull()
  })
})

describe('mayPost', () => {
  it('lets a POST through exactly where the old address test did', () => {
    const paths = [
      '/',
      '/factories',
      '/factories/a',
      '/factories/a/inquire',
      '/factories/a/inquire/',
      '/factories/a/inquire//',
      '/factories//inquire',
      '/inquiries',
      '/inquiries/',
      '/inquiries/t',
      '/inquiries/t/',
      '/inquiries/t/export',
      '/inquiries/t/erase',
      '/inquiries/t/erase/',
      '/inquiries/t/files',
      '/inquiries/t/files/1',
      '/inquiries/t/files/1/',
      '/inquiries/t/other',
      '//inquiries/t',
      '/inquiries//t',
      '/about',
    ]
    for (const path of paths) expect(mayPost(path), path).toBe(OLD_INQUIRY_PATH.test(path))
  })
})
