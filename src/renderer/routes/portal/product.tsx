import type { Where } from 'payload'

import type { Category, Factory, Product } from '@/payload-types'

import { Fragment } from 'react'

import { idOf } from '@/access/roles'
import {
  FactoryCard,
  ProductCard,
  priceRange,
  tierPrices,
  VerifiedBadge,
} from '@/portal/components/cards'
import { Gallery } from '@/portal/components/Gallery'
import { Approx } from '@/portal/components/Money'
import { Layout } from '@/portal/components/Layout'
import {
  hrefFor,
  readable,
  imageSource,
  mainDocQuery,
  type RenderContext,
  showsDocument,
  linkTo,
} from '@/portal/context'
import { notFound } from '@/renderer/errors'
import { formatters } from '@/portal/i18n'
import { customisationLabel, unitLabel } from '@/portal/labels'
import { RichText } from '@/portal/richText'
import { festivalPricesFor } from '@/portal/campaigns'
import { Countdown } from '@/portal/components/Time'
import { TierTable } from '@/portal/components/TierTable'
import { heldRead } from '@/portal/heldReads'
import { categoryFamily, find, PRODUCT_CARD, withImages, WITHOUT_BELT } from './reads'
import { ElsewhereRow, similarElsewhere } from './elsewhere'

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

/** Four cards under a heading; nothing at all when there are none. */
const ProductRow = ({
  ctx,
  id,
  title,
  products,
}: {
  ctx: RenderContext
  id: string
  title: string
  products: Product[]
}) =>
  products.length ? (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="grid">
        {products.map((item) => (
          <li key={item.id}>
            <ProductCard ctx={ctx} product={item} />
          </li>
        ))}
      </ul>
    </section>
  ) : null

/**
 * The factory's other products, and similar products from the belt's other factories: the same
 * category or its siblings (the parent's whole family: rompers beside dresses under children's
 * wear). Public reads of this belt only; the products of other belts are `similarElsewhere`'s,
 * which caches the page with their belts too.
 */
