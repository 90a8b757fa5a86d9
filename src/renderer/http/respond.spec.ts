import type { IncomingMessage, ServerResponse } from 'node:http'
import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { type CachedPage, PageCache } from '@/portal/cache'

import { cacheKeyOf, negotiate, pickEncoding, serveCachedPage, withoutTrackers } from './respond'

const page = (status = 200): CachedPage => ({
  status,
  html: '<p>hi</p>',
  contentType: 'text/html',
  etag: '"v1"',
  beltID: null,
  storedAt: 0,
  validUntil: Infinity,
})

describe('negotiate', () => {
  it('answers 304 to the version the browser holds, for a 200 only', () => {
    expect(
      negotiate({ method: 'GET', headers: { 'if-none-match': '"v1"' } }, page(), 'public', 'hit'),
    ).toMatchObject({ status: 304, body: undefined })
    expect(
      negotiate({ method: 'GET', headers: { 'if-none-match': '"v0"' } }, page(), 'public', 'hit')
        .status,
    ).toBe(200)
    expect(
      negotiate(
        { method: 'GET', headers: { 'if-none-match': '"v1"' } },
        page(404),
        'no-cache',
        'bypass',
      ).status,
    ).toBe(404)
  })
  it('takes a weak tag and a list of tags in If-None-Match, and not a reload', () => {
    const ask = (headers: Record<string, string>) =>
      negotiate({ method: 'GET', headers }, page(), 'public', 'hit').status
    expect(ask({ 'if-none-match': 'W/"v1"' })).toBe(304)
    expect(ask({ 'if-none-match': '"v0", W/"v1"' })).toBe(304)
    expect(ask({ 'if-none-match': '"v0", "v2"' })).toBe(200)
    expect(ask({ 'if-none-match': '"v1"', 'cache-control': 'no-cache' })).toBe(200)
  })
  it('compresses once per page, brotli before gzip, and sends no body to HEAD', () => {
    const cached = page()
    const first = negotiate(
      { method: 'GET', headers: { 'accept-encoding': 'br, gzip' } },
      cached,
      'public',
      'miss',
    )
    expect(first.headers['Content-Encoding']).toBe('br')
    expect(first.body).toBe(cached.br)
    expect(zlib.brotliDecompressSync(first.body!).toString()).toBe('<p>hi</p>')
    const gzip = negotiate(
      { method: 'GET', headers: { 'accept-encoding': 'gzip' } },
      cached,
      'public',
      'hit',
    )
    expect(gzip.headers['Content-Encoding']).toBe('gzip')
    expect(
      negotiate({ method: 'GET', headers: { 'accept-encoding': 'gzip' } }, cached, 'public', 'hit')
        .body,
    ).toBe(gzip.body)
    const head = negotiate({ method: 'HEAD', headers: {} }, page(), 'public', 'hit')
    expect(head).toMatchObject({ status: 200, body: undefined })
    expect(head.headers).toMatchObject({
      'Content-Length': '9',
      ETag: '"v1"',
      Vary: 'Accept-Encoding',
      'Cache-Control': 'public',
      'X-Chandi-Cache': 'hit',
    })
  })
})

describe('pickEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding(undefined)).toBe('identity')
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(pickEncoding('gzip;q=1.0, br;q=0')).toBe('gzip')
    expect(pickEncoding('br;q=0, gzip;q=0')).toBe('identity')
    expect(pickEncoding('*')).toBe('br')
    expect(pickEncoding('deflate')).toBe('identity')
  })
})

/** A response that records what the hit path wrote. */
const recorder = () => {
  const written: { status?: number; head?: string[]; body?: Buffer } = {}
  const res = {
    writeHead(status: number, head: string[]) {
      written.status = status
      written.head = [...head]
      return this
    },
    end(body?: Buffer) {
      written.body = body
      return this
    },
  }
  return { res: res as unknown as ServerResponse, written }
}

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  ({ url, method, headers: { host: 'zhili.localhost:3000', ...headers } }) as IncomingMessage

