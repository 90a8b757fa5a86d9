import type { Factory, Product } from '@/payload-types'

import { hrefFor, type RenderContext } from '@/portal/context'
import { formatters } from '@/portal/i18n'

import { Image } from '@/portal/components/Image'

export const VerifiedBadge = ({ ctx, factory }: { ctx: RenderContext; factory: Factory }) =>
  factory.verification?.status === 'verified' ? (
    <span className="badge">✓ {ctx.t.verified}</span>
  ) : null

export const FactoryCard = ({ ctx, factory }: { ctx: RenderContext; factory: Factory }) => (
  <article className="card">
    <Image media={factory.photos?.[0] as never} sizes="(max-width: 600px) 100vw, 280px" />
    <div className="body">
      <h3>
        <a href={hrefFor(ctx, `/factories/${factory.slug}`)}>{factory.name}</a>
      </h3>
      <VerifiedBadge ctx={ctx} factory={factory} />
      {factory.mainProducts ? <p>{factory.mainProducts}</p> : null}
    </div>
  </article>
)

/** "¥4.20–¥5.80 · MOQ 100 pieces": what a buyer scans a product list for. */
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

export const ProductCard = ({
  ctx,
  product,
  unitLabel,
}: {
  ctx: RenderContext
  product: Product
  unitLabel: string
}) => (
  <article className="card">
    <Image media={product.images?.[0] as never} sizes="(max-width: 600px) 100vw, 280px" />
    <div className="body">
      <h3>
        <a href={hrefFor(ctx, `/products/${product.slug}`)}>{product.name}</a>
      </h3>
      <p>{priceRange(ctx, product)}</p>
      <p>
        {ctx.t.moq}: {formatters(ctx.ui).number(product.moq.quantity)} {unitLabel}
      </p>
    </div>
  </article>
)
