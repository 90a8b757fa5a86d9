import type { Where } from 'payload'

import { SLUGS } from '@/constants'
import { loadBlockData, RenderBlocks } from '@/blocks/RenderBlocks'
import type { Category, Factory, Media, Page, Product } from '@/payload-types'

import { FactoryCard, ProductCard, VerifiedBadge, priceRange } from '@/portal/components/cards'
import { Image } from '@/portal/components/Image'
import { Layout } from '@/portal/components/Layout'
import { asPublic, hrefFor, readable, imageSource, mainDocQuery, type RenderContext } from '@/portal/context'
import { badRequest, notFound } from '../errors'
import { formatters } from '@/portal/i18n'
import { CAPABILITIES, EXPORT_MARKETS, capabilityLabel, customisationLabel, marketLabel, unitLabel } from '@/portal/labels'
import { RichText } from '@/portal/richText'
import { currentCampaigns, festivalPricesFor, stateOf, upcomingSessions } from '@/portal/campaigns'
import { Countdown } from '@/portal/components/Time'
import { SessionItem } from '@/portal/components/SessionItem'

const PAGE_SIZE = 12
const MAX_PAGE = 10_000

/** What a card needs: lists select only these, so a page reads (and populates) no more. */
const FACTORY_CARD = { name: true, slug: true, mainProducts: true, verification: true, photos: true } as const
const PRODUCT_CARD = { name: true, slug: true, moq: true, priceTiers: true, currency: true, images: true } as const

/** Image fields of the cards: filled by one query for all the cards' images (`withImages`). */
const CARD_IMAGES = ['images', 'photos'] as const

/**
 * Puts the media documents in place of their ids in the cards' image fields, with one query for
 * the distinct images of the whole list. Depth 1 did the same per card, and also populated each
 * card's belt: two thirds of a factory profile's 48 product cards' time at Canton Fair scale.
 */
const withImages = async <T,>(ctx: RenderContext, docs: T[]) => {
  const ids = new Set<number>()
  for (const doc of docs as Record<string, unknown>[]) for (const field of CARD_IMAGES) for (const id of (doc[field] as number[] | undefined) ?? []) if (typeof id === 'number') ids.add(id)
  if (ids.size === 0) return docs
  const { docs: media } = await ctx.payload.find({ collection: SLUGS.media, where: { id: { in: [...ids] } }, limit: ids.size, depth: 0, pagination: false, locale: ctx.locale, fallbackLocale: 'zh', ...asPublic(ctx) })
  const byID = new Map(media.map((item) => [item.id, item]))
  for (const doc of docs as Record<string, unknown>[]) {
    for (const field of CARD_IMAGES) if (Array.isArray(doc[field])) doc[field] = (doc[field] as number[]).map((id) => byID.get(id)).filter(Boolean)
  }
  return docs
}

const find = async <T,>(
  ctx: RenderContext,
  collection: 'factories' | 'products' | 'categories' | 'pages',
  args: { where: Where; limit?: number; page?: number; sort?: string; depth?: number; select?: Record<string, true>; draft?: boolean },
) => {
  const isCardList = args.depth === 1 && args.select !== undefined && CARD_IMAGES.some((field) => field in args.select!)
  const result = (await ctx.payload.find({
    collection,
    where: args.where,
    limit: args.limit ?? PAGE_SIZE,
    page: args.page ?? 1,
    // Only the paged lists show a total: elsewhere the COUNT(*) over a belt's 120,000 products
    // at Canton Fair scale would cost more than the page itself.
    pagination: args.page !== undefined,
    sort: args.sort,
    depth: isCardList ? 0 : (args.depth ?? 1),
    ...(args.select ? { select: args.select as never } : {}),
    ...(args.draft ? { draft: true } : {}),
    locale: ctx.locale,
    fallbackLocale: 'zh',
    ...asPublic(ctx),
  })) as unknown as { docs: T[]; totalDocs: number; totalPages: number; page?: number }
  if (isCardList) await withImages(ctx, result.docs)
  return result
}