const related = async (ctx: RenderContext, product: Product, factory: Factory | null) => {
  const category = readable<Category>(product.category)[0]
  const root = category ? ((idOf(category.parent as never) as number | null) ?? category.id) : null
  const cards = (where: Where) =>
    find<Product>(ctx, 'products', {
      where,
      limit: 4,
      sort: 'name',
      depth: 1,
      select: PRODUCT_CARD,
    }).then((result) => result.docs)
  const notThis = { id: { not_equals: product.id } }
  return Promise.all([
    factory ? cards({ and: [{ factory: { equals: factory.id } }, notThis] }) : [],
    root === null
      ? []
      : categoryFamily(ctx, root).then((family) =>
          cards({
            and: [
              { category: { in: family } },
              notThis,
              ...(factory ? [{ factory: { not_equals: factory.id } }] : []),
            ],
          }),
        ),
  ])
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
  // A factory the public may not read (a draft) stays a bare id. Its card's photo is populated
  // like the other cards' (depth 1 left it an id), on a copy: the product read is held, shared.
  const heldFactory = readable<Factory>(product.factory)[0]
  const factory = heldFactory
    ? await heldRead(
        ctx,
        `factoryCard:${heldFactory.id}:${ctx.locale}`,
        async () => (await withImages(ctx, [{ ...heldFactory }]))[0]!,
      )
    : null
  const festival = await festivalPricesFor(ctx, product.id)
  const t = ctx.t
  const { number, quantity } = formatters(ctx.ui)
  const unit = unitLabel(ctx, product.moq.unit)
  const [[more, similar], elsewhere] = await Promise.all([
    related(ctx, product, factory),
    similarElsewhere(ctx, product, readable<Category>(product.category)[0]),
  ])
  const sections = [
    ['price-tiers', t.priceTiers],
    ...(festival ? [['festival-prices', t.festivalPrice]] : []),
    ...(product.specs?.length ? [['specs', t.specs]] : []),
    ...(factory ? [['product-factory', t.factory]] : []),
    ...(more.length ? [['more-from-factory', t.moreFromFactory]] : []),
    ...(similar.length ? [['similar-products', t.similarProducts]] : []),
    ...(elsewhere.length ? [['similar-elsewhere', t.similarElsewhere]] : []),
  ]
  return (
    <Layout
      ctx={ctx}
      title={product.meta?.title || product.name}
      description={product.meta?.description || product.summary}
      ogImage={imageSource((product.meta?.image ?? product.images?.[0]) as never)?.src}
      jsonLd={[productLd(ctx, product, factory, festival)]}
    >
      <article>
        <div className="product">
          <Gallery ctx={ctx} images={product.images} />
          <div className="buy-box">
            <h1>
              <bdi>{product.name}</bdi>
            </h1>
            {factory ? (
              <p>
                <a href={linkTo(ctx, `/factories/${factory.slug}`)}>
                  <bdi>{factory.name}</bdi>
                </a>{' '}
                <VerifiedBadge ctx={ctx} factory={factory} />
              </p>
            ) : null}
            <div className="price-line">
              {festival ? (
                <>
                  <p className="price festival">
                    <bdi>
                      {priceRange(ctx, { currency: product.currency, priceTiers: festival.tiers })}
                    </bdi>
                  </p>
                  <Approx
                    ctx={ctx}
                    prices={tierPrices(festival.tiers)}
                    currency={product.currency}
                  />
                  <s>
                    <bdi>{priceRange(ctx, product)}</bdi>
                  </s>
                </>
              ) : (
                <>
                  <p className="price">
                    <bdi>{priceRange(ctx, product)}</bdi>
                  </p>
                  <Approx
                    ctx={ctx}
                    prices={tierPrices(product.priceTiers)}
                    currency={product.currency}
                  />
                </>
              )}
            </div>
            {festival ? (
              <p>
                <a className="badge festival" href="#festival-prices">
                  {t.festivalPrice}
                </a>{' '}
                <bdi>{festival.campaign.name}</bdi>
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
                    {product.customisation
                      .map((value) => customisationLabel(ctx, value))
                      .join(' · ')}
                  </dd>
                </>
              ) : null}
            </dl>
            {factory ? (
              <p className="inquire-bar">
                <a
                  className="button"
                  href={linkTo(
                    ctx,
                    `/factories/${factory.slug}/inquire?product=${encodeURIComponent(product.slug)}`,
                  )}
                >
                  {t.inquire}
                </a>
              </p>
            ) : null}
            {product.summary ? <p dir="auto">{product.summary}</p> : null}
          </div>
        </div>
        <nav aria-label={t.overview}>
          <ul className="tabs">
            {sections.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <h2 id="price-tiers">{t.priceTiers}</h2>
        <div className="table-scroll">
          <TierTable
            ctx={ctx}
            tiers={product.priceTiers ?? []}
            unit={unit}
            currency={product.currency}
            priceLabel={t.unitPrice}
          />
        </div>
        {festival ? (
          <section aria-labelledby="festival-prices">
            <h2 id="festival-prices">
              {t.festivalPrice} ·{' '}
              <a href={linkTo(ctx, `/campaigns/${festival.campaign.slug}`)}>
                <bdi>{festival.campaign.name}</bdi>
              </a>
            </h2>
            <Countdown target={festival.campaign.endsAt} label={t.endsIn} />
            <div className="table-scroll">
              <TierTable
                ctx={ctx}
                tiers={festival.tiers}
                unit={unit}
                currency={product.currency}
                priceLabel={t.festivalPrice}
                isFestival
              />
            </div>
          </section>
        ) : null}
        {product.specs?.length ? (
          <section aria-labelledby="specs">
            <h2 id="specs">{t.specs}</h2>
            <dl className="facts">
              {product.specs.map((spec) => (
                <Fragment key={spec.id ?? spec.key}>
                  <dt>
                    <bdi>{spec.key}</bdi>
                  </dt>
                  <dd>
                    <bdi>{spec.value}</bdi>
                  </dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ) : null}
        <RichText ctx={ctx} data={product.description} />
        {factory ? (
          <section aria-labelledby="product-factory">
            <h2 id="product-factory">{t.factory}</h2>
            <ul className="grid">
              <li>
                <FactoryCard ctx={ctx} factory={factory} />
              </li>
            </ul>
          </section>
        ) : null}
        <ProductRow ctx={ctx} id="more-from-factory" title={t.moreFromFactory} products={more} />
        <ProductRow ctx={ctx} id="similar-products" title={t.similarProducts} products={similar} />
        <ElsewhereRow ctx={ctx} cards={elsewhere} />
      </article>
    </Layout>
  )
}
