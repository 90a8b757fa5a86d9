/** Where a document of a collection lives on its portal, by slug (null: it has no page of its own). */
export const PORTAL_PATHS: Record<string, (slug: string) => string> = {
  pages: (slug) => `/${slug}`,
  factories: (slug) => `/factories/${slug}`,
  products: (slug) => `/products/${slug}`,
  campaigns: (slug) => `/campaigns/${slug}`,
  categories: (slug) => `/products?category=${encodeURIComponent(slug)}`,
  'live-sessions': () => '/live',
}

export const portalPathOf = (collection: string, slug: string): string | null =>
  PORTAL_PATHS[collection]?.(slug) ?? null

/** The collections whose documents have an address of their own, which a rename moves. */
export const ADDRESSED = ['pages', 'factories', 'products', 'campaigns'] as const
export type Addressed = (typeof ADDRESSED)[number]
