import type { IncomingMessage, ServerResponse } from 'node:http'
import zlib from 'node:zlib'

import busboy from 'busboy'
import express from 'express'
import type { Payload } from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, isPlatformAdmin } from '@/access/roles'
import { ATTACHMENT_LIMITS, SLUGS } from '@/constants'
import { publicURL as configPublicURL } from '@/platform/config'
import { countCache } from '@/server/metrics'
import { database, databaseDown, isDatabaseError, RETRY_AFTER_SECONDS, unavailablePage } from '@/platform/outage'
import { isWritesQueued } from '@/platform/sqliteTransactions'
import type { Tenant } from '@/payload-types'

import { type CachedPage, PageCache, portalCache } from './cache'
import { asPublic, type RenderContext } from './context'
import { PortalError } from './errors'
import { contentLocaleFor, MESSAGES, RTL_LOCALES, UI_LOCALES, type UILocale } from './i18n'
import { hostOf, resolveHost } from './resolveBelt'
import { renderError } from './routes/errors'
import { renderHub, renderSearch } from './routes/hub'
import { renderFactories, renderFactory, renderHome, renderPage, renderProduct, renderProducts } from './routes/portal'
import { campaignIcs, renderCampaign } from './routes/campaigns'
import { eraseThread, exportThread, renderInquiryForm, renderThread, replyToThread, sendThreadFile, submitInquiry, type InquiryResult, type Upload } from './routes/inquiries'
import { factoryIcs, renderLive, sessionIcs } from './routes/live'
import { renderRobots, renderSitemap } from './routes/seo'
import { PREVIEW_SCRIPT, readPreviewToken, type PreviewCollection } from './preview'
import { portalCsp } from '@/server/security'
import { publicViewContext } from '@/access/publicWhere'

const MAX_URL_LENGTH = 2048
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type Rendered = { status: number; body: string | Buffer; contentType: string; redirect?: string; isPrivate?: boolean; headers?: Record<string, string> }

const html = (element: ReactElement, status = 200): Rendered => ({
  status,
  body: `<!doctype html>${renderToStaticMarkup(element)}`,
  contentType: 'text/html; charset=utf-8',
})

/** Splits `/en/factories/x` into the interface language and the path the routes see. */
export const splitLocale = (pathname: string): { ui: UILocale; path: string; redirect?: string } => {
  const [, first, ...rest] = pathname.split('/')
  if (first === 'zh') return { ui: 'zh', path: `/${rest.join('/')}`, redirect: `/${rest.join('/')}` }
  if ((UI_LOCALES as readonly string[]).includes(first) && first !== 'zh') {
    return { ui: first as UILocale, path: `/${rest.join('/')}` }
  }
  return { ui: 'zh', path: pathname }
}

const fromInquiry = (result: InquiryResult): Rendered => {
  if (result.redirect) return { status: result.status, body: '', contentType: 'text/plain', redirect: result.redirect, isPrivate: true }
  if (result.file) return { status: result.status, body: result.file.body, contentType: result.file.contentType, isPrivate: true, headers: result.file.headers }
  return { ...html(result.element!, result.status), isPrivate: true }
}

type InquiryRequest = { method: string; form?: Record<string, string>; files?: Upload[]; ip: string; buyerUserID?: number | string }

/**
 * The inquiry routes: the form (GET, POST) and the buyer's private thread (GET, POST) with its
 * attachments, data export and erasure, all behind the token.
 */
const inquiryRoute = async (ctx: RenderContext, params: URLSearchParams, request: InquiryRequest): Promise<Rendered | null> => {
  const [first, second, third, fourth, ...more] = ctx.path.split('/').filter(Boolean)
  if (more.length > 0 || !ctx.belt) return null
  const isPost = request.method === 'POST'
  if (first === 'factories' && second && third === 'inquire' && !fourth) {
    const slug = slugOrThrow(second)
    if (isPost) return fromInquiry(await submitInquiry(ctx, slug, request.form ?? {}, request.ip, request.buyerUserID, request.files ?? []))
    return fromInquiry(await renderInquiryForm(ctx, slug, { product: params.get('product') ?? '' }))
  }
  if (first !== 'inquiries' || !second) return null
  if (!third) {
    if (isPost) return fromInquiry(await replyToThread(ctx, second, request.form ?? {}, request.files ?? []))
    return fromInquiry(await renderThread(ctx, second, { justSent: params.get('sent') === '1' }))
  }
  if (third === 'files' && fourth && !isPost) return fromInquiry(await sendThreadFile(ctx, second, fourth))
  if (third === 'export' && !fourth && !isPost) return fromInquiry(await exportThread(ctx, second))
  if (third === 'erase' && !fourth && isPost) return fromInquiry(await eraseThread(ctx, second, request.form ?? {}))
  throw new PortalError(404)
}

