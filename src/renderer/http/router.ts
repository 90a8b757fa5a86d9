import { ownerOf, type Buyer } from '@/buyers/accounts'
import type { Upload } from '@/inquiries/uploads'
import type { VisitKind } from '@/platform/visits'
import type { PreviewCollection } from '@/preview/links'

import type { RenderContext } from '@/portal/context'
import { PortalError } from '../errors'
import { UI_LOCALES, type UILocale } from '@/portal/i18n'
import { campaignIcs, renderCampaign } from '../routes/campaigns'
import { ACCOUNT_ROUTES } from '../routes/account'
import { renderBarometer } from '../routes/barometer'
import { renderHub } from '../routes/hub'
import { renderSearch } from '../routes/search'
import {
  eraseThread,
  exportThread,
  renderInquiryForm,
  renderThread,
  replyToThread,
  sendThreadFile,
  submitInquiry,
  type InquiryResult,
} from '../routes/inquiries'
import { festivalsIcs, renderFestivals } from '../routes/festivals'
import { factoryIcs, renderLive, sessionIcs } from '../routes/live'
import {
  acceptSourcing,
  askSourcing,
  closeSourcing,
  confirmSourcing,
  postSourcingForm,
  renderBoard,
  renderRequest,
  renderSourcingForm,
  sendRequestFile,
} from '../routes/sourcing'
import {
  renderFactories,
  renderFactory,
  renderHome,
  renderPage,
  renderProduct,
  renderProducts,
} from '@/renderer/routes/portal'
import { renderRobots, renderSitemap, renderSitemapFile } from '../routes/seo'
import { html, type Rendered } from './respond'

/** Splits `/en/factories/x` into the interface language and the path the routes see. */
export const splitLocale = (
  pathname: string,
): { ui: UILocale; path: string; redirect?: string } => {
  const [, first, ...rest] = pathname.split('/')
  if (first === 'zh') {
    const path = `/${rest.join('/')}`
    // One leading slash: `/zh//evil.com` or `/zh/%5Cevil.com` redirected as `//evil.com` or
    // `/\evil.com` would send the browser to another site.
    return { ui: 'zh', path, redirect: path.replace(/^[/\\]+/, '/') }
  }
  if ((UI_LOCALES as readonly string[]).includes(first) && first !== 'zh') {
    return { ui: first as UILocale, path: `/${rest.join('/')}` }
  }
  return { ui: 'zh', path: pathname }
}

export type RouteRequest = {
  params: Record<string, string>
  query: URLSearchParams
  form: Record<string, string>
  files: Upload[]
  ip: string
  buyerUserID?: number | string
  account?: Buyer | null // signed in with the portal's cookie (src/buyers/)
  sameOrigin?: boolean
}

