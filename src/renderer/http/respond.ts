import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import zlib from 'node:zlib'

import type express from 'express'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import fresh from 'fresh'

import { countCache, countCachedHit, countHeldRender } from '@/platform/metrics'
import { countVisit, visitTag } from '@/platform/visits'

import { type CachedPage, PageCache, portalCache } from '@/portal/cache'
import type { RenderContext } from '@/portal/context'
import { hostOf } from '../resolveBelt'

/** What a route answers, before it is sent (and perhaps cached). */
export type Rendered = {
  status: number
  body: string | Buffer
  contentType: string
  redirect?: string
  headers?: Record<string, string>
}

export const html = (element: ReactElement, status = 200): Rendered => ({
  status,
  body: `<!doctype html>${renderToStaticMarkup(element)}`,
  contentType: 'text/html; charset=utf-8',
})

export const PUBLIC_CACHE = 'public, max-age=0, stale-while-revalidate=30'

export type Encoding = 'br' | 'gzip' | 'identity'

const encodingCache = new Map<string, Encoding>()

/**
 * Which encoding to send for an `Accept-Encoding` header: brotli, then gzip, then none, honouring
 * `q=0`. Browsers send a handful of distinct headers, so each answer is remembered (bounded).
 */
export const pickEncoding = (header: string | string[] | undefined): Encoding => {
  if (!header) return 'identity'
  const value = Array.isArray(header) ? header.join(',') : header
  const known = encodingCache.get(value)
  if (known) return known
  const accepted = new Map<string, number>()
  for (const part of value.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';')
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1)
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  const picked: Encoding = allows('br') ? 'br' : allows('gzip') ? 'gzip' : 'identity'
  if (encodingCache.size < 256) encodingCache.set(value, picked)
  return picked
}

/** The page's bytes in one encoding, compressed once per cached page, not once per request. */
const bodyOf = (page: CachedPage, encoding: Encoding): Buffer => {
  page.body ??= Buffer.from(page.html ?? '')
  if (encoding === 'gzip') return (page.gzip ??= zlib.gzipSync(page.body, { level: 6 }))
  if (encoding === 'br')
    return (page.br ??= zlib.brotliCompressSync(page.body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: page.body.length,
      },
    }))
  return page.body
}

/**
 * The status, headers and body for one page: 304 when the browser holds this very version (an
 * `If-None-Match` list, weak tags included, by `fresh`), brotli or gzip when it takes them, no
 * body for HEAD.
 */
export const negotiate = (
  request: { method?: string; headers: IncomingHttpHeaders },
  page: CachedPage,
  cacheControl: string,
  cacheState: string,
): { status: number; headers: Record<string, string>; body: Buffer | undefined } => {
  const headers: Record<string, string> = {
    'Content-Type': page.contentType,
    'Cache-Control': cacheControl,
    ETag: page.etag,
    Vary: 'Accept-Encoding',
    'X-Chandi-Cache': cacheState,
  }
  if (page.status === 200 && fresh(request.headers, { etag: page.etag }))
    return { status: 304, headers, body: undefined }
  const encoding = pickEncoding(request.headers['accept-encoding'])
  const body = bodyOf(page, encoding)
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding
  headers['Content-Length'] = String(body.length)
  return { status: page.status, headers, body: request.method === 'HEAD' ? undefined : body }
}

export const send = (
  req: IncomingMessage,
  res: ServerResponse,
  page: CachedPage,
  cacheControl: string,
  cacheState: string,
) => {
  countCache(cacheState)
  const { status, headers, body } = negotiate(req, page, cacheControl, cacheState)
  if (status === 200 && page.visit && req.method === 'GET') countVisit(req, page.visit)
  res.writeHead(status, headers).end(body)
}

const NOT_PORTAL = /^\/(?:api|admin|_next|healthz|readyz|metrics)(?:[/?]|$)/

const hosts = new Map<string, string>()

/** `hostOf`, remembered per raw `Host` header (a server sees few distinct ones; bounded). */
const hostKeyOf = (header: string | undefined) => {
  const raw = header ?? ''
  let host = hosts.get(raw)
  if (host === undefined) {
    host = hostOf(raw)
    if (hosts.size < 1024) hosts.set(raw, host)
  }
  return host
}

/** Campaign and click trackers (Google, Meta, Microsoft, Yandex, Mailchimp, Alibaba's `spm`). */
const TRACKERS =
  'utm_[^=&]*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|spm'
const TRACKER = new RegExp(`^(?:${TRACKERS})(?:=|$)`)
/** A cheap first look: whether any parameter of the query may be a tracker. */
const MAY_TRACK = new RegExp(`[?&](?:${TRACKERS})(?:=|&|$)`)

/**
 * The query string without trackers no page reads: an ad's `?utm_source=…` or a shared link's
 * `?fbclid=…` is the same page, served from the same cache entry (not one entry per click).
 */
export const withoutTrackers = (query: string): string => {
  if (!MAY_TRACK.test(query)) return query
  const kept = query
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !TRACKER.test(part))
  return kept.length ? `?${kept.join('&')}` : ''
}

export const cacheKeyOf = (req: IncomingMessage) => {
  const url = req.url ?? '/'
  const queryIndex = url.indexOf('?')
  return PageCache.key({
    host: hostKeyOf(req.headers.host),
    path: queryIndex === -1 ? url : url.slice(0, queryIndex),
    query: queryIndex === -1 ? '' : withoutTrackers(url.slice(queryIndex)),
  })
}

