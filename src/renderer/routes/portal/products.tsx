import type { Where } from 'payload'

import type { Factory, Product } from '@/payload-types'

import { FactoryCard, ProductCard, priceRange, tierPrices } from '@/portal/components/cards'
import { Approx, CurrencyInput } from '@/portal/components/Money'
import { Image } from '@/portal/components/Image'
import { Layout } from '@/portal/components/Layout'
import {
  hrefFor,
  readable,
  imageSource,
  mainDocQuery,
  type RenderContext,
  showsDocument,
} from '@/portal/context'
import { notFound } from '@/renderer/errors'
import { formatters } from '@/portal/i18n'
import { customisationLabel, unitLabel } from '@/portal/labels'
import { RichText } from '@/portal/richText'
import { festivalPricesFor } from '@/portal/campaigns'
import { Countdown } from '@/portal/components/Time'
import { TierTable } from '@/portal/components/TierTable'
import { Pager } from '@/portal/components/Pager'
import {
  MAX_PAGE,
  WITHOUT_BELT,
  PRODUCT_CARD,
  find,
  beltCategories,
  CategorySelect,
  intParam,
  stringParam,
  categoryWithDescendants,
} from './reads'

export const renderProducts = async (ctx: RenderContext, query: URLSearchParams) => {
  const page = intParam(query.get('page') ?? undefined, 'page', { min: 1, max: MAX_PAGE }) ?? 1
  const moqMax = intParam(query.get('moqMax') ?? undefined, 'moqMax', { min: 1, max: 1e9 })
  const category = stringParam(query.get('category'))
  const where: Where[] = []
  if (category)
    where.push({ category: { in: (await categoryWithDescendants(ctx, category)) ?? [] } })
  if (moqMax !== undefined) where.push({ 'moq.quantity': { less_than_equal: moqMax } })
  const [result, categories] = await Promise.all([
    find<Product>(ctx, 'products', {
      where: { and: where },
      page,
      sort: 'name',
      depth: 1,
      select: PRODUCT_CARD,
    }),
    beltCategories(ctx),
  ])
  if (page > 1 && page > result.totalPages) throw notFound()
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t.products} description={`${ctx.belt!.name} · ${t.products}`}>
      <h1>{t.products}</h1>
      <form className="filters" method="get" action={hrefFor(ctx, '/products')}>
        <CurrencyInput ctx={ctx} />
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
          <li key={product.id}>
            <ProductCard ctx={ctx} product={product} />
          </li>
        ))}
      </ul>
      <Pager ctx={ctx} page={page} totalPages={result.totalPages} query={query} />
    </Layout>
  )
}

/** schema.org Product with one Offer per price tier (eligible quantity → unit price). */
const productLd = (
  ctx: RenderContext,
  product: Product,
  factory: Factory | null,
  festival: Awaited<ReturnType<typeof festivalPricesFor>>,
) => {
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
  const { docs } = await find<Product>(ctx, 'products', {
    ...mainDocQuery(ctx, 'products', slug),
    limit: 1,
    depth: 1,
    select: WITHOUT_BELT,
  })
  const product = docs[0]
  if (!product) throw notFound()
  showsDocument(ctx, product.id)
  // A factory the public may not read (a draft) stays a bare id.
  const factory = readable<Factory>(product.factory)[0] ?? null
  const festival = await festivalPricesFor(ctx, product.id)
  const t = ctx.t
  const { number, quantity } = formatters(ctx.ui)
  const unit = unitLabel(ctx, product.moq.unit)
  return (
    <Layout
      ctx={ctx}
      title={product.meta?.title || product.name}
      description={product.meta?.description || product.summary}
      ogImage={imageSource((product.meta?.image ?? product.images?.[0]) as never)?.src}
      jsonLd={[productLd(ctx, product, factory, festival)]}
    >
      <article>
        <h1>
          <bdi>{product.name}</bdi>
        </h1>
        <ul className="grid">
          {(product.images ?? []).map((image, index) => (
            <li key={typeof image === 'object' ? image.id : image}>
              <Image
                media={image as never}
                sizes="(max-width: 600px) 100vw, 480px"
                isEager={index === 0}
              />
            </li>
          ))}
        </ul>
        {product.summary ? <p dir="auto">{product.summary}</p> : null}
        <p>
          <strong>
            <bdi>{priceRange(ctx, product)}</bdi>
          </strong>
          <Approx ctx={ctx} prices={tierPrices(product.priceTiers)} currency={product.currency} />
        </p>
        {factory ? (
          <p className="inquire-bar">
            <a
              className="button"
              href={`${hrefFor(ctx, `/factories/${factory.slug}/inquire`)}?product=${encodeURIComponent(product.slug)}`}
            >
              {t.inquire}
            </a>
          </p>
        ) : null}
        <dl className="facts">
          <dt>{t.moq}</dt>
          <dd>
            <bdi>{quantity(product.moq.quantity, product.moq.unit)}</bdi>
          </dd>
          {product.leadTimeDays ? (
            <>
              <dt>{t.leadTime}</dt>
              <dd>
                {number(product.leadTimeDays)} {t.days}
              </dd>
            </>
          ) : null}
          {product.sampleAvailable ? (
            <>
              <dt>{t.samples}</dt>
              <dd>✓</dd>
            </>
          ) : null}
          {product.customisation?.length ? (
            <>
              <dt>{t.customisation}</dt>
              <dd>
                {product.customisation.map((value) => customisationLabel(ctx, value)).join(' · ')}
              </dd>
            </>
          ) : null}
        </dl>
        <h2>{t.priceTiers}</h2>
        <TierTable
          ctx={ctx}
          tiers={product.priceTiers ?? []}
          unit={unit}
          currency={product.currency}
          priceLabel={t.unitPrice}
        />
        {festival ? (
          <section aria-labelledby="festival-prices">
            <h2 id="festival-prices">
              {t.festivalPrice} ·{' '}
              <a href={hrefFor(ctx, `/campaigns/${festival.campaign.slug}`)}>
                <bdi>{festival.campaign.name}</bdi>
              </a>
            </h2>
            <Countdown target={festival.campaign.endsAt} label={t.endsIn} />
            <TierTable
              ctx={ctx}
              tiers={festival.tiers}
              unit={unit}
              currency={product.currency}
              priceLabel={t.festivalPrice}
              isFestival
            />
          </section>
        ) : null}
        {product.specs?.length ? (
          <section aria-labelledby="specs">
            <h2 id="specs">{t.specs}</h2>
            <dl className="facts">
              {product.specs.map((spec) => (
                <div key={spec.id ?? spec.key} style={{ display: 'contents' }}>
                  <dt>
                    <bdi>{spec.key}</bdi>
                  </dt>
                  <dd>
                    <bdi>{spec.value}</bdi>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        <RichText ctx={ctx} data={product.description} />
        {factory ? (
          <section aria-labelledby="product-factory">
            <h2 id="product-factory">{t.factory}</h2>
            <div style={{ maxWidth: 320 }}>
              <FactoryCard ctx={ctx} factory={factory} />
            </div>
          </section>
        ) : null}
      </article>
    </Layout>
  )
}