const isInquiryPath = (path: string) => /^\/(?:factories\/[^/]+\/inquire|inquiries\/[^/]+(?:\/(?:export|erase|files\/[^/]+))?)\/?$/.test(path)

/** Reads a small urlencoded form body; refuses a large one. */
const readForm = (req: express.Request, limit = 20_000) =>
  new Promise<Record<string, string>>((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // Answer now and let the rest of the body drain unread.
        req.off('data', onData)
        req.resume()
        reject(new PortalError(413, 'The form is too large.'))
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')))))
    req.on('error', reject)
  })

/**
 * Reads a multipart form (the inquiry form with attachments) with busboy: text fields as for
 * the urlencoded form, files into memory up to the attachment limits. A file over the size
 * limit is kept as "truncated" so the form can say which one; more files than allowed, or a
 * body far over the limits, is refused.
 */
const readMultipart = (req: express.Request) =>
  new Promise<{ form: Record<string, string>; files: Upload[] }>((resolve, reject) => {
    const form: Record<string, string> = {}
    const files: Upload[] = []
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fields: 40, fieldSize: 20_000, files: ATTACHMENT_LIMITS.perMessage + 1, fileSize: ATTACHMENT_LIMITS.maxBytes, parts: 60 },
        defParamCharset: 'utf8',
      })
    } catch {
      reject(new PortalError(400, 'The form is malformed.'))
      return
    }
    parser.on('field', (name, value) => (form[name] = value))
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = []
      const upload: Upload = { field: name, name: info.filename ?? 'file', mimetype: info.mimeType, data: Buffer.alloc(0), truncated: false }
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('limit', () => (upload.truncated = true))
      stream.on('close', () => {
        upload.data = Buffer.concat(chunks)
        // A file input left empty still sends a part with no name and no bytes.
        if (upload.data.length > 0 || info.filename) files.push(upload)
      })
    })
    parser.on('filesLimit', () => reject(new PortalError(413, `At most ${ATTACHMENT_LIMITS.perMessage} attachments.`)))
    parser.on('error', () => reject(new PortalError(400, 'The form is malformed.')))
    parser.on('close', () => resolve({ form, files }))
    req.pipe(parser)
  })

const readBody = async (req: express.Request): Promise<{ form: Record<string, string>; files: Upload[] }> =>
  /^multipart\/form-data/i.test(String(req.headers['content-type'] ?? '')) ? readMultipart(req) : { form: await readForm(req), files: [] }

const route = async (ctx: RenderContext, params: URLSearchParams): Promise<Rendered> => {
  const segments = ctx.path.split('/').filter(Boolean)
  if (!ctx.belt) {
    if (segments.length === 0) return html(await renderHub(ctx))
    if (segments.length === 1 && segments[0] === 'search') return html(await renderSearch(ctx, params))
    if (segments.length === 1 && segments[0] === 'robots.txt') return { status: 200, body: renderRobots(ctx), contentType: 'text/plain; charset=utf-8' }
    throw new PortalError(404)
  }
  if (segments.length === 0) return html(await renderHome(ctx))
  const [first, second, ...more] = segments
  if (first === 'preview' && ctx.draft) {
    const render = { pages: renderPage, factories: renderFactory, products: renderProduct, campaigns: renderCampaign }[ctx.draft.collection as PreviewCollection]
    return html(await render(ctx, ''))
  }
  const calendar = (body: string): Rendered => ({ status: 200, body, contentType: 'text/calendar; charset=utf-8' })
  if (first === 'factories' && second && more.length === 1 && more[0] === 'live.ics') return calendar(await factoryIcs(ctx, slugOrThrow(second)))
  if (more.length > 0) throw new PortalError(404)
  if (first === 'live' && !second) return html(await renderLive(ctx))
  if (first === 'live' && second?.endsWith('.ics')) return calendar(await sessionIcs(ctx, second.slice(0, -'.ics'.length)))
  if (first === 'campaigns' && second?.endsWith('.ics')) return calendar(await campaignIcs(ctx, slugOrThrow(second.slice(0, -'.ics'.length))))
  if (first === 'campaigns' && second) return html(await renderCampaign(ctx, slugOrThrow(second)))
  if (first === 'sitemap.xml' && !second) return { status: 200, body: await renderSitemap(ctx), contentType: 'application/xml; charset=utf-8' }
  if (first === 'robots.txt' && !second) return { status: 200, body: renderRobots(ctx), contentType: 'text/plain; charset=utf-8' }
  if (first === 'search' && !second) return html(await renderSearch(ctx, params))
  if (first === 'factories') return html(second ? await renderFactory(ctx, slugOrThrow(second)) : await renderFactories(ctx, params))
  if (first === 'products') return html(second ? await renderProduct(ctx, slugOrThrow(second)) : await renderProducts(ctx, params))
  if (!second) return html(await renderPage(ctx, slugOrThrow(first)))
  throw new PortalError(404)
}

