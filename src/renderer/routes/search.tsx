import { SLUGS } from '@/constants'
import { convert } from '@/utilities/money'
import type { Factory, Product, Tenant } from '@/payload-types'
import { suggestion } from '@/search'

import { EmptyState, FactoryCard, ProductCard } from '@/portal/components/cards'
import { Layout } from '@/portal/components/Layout'
import { CurrencyInput } from '@/portal/components/Money'
import { Pager } from '@/portal/components/Pager'
import { asPublic, hrefFor, type RenderContext, linkTo } from '@/portal/context'
import { badRequest, notFound } from '../errors'
import { SEARCH_MATCHES, publishedBelts, portalURL, searchBelts } from './hub'
import { heldRead } from '@/portal/heldReads'
import {
  beltCategories as categoriesOfBelt,
  FACTORY_CARD,
  PRODUCT_CARD,
  intParam,
  withImages,
} from './portal/reads'

/**
 * `/search?q=` on the hub (every published belt) or a portal (that belt only), issue #21: cards
 * with image, price range, MOQ, belt and verified badge; filters (category, unit price, MOQ,
 * verified) and sort. Filters narrow the index's best 50 matches of the belts searched: they never
 * add a document, so never one of another belt. A query that finds nothing is searched again as
 * the closest query the belts' own words make ("did you mean"), which the page says. The cards
 * are shown 24 a page (`page=`), after the filters and the sort.
 */

/** Cards a search page shows: the rest are on the next pages. */
export const SEARCH_PAGE_SIZE = 24

const SORTS = ['relevance', 'price-asc', 'price-desc', 'moq-asc'] as const
type Sort = (typeof SORTS)[number]

/** A non-negative decimal parameter (a unit price), or undefined; anything else is a 400. */
const priceParam = (value: string | null, name: string) => {
  if (value === null || value === '') return undefined
  if (!/^\d{1,9}(\.\d{1,4})?$/.test(value)) throw badRequest(`${name} must be a price such as 2.5`)
  return Number(value)
}

type Card =
  | { kind: 'factory'; doc: Factory; belt: Tenant }
  | { kind: 'product'; doc: Product; belt: Tenant; factory?: Factory }

const idOf = (ref: unknown) =>
  ref && typeof ref === 'object' ? (ref as { id: number }).id : (ref as number)

/**
 * A product's lowest and highest unit price in the buyer's currency (src/portal/money.ts), so that
 * a filter or sort compares yuan with dollars at the day's rates; null when it has no price or no
 * rate for its currency. Without a rate table, prices are compared as written.
 */
const priceRange = (ctx: RenderContext, product: Product) => {
  const prices = (product.priceTiers ?? []).map((tier) => tier.unitPrice).filter((p) => p > 0)
  if (prices.length === 0) return null
  const from = product.currency ?? 'CNY'
  const inBuyer = (amount: number) =>
    ctx.money ? convert(amount, from, ctx.money.currency, ctx.money.rates) : amount
  const [low, high] = [inBuyer(Math.min(...prices)), inBuyer(Math.max(...prices))]
  return low === null || high === null ? null : { low, high }
}

/** The category (by slug, within the belts searched) and every one below it. */
const categoryIDs = (ctx: RenderContext, slug: string, belts: Tenant[]) =>
  heldRead(ctx, `searchCategory:${slug}:${belts.map((belt) => belt.id).join(',')}`, () =>
    readCategoryIDs(ctx, slug, belts),
  )

const readCategoryIDs = async (ctx: RenderContext, slug: string, belts: Tenant[]) => {
  const common = { limit: 0, pagination: false, depth: 0, ...asPublic(ctx) } as const
  const { docs } = await ctx.payload.find({
    collection: SLUGS.categories,
    where: {
      and: [{ slug: { equals: slug } }, { tenant: { in: belts.map((belt) => belt.id) } }],
    },
    select: {},
    ...common,
  })
  if (docs.length === 0) return new Set<number>()
  const below = await ctx.payload.find({
    collection: SLUGS.categories,
    where: { 'breadcrumbs.doc': { in: docs.map((doc) => doc.id) } },
    select: {},
    ...common,
  })
  return new Set([...docs, ...below.docs].map((doc) => Number(doc.id)))
}

