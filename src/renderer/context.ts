import type { Payload, Where } from 'payload'

import type { ContentLocale } from '@/constants'
import type { BeltSetting, Media, Tenant } from '@/payload-types'

import type { Messages, UILocale } from './i18n'

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
}

/** Marks the page being rendered as true only until `instant` (if that is in the future). */
export const expireAt = (ctx: Pick<RenderContext, 'validity'>, instant: Date | string | number) => {
  const time = new Date(instant).getTime()
  if (Number.isFinite(time) && time > Date.now() && time < ctx.validity.until) ctx.validity.until = time
}

/** A link inside the current site, in the current language. */
export const hrefFor = (ctx: Pick<RenderContext, 'ui'>, path: string, ui: UILocale = ctx.ui) => {
  const prefix = ui === 'zh' ? '' : `/${ui}`
  return path === '/' ? prefix || '/' : `${prefix}${path}`
}

export type ImageSource = { src: string; width: number; height: number; srcSet: string; alt: string }

const SIZE_ORDER = ['thumbnail', 'card', 'large', 'hero'] as const

/**
 * The sizes sharp made for an image, as `src`/`srcset` with intrinsic width and height (so the
 * browser reserves the space: no layout shift). The square thumbnail is left out of `srcset`
 * because its aspect ratio differs.
 */
export const imageSource = (media: Media | number | null | undefined): ImageSource | null => {
  if (!media || typeof media !== 'object' || !media.url || !media.width || !media.height) return null
  const candidates = SIZE_ORDER.filter((name) => name !== 'thumbnail')
    .map((name) => media.sizes?.[name])
    .filter((size): size is NonNullable<typeof size> => Boolean(size?.url && size.width))
  const srcSet = [...candidates.map((size) => `${size.url} ${size.width}w`), `${media.url} ${media.width}w`].join(', ')
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
 * The conditions every portal query starts from: documents of this belt that are published.
 * The renderer reads with `overrideAccess`, so this is what keeps one belt's page free of
 * another's documents and of drafts.
 */
export const publishedInBelt = (ctx: Pick<RenderContext, 'belt'>): Where[] => [
  { tenant: { equals: ctx.belt!.id } },
  { _status: { equals: 'published' } },
]

/**
 * The query for the document a page is about: published and found by its slug; or, in a live
 * preview of that collection, the previewed document by id as its latest draft. Both stay
 * inside the belt.
 */
export const mainDocQuery = (ctx: Pick<RenderContext, 'belt' | 'draft'>, collection: string, slug: string): { where: Where; draft: boolean } =>
  ctx.draft?.collection === collection
    ? { where: { and: [{ tenant: { equals: ctx.belt!.id } }, { id: { equals: ctx.draft.id } }] }, draft: true }
    : { where: { and: [...publishedInBelt(ctx), { slug: { equals: slug } }] }, draft: false }

/** Where a document of a collection lives on its portal, by slug (null: it has no page of its own). */
const PORTAL_PATHS: Record<string, (slug: string) => string> = {
  pages: (slug) => `/${slug}`,
  factories: (slug) => `/factories/${slug}`,
  products: (slug) => `/products/${slug}`,
  campaigns: (slug) => `/campaigns/${slug}`,
  categories: (slug) => `/products?category=${encodeURIComponent(slug)}`,
  'live-sessions': () => '/live',
}

export const portalPathOf = (collection: string, slug: string): string | null => PORTAL_PATHS[collection]?.(slug) ?? null
