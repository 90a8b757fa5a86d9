import type { CollectionSlug } from 'payload'

import { SLUGS } from '@/constants'

import { escapeHTML } from '@/utilities/escape'
import { asPublic, hrefFor, type RenderContext } from '@/portal/context'
import { UI_LOCALES } from '@/portal/i18n'
import { PortalError } from '../errors'

/**
 * The sitemap protocol allows 50,000 URLs and 50 MB per file. Every path is listed once per
 * interface language (five), with its alternates, about 600 bytes a path: 8,000 paths make
 * 40,000 URLs and under 10 MB, whatever the slugs.
 */
export const PATHS_PER_SITEMAP = 8_000

/** The belt's documents listed in sitemaps, one or more files each, by the path they live at. */
const LISTED = {
  factories: { collection: SLUGS.factories, path: (slug: string) => `/factories/${slug}` },
  products: { collection: SLUGS.products, path: (slug: string) => `/products/${slug}` },
  campaigns: { collection: SLUGS.campaigns, path: (slug: string) => `/campaigns/${slug}` },
  pages: { collection: SLUGS.pages, path: (slug: string) => `/${slug}` },
} as const satisfies Record<string, { collection: CollectionSlug; path: (slug: string) => string }>
type ListedKind = keyof typeof LISTED

/** How many files a collection of `total` documents takes (at least one, even when empty). */
export const filesFor = (total: number, perFile = PATHS_PER_SITEMAP) =>
  Math.max(1, Math.ceil(total / perFile))

/** `products-3` → the products' third file; anything else is not a sitemap of ours. */
export const parseSitemapName = (name: string): { kind: ListedKind; page: number } | null => {
  const match = /^(factories|products|campaigns|pages)-([1-9][0-9]{0,5})$/.exec(name)
  return match ? { kind: match[1] as ListedKind, page: Number(match[2]) } : null
}

// What the public may read of this belt (src/access/publicWhere.ts) is what the sitemaps list:
// another belt's documents and drafts can never appear.
const publicOptions = (ctx: RenderContext) => ({ where: {}, depth: 0, ...asPublic(ctx) }) as const

type Entry = { path: string; updatedAt?: string | null }

const urlset = (ctx: RenderContext, entries: Entry[]) => {
  const urls = entries.flatMap(({ path, updatedAt }) =>
    UI_LOCALES.map((ui) => {
      const alternates = UI_LOCALES.map(
        (other) =>
          `<xhtml:link rel="alternate" hreflang="${other === 'zh' ? 'zh-CN' : other}" href="${escapeHTML(`${ctx.canonicalOrigin}${hrefFor(ctx, path, other)}`)}"/>`,
      ).join('')
      return `<url><loc>${escapeHTML(`${ctx.canonicalOrigin}${hrefFor(ctx, path, ui)}`)}</loc>${updatedAt ? `<lastmod>${updatedAt.slice(0, 10)}</lastmod>` : ''}${alternates}</url>`
    }),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}

/**
 * The belt's sitemap index: one file per 8,000 documents of each kind (`/sitemaps/products-2.xml`),
 * counted with the public's view of the belt. The first pages file also carries the home and the
 * directories.
 */
export const renderSitemap = async (ctx: RenderContext) => {
  const counts = await Promise.all(
    (Object.keys(LISTED) as ListedKind[]).map(async (kind) => {
      const { totalDocs } = await ctx.payload.count({
        collection: LISTED[kind].collection,
        ...publicOptions(ctx),
      })
      return { kind, files: filesFor(totalDocs) }
    }),
  )
  const entries = counts.flatMap(({ kind, files }) =>
    Array.from({ length: files }, (_, index) => `${kind}-${index + 1}`),
  )
  const sitemaps = entries
    .map(
      (name) =>
        `<sitemap><loc>${escapeHTML(`${ctx.canonicalOrigin}/sitemaps/${name}.xml`)}</loc></sitemap>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps}\n</sitemapindex>\n`
}

/** One file of the index: the documents of its kind, in id order, `lastmod` from each. */
export const renderSitemapFile = async (ctx: RenderContext, name: string) => {
  const parsed = parseSitemapName(name)
  if (!parsed) throw new PortalError(404)
  const { collection, path } = LISTED[parsed.kind]
  const result = await ctx.payload.find({
    collection,
    ...publicOptions(ctx),
    select: { slug: true, updatedAt: true },
    sort: 'id',
    limit: PATHS_PER_SITEMAP,
    page: parsed.page,
  })
  // A file past the last one is not there (the first always is, even for an empty belt).
  if (parsed.page > 1 && result.docs.length === 0) throw new PortalError(404)
  const documents: Entry[] = result.docs.map((doc) => ({
    path: path(String((doc as { slug?: string }).slug)),
    updatedAt: (doc as { updatedAt?: string }).updatedAt,
  }))
  const fixed: Entry[] =
    parsed.kind === 'pages' && parsed.page === 1
      ? [
          { path: '/', updatedAt: ctx.belt!.updatedAt },
          { path: '/factories' },
          { path: '/products' },
          { path: '/live' },
        ]
      : []
  return urlset(ctx, [...fixed, ...documents])
}

export const renderRobots = (ctx: RenderContext) =>
  ctx.isPreview || (ctx.belt && !ctx.belt.published)
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /admin\nDisallow: /search\n${ctx.belt ? `Sitemap: ${ctx.canonicalOrigin}/sitemap.xml\n` : ''}`
