import express from 'express'
import type { Payload } from 'payload'

import { publicViewContext, readUnpublishedFactoryIDs } from '@/access/publicWhere'
import { SLUGS } from '@/constants'
import { publicURL as configPublicURL, env, isProduction } from '@/utilities/config'
import {
  database,
  databaseDown,
  isDatabaseError,
  RETRY_AFTER_SECONDS,
  unavailablePage,
} from '@/platform/outage'
import { isWritesQueued } from '@/platform/sqliteTransactions'
import { portalCsp } from '@/utilities/csp'

import { type PageCache, portalCache } from '@/portal/cache'
import { asPublic, type RenderContext } from '@/portal/context'
import { PortalError } from './errors'
import { readBody } from './http/body'
import { canPreview, isSameOrigin, previewOf, signedInAccount, signedInBuyer } from './http/auth'
import {
  cacheKeyOf,
  withoutTrackers,
  html,
  PUBLIC_CACHE,
  reply as replyWith,
  type Rendered,
  send,
} from './http/respond'
import { findRoute, mayPost, splitLocale, visitKindOf } from './http/router'
import { contentLocaleFor, MESSAGES, RTL_LOCALES } from '@/portal/i18n'
import { moneyFor } from '@/portal/money'
import { PREVIEW_SCRIPT } from '@/portal/previewScript'
import { hostOf, localhostBelts, resolveHostMemo } from './resolveBelt'
import { renderError } from './routes/errors'
import { redirectFor } from './routes/redirects'
import { serverErrorPage } from './routes/serverError'

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
export { serveCachedPage } from './http/respond'

const MAX_URL_LENGTH = 2048

/** The belt's menu, footer and contact details, in the page's language. */
const beltSettings = (ctx: RenderContext) => {
  const read = async () => {
    const { docs } = await ctx.payload.find({
      collection: SLUGS.beltSettings,
      where: { tenant: { equals: ctx.belt!.id } },
      depth: 1,
      limit: 1,
      locale: ctx.locale,
      fallbackLocale: 'zh',
      pagination: false,
      ...asPublic(ctx),
    })
    return docs[0] ?? null
  }
  // Nothing read under a preview's wider view is kept for the public.
  return ctx.isPreview ? read() : portalCache.memo(ctx.belt!.id, `settings:${ctx.locale}`, read)
}

/**
 * The public view of a published belt with what its access rule needs already known: the belt is
 * published (just read) and its never-published factories, held until the belt's next edit.
 */
const publishedBeltView = async (cache: PageCache, payload: Payload, belt: number | string) =>
  publicViewContext({
    belt,
    isBeltPublished: true,
    unpublishedFactoryIDs: await cache.memo(belt, 'unpublishedFactoryIDs', () =>
      readUnpublishedFactoryIDs(payload, [belt]),
    ),
  })

/**
 * The public side: host → belt → route (src/renderer/http/router.ts) → HTML, through the Local
 * API only. Pages of published belts are cached per host + path + query and evicted by the hooks
 * in src/hooks/invalidatePortal.
 */