/** The belt's menu, footer and contact details, in the page's language. */
const beltSettings = (ctx: RenderContext) => {
  const read = async () => {
    const { docs } = await ctx.payload.find({ collection: SLUGS.beltSettings, where: { tenant: { equals: ctx.belt!.id } }, depth: 1, limit: 1, locale: ctx.locale, fallbackLocale: 'zh', pagination: false, ...asPublic(ctx) })
    return docs[0] ?? null
  }
  // Nothing read under a preview's wider view is kept for the public.
  return ctx.isPreview ? read() : portalCache.memo(ctx.belt!.id, `settings:${ctx.locale}`, read)
}

/** The draft a preview link opens; a link that is forged, expired or for another belt is refused. */
const previewOf = (path: string, rawQuery: string, belt: Tenant) => {
  const [, , collection, id, ...more] = path.split('/')
  let token = ''
  try {
    token = new URLSearchParams(rawQuery).get('token') ?? ''
  } catch {
    // A malformed query string is a missing token.
  }
  const claims = readPreviewToken(token)
  if (more.length > 0 || !claims || claims.c !== collection || claims.i !== id || claims.b !== String(belt.id)) {
    throw new PortalError(403, 'This preview link has expired or is not valid. Open the preview again from the admin.')
  }
  return { collection: claims.c, id: claims.i, adminOrigin: claims.o }
}

const slugOrThrow = (value: string) => {
  if (!SLUG.test(value) || value.length > 80) throw new PortalError(404)
  return value
}

/**
 * The user signed in with Payload's cookie, if any (a bad or expired token is nobody). Payload
 * honours the cookie only from the allowed origins (src/server/origins.ts). Reading a page changes
 * nothing, so there the cookie counts whatever site the buyer came from (SameSite=Lax already
 * keeps it off other sites' subrequests); a form post (an inquiry) must come from an allowed
 * origin, so its own Origin and Sec-Fetch-Site are passed on.
 */
const cookieUser = async (payload: Payload, req: express.Request): Promise<ChandiUser | null> => {
  if (!req.headers.cookie?.includes('payload-token')) return null
  const headers = new Headers({ cookie: req.headers.cookie })
  if (req.method === 'GET' || req.method === 'HEAD') headers.set('sec-fetch-site', 'same-origin')
  else {
    for (const name of ['origin', 'sec-fetch-site']) {
      const value = req.headers[name]
      if (typeof value === 'string') headers.set(name, value)
    }
  }
  try {
    const { user } = await payload.auth({ headers })
    return user as ChandiUser | null
  } catch {
    return null
  }
}

/** The signed-in buyer, if any: their inquiries are then kept on their account. */
const signedInBuyer = async (payload: Payload, req: express.Request) => {
  const user = await cookieUser(payload, req)
  return user && !isPlatformAdmin(user) && getBeltIDs(user).length === 0 ? user.id : undefined
}

/** Whether the signed-in user may preview an unpublished belt: its staff or a platform admin. */
const canPreview = async (payload: Payload, req: express.Request, belt: Tenant) => {
  const user = await cookieUser(payload, req)
  return isPlatformAdmin(user) || getBeltIDs(user).some((id) => String(id) === String(belt.id))
}