export type Route = {
  /** `/factories/:slug`; a parameter may carry a literal suffix (`/live/:session.ics`). */
  pattern: string
  /** The hub host, a belt's host, or both. */
  on: 'hub' | 'belt' | 'both'
  /** HEAD is answered as GET. */
  methods: readonly ('GET' | 'POST')[]
  cacheable: boolean
  /** Behind a token: never stored, never indexed, no referrer. */
  private: boolean
  handler: (ctx: RenderContext, request: RouteRequest) => Promise<Rendered>
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const slugOrThrow = (value: string) => {
  if (!SLUG.test(value) || value.length > 80) throw new PortalError(404)
  return value
}

const fromInquiry = (result: InquiryResult): Rendered => {
  if (result.redirect)
    return { status: result.status, body: '', contentType: 'text/plain', redirect: result.redirect }
  if (result.file)
    return {
      status: result.status,
      body: result.file.body,
      contentType: result.file.contentType,
      headers: result.file.headers,
    }
  return html(result.element!, result.status)
}

const text = (body: string, contentType: string): Rendered => ({ status: 200, body, contentType })
const calendar = (body: string): Rendered => text(body, 'text/calendar; charset=utf-8')

const page = (pattern: string, handler: Route['handler'], on: Route['on'] = 'belt'): Route => ({
  pattern,
  on,
  methods: ['GET'],
  cacheable: true,
  private: false,
  handler,
})
const inquiry = (
  pattern: string,
  method: 'GET' | 'POST',
  handler: Route['handler'],
  on: Route['on'] = 'belt',
): Route => ({
  pattern,
  on,
  methods: [method],
  cacheable: false,
  private: true,
  handler,
})

/** A sourcing route: on the hub and every portal, private like the inquiry routes. */
const sourcing = (pattern: string, method: 'GET' | 'POST', handler: Route['handler']) =>
  inquiry(pattern, method, handler, 'both')

const PREVIEW_RENDERERS = {
  pages: renderPage,
  factories: renderFactory,
  products: renderProduct,
  campaigns: renderCampaign,
}

/**
 * Every portal address, first match wins. The inquiry routes (the form and the buyer's private
 * thread with its attachments, export and erasure) are the only ones that take a POST.
 */
export const ROUTES: readonly Route[] = [
  inquiry('/factories/:slug/inquire', 'GET', async (ctx, { params, query }) =>
    fromInquiry(
      await renderInquiryForm(ctx, slugOrThrow(params.slug), {
        product: query.get('product') ?? '',
      }),
    ),
  ),
  inquiry('/factories/:slug/inquire', 'POST', async (ctx, r) =>
    fromInquiry(await submitInquiry(ctx, slugOrThrow(r.params.slug), r)),
  ),
  inquiry('/inquiries/:token', 'GET', async (ctx, { params, query }) =>
    fromInquiry(await renderThread(ctx, params.token, { justSent: query.get('sent') === '1' })),
  ),
  inquiry('/inquiries/:token', 'POST', async (ctx, { params, form, files }) =>
    fromInquiry(await replyToThread(ctx, params.token, form, files)),
  ),
  inquiry('/inquiries/:token/files/:file', 'GET', async (ctx, { params }) =>
    fromInquiry(await sendThreadFile(ctx, params.token, params.file)),
  ),
  inquiry('/inquiries/:token/export', 'GET', async (ctx, { params }) =>
    fromInquiry(await exportThread(ctx, params.token)),
  ),
  inquiry('/inquiries/:token/erase', 'POST', async (ctx, { params, form }) =>
    fromInquiry(await eraseThread(ctx, params.token, form)),
  ),
  // Sourcing requests, on the hub and every portal: the form, the buyer's private page and its
  // actions (private: never cached), and the public board (not cached either: it counts quotes).
  sourcing('/sourcing/new', 'GET', async (ctx, { query }) =>
    fromInquiry(await renderSourcingForm(ctx, {}, {}, 200, query.get('sent') === '1')),
  ),
  sourcing('/sourcing/new', 'POST', async (ctx, { form, ip, files, account }) =>
    fromInquiry(await postSourcingForm(ctx, form, ip, files, ownerOf(account, form.email))),
  ),
  sourcing('/sourcing/requests/:token', 'GET', async (ctx, { params, query }) =>
    fromInquiry(
      await renderRequest(ctx, params.token, query.get('sort') ?? 'price', {
        asked: query.get('asked') ?? undefined,
      }),
    ),
  ),
  sourcing('/sourcing/requests/:token/files/:file', 'GET', async (ctx, { params }) =>
    fromInquiry(await sendRequestFile(ctx, params.token, params.file)),
  ),
  sourcing('/sourcing/requests/:token/ask', 'POST', async (ctx, { params, form }) =>
    fromInquiry(await askSourcing(ctx, params.token, form)),
  ),
  sourcing('/sourcing/requests/:token/confirm', 'POST', async (ctx, { params }) =>
    fromInquiry(await confirmSourcing(ctx, params.token)),
  ),
  sourcing('/sourcing/requests/:token/accept', 'POST', async (ctx, { params, form }) =>
    fromInquiry(await acceptSourcing(ctx, params.token, form.quote ?? '')),
  ),
  sourcing('/sourcing/requests/:token/close', 'POST', async (ctx, { params }) =>
    fromInquiry(await closeSourcing(ctx, params.token)),
  ),
  ...ACCOUNT_ROUTES.map((route) => inquiry(route.pattern, route.method, route.handler, 'both')),
  { ...page('/sourcing', async (ctx) => html(await renderBoard(ctx)), 'both'), cacheable: false },
  // Opened only with a valid signed link (checked before routing); never cached.
  {
    ...page('/preview/:collection/:id', async (ctx) => {
      if (!ctx.draft) throw new PortalError(404)
      return html(await PREVIEW_RENDERERS[ctx.draft.collection as PreviewCollection](ctx, ''))
    }),
    cacheable: false,
  },
  page('/', async (ctx) => html(await renderHub(ctx)), 'hub'),
  page('/', async (ctx) => html(await renderHome(ctx))),
  page('/factories/:slug/live.ics', async (ctx, { params }) =>
    calendar(await factoryIcs(ctx, slugOrThrow(params.slug))),
  ),
  page('/live', async (ctx) => html(await renderLive(ctx))),
  page('/festivals', async (ctx, { query }) => html(await renderFestivals(ctx, query)), 'both'),
  page('/barometer', async (ctx) => html(await renderBarometer(ctx)), 'both'),
  page('/festivals.ics', async (ctx) => calendar(await festivalsIcs(ctx)), 'both'),
  page('/live/:session.ics', async (ctx, { params }) =>
    calendar(await sessionIcs(ctx, params.session)),
  ),
  page('/campaigns/:slug.ics', async (ctx, { params }) =>
    calendar(await campaignIcs(ctx, slugOrThrow(params.slug))),
  ),
  page('/campaigns/:slug', async (ctx, { params }) =>
    html(await renderCampaign(ctx, slugOrThrow(params.slug))),
  ),
  page('/sitemap.xml', async (ctx) =>
    text(await renderSitemap(ctx), 'application/xml; charset=utf-8'),
  ),
  page('/sitemaps/:name.xml', async (ctx, { params }) =>
    text(await renderSitemapFile(ctx, params.name), 'application/xml; charset=utf-8'),
  ),
  page('/robots.txt', async (ctx) => text(renderRobots(ctx), 'text/plain; charset=utf-8'), 'both'),
  page('/search', async (ctx, { query }) => html(await renderSearch(ctx, query)), 'both'),
  page('/factories', async (ctx, { query }) => html(await renderFactories(ctx, query))),
  page('/factories/:slug', async (ctx, { params }) =>
    html(await renderFactory(ctx, slugOrThrow(params.slug))),
  ),
  page('/products', async (ctx, { query }) => html(await renderProducts(ctx, query))),
  page('/products/:slug', async (ctx, { params }) =>
    html(await renderProduct(ctx, slugOrThrow(params.slug))),
  ),
  page('/:slug', async (ctx, { params }) => html(await renderPage(ctx, slugOrThrow(params.slug)))),
]

const VISIT_KIND_OF: Record<string, VisitKind> = {
  '/': 'home',
  '/factories/:slug': 'factory',
  '/products/:slug': 'product',
  '/campaigns/:slug': 'campaign',
  '/search': 'search',
  '/live': 'live',
}

/** What a view of a route's page is counted as (src/platform/visits.ts). */
export const visitKindOf = (route: Route): VisitKind => VISIT_KIND_OF[route.pattern] ?? 'other'

type Segment = { literal: string } | { param: string; suffix: string }

const compile = (pattern: string): Segment[] =>
  pattern
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (!part.startsWith(':')) return { literal: part }
      const dot = part.indexOf('.')
      return dot === -1
        ? { param: part.slice(1), suffix: '' }
        : { param: part.slice(1, dot), suffix: part.slice(dot) }
    })

