import type { Factory, Product } from '@/payload-types'

import { hrefFor, type RenderContext } from '@/portal/context'
import { formatters } from '@/portal/i18n'

import { Image } from '@/portal/components/Image'

export const VerifiedBadge = ({ ctx, factory }: { ctx: RenderContext; factory: Factory }) =>
  factory.verification?.status === 'verified' ? (
    <span className="badge">✓ {ctx.t.verified}</span>
  ) : null

/** Where a card links (another host's portal, from the hub) and the belt it names, if any. */
type CardPlace = { href?: string; belt?: string }

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
}: { ctx: RenderContext; factory: Factory } & CardPlace) => (
  <article className="card">
    <Image media={factory.photos?.[0] as never} sizes="(max-width: 600px) 100vw, 280px" />
    <div className="body">
      <h3>
        <a href={href ?? hrefFor(ctx, `/factories/${factory.slug}`)}>
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
    </div>
  </article>
)

/**
 * "¥4.20–¥5.80 · MOQ 100 pieces": what a buyer scans a product list for. Content, names, prices
 * and quantities sit in `<bdi>`, so an Arabic page keeps "US$3.60–US$2.90" and "500 قطعة" whole.
 */
export const priceRange = (ctx: RenderContext, product: Product) => {
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

/** A product's card; with `factory`, its verified badge too (search results). */
export const ProductCard = ({
  ctx,
  product,
  href,
  belt,
  factory,
}: { ctx: RenderContext; product: Product; factory?: Factory } & CardPlace) => (
  <article className="card">
    <Image media={product.images?.[0] as never} sizes="(max-width: 600px) 100vw, 280px" />
    <div className="body">
      <h3>
        <a href={href ?? hrefFor(ctx, `/products/${product.slug}`)}>
          <bdi>{product.name}</bdi>
        </a>
      </h3>
      {factory ? <VerifiedBadge ctx={ctx} factory={factory} /> : null}
      <BeltLine belt={belt} />
      <p>
        <bdi>{priceRange(ctx, product)}</bdi>
      </p>
      <p>
        {ctx.t.moq}:{' '}
        <bdi>{formatters(ctx.ui).quantity(product.moq.quantity, product.moq.unit)}</bdi>
      </p>
    </div>
  </article>
)