const send = (req: IncomingMessage, res: ServerResponse, page: CachedPage, cacheControl: string, cacheState: string) => {
  countCache(cacheState)
  const headers: Record<string, string> = {
    'Content-Type': page.contentType,
    'Cache-Control': cacheControl,
    ETag: page.etag,
    Vary: 'Accept-Encoding',
    'X-Chandi-Cache': cacheState,
  }
  if (page.status === 200 && req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, headers).end()
    return
  }
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    // Compressed once per cached page, not once per request.
    page.gzip ??= zlib.gzipSync(page.html, { level: 6 })
    res.writeHead(page.status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(page.gzip.length) })
    res.end(req.method === 'HEAD' ? undefined : page.gzip)
    return
  }
  const body = Buffer.from(page.html)
  res.writeHead(page.status, { ...headers, 'Content-Length': String(body.length) })
  res.end(req.method === 'HEAD' ? undefined : body)
}

const PUBLIC_CACHE = 'public, max-age=0, stale-while-revalidate=30'

const NOT_PORTAL = /^\/(?:api|admin|_next|healthz)(?:[/?]|$)/

const cacheKeyOf = (req: IncomingMessage) => {
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
export const serveCachedPage = (req: IncomingMessage, res: ServerResponse, cache: PageCache = portalCache) => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_PORTAL.test(req.url ?? '/')) return false
  const cached = cache.get(cacheKeyOf(req))
  if (!cached) return false
  send(req, res, cached, PUBLIC_CACHE, 'hit')
  return true
}

/**
 * The public side: host → belt → route → HTML, through the Local API only. Pages of published
 * belts are cached per host + path + query and evicted by the hooks in src/hooks/invalidatePortal.
 */