/** The hits' cards: one read per collection, by id and within the belts searched. */
const cardsOf = async (
  ctx: RenderContext,
  hits: Awaited<ReturnType<typeof searchBelts>>,
  belts: Tenant[],
): Promise<Card[]> => {
  const inBelts = { tenant: { in: belts.map((belt) => belt.id) } }
  const common = { limit: 0, pagination: false, depth: 0, locale: ctx.locale, ...asPublic(ctx) }
  const ids = (kind: string) => hits.filter((hit) => hit.kind === kind).map((hit) => hit.doc.id)
  const products = ids('product').length
    ? ((
        await ctx.payload.find({
          collection: SLUGS.products,
          where: { and: [inBelts, { id: { in: ids('product') } }] },
          select: { ...PRODUCT_CARD, factory: true, category: true, tenant: true },
          fallbackLocale: 'zh',
          ...common,
        })
      ).docs as Product[])
    : []
  const factoryIDs = [...new Set([...ids('factory'), ...products.map((p) => idOf(p.factory))])]
  const factories = factoryIDs.length
    ? ((
        await ctx.payload.find({
          collection: SLUGS.factories,
          where: { and: [inBelts, { id: { in: factoryIDs } }] },
          select: { ...FACTORY_CARD, tenant: true },
          fallbackLocale: 'zh',
          ...common,
        })
      ).docs as Factory[])
    : []
  await Promise.all([withImages(ctx, products), withImages(ctx, factories)])
  const byKey = new Map<string, Factory | Product>([
    ...factories.map((doc) => [`factory:${doc.id}`, doc] as const),
    ...products.map((doc) => [`product:${doc.id}`, doc] as const),
  ])
  const cards = hits.flatMap((hit): Card[] => {
    const doc = byKey.get(`${hit.kind}:${hit.doc.id}`)
    if (!doc) return []
    if (hit.kind === 'factory') return [{ kind: 'factory', doc: doc as Factory, belt: hit.belt }]
    const factory = byKey.get(`factory:${idOf((doc as Product).factory)}`) as Factory | undefined
    return [{ kind: 'product', doc: doc as Product, belt: hit.belt, factory }]
  })
  // A factory whose own words miss the query but whose products match it (童装 finds the makers of
  // rompers filed under 童装) follows the direct matches, once.
  const shown = new Set(cards.filter((card) => card.kind === 'factory').map((card) => card.doc.id))
  const makers = cards.flatMap((card): Card[] => {
    if (card.kind !== 'product' || !card.factory || shown.has(card.factory.id)) return []
    shown.add(card.factory.id)
    return [{ kind: 'factory', doc: card.factory, belt: card.belt }]
  })
  return [...cards, ...makers]
}

