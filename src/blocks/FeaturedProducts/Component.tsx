import type { FeaturedProductsBlock, Product } from '@/payload-types'
import { ProductCard } from '@/portal/components/cards'
import { readable, type RenderContext } from '@/portal/context'

export const FeaturedProductsComponent = ({
  ctx,
  block,
}: {
  ctx: RenderContext
  block: FeaturedProductsBlock
}) => (
  <section>
    <h2>{block.heading || ctx.t.products}</h2>
    <ul className="grid">
      {readable<Product>(block.products).map((product) => (
        <li key={product.id}>
          <ProductCard ctx={ctx} product={product} />
        </li>
      ))}
    </ul>
  </section>
)
