import type { ReactNode } from 'react'

import type { Factory, Product } from '@/payload-types'

import { type RenderContext, linkTo } from '@/portal/context'
import { formatters } from '@/portal/i18n'

import { Image } from '@/portal/components/Image'
import { Approx } from '@/portal/components/Money'

export const VerifiedBadge = ({ ctx, factory }: { ctx: RenderContext; factory: Factory }) =>
  factory.verification?.status === 'verified' ? (
    <span className="badge">✓ {ctx.t.verified}</span>
  ) : null

/**
 * Where a card links (another host's portal, from the hub), the belt it names, if any, and what
 * sits inside it below the text (a campaign's "Send inquiry").
 */
type CardPlace = { href?: string; belt?: string; children?: ReactNode }

const BeltLine = ({ belt }: { belt?: string }) =>
  belt ? (
    <p className="belt">
      <bdi>{belt}</bdi>
    </p>
  ) : null

export const FactoryCard = ({
  ctx,
  factory,
  href,
  belt,
  children,
}: { ctx: RenderContext; factory: Factory } & CardPlace) => (
  <article className="card">
    <Image media={factory.photos?.[0] as never} sizes="(max-width: 600px) 100vw, 280px" />
    <div className="body">
      <h3>
        <a href={href ?? linkTo(ctx, `/factories/${factory.slug}`)}>
          <bdi>{factory.name}</bdi>
        </a>
      </h3>
      <VerifiedBadge ctx={ctx} factory={factory} />
      <BeltLine belt={belt} />
      {factory.mainProducts ? (
        <p>
          <bdi>{factory.mainProducts}</bdi>
        </p>
      ) : null}
      {children}
    </div>
  </article>
)

/**
 * "¥4.20–¥5.80 · MOQ 100 pieces": what a buyer scans a product list for. Content, names, prices
 * and quantities sit in `<bdi>`, so an Arabic page keeps "US$3.60–US$2.90" and "500 قطعة" whole.
 */
export const priceRange = (
  ctx: RenderContext,
  product: Pick<Product, 'currency'> & { priceTiers?: { unitPrice: number }[] | null },
) => {
  const prices = (product.priceTiers ?? [])
    .map((tier) => tier.unitPrice)
    .filter((price) => price > 0)
  if (prices.length === 0) return null
  const { money } = formatters(ctx.ui)
  const low = Math.min(...prices)
  const high = Math.max(...prices)
  return low === high
    ? money(low, product.currency)
    : `${money(low, product.currency)}–${money(high, product.currency)}`
}

/** The unit prices of a list of tiers, for `Approx`. */
export const tierPrices = (tiers: { unitPrice: number }[] | null | undefined) =>
  (tiers ?? []).map((tier) => tier.unitPrice)

/**
 * A product's card; with `factory`, its verified badge too (search results). During a festival
 * `festivalTiers` replace the price shown, the normal range struck through beside them.
 */
export const ProductCard = ({
  ctx,
  product,
  href,
  belt,
  factory,
  festivalTiers,
  children,
}: {
  ctx: RenderContext
  product: Product
  factory?: Factory
  festivalTiers?: { unitPrice: number }[] | null
} & CardPlace) => {
  const festival = festivalTiers?.length
    ? priceRange(ctx, { currency: product.currency, priceTiers: festivalTiers })
    : null
  return (
    <article className="card">
      <Image media={product.images?.[0] as never} sizes="(max-width: 600px) 100vw, 280px" />
      <div className="body">
        <h3>
          <a href={href ?? linkTo(ctx, `/products/${product.slug}`)}>
            <bdi>{product.name}</bdi>
          </a>
        </h3>
        {factory ? <VerifiedBadge ctx={ctx} factory={factory} /> : null}
        <BeltLine belt={belt} />
        {festival ? (
          <p className="festival-price">
            {ctx.t.festivalPrice}: <bdi>{festival}</bdi>
            <Approx ctx={ctx} prices={tierPrices(festivalTiers)} currency={product.currency} />{' '}
            <s>
              <bdi>{priceRange(ctx, product)}</bdi>
            </s>
          </p>
        ) : (
          <p>
            <bdi>{priceRange(ctx, product)}</bdi>
            <Approx ctx={ctx} prices={tierPrices(product.priceTiers)} currency={product.currency} />
          </p>
        )}
        <p>
          {ctx.t.moq}:{' '}
          <bdi>{formatters(ctx.ui).quantity(product.moq.quantity, product.moq.unit)}</bdi>
        </p>
        {children}
      </div>
    </article>
  )
}

/**
 * What a list shows when it has nothing: that nothing matched (with the way back to the whole
 * list) or that nothing is published yet, and what a buyer can do instead: post a sourcing
 * request that matched factories quote on.
 */
export const EmptyState = ({ ctx, clearHref }: { ctx: RenderContext; clearHref?: string }) => (
  <div className="empty">
    <p>
      <strong>{clearHref ? ctx.t.noResults : ctx.t.emptyCatalogue}</strong>
    </p>
    {clearHref ? (
      <>
        <p>{ctx.t.emptyFiltered}</p>
        <a className="button secondary" href={clearHref}>
          {ctx.t.clearFilters}
        </a>
      </>
    ) : null}
    <p>{ctx.t.postSourcingHint}</p>
    <a className="button" href={linkTo(ctx, '/sourcing/new')}>
      {ctx.t.sourcingTitle}
    </a>
  </div>
)