export const renderer = ({
  payload,
  cache = portalCache,
}: {
  payload: Payload
  cache?: PageCache
}) => {
  const router = express.Router()
  const publicURL = configPublicURL()
  const publicHost = publicURL ? hostOf(publicURL.host) : undefined
  const onLocalhost = localhostBelts({
    production: isProduction(),
    publicURL,
    allow: env('CHANDI_LOCALHOST_BELTS'),
  })

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
    // A POST is never answered from the cache: it goes on to the form it was sent to, or a 405.
    const cached = isPost ? undefined : cache.get(key)
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
      res
        .status(503)
        .setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
        .setHeader('Cache-Control', 'no-store')
        .type('html')
        .send(unavailablePage(RETRY_AFTER_SECONDS, rawPath))
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
      held: { hits: 0, misses: 0 },
      otherBelts: new Set(),
    }
    const since = cache.generation
    const reply = (rendered: Rendered, cacheable: boolean, isPrivate = false) =>
      replyWith(req, res, rendered, { ctx, cache, key, cacheable, isPrivate, since })

    try {
      if (rawURL.length > MAX_URL_LENGTH) throw new PortalError(414, 'The address is too long.')
      let pathname: string
      try {
        pathname = decodeURIComponent(rawPath)
      } catch {
        throw new PortalError(400, 'The address is malformed.')
      }
      if (pathname.includes('\0') || pathname.includes('..'))
        throw new PortalError(400, 'The address is malformed.')
      const { ui, path, redirect } = splitLocale(pathname)
      if (isPost && !mayPost(path)) {
        res
          .status(405)
          .setHeader('Allow', 'GET, HEAD')
          .type('text/plain')
          .send('Method not allowed')
        return
      }
      if (redirect !== undefined) {
        res.redirect(301, `${redirect || '/'}${rawQuery}`)
        return
      }
      ctx = {
        ...ctx,
        ui,
        locale: contentLocaleFor(ui),
        t: MESSAGES[ui],
        dir: RTL_LOCALES.includes(ui) ? 'rtl' : 'ltr',
        path: path.replace(/\/+$/, '') || '/',
        query: withoutTrackers(rawQuery),
      }

      const resolved = await resolveHostMemo(
        { payload, host, publicHost, locale: ctx.locale, localhostBelts: onLocalhost },
        () => cache.generation,
      )
      if (resolved.kind === 'unknown') {
        reply(html(renderError(ctx, 404), 404), false)
        return
      }
      let isCacheable = true
      if (resolved.kind === 'belt') {
        const { belt } = resolved
        const domain = belt.domains?.[0]?.domain
        ctx = {
          ...ctx,
          belt,
          canonicalOrigin: domain ? `${publicURL?.protocol ?? 'https:'}//${domain}` : origin,
          reads: publicViewContext({ belt: belt.id }),
        }
        if (belt.published)
          ctx = { ...ctx, reads: await publishedBeltView(cache, payload, belt.id) }
        if (ctx.path.startsWith('/preview/')) {
          // Live preview: the signed link opens one draft of this belt, framed by the admin only.
          const draft = previewOf(ctx.path, rawQuery, belt)
          ctx = {
            ...ctx,
            isPreview: true,
            draft,
            reads: publicViewContext({
              belt: belt.id,
              isBeltPreview: true,
              draft: { collection: draft.collection, id: draft.id },
            }),
          }
          isCacheable = false
          res.setHeader(
            'Content-Security-Policy',
            portalCsp({ frameAncestors: [draft.adminOrigin], scripts: [PREVIEW_SCRIPT] }),
          )
        } else if (!belt.published) {
          if (!(await canPreview(payload, req, belt))) {
            ctx = { ...ctx, belt: null, reads: publicViewContext({}) }
            reply(html(renderError(ctx, 404), 404), false)
            return
          }
          // Its staff see the belt as the public will once it is published.
          ctx = {
            ...ctx,
            isPreview: true,
            reads: publicViewContext({ belt: belt.id, isBeltPreview: true }),
          }
          isCacheable = false
        }
        ctx = { ...ctx, settings: await beltSettings(ctx) }
      }
      let params: URLSearchParams
      try {
        params = new URLSearchParams(withoutTrackers(rawQuery))
      } catch {
        throw new PortalError(400, 'The query string is malformed.')
      }
      // A NUL and the like reached the database through the filters (PostgreSQL answered 500):
      // a parameter holding one is left out, as an unknown value is.
      for (const [name, value] of [...params])
        if (CONTROL.test(value) || CONTROL.test(name)) params.delete(name)
      // Conversions into the buyer's currency: by the page's language or `?currency=`, both in
      // the address (and so in the cache key); never a cookie, which the key does not see.
      ctx = { ...ctx, money: await moneyFor(payload, ctx.ui, params) }
      const body = isPost ? await readBody(req) : { form: {}, files: [] }
      const match = findRoute(ctx.path, { hasBelt: ctx.belt !== null, method: req.method })
      if (!match) throw new PortalError(404)
      const { route, params: routeParams } = match
      if (!route.private) ctx = { ...ctx, visit: { kind: visitKindOf(route), doc: '' } }
      const buyerUserID = isPost && route.private ? await signedInBuyer(payload, req) : undefined
      const account = route.private ? await signedInAccount(payload, req, origin) : null
      const rendered = await route.handler(ctx, {
        params: routeParams,
        query: params,
        form: body.form,
        files: body.files,
        ip: req.ip ?? req.socket.remoteAddress ?? '',
        buyerUserID,
        account,
        sameOrigin: isSameOrigin(req, origin),
      })
      reply(rendered, isCacheable && route.cacheable, route.private)
    } catch (error) {
      if (error instanceof PortalError) {
        // A renamed page's old address: 301 to where the document lives now (not cached, so a
        // redirect removed or re-pointed in the admin takes effect at once).
        const moved =
          error.status === 404 && !isPost
            ? await redirectFor(ctx).catch((err: unknown) => {
                payload.logger.warn({ err, url: rawURL, host }, 'redirect lookup failed')
                return null
              })
            : null
        if (moved) {
          res.setHeader('Cache-Control', 'public, max-age=300')
          res.redirect(301, `${moved}${rawQuery}`)
          return
        }
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
        payload.logger.warn(
          { url: rawURL, host, reqId: req.headers['x-request-id'], err: error },
          'write refused: the database was busy with other writes',
        )
        res
          .status(503)
          .setHeader('Retry-After', '5')
          .setHeader('Cache-Control', 'no-store')
          .type('html')
          .send(unavailablePage(5, rawPath))
        return
      }
      if (isDatabaseError(error)) {
        databaseDown(payload)
        payload.logger.warn(
          { url: rawURL, host, reqId: req.headers['x-request-id'], err: error },
          'database unreachable',
        )
        answerWithoutDatabase()
        return
      }
      payload.logger.error(
        { err: error, url: rawURL, host, reqId: req.headers['x-request-id'] },
        'renderer failed',
      )
      res
        .status(500)
        .setHeader('Cache-Control', 'no-store')
        .type('html')
        .send(serverErrorPage(rawPath))
    }
  })
  return router
}
