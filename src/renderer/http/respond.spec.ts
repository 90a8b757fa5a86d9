import { describe, expect, it } from 'vitest'

import type { CachedPage } from '@/portal/cache'

import { negotiate } from './respond'

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
  it('gzips once per page when asked, and sends no body to HEAD', () => {
    const cached = page()
    const first = negotiate(
      { method: 'GET', headers: { 'accept-encoding': 'br, gzip' } },
      cached,
      'public',
      'miss',
    )
    expect(first.headers['Content-Encoding']).toBe('gzip')
    expect(first.body).toBe(cached.gzip)
    expect(
      negotiate({ method: 'GET', headers: { 'accept-encoding': 'gzip' } }, cached, 'public', 'hit')
        .body,
    ).toBe(first.body)
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