/** The belt's categories for a filter, by the operator's order. */
const beltCategories = (ctx: RenderContext) =>
  find<Category>(ctx, 'categories', { where: {}, limit: 200, sort: 'sortOrder', depth: 0, select: { name: true, slug: true } })

const CategorySelect = ({ ctx, categories, selected }: { ctx: RenderContext; categories: Category[]; selected?: string }) => (
  <label>
    {ctx.t.category}
    <select name="category" defaultValue={selected ?? ''}>
      <option value="">{ctx.t.allCategories}</option>
      {categories.map((doc) => (
        <option key={doc.id} value={doc.slug}>{doc.name}</option>
      ))}
    </select>
  </label>
)

type Tier = { id?: string | null; minQuantity: number; maxQuantity?: number | null; unitPrice: number }

/**
 * Price tiers as a table: quantity band → unit price, with the unit on both sides. Given a
 * quantity, the tier it falls in is marked (the buyer's inquiry shows which price applies).
 */
export const TierTable = ({ ctx, tiers, unit, currency, priceLabel, isFestival = false, quantity }: { ctx: RenderContext; tiers: Tier[]; unit: string; currency: string; priceLabel: string; isFestival?: boolean; quantity?: number | null }) => {
  const { number, money } = formatters(ctx.ui)
  const matches = (tier: Tier) => typeof quantity === 'number' && quantity >= tier.minQuantity && (tier.maxQuantity === null || tier.maxQuantity === undefined || quantity <= tier.maxQuantity)
  return (
    <table className={isFestival ? 'tiers festival' : 'tiers'}>
      <thead>
        <tr><th scope="col">{ctx.t.quantity} ({unit})</th><th scope="col">{priceLabel}</th></tr>
      </thead>
      <tbody>
        {tiers.map((tier) => (
          <tr key={tier.id ?? tier.minQuantity} aria-current={matches(tier) ? 'true' : undefined} style={matches(tier) ? { fontWeight: 700 } : undefined}>
            <td>{tier.maxQuantity ? `${number(tier.minQuantity)}–${number(tier.maxQuantity)}` : `≥ ${number(tier.minQuantity)} (${ctx.t.orMore})`}</td>
            <td>{money(tier.unitPrice, currency)} / {unit}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** A whole number query parameter within bounds, or undefined; anything else is a 400. */
const intParam = (value: unknown, name: string, { min, max }: { min: number; max: number }) => {
  if (value === undefined || value === '') return undefined
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value)) throw badRequest(`${name} must be a whole number`)
  const number = Number(value)
  if (number < min || number > max) throw badRequest(`${name} must be between ${min} and ${max}`)
  return number
}

const stringParam = (value: unknown, max = 80) =>
  typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined

const Pager = ({ ctx, page, totalPages, query }: { ctx: RenderContext; page: number; totalPages: number; query: URLSearchParams }) => {
  if (totalPages <= 1) return null
  const link = (target: number) => {
    const next = new URLSearchParams(query)
    next.set('page', String(target))
    return `${hrefFor(ctx, ctx.path)}?${next.toString()}`
  }
  return (
    <nav className="pager" aria-label={ctx.t.page}>
      {page > 1 ? <a rel="prev" href={link(page - 1)}>{ctx.t.previous}</a> : null}
      <span>
        {ctx.t.page} {page} / {totalPages}
      </span>
      {page < totalPages ? <a rel="next" href={link(page + 1)}>{ctx.t.next}</a> : null}
    </nav>
  )
}

const organizationLd = (ctx: RenderContext) => ({
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: ctx.belt!.name,
  url: `${ctx.canonicalOrigin}/`,
  description: ctx.belt!.tagline ?? ctx.belt!.specialty,
  ...(imageSource(ctx.belt!.branding?.logo as never) ? { logo: `${ctx.canonicalOrigin}${imageSource(ctx.belt!.branding?.logo as never)!.src}` } : {}),
})

export const renderHome = async (ctx: RenderContext) => {
  const belt = ctx.belt!
  const [campaigns, factories, products] = await Promise.all([
    currentCampaigns(ctx),
    find<Factory>(ctx, 'factories', { where: {}, limit: 6, sort: '-verification.status', depth: 1, select: FACTORY_CARD }),
    // Newest first by id: the belt's index on tenant holds ids in order, so no sort of the belt's
    // 120,000 products (an index on (tenant, updatedAt) was tried: SQLite then chose it for a
    // factory's own products too, and a factory profile went from 13 to 90 ms).
    find<Product>(ctx, 'products', { where: {}, limit: 8, sort: '-id', depth: 1, select: PRODUCT_CARD }),
  ])
  const hero = belt.branding?.heroImage as Media | undefined
  return (
    <Layout ctx={ctx} title={belt.name} description={belt.tagline ?? belt.specialty} ogImage={imageSource(hero)?.src} jsonLd={[organizationLd(ctx)]}>
      <section className="hero" aria-labelledby="belt-name">
        <Image media={hero} sizes="100vw" isEager />
        <div className="text">
          <h1 id="belt-name">{belt.name}</h1>
          <p>{belt.tagline}</p>
        </div>
      </section>
      {campaigns.slice(0, 2).map((campaign) => (
        <section key={campaign.id} className="card" aria-label={campaign.name}>
          <div className="body">
            <h2>
              <a href={hrefFor(ctx, `/campaigns/${campaign.slug}`)}>{campaign.name}</a>
            </h2>
            {stateOf(campaign) === 'live' ? (
              <Countdown target={campaign.endsAt} label={`${ctx.t.liveNow} · ${ctx.t.endsIn}`} />
            ) : (
              <Countdown target={campaign.startsAt} label={ctx.t.startsIn} />
            )}
          </div>
        </section>
      ))}
      {belt.keyFigures?.length ? (
        <section aria-label={ctx.t.keyFigures}>
          <ul className="figures">
            {belt.keyFigures.map((figure) => (
              <li key={figure.id ?? figure.value}>
                <strong>{figure.value}</strong>
                {figure.label}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RichText ctx={ctx} data={belt.story} />
      <section aria-labelledby="home-factories">
        <h2 id="home-factories">{ctx.t.factories}</h2>
        <ul className="grid">
          {factories.docs.map((factory) => (
            <li key={factory.id}><FactoryCard ctx={ctx} factory={factory} /></li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="home-products">
        <h2 id="home-products">{ctx.t.products}</h2>
        <ul className="grid">
          {products.docs.map((product) => (
            <li key={product.id}><ProductCard ctx={ctx} product={product} unitLabel={unitLabel(ctx, product.moq.unit)} /></li>
          ))}
        </ul>
      </section>
    </Layout>
  )
}

/** IDs of a category and every category below it (nested-docs breadcrumbs include the ancestors). */
const categoryWithDescendants = async (ctx: RenderContext, slug: string) => {
  const { docs } = await find<Category>(ctx, 'categories', { where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!docs[0]) return null
  const below = await ctx.payload.find({ collection: SLUGS.categories, where: { 'breadcrumbs.doc': { equals: docs[0].id } }, limit: 0, pagination: false, depth: 0, select: {}, ...asPublic(ctx) })
  return [docs[0].id, ...below.docs.map((doc) => doc.id)]
}

/** The factories with a published product matching `where`: SELECT DISTINCT, not every product. */
const factoryIDsFromProducts = async (ctx: RenderContext, where: Where[]) => {
  const { values } = await ctx.payload.findDistinct({
    collection: SLUGS.products,
    field: 'factory',
    where: { and: where },
    limit: 0,
    depth: 0,
    ...asPublic(ctx),
  })
  return values.map(({ factory }) => (factory && typeof factory === 'object' ? factory.id : factory))
}

const SORTS: Record<string, string> = { name: 'name', newest: '-createdAt', verified: '-verification.status' }

export const renderFactories = async (ctx: RenderContext, query: URLSearchParams) => {
  const page = intParam(query.get('page') ?? undefined, 'page', { min: 1, max: MAX_PAGE }) ?? 1
  const moqMin = intParam(query.get('moqMin') ?? undefined, 'moqMin', { min: 1, max: 1e9 })
  const moqMax = intParam(query.get('moqMax') ?? undefined, 'moqMax', { min: 1, max: 1e9 })
  const category = stringParam(query.get('category'))
  const capability = CAPABILITIES.find((option) => option.value === query.get('capability'))?.value
  const market = EXPORT_MARKETS.find((option) => option.value === query.get('market'))?.value
  const certification = stringParam(query.get('certification'), 60)
  const isVerifiedOnly = query.get('verified') === '1'
  const sort = SORTS[query.get('sort') ?? ''] ?? 'name'

  const where: Where[] = []
  if (capability) where.push({ capabilities: { contains: capability } })
  if (market) where.push({ exportMarkets: { contains: market } })
  if (certification) where.push({ 'certifications.name': { like: certification } })
  if (isVerifiedOnly) where.push({ 'verification.status': { equals: 'verified' } })
  const productWhere: Where[] = []
  if (category) {
    const ids = await categoryWithDescendants(ctx, category)
    productWhere.push({ category: { in: ids ?? [] } })
  }
  if (moqMin !== undefined) productWhere.push({ 'moq.quantity': { greater_than_equal: moqMin } })
  if (moqMax !== undefined) productWhere.push({ 'moq.quantity': { less_than_equal: moqMax } })
  if (productWhere.length > 0) where.push({ id: { in: await factoryIDsFromProducts(ctx, productWhere) } })

  const [result, categories] = await Promise.all([
    find<Factory>(ctx, 'factories', { where: { and: where }, page, sort, depth: 1, select: FACTORY_CARD }),
    beltCategories(ctx),
  ])
  if (page > 1 && page > result.totalPages) throw notFound()
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t.factories} description={`${ctx.belt!.name} · ${t.factories}`}>
      <h1>{t.factories}</h1>
      <form className="filters" method="get" action={hrefFor(ctx, '/factories')}>
        <CategorySelect ctx={ctx} categories={categories.docs} selected={category} />
        <label>
          {t.capability}
          <select name="capability" defaultValue={capability ?? ''}>
            <option value="">—</option>
            {CAPABILITIES.map((option) => (
              <option key={option.value} value={option.value}>{capabilityLabel(ctx, option.value)}</option>
            ))}
          </select>
        </label>
        <label>
          {t.market}
          <select name="market" defaultValue={market ?? ''}>
            <option value="">—</option>
            {EXPORT_MARKETS.map((option) => (
              <option key={option.value} value={option.value}>{marketLabel(ctx, option.value)}</option>
            ))}
          </select>
        </label>
        <label>
          {t.certification}
          <input name="certification" defaultValue={certification ?? ''} maxLength={60} />
        </label>
        <label>
          {t.moqMin}
          <input name="moqMin" type="number" min={1} defaultValue={moqMin ?? ''} />
        </label>
        <label>
          {t.moqMax}
          <input name="moqMax" type="number" min={1} defaultValue={moqMax ?? ''} />
        </label>
        <label>
          <span>
            <input name="verified" type="checkbox" value="1" defaultChecked={isVerifiedOnly} /> {t.verifiedOnly}
          </span>
        </label>
        <label>
          {t.sort}
          <select name="sort" defaultValue={query.get('sort') ?? 'name'}>
            <option value="name">{t.sortName}</option>
            <option value="newest">{t.sortNewest}</option>
            <option value="verified">{t.sortVerified}</option>
          </select>
        </label>
        <button type="submit">{t.apply}</button>
      </form>
      <p>
        {t.total} {formatters(ctx.ui).number(result.totalDocs)}
      </p>
      {result.docs.length === 0 ? <p>{t.noResults}</p> : null}
      <ul className="grid">
        {result.docs.map((factory) => (
          <li key={factory.id}><FactoryCard ctx={ctx} factory={factory} /></li>
        ))}
      </ul>
      <Pager ctx={ctx} page={page} totalPages={result.totalPages} query={query} />
    </Layout>
  )
}

export const renderFactory = async (ctx: RenderContext, slug: string) => {
  const { docs } = await find<Factory>(ctx, 'factories', { ...mainDocQuery(ctx, 'factories', slug), limit: 1, depth: 1 })
  const factory = docs[0]
  if (!factory) throw notFound()
  const [products, sessions] = await Promise.all([
    find<Product>(ctx, 'products', { where: { factory: { equals: factory.id } }, limit: 48, depth: 1, select: PRODUCT_CARD }),
    upcomingSessions(ctx, { factory: factory.id, limit: 10 }),
  ])
  const t = ctx.t
  const { number } = formatters(ctx.ui)
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: factory.name,
    url: `${ctx.canonicalOrigin}${hrefFor(ctx, `/factories/${factory.slug}`)}`,
    ...(factory.foundedYear ? { foundingDate: String(factory.foundedYear) } : {}),
    ...(factory.staffCount ? { numberOfEmployees: { '@type': 'QuantitativeValue', value: factory.staffCount } } : {}),
    ...(factory.address ? { address: factory.address } : {}),
    parentOrganization: { '@type': 'Organization', name: ctx.belt!.name },
  }
  return (
    <Layout ctx={ctx} title={factory.meta?.title || factory.name} description={factory.meta?.description || factory.summary || factory.mainProducts} ogImage={imageSource((factory.meta?.image ?? factory.photos?.[0]) as never)?.src} jsonLd={[ld]}>
      <article>
        <h1>{factory.name}</h1>
        <VerifiedBadge ctx={ctx} factory={factory} />
        <p>
          <a className="button" href={hrefFor(ctx, `/factories/${factory.slug}/inquire`)}>{t.inquire}</a>
        </p>
        {factory.summary ? <p>{factory.summary}</p> : null}
        <dl className="facts">
          {factory.foundedYear ? (<><dt>{t.founded}</dt><dd>{factory.foundedYear}</dd></>) : null}
          {factory.staffCount ? (<><dt>{t.staff}</dt><dd>{number(factory.staffCount)}</dd></>) : null}
          {factory.capacity?.amount ? (<><dt>{t.capacity}</dt><dd>{number(factory.capacity.amount)} {factory.capacity.unit}</dd></>) : null}
          {factory.mainProducts ? (<><dt>{t.mainProducts}</dt><dd>{factory.mainProducts}</dd></>) : null}
          {factory.capabilities?.length ? (<><dt>{t.capability}</dt><dd>{factory.capabilities.map((value) => capabilityLabel(ctx, value)).join(' · ')}</dd></>) : null}
          {factory.exportMarkets?.length ? (<><dt>{t.exportMarkets}</dt><dd>{factory.exportMarkets.map((value) => marketLabel(ctx, value)).join(' · ')}</dd></>) : null}
        </dl>
        <RichText ctx={ctx} data={factory.description} />
        {factory.certifications?.length ? (
          <section aria-labelledby="certs">
            <h2 id="certs">{t.certifications}</h2>
            <ul>
              {factory.certifications.map((cert) => (
                <li key={cert.id ?? cert.name}>{cert.name}{cert.issuer ? ` — ${cert.issuer}` : ''}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {factory.photos?.length ? (
          <section aria-labelledby="photos">
            <h2 id="photos">{t.photos}</h2>
            <ul className="grid">
              {factory.photos.map((photo) => (
                <li key={typeof photo === 'object' ? photo.id : photo}><Image media={photo as never} sizes="(max-width: 600px) 100vw, 360px" /></li>
              ))}
            </ul>
          </section>
        ) : null}
        {factory.tourVideoUrl ? (
          <p>
            <a href={factory.tourVideoUrl} rel="noopener noreferrer nofollow">{t.tour}</a>
          </p>
        ) : null}
        <section aria-labelledby="factory-live">
          <h2 id="factory-live">{t.lineup}</h2>
          {sessions.length === 0 ? <p>{t.noSessions}</p> : sessions.map((session) => <SessionItem key={session.id} ctx={ctx} session={session} />)}
          <p>
            <a href={`/factories/${factory.slug}/live.ics`} download>{t.addToCalendar}</a>
          </p>
        </section>
        <section aria-labelledby="factory-products">
          <h2 id="factory-products">{t.productsOf}</h2>
          <ul className="grid">
            {products.docs.map((product) => (
              <li key={product.id}><ProductCard ctx={ctx} product={product} unitLabel={unitLabel(ctx, product.moq.unit)} /></li>
            ))}
          </ul>
        </section>
      </article>
    </Layout>
  )
}

export const renderProducts = async (ctx: RenderContext, query: URLSearchParams) => {
  const page = intParam(query.get('page') ?? undefined, 'page', { min: 1, max: MAX_PAGE }) ?? 1
  const moqMax = intParam(query.get('moqMax') ?? undefined, 'moqMax', { min: 1, max: 1e9 })
  const category = stringParam(query.get('category'))
  const where: Where[] = []
  if (category) where.push({ category: { in: (await categoryWithDescendants(ctx, category)) ?? [] } })
  if (moqMax !== undefined) where.push({ 'moq.quantity': { less_than_equal: moqMax } })
  const [result, categories] = await Promise.all([
    find<Product>(ctx, 'products', { where: { and: where }, page, sort: 'name', depth: 1, select: PRODUCT_CARD }),
    beltCategories(ctx),
  ])
  if (page > 1 && page > result.totalPages) throw notFound()
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t.products} description={`${ctx.belt!.name} · ${t.products}`}>
      <h1>{t.products}</h1>
      <form className="filters" method="get" action={hrefFor(ctx, '/products')}>
        <CategorySelect ctx={ctx} categories={categories.docs} selected={category} />
        <label>
          {t.moqMax}
          <input name="moqMax" type="number" min={1} defaultValue={moqMax ?? ''} />
        </label>
        <button type="submit">{t.apply}</button>
      </form>
      {result.docs.length === 0 ? <p>{t.noResults}</p> : null}
      <ul className="grid">
        {result.docs.map((product) => (
          <li key={product.id}><ProductCard ctx={ctx} product={product} unitLabel={unitLabel(ctx, product.moq.unit)} /></li>
        ))}
      </ul>
      <Pager ctx={ctx} page={page} totalPages={result.totalPages} query={query} />
    </Layout>
  )
}

/** schema.org Product with one Offer per price tier (eligible quantity → unit price). */
const productLd = (ctx: RenderContext, product: Product, factory: Factory | null, festival: Awaited<ReturnType<typeof festivalPricesFor>>) => {
  const url = `${ctx.canonicalOrigin}${hrefFor(ctx, `/products/${product.slug}`)}`
  // During a festival the offers are the festival's, valid until it ends.
  const tiers = festival?.tiers ?? product.priceTiers ?? []
  const prices = tiers.map((tier) => tier.unitPrice)
  const image = imageSource(product.images?.[0] as never)
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    sku: product.sku ?? undefined,
    url,
    ...(image ? { image: `${ctx.canonicalOrigin}${image.src}` } : {}),
    ...(product.summary ? { description: product.summary } : {}),
    ...(factory ? { manufacturer: { '@type': 'Organization', name: factory.name } } : {}),
    offers: {
      '@type': 'AggregateOffer',
      priceCurrency: product.currency,
      lowPrice: prices.length ? Math.min(...prices) : undefined,
      highPrice: prices.length ? Math.max(...prices) : undefined,
      offerCount: tiers.length,
      offers: tiers.map((tier) => ({
        '@type': 'Offer',
        price: tier.unitPrice,
        priceCurrency: product.currency,
        url,
        ...(festival ? { priceValidUntil: new Date(festival.campaign.endsAt).toISOString() } : {}),
        eligibleQuantity: {
          '@type': 'QuantitativeValue',
          minValue: tier.minQuantity,
          ...(tier.maxQuantity ? { maxValue: tier.maxQuantity } : {}),
          unitText: product.moq.unit,
        },
      })),
    },
  }
}

export const renderProduct = async (ctx: RenderContext, slug: string) => {
  const { docs } = await find<Product>(ctx, 'products', { ...mainDocQuery(ctx, 'products', slug), limit: 1, depth: 1 })
  const product = docs[0]
  if (!product) throw notFound()
  // A factory the public may not read (a draft) stays a bare id.
  const factory = readable<Factory>(product.factory)[0] ?? null
  const festival = await festivalPricesFor(ctx, product.id)
  const t = ctx.t
  const { number } = formatters(ctx.ui)
  const unit = unitLabel(ctx, product.moq.unit)
  return (
    <Layout ctx={ctx} title={product.meta?.title || product.name} description={product.meta?.description || product.summary} ogImage={imageSource((product.meta?.image ?? product.images?.[0]) as never)?.src} jsonLd={[productLd(ctx, product, factory, festival)]}>
      <article>
        <h1>{product.name}</h1>
        <ul className="grid">
          {(product.images ?? []).map((image, index) => (
            <li key={typeof image === 'object' ? image.id : image}><Image media={image as never} sizes="(max-width: 600px) 100vw, 480px" isEager={index === 0} /></li>
          ))}
        </ul>
        {product.summary ? <p>{product.summary}</p> : null}
        <p><strong>{priceRange(ctx, product)}</strong></p>
        {factory ? (
          <p>
            <a className="button" href={`${hrefFor(ctx, `/factories/${factory.slug}/inquire`)}?product=${encodeURIComponent(product.slug)}`}>{t.inquire}</a>
          </p>
        ) : null}
        <dl className="facts">
          <dt>{t.moq}</dt>
          <dd>{number(product.moq.quantity)} {unit}</dd>
          {product.leadTimeDays ? (<><dt>{t.leadTime}</dt><dd>{number(product.leadTimeDays)} {t.days}</dd></>) : null}
          {product.sampleAvailable ? (<><dt>{t.samples}</dt><dd>✓</dd></>) : null}
          {product.customisation?.length ? (<><dt>{t.customisation}</dt><dd>{product.customisation.map((value) => customisationLabel(ctx, value)).join(' · ')}</dd></>) : null}
        </dl>
        <h2>{t.priceTiers}</h2>
        <TierTable ctx={ctx} tiers={product.priceTiers ?? []} unit={unit} currency={product.currency} priceLabel={t.unitPrice} />
        {festival ? (
          <section aria-labelledby="festival-prices">
            <h2 id="festival-prices">
              {t.festivalPrice} · <a href={hrefFor(ctx, `/campaigns/${festival.campaign.slug}`)}>{festival.campaign.name}</a>
            </h2>
            <Countdown target={festival.campaign.endsAt} label={t.endsIn} />
            <TierTable ctx={ctx} tiers={festival.tiers} unit={unit} currency={product.currency} priceLabel={t.festivalPrice} isFestival />
          </section>
        ) : null}
        {product.specs?.length ? (
          <section aria-labelledby="specs">
            <h2 id="specs">{t.specs}</h2>
            <dl className="facts">
              {product.specs.map((spec) => (
                <div key={spec.id ?? spec.key} style={{ display: 'contents' }}>
                  <dt>{spec.key}</dt>
                  <dd>{spec.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        <RichText ctx={ctx} data={product.description} />
        {factory ? (
          <section aria-labelledby="product-factory">
            <h2 id="product-factory">{t.factory}</h2>
            <div style={{ maxWidth: 320 }}><FactoryCard ctx={ctx} factory={factory} /></div>
          </section>
        ) : null}
      </article>
    </Layout>
  )
}

export const renderPage = async (ctx: RenderContext, slug: string) => {
  const { docs } = await find<Page>(ctx, 'pages', { ...mainDocQuery(ctx, 'pages', slug), limit: 1, depth: 2 })
  const page = docs[0]
  if (!page) throw notFound()
  const blockData = await loadBlockData(ctx, page.layout)
  return (
    <Layout ctx={ctx} title={page.meta?.title || page.title} description={page.meta?.description} ogImage={imageSource(page.meta?.image as never)?.src}>
      <article>
        <h1>{page.title}</h1>
        <RenderBlocks ctx={ctx} blocks={page.layout} data={blockData} />
        <RichText ctx={ctx} data={page.content} />
      </article>
    </Layout>
  )
}
