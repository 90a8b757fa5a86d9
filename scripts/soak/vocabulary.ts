import type { Kind, Request } from './requests'
import { rest } from './requests'

// What to request: the demo belts found through the REST API, and the URLs made from them.

type Localized = { zh?: string | null; en?: string | null }
export type Belt = {
  id: number | string
  slug: string
  factories: { id: number | string; slug: string; capabilities?: string[] | null }[]
  products: { id: number | string; slug: string; factory: number | string; name: Localized }[]
  categories: { slug: string; name: Localized }[]
  pages: { id: number | string; slug: string; title: Localized }[]
}
type Docs<T> = { docs?: T[] }

export const discover = async (base: string): Promise<Belt[]> => {
  const list = async <T>(pathname: string) => {
    const answer = await rest<Docs<T>>(base, pathname)
    if (answer.status !== 200 || !answer.json?.docs)
      throw new Error(`GET ${pathname} answered ${answer.status}`)
    return answer.json.docs
  }
  const tenants = await list<{ id: number | string; slug: string }>(
    '/api/tenants?where[published][equals]=true&limit=100&depth=0&select[slug]=true&sort=slug',
  )
  if (tenants.length === 0) throw new Error('no published belt to load (is this the demo data?)')
  return Promise.all(
    tenants.map(async (tenant) => {
      const scope = `where[tenant][equals]=${tenant.id}&depth=0&limit=50`
      const [factories, products, categories, pages] = await Promise.all([
        list<Belt['factories'][number]>(
          `/api/factories?${scope}&sort=slug&select[slug]=true&select[capabilities]=true`,
        ),
        list<Belt['products'][number]>(
          `/api/products?${scope}&sort=slug&locale=all&select[slug]=true&select[name]=true&select[factory]=true`,
        ),
        list<Belt['categories'][number]>(
          `/api/categories?${scope}&sort=slug&locale=all&select[slug]=true&select[name]=true`,
        ),
        list<Belt['pages'][number]>(
          `/api/pages?${scope}&sort=slug&locale=all&select[slug]=true&select[title]=true`,
        ),
      ])
      return { id: tenant.id, slug: tenant.slug, factories, products, categories, pages }
    }),
  )
}

const LANGUAGES = [
  { prefix: '', locale: 'zh' as const, extra: ['童装', '羽绒服', '无人机'] },
  { prefix: '/en', locale: 'en' as const, extra: ['cotton', 'oem', 'titanium'] },
]
const at = (prefix: string, pagePath: string) =>
  pagePath === '/' ? prefix || '/' : `${prefix}${pagePath}`
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 4)
const unique = <T>(values: T[]) => [...new Set(values)]

/** Cached pages, renders (search, filters), 404s and REST reads; a fixed, finite vocabulary. */
export const vocabulary = (belts: Belt[], memberTokens: string[]) => {
  const pages: Request[] = []
  const renders: Request[] = []
  const missing: Request[] = []
  const reads: Request[] = []
  const hubTerms: string[] = []
  for (const belt of belts) {
    const host = `${belt.slug}.localhost`
    for (const { prefix, locale, extra } of LANGUAGES) {
      const cached = [
        '/',
        '/factories',
        '/products',
        ...belt.pages.slice(0, 2).map((page) => `/${page.slug}`),
        ...belt.factories.slice(0, 2).map((factory) => `/factories/${factory.slug}`),
        ...belt.products.slice(0, 2).map((product) => `/products/${product.slug}`),
      ]
      for (const pagePath of cached)
        pages.push({ kind: 'page', host, path: at(prefix, pagePath), expect: 200 })
      const names = [
        ...belt.categories.map((category) => category.name[locale] ?? ''),
        ...belt.products.slice(0, 4).map((product) => product.name[locale] ?? ''),
      ].filter(Boolean)
      const terms = unique([...(locale === 'en' ? names.flatMap(words) : names), ...extra]).slice(
        0,
        12,
      )
      hubTerms.push(...terms.slice(0, 3))
      for (const term of terms)
        renders.push({
          kind: 'render',
          host,
          path: at(prefix, `/search?q=${encodeURIComponent(term)}`),
          expect: 200,
        })
      const capabilities = unique(
        belt.factories.flatMap((factory) => factory.capabilities ?? []),
      ).slice(0, 3)
      for (const capability of ['', ...capabilities]) {
        for (const verified of ['', '1']) {
          for (const sort of ['', 'newest']) {
            const query = new URLSearchParams(
              Object.entries({ capability, verified, sort }).filter(([, value]) => value),
            ).toString()
            if (query)
              renders.push({
                kind: 'render',
                host,
                path: at(prefix, `/factories?${query}`),
                expect: 200,
              })
          }
        }
      }
      for (const category of ['', ...belt.categories.slice(0, 4).map((entry) => entry.slug)]) {
        for (const moqMax of ['', '500', '5000']) {
          const query = new URLSearchParams(
            Object.entries({ category, moqMax }).filter(([, value]) => value),
          ).toString()
          if (query)
            renders.push({
              kind: 'render',
              host,
              path: at(prefix, `/products?${query}`),
              expect: 200,
            })
        }
      }
      for (let index = 0; index < 2; index += 1) {
        missing.push({
          kind: 'missing',
          host,
          path: at(prefix, `/products/soak-missing-${index}`),
          expect: 404,
        })
        missing.push({
          kind: 'missing',
          host,
          path: at(prefix, `/factories/soak-missing-${index}`),
          expect: 404,
        })
      }
    }
    reads.push({
      kind: 'api',
      host: null,
      path: `/api/products?where[tenant][equals]=${belt.id}&limit=12&depth=1&locale=en`,
      expect: 200,
    })
    reads.push({
      kind: 'api',
      host: null,
      path: `/api/pages?where[tenant][equals]=${belt.id}&limit=5&depth=0&locale=zh`,
      expect: 200,
    })
    for (const factory of belt.factories.slice(0, 2))
      reads.push({
        kind: 'api',
        host: null,
        path: `/api/factories/${factory.id}?depth=1&locale=zh`,
        expect: 200,
      })
  }
  pages.push(
    { kind: 'page', host: 'localhost', path: '/', expect: 200 },
    { kind: 'page', host: 'localhost', path: '/en', expect: 200 },
  )
  for (const term of unique(hubTerms)) {
    renders.push({
      kind: 'render',
      host: 'localhost',
      path: `${/[a-z]/.test(term) ? '/en' : ''}/search?q=${encodeURIComponent(term)}`,
      expect: 200,
    })
  }
  // The admin's list view as a factory member sees it (access control narrows it to the factory).
  for (const token of memberTokens)
    reads.push({
      kind: 'api',
      host: null,
      path: '/api/products?depth=0&limit=10&page=1&sort=-updatedAt&draft=true',
      expect: 200,
      token,
    })
  return { pages, renders, missing, reads }
}

export const MIX: [Kind, number][] = [
  ['page', 0.78],
  ['render', 0.12],
  ['missing', 0.02],
  ['api', 0.08],
]