/** The parameters when `parts` fit the pattern; a parameter is never empty. */
const matchSegments = (segments: Segment[], parts: string[]): Record<string, string> | null => {
  if (parts.length !== segments.length) return null
  const params: Record<string, string> = {}
  for (const [index, segment] of segments.entries()) {
    const part = parts[index]
    if ('literal' in segment) {
      if (part !== segment.literal) return null
    } else {
      if (!part.endsWith(segment.suffix) || part.length === segment.suffix.length) return null
      params[segment.param] = part.slice(0, part.length - segment.suffix.length)
    }
  }
  return params
}

const COMPILED = ROUTES.map((route) => ({ route, segments: compile(route.pattern) }))

/**
 * Public pages tolerate empty segments (`/factories//x` is `/factories/x`); the private routes
 * match only the addresses we write into links and mails, as they always have.
 */
const partsOf = (path: string, strict: boolean) =>
  strict ? path.split('/').slice(1) : path.split('/').filter(Boolean)

/** The route for a path (trailing slashes already removed) on a hub or belt host, with its parameters. */
export const findRoute = (
  path: string,
  { hasBelt, method }: { hasBelt: boolean; method: string },
) => {
  const wanted = method === 'POST' ? 'POST' : 'GET'
  for (const { route, segments } of COMPILED) {
    if (route.on !== 'both' && (route.on === 'belt') !== hasBelt) continue
    if (!route.methods.includes(wanted)) continue
    const params = matchSegments(segments, partsOf(path, route.private))
    if (params) return { route, params }
  }
  return null
}

/**
 * Whether a POST may go on to the host and the body: only to a private route's address (one
 * trailing slash allowed), whatever its method; there a method the route does not take is a
 * 404 like a wrong token. Anywhere else a POST is a 405, before the host is even read.
 */
export const mayPost = (path: string) => {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
  return COMPILED.some(
    ({ route, segments }) =>
      route.private && matchSegments(segments, partsOf(trimmed, true)) !== null,
  )
}
