import { SLUGS } from '@/constants'

import { escapeHTML } from '@/utilities/escape'
import { asPublic, hrefFor, type RenderContext } from '@/portal/context'
import { UI_LOCALES } from '@/portal/i18n'

/**
 * The belt's sitemap: only its own published URLs, in every interface language, on its
 * canonical origin. Another belt's factories can never appear: every query is scoped to it.
 */
export const renderSitemap = async (ctx: RenderContext) => {
  const belt = ctx.belt!
  // What the public may read of this belt (src/access/publicWhere.ts) is what the sitemap lists.
  const common = { where: {}, limit: 0, pagination: false, depth: 0, ...asPublic(ctx) } as const
  const [factories, products, pages] = await Promise.all([
    ctx.payload.find({
      collection: SLUGS.factories,
      ...common,
      select: { slug: true, updatedAt: true },
    }),
    ctx.payload.find({
      collection: SLUGS.products,
      ...common,
      select: { slug: true, updatedAt: true },
    }),
    ctx.payload.find({
      collection: SLUGS.pages,
      ...common,
      select: { slug: true, updatedAt: true },
    }),
  ])
  const paths: { path: string; updatedAt?: string }[] = [
    { path: '/', updatedAt: belt.updatedAt },
    { path: '/factories' },
    { path: '/products' },
    ...factories.docs.map((doc) => ({ path: `/factories/${doc.slug}`, updatedAt: doc.updatedAt })),
    ...products.docs.map((doc) => ({ path: `/products/${doc.slug}`, updatedAt: doc.updatedAt })),
    ...pages.docs.map((doc) => ({ path: `/${doc.slug}`, updatedAt: doc.updatedAt })),
  ]
  const urls = paths.flatMap(({ path, updatedAt }) =>
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

export const renderRobots = (ctx: RenderContext) =>
  ctx.isPreview || (ctx.belt && !ctx.belt.published)
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /admin\nDisallow: /search\n${ctx.belt ? `Sitemap: ${ctx.canonicalOrigin}/sitemap.xml\n` : ''}`