const headerOf = (head: string[] | undefined, name: string) => {
  const index = (head ?? []).findIndex((value, at) => at % 2 === 0 && value === name)
  return index === -1 ? undefined : head![index + 1]
}

describe('serveCachedPage', () => {
  const cacheWith = () => {
    const cache = new PageCache()
    const key = PageCache.key({ host: 'zhili.localhost', path: '/en', query: '' })
    cache.set(key, {
      status: 200,
      html: '<p>zhili</p>',
      contentType: 'text/html',
      beltID: '1',
    })
    return cache
  }
  const options = (cache: PageCache) => ({
    cache,
    fixed: { 'X-Content-Type-Options': 'nosniff' },
    requestId: () => 'req-1',
  })

  it('answers a cached page with its bytes, the fixed headers and this request’s id', () => {
    const cache = cacheWith()
    const { res, written } = recorder()
    expect(serveCachedPage(request('/en'), res, options(cache))).toBe(true)
    expect(written.status).toBe(200)
    expect(written.body?.toString()).toBe('<p>zhili</p>')
    expect(headerOf(written.head, 'X-Content-Type-Options')).toBe('nosniff')
    expect(headerOf(written.head, 'X-Request-Id')).toBe('req-1')
    expect(headerOf(written.head, 'Content-Length')).toBe('12')
    expect(headerOf(written.head, 'X-Chandi-Cache')).toBe('hit')
  })
  it('answers 304 to a held version and gzip to who takes it, on the same path', () => {
    const cache = cacheWith()
    const etag = cache.get(PageCache.key({ host: 'zhili.localhost', path: '/en', query: '' }))!.etag
    const conditional = recorder()
    serveCachedPage(request('/en', { 'if-none-match': `W/${etag}` }), conditional.res, {
      ...options(cache),
      requestId: () => 'req-2',
    })
    expect(conditional.written).toMatchObject({ status: 304, body: undefined })
    expect(headerOf(conditional.written.head, 'X-Request-Id')).toBe('req-2')
    const gzip = recorder()
    serveCachedPage(request('/en', { 'accept-encoding': 'gzip' }), gzip.res, options(cache))
    expect(headerOf(gzip.written.head, 'Content-Encoding')).toBe('gzip')
    expect(zlib.gunzipSync(gzip.written.body!).toString()).toBe('<p>zhili</p>')
  })
  it('leaves what is not a cached portal GET to the full path', () => {
    const cache = cacheWith()
    for (const req of [
      request('/en', {}, 'POST'),
      request('/api/products'),
      request('/other'),
      request('/en', { host: 'yiwu.localhost' }),
    ]) {
      const { res, written } = recorder()
      expect(serveCachedPage(req, res, options(cache))).toBe(false)
      expect(written.status).toBeUndefined()
    }
  })
})

describe('withoutTrackers', () => {
  it('drops campaign and click trackers from the query, and nothing a page reads', () => {
    expect(withoutTrackers('?utm_source=wechat&utm_medium=post')).toBe('')
    expect(withoutTrackers('?q=romper&fbclid=IwAR0&page=2&gclid=x')).toBe('?q=romper&page=2')
    expect(withoutTrackers('?spm=a2700.galleryofferlist&category=kids')).toBe('?category=kids')
    // Names that only begin like a tracker are kept.
    expect(withoutTrackers('?utmost=1&spmx=2&q=utm_source')).toBe('?utmost=1&spmx=2&q=utm_source')
    expect(withoutTrackers('')).toBe('')
  })
  it('gives a tracked link the cache key of the plain one', () => {
    const request = (url: string) =>
      ({ url, headers: { host: 'zhili.localhost' } }) as unknown as IncomingMessage
    expect(cacheKeyOf(request('/en?utm_campaign=origin-day'))).toBe(cacheKeyOf(request('/en')))
    expect(cacheKeyOf(request('/en/search?q=a&utm_source=x'))).toBe(
      cacheKeyOf(request('/en/search?q=a')),
    )
    expect(cacheKeyOf(request('/en/search?q=a'))).not.toBe(cacheKeyOf(request('/en/search?q=b')))
  })
})
