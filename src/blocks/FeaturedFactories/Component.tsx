import type { Factory, FeaturedFactoriesBlock } from '@/payload-types'
import { FactoryCard } from '@/portal/components/cards'
import { readable, type RenderContext } from '@/portal/context'

export const FeaturedFactoriesComponent = ({
  ctx,
  block,
}: {
  ctx: RenderContext
  block: FeaturedFactoriesBlock
}) => (
  <section>
    <h2>{block.heading || ctx.t.factories}</h2>
    <ul className="grid">
      {readable<Factory>(block.factories).map((factory) => (
        <li key={factory.id}>
          <FactoryCard ctx={ctx} factory={factory} />
        </li>
      ))}
    </ul>
  </section>
)