/**
 * The head of a cache hit in one encoding (or the 304), built once per cached page with the
 * headers every portal page carries, as the flat [name, value, …] list `writeHead` takes. Its
 * last value is the request id's slot, filled per request: `writeHead` serialises the list at
 * once, so reusing it is safe, and a hit allocates no header object.
 */
const hitHead = (
  page: CachedPage,
  variant: Encoding | 304,
  fixed: Readonly<Record<string, string>>,
): string[] => {
  const key = String(variant)
  page.heads ??= new Map()
  let head = page.heads.get(key)
  if (!head) {
    const fields: Record<string, string> = {
      ...fixed,
      'Content-Type': page.contentType,
      'Cache-Control': PUBLIC_CACHE,
      ETag: page.etag,
      Vary: 'Accept-Encoding',
      'X-Chandi-Cache': 'hit',
    }
    if (variant !== 304) {
      if (variant !== 'identity') fields['Content-Encoding'] = variant
      fields['Content-Length'] = String(bodyOf(page, variant).length)
    }
    head = [...Object.entries(fields).flat(), 'X-Request-Id', '']
    page.heads.set(key, head)
  }
  return head
}

/**
 * Answers a request from the page cache before Express, the metrics middleware or any header
 * setter sees it: one Map lookup, one prebuilt head, the stored bytes. Returns false (and does
 * nothing) when the page is not cached. `fixed` holds the headers every portal response carries
 * (the security headers); `requestId` gives this request's id.
 */
export const serveCachedPage = (
  req: IncomingMessage,
  res: ServerResponse,
  {
    cache = portalCache,
    fixed = {},
    requestId = () => '-',
  }: {
    cache?: PageCache
    fixed?: Readonly<Record<string, string>>
    requestId?: (req: IncomingMessage) => string
  } = {},
) => {
  const method = req.method
  if ((method !== 'GET' && method !== 'HEAD') || NOT_PORTAL.test(req.url ?? '/')) return false
  const cached = cache.get(cacheKeyOf(req))
  if (!cached) return false
  const isFresh =
    cached.status === 200 &&
    (req.headers['if-none-match'] !== undefined ||
      req.headers['if-modified-since'] !== undefined) &&
    fresh(req.headers, { etag: cached.etag })
  const variant = isFresh ? 304 : pickEncoding(req.headers['accept-encoding'])
  const head = hitHead(cached, variant, fixed)
  head[head.length - 1] = requestId(req)
  const status = isFresh ? 304 : cached.status
  countCachedHit(status)
  if (status === 200 && cached.visit && method === 'GET') countVisit(req, cached.visit)
  res.writeHead(status, head)
  if (isFresh || method === 'HEAD') res.end()
  else res.end(bodyOf(cached, variant as Encoding))
  return true
}

/**
 * Sends what a route rendered. A private answer (an inquiry thread, its files, a redirect) is
 * never stored and never indexed; a public 200 of a cacheable route is cached; anything else
 * gets a one-off ETag.
 */
export const reply = (
  req: express.Request,
  res: express.Response,
  rendered: Rendered,
  {
    ctx,
    cache,
    key,
    cacheable,
    isPrivate,
    since,
  }: {
    ctx: RenderContext
    cache: PageCache
    key: string
    cacheable: boolean
    isPrivate: boolean
    /** The cache's eviction number when the render started (see `PageCache.generation`). */
    since?: number
  },
) => {
  if (ctx.held) countHeldRender(ctx.held)
  if (rendered.redirect) {
    res
      .status(rendered.status)
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('Location', rendered.redirect)
    for (const [name, value] of Object.entries(rendered.headers ?? {})) res.setHeader(name, value)
    res.end()
    return
  }
  if (isPrivate) {
    res
      .status(rendered.status)
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('X-Robots-Tag', 'noindex')
      .setHeader('Referrer-Policy', 'no-referrer')
    for (const [name, value] of Object.entries(rendered.headers ?? {})) res.setHeader(name, value)
    res.type(rendered.contentType).send(rendered.body)
    return
  }
  const page = {
    status: rendered.status,
    html: String(rendered.body),
    contentType: rendered.contentType,
    beltID: ctx.belt ? String(ctx.belt.id) : null,
    ...(ctx.otherBelts?.size ? { otherBelts: [...ctx.otherBelts] } : {}),
    validUntil: ctx.validity.until,
    // Views of public HTML pages are counted, not a preview's, a calendar or a sitemap.
    visit:
      ctx.visit && !ctx.isPreview && rendered.contentType.startsWith('text/html')
        ? visitTag(ctx.belt?.id ?? null, ctx.visit.kind, ctx.visit.doc)
        : undefined,
    source: { host: req.headers.host ?? '', proto: req.protocol },
  }
  if (cacheable && rendered.status === 200) {
    send(req, res, cache.set(key, page, since), PUBLIC_CACHE, 'miss')
  } else {
    const transient = {
      ...page,
      etag: `"${Date.now().toString(36)}"`,
      storedAt: Date.now(),
      validUntil: 0,
    }
    send(req, res, transient, ctx.isPreview ? 'private, no-store' : 'no-cache', 'bypass')
  }
}
