import type { Payload, RequestContext, Where } from 'payload'

import type { ContentLocale } from '@/constants'
import type { BeltSetting, Media, Tenant } from '@/payload-types'

import type { VisitKind } from '@/platform/visits'

import type { Messages, UILocale } from '@/portal/i18n'
import type { RateTable } from '@/utilities/money'

/** One render's money: the rate table, the buyer's currency, and what its prices were shown in. */
export type MoneyView = {
  /** The buyer's currency (src/portal/money.ts). */
  currency: string
  /** The currency the address asked for (`?currency=`), when the table has it: links carry it. */
  asked?: string
  rates: RateTable
  /** When the rates were taken (ISO date, `YYYY-MM-DD`). */
  asOf: string
  /** The currencies of the prices on the page, and of those shown with a conversion. */
  priced: Set<string>
  converted: Set<string>
}

/**
 * The one object every renderer function receives (as Vendure's request context): which belt,
 * in which language, for which host — nothing reads these from a global.
 */
export type RenderContext = {
  payload: Payload
  /** null on the hub. */
  belt: Tenant | null
  /** The belt's menu, footer and contact details (src/collections/BeltSettings), if it has any. */
  settings?: BeltSetting | null
  ui: UILocale
  locale: ContentLocale
  t: Messages
  dir: 'ltr' | 'rtl'
  /** Host as the buyer typed it (normalised), and the origin built from it. */
  host: string
  origin: string
  /** Path without the language prefix, e.g. `/factories`. */
  path: string
  /** The query string as received, with its `?`, or '' (kept by the language switcher). */
  query: string
  /** The belt's canonical origin: its first listed domain, or the host it was reached on. */
  canonicalOrigin: string
  isPreview: boolean
  /**
   * Live preview from the admin: the one document shown as its latest draft (by id, whatever its
   * slug), and the admin origin that may frame the page. Null on every public request.
   */
  draft?: { collection: string; id: string; adminOrigin: string } | null
  /**
   * Until when the page being rendered stays true: a page that shows a campaign's state or a
   * festival price is cached only until the next start or end instant it depends on.
   */
  validity: { until: number }
  /**
   * How many of this render's reads were held and how many read the database
   * (src/portal/heldReads.ts): counted in `/metrics` per render. One object per render.
   */
  held?: { hits: number; misses: number }
  /**
   * The other belts whose content this render showed (a product page's similar products
   * elsewhere): the page is cached with them, and their evictions evict it. One set per render; a
   * route without it shows no other belt's content.
   */
  otherBelts?: Set<string>
  /**
   * The Local API `context` of this render's public reads: which belt's portal, and whether a
   * preview widens it (src/access/publicWhere.ts). One object per render, so the access rules
   * read the published belts once for all its reads.
   */
  reads: RequestContext
  /**
   * What a view of this page is counted as (src/platform/visits.ts): its kind, from the route,
   * and the one document it shows, set by the route that reads it (`showsDocument`).
   */
  visit?: { kind: VisitKind; doc: string }
  /**
   * Approximate conversions into the buyer's currency; absent without a dated rate table. The
   * currency comes from the address (language, `?currency=`), so a cached page never varies.
   */
  money?: MoneyView
}

/** Notes the one document the page shows, for the visit counts. */
export const showsDocument = (ctx: Pick<RenderContext, 'visit'>, id: number | string) => {
  if (ctx.visit) ctx.visit.doc = String(id)
}

/**
 * Options of every public read: the collection's own read and field access, as the anonymous
 * buyer (no user), in this render's view. What the public may see is stated only in
 * src/access/publicWhere.ts, so the portal shows exactly what REST and GraphQL give anonymous.
 */
export const asPublic = (ctx: Pick<RenderContext, 'reads'>) =>
  ({ overrideAccess: false, context: ctx.reads }) as const

/**
 * Options of a read that no public access grants and the server makes on the buyer's behalf
 * (which host is which belt, an inquiry by its private link's token). Every use says why.
 */
export const systemRead = { overrideAccess: true } as const

/** Of populated relationships, those the public may read: access leaves the others as bare ids. */
export const readable = <T extends object>(docs: unknown): T[] =>
  (Array.isArray(docs) ? docs : [docs]).filter(
    (doc): doc is T => Boolean(doc) && typeof doc === 'object',
  )

/** Marks the page being rendered as true only until `instant` (if that is in the future). */
export const expireAt = (ctx: Pick<RenderContext, 'validity'>, instant: Date | string | number) => {
  const time = new Date(instant).getTime()
  if (Number.isFinite(time) && time > Date.now() && time < ctx.validity.until)
    ctx.validity.until = time
}

/** A link inside the current site, in the current language. */
export const hrefFor = (ctx: Pick<RenderContext, 'ui'>, path: string, ui: UILocale = ctx.ui) => {
  const prefix = ui === 'zh' ? '' : `/${ui}`
  return path === '/' ? prefix || '/' : `${prefix}${path}`
}

/**
 * A link a buyer follows within the site: `hrefFor`, carrying the currency they chose
 * (`?currency=`), so prices stay in it from page to page. Not for canonical, alternate or mailed
 * addresses, nor for forms (a GET form sends its own fields; they carry it as a hidden one).
 */
export const linkTo = (ctx: Pick<RenderContext, 'ui' | 'money'>, path: string) => {
  const href = hrefFor(ctx, path)
  const asked = ctx.money?.asked
  if (!asked || /[?&]currency=/.test(href)) return href
  const at = href.indexOf('#')
  const [base, fragment] = at === -1 ? [href, ''] : [href.slice(0, at), href.slice(at)]
  return `${base}${base.includes('?') ? '&' : '?'}currency=${asked}${fragment}`
}

export type ImageSource = {
  src: string
  width: number
  height: number
  srcSet: string
  alt: string
}

const SIZE_ORDER = ['thumbnail', 'card', 'large', 'hero'] as const

/**
 * The sizes sharp made for an image, as `src`/`srcset` with intrinsic width and height (so the
 * browser reserves the space: no layout shift). The square thumbnail is left out of `srcset`
 * because its aspect ratio differs.
 */
export const imageSource = (media: Media | number | null | undefined): ImageSource | null => {
  if (!media || typeof media !== 'object' || !media.url || !media.width || !media.height)
    return null
  const candidates = SIZE_ORDER.filter((name) => name !== 'thumbnail')
    .map((name) => media.sizes?.[name])
    .filter((size): size is NonNullable<typeof size> => Boolean(size?.url && size.width))
  const srcSet = [
    ...candidates.map((size) => `${size.url} ${size.width}w`),
    `${media.url} ${media.width}w`,
  ].join(', ')
  const best = candidates.find((size) => (size.width ?? 0) >= 640) ?? null
  return {
    src: best?.url ?? media.url,
    width: best?.width ?? media.width,
    height: best?.height ?? media.height,
    srcSet,
    alt: media.alt ?? '',
  }
}

/**
 * The query for the document a page is about: found by its slug; or, in a live preview of that
 * collection, the previewed document by id as its latest draft (readable through the preview's
 * view). Which belt, and published or not, is the access rules' business.
 */
export const mainDocQuery = (
  ctx: Pick<RenderContext, 'draft'>,
  collection: string,
  slug: string,
): { where: Where; draft: boolean } =>
  ctx.draft?.collection === collection
    ? { where: { id: { equals: ctx.draft.id } }, draft: true }
    : { where: { slug: { equals: slug } }, draft: false }

export { portalPathOf } from '@/utilities/portalPaths'
