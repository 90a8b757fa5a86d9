import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import zlib from 'node:zlib'

import type express from 'express'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { countCache } from '@/platform/metrics'

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

/**
 * The status, headers and body for one page: 304 when the browser holds this very version,
 * gzip when it takes it (compressed once per cached page, not once per request), no body for HEAD.
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
  if (page.status === 200 && request.headers['if-none-match'] === page.etag)
    return { status: 304, headers, body: undefined }
  if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    page.gzip ??= zlib.gzipSync(page.html, { level: 6 })
    return {
      status: page.status,
      headers: {
        ...headers,
        'Content-Encoding': 'gzip',
        'Content-Length': String(page.gzip.length),
      },
      body: request.method === 'HEAD' ? undefined : page.gzip,
    }
  }
  const body = Buffer.from(page.html)
  return {
    status: page.status,
    headers: { ...headers, 'Content-Length': String(body.length) },
    body: request.method === 'HEAD' ? undefined : body,
  }
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
  res.writeHead(status, headers).end(body)
}

const NOT_PORTAL = /^\/(?:api|admin|_next|healthz)(?:[/?]|$)/

export const cacheKeyOf = (req: IncomingMessage) => {
  const url = req.url ?? '/'
  const queryIndex = url.indexOf('?')
  return PageCache.key({
    host: hostOf(req.headers.host),
    path: queryIndex === -1 ? url : url.slice(0, queryIndex),
    query: queryIndex === -1 ? '' : url.slice(queryIndex),
  })
}

/**
 * Answers a request from the page cache before Express sees it, if it can: a cached page costs
 * one Map lookup and one write. Returns false (and does nothing) otherwise.
 */
export const serveCachedPage = (
  req: IncomingMessage,
  res: ServerResponse,
  cache: PageCache = portalCache,
) => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_PORTAL.test(req.url ?? '/'))
    return false
  const cached = cache.get(cacheKeyOf(req))
  if (!cached) return false
  send(req, res, cached, PUBLIC_CACHE, 'hit')
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
  }: { ctx: RenderContext; cache: PageCache; key: string; cacheable: boolean; isPrivate: boolean },
) => {
  if (rendered.redirect) {
    res
      .status(rendered.status)
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('Location', rendered.redirect)
      .end()
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
    validUntil: ctx.validity.until,
  }
  if (cacheable && rendered.status === 200) {
    send(req, res, cache.set(key, page), PUBLIC_CACHE, 'miss')
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