export const renderer = ({ payload, cache = portalCache }: { payload: Payload; cache?: PageCache }) => {
  const router = express.Router()
  const publicURL = configPublicURL()
  const publicHost = publicURL ? hostOf(publicURL.host) : undefined

  router.use(async (req, res) => {
    const isPost = req.method === 'POST'
    if (req.method !== 'GET' && req.method !== 'HEAD' && !isPost) {
      res.status(405).setHeader('Allow', 'GET, HEAD').type('text/plain').send('Method not allowed')
      return
    }
    const host = hostOf(req.headers.host)
    const rawURL = req.originalUrl
    const queryIndex = rawURL.indexOf('?')
    const rawPath = queryIndex === -1 ? rawURL : rawURL.slice(0, queryIndex)
    const rawQuery = queryIndex === -1 ? '' : rawURL.slice(queryIndex)
    const key = cacheKeyOf(req)
    const cached = cache.get(key)
    if (cached) {
      send(req, res, cached, PUBLIC_CACHE, 'hit')
      return
    }

    // The database is unreachable: the last page we had, marked stale, or a friendly 503. While
    // it is known to be down (a probe checks every 2 s), nothing waits for it.
    const answerWithoutDatabase = () => {
      const stale = isPost ? undefined : cache.getStale(key)
      if (stale) {
        res.setHeader('Warning', '111 - "Revalidation Failed"')
        send(req, res, stale, 'no-cache', 'stale-if-error')
        return
      }
      res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS)).setHeader('Cache-Control', 'no-store').type('html').send(unavailablePage())
    }
    if (database.down) {
      answerWithoutDatabase()
      return
    }

    const port = req.socket.localPort
    const origin = `${req.protocol}://${host}${port && port !== 80 && port !== 443 ? `:${port}` : ''}`
    let ctx: RenderContext = {
      payload,
      belt: null,
      ui: 'zh',
      locale: 'zh',
      t: MESSAGES.zh,
      dir: 'ltr',
      host,
      origin,
      path: '/',
      query: '',
      canonicalOrigin: publicURL?.origin ?? origin,
      isPreview: false,
      reads: publicViewContext({}),
      validity: { until: Number.POSITIVE_INFINITY },
    }
    const reply = (rendered: Rendered, isCacheable: boolean) => {
      if (rendered.redirect) {
        res.status(rendered.status).setHeader('Cache-Control', 'private, no-store').setHeader('Location', rendered.redirect).end()
        return
      }
      if (rendered.isPrivate) {
        res.status(rendered.status).setHeader('Cache-Control', 'private, no-store').setHeader('X-Robots-Tag', 'noindex').setHeader('Referrer-Policy', 'no-referrer')
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
      if (isCacheable && rendered.status === 200) {
        send(req, res, cache.set(key, page), PUBLIC_CACHE, 'miss')
      } else {
        const transient = { ...page, etag: `"${Date.now().toString(36)}"`, storedAt: Date.now(), validUntil: 0 }
        send(req, res, transient, ctx.isPreview ? 'private, no-store' : 'no-cache', 'bypass')
      }
    }

    try {
      if (rawURL.length > MAX_URL_LENGTH) throw new PortalError(414, 'The address is too long.')
      let pathname: string
      try {
        pathname = decodeURIComponent(rawPath)
      } catch {
        throw new PortalError(400, 'The address is malformed.')
      }
      if (pathname.includes('\0') || pathname.includes('..')) throw new PortalError(400, 'The address is malformed.')
      const { ui, path, redirect } = splitLocale(pathname)
      if (isPost && !isInquiryPath(path)) {
        res.status(405).setHeader('Allow', 'GET, HEAD').type('text/plain').send('Method not allowed')
        return
      }
      if (redirect !== undefined) {
        res.redirect(301, `${redirect || '/'}${rawQuery}`)
        return
      }
      ctx = { ...ctx, ui, locale: contentLocaleFor(ui), t: MESSAGES[ui], dir: RTL_LOCALES.includes(ui) ? 'rtl' : 'ltr', path: path.replace(/\/+$/, '') || '/', query: rawQuery }

      const match = await resolveHost({ payload, host, publicHost, locale: ctx.locale })
      if (match.kind === 'unknown') {
        reply(html(renderError(ctx, 404), 404), false)
        return
      }
      let isCacheable = true
      if (match.kind === 'belt') {
        const { belt } = match
        const domain = belt.domains?.[0]?.domain
        ctx = { ...ctx, belt, canonicalOrigin: domain ? `${publicURL?.protocol ?? 'https:'}//${domain}` : origin, reads: publicViewContext({ belt: belt.id }) }
        if (ctx.path.startsWith('/preview/')) {
          // Live preview: the signed link opens one draft of this belt, framed by the admin only.
          const draft = previewOf(ctx.path, rawQuery, belt)
          ctx = { ...ctx, isPreview: true, draft, reads: publicViewContext({ belt: belt.id, isBeltPreview: true, draft: { collection: draft.collection, id: draft.id } }) }
          isCacheable = false
          res.setHeader('Content-Security-Policy', portalCsp({ frameAncestors: [draft.adminOrigin], scripts: [PREVIEW_SCRIPT] }))
        } else if (!belt.published) {
          if (!(await canPreview(payload, req, belt))) {
            ctx = { ...ctx, belt: null, reads: publicViewContext({}) }
            reply(html(renderError(ctx, 404), 404), false)
            return
          }
          // Its staff see the belt as the public will once it is published.
          ctx = { ...ctx, isPreview: true, reads: publicViewContext({ belt: belt.id, isBeltPreview: true }) }
          isCacheable = false
        }
        ctx = { ...ctx, settings: await beltSettings(ctx) }
      }
      let params: URLSearchParams
      try {
        params = new URLSearchParams(rawQuery)
      } catch {
        throw new PortalError(400, 'The query string is malformed.')
      }
      const body = isPost ? await readBody(req) : undefined
      const buyerUserID = isPost && isInquiryPath(ctx.path) ? await signedInBuyer(payload, req) : undefined
      const inquiry = isInquiryPath(ctx.path)
        ? await inquiryRoute(ctx, params, { method: req.method, form: body?.form, files: body?.files, ip: req.ip ?? req.socket.remoteAddress ?? '', buyerUserID })
        : null
      reply(inquiry ?? (await route(ctx, params)), isCacheable && !inquiry)
    } catch (error) {
      if (error instanceof PortalError) {
        if (error.status === 413) {
          res.status(413).setHeader('Connection', 'close').type('text/plain').send(error.message)
          return
        }
        reply(html(renderError(ctx, error.status, error.message), error.status), false)
        return
      }
      // A write that waited too long for this process's other writes (a 503 from the adapter): this
      // request alone is refused; the database is fine.
      if (isWritesQueued(error) || (error as { status?: number }).status === 503) {
        payload.logger.warn({ url: rawURL, host, reqId: req.headers['x-request-id'], err: error }, 'write refused: the database was busy with other writes')
        res.status(503).setHeader('Retry-After', '5').setHeader('Cache-Control', 'no-store').type('html').send(unavailablePage(5))
        return
      }
      if (isDatabaseError(error)) {
        databaseDown(payload)
        payload.logger.warn({ url: rawURL, host, reqId: req.headers['x-request-id'], err: error }, 'database unreachable')
        answerWithoutDatabase()
        return
      }
      payload.logger.error({ err: error, url: rawURL, host, reqId: req.headers['x-request-id'] }, 'renderer failed')
      res.status(500).type('text/plain').send('Something went wrong on our side. Please try again shortly.')
    }
  })
  return router
}