export const renderSearch = async (ctx: RenderContext, params: URLSearchParams) => {
  const query = (params.get('q') ?? '').trim()
  if (query.length > 100) throw badRequest('q must be 100 characters at most')
  const category = params.get('category') || undefined
  if (category !== undefined && !/^[a-z0-9][a-z0-9-]{0,79}$/.test(category))
    throw badRequest('category must be a category slug')
  const priceMin = priceParam(params.get('priceMin'), 'priceMin')
  const priceMax = priceParam(params.get('priceMax'), 'priceMax')
  const moqMax = intParam(params.get('moqMax') ?? undefined, 'moqMax', { min: 1, max: 1e9 })
  const verifiedOnly = params.get('verified') === '1'
  const sort = (params.get('sort') || 'relevance') as Sort
  if (!SORTS.includes(sort)) throw badRequest(`sort must be one of ${SORTS.join(', ')}`)
  // At most twice SEARCH_MATCHES cards: the matches and their makers.
  const maxPage = Math.ceil((2 * SEARCH_MATCHES) / SEARCH_PAGE_SIZE)
  const page = intParam(params.get('page') ?? undefined, 'page', { min: 1, max: maxPage }) ?? 1

  const belts = ctx.belt ? [ctx.belt] : (await publishedBelts(ctx)).docs
  // A portal's results for a query are held with the belt's pages (src/portal/heldReads.ts): its
  // filters and sorts below, and the next buyer's same words, read nothing again. Held with the
  // belt's id, not the belt itself (the host lookup's object, shared and not to be frozen).
  const beltByID = new Map(belts.map((belt) => [belt.id, belt]))
  const held = await heldRead(ctx, `search:${ctx.locale}:${query}`, async () => {
    let hits = query ? await searchBelts(ctx, query, belts) : []
    let suggested: string | null = null
    if (query && hits.length === 0) {
      suggested = await suggestion(
        ctx.payload,
        query,
        belts.map((belt) => belt.id),
      )
      if (suggested) hits = await searchBelts(ctx, suggested, belts)
    }
    const cards = await cardsOf(ctx, hits, belts)
    return { suggested, found: cards.map(({ belt, ...card }) => ({ ...card, beltID: belt.id })) }
  })
  const { suggested } = held
  const found = held.found.map(
    ({ beltID, ...card }) => ({ ...card, belt: beltByID.get(beltID)! }) as Card,
  )
  const categories = category ? await categoryIDs(ctx, category, belts) : null
  const productOnly = categories !== null || priceMin !== undefined || priceMax !== undefined
  const cards = found.filter((card) => {
    const factory = card.kind === 'factory' ? card.doc : card.factory
    if (verifiedOnly && factory?.verification?.status !== 'verified') return false
    if (card.kind === 'factory') return !productOnly && moqMax === undefined
    const product = card.doc
    if (categories && !categories.has(Number(idOf(product.category)))) return false
    if (moqMax !== undefined && !(product.moq?.quantity <= moqMax)) return false
    const range = priceRange(ctx, product)
    if (priceMin !== undefined && (range === null || range.high < priceMin)) return false
    if (priceMax !== undefined && (range === null || range.low > priceMax)) return false
    return true
  })
  // Sorted by price or MOQ: products in that order (stable: by relevance among equals), factories after.
  const key = (card: Card) =>
    card.kind === 'factory'
      ? Infinity
      : sort === 'moq-asc'
        ? card.doc.moq?.quantity
        : (priceRange(ctx, card.doc)?.low ?? Infinity)
  if (sort !== 'relevance')
    cards.sort((a, b) =>
      sort === 'price-desc' && a.kind === 'product' && b.kind === 'product'
        ? key(b) - key(a)
        : key(a) - key(b),
    )

  const totalPages = Math.ceil(cards.length / SEARCH_PAGE_SIZE)
  if (page > 1 && page > totalPages) throw notFound()
  const shown = cards.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE)

  const t = ctx.t
  const linkOf = (card: Card) => {
    const path = `/${card.kind === 'factory' ? 'factories' : 'products'}/${card.doc.slug}`
    return ctx.belt ? undefined : `${portalURL(ctx, card.belt).replace(/\/$/, '')}${path}`
  }
  const [before, after] = t.didYouMean.replace('{query}', query).split('{suggestion}')
  const beltCategories = ctx.belt ? (await categoriesOfBelt(ctx)).docs : []
  return (
    <Layout ctx={ctx} title={`${t.results}: ${query}`} isIndexable={false}>
      <h1>
        {t.results}: <bdi>{query}</bdi>
      </h1>
      <form className="filters" method="get" action={hrefFor(ctx, '/search')}>
        <input type="hidden" name="q" value={query} />
        <CurrencyInput ctx={ctx} />
        {ctx.belt ? (
          <label>
            {t.category}
            <select name="category" defaultValue={category ?? ''}>
              <option value="">{t.allCategories}</option>
              {beltCategories.map((doc) => (
                <option key={doc.id} value={doc.slug}>
                  {doc.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t.priceMin}
          {ctx.money ? ` (${ctx.money.currency})` : ''}
          <input name="priceMin" type="number" min={0} step="any" defaultValue={priceMin ?? ''} />
        </label>
        <label>
          {t.priceMax}
          {ctx.money ? ` (${ctx.money.currency})` : ''}
          <input name="priceMax" type="number" min={0} step="any" defaultValue={priceMax ?? ''} />
        </label>
        <label>
          {t.moqMax}
          <input name="moqMax" type="number" min={1} defaultValue={moqMax ?? ''} />
        </label>
        <label>
          <span>
            <input name="verified" type="checkbox" value="1" defaultChecked={verifiedOnly} />{' '}
            {t.verifiedOnly}
          </span>
        </label>
        <label>
          {t.sortBy}
          <select name="sort" defaultValue={sort}>
            <option value="relevance">{t.sortRelevance}</option>
            <option value="price-asc">{t.sortPriceAsc}</option>
            <option value="price-desc">{t.sortPriceDesc}</option>
            <option value="moq-asc">{t.sortMoqAsc}</option>
          </select>
        </label>
        <button type="submit">{t.apply}</button>
      </form>
      {suggested ? (
        <p className="did-you-mean">
          {before}
          <a href={linkTo(ctx, `/search?q=${encodeURIComponent(suggested)}`)}>
            <bdi>{suggested}</bdi>
          </a>
          {after}
        </p>
      ) : null}
      {query && cards.length === 0 ? (
        <EmptyState ctx={ctx} clearHref={linkTo(ctx, '/search')} />
      ) : null}
      <ul className="grid">
        {shown.map((card) => (
          <li key={`${card.kind}-${card.doc.id}`} data-hit={`${card.kind}:${card.doc.slug}`}>
            {card.kind === 'factory' ? (
              <FactoryCard
                ctx={ctx}
                factory={card.doc}
                href={linkOf(card)}
                belt={ctx.belt ? undefined : card.belt.name}
              />
            ) : (
              <ProductCard
                ctx={ctx}
                product={card.doc}
                factory={card.factory}
                href={linkOf(card)}
                belt={ctx.belt ? undefined : card.belt.name}
              />
            )}
          </li>
        ))}
      </ul>
      <Pager ctx={ctx} page={page} totalPages={totalPages} query={params} />
    </Layout>
  )
}
