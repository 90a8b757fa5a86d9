import type { Category, CategoryGridBlock } from '@/payload-types'
import { readable, type RenderContext, linkTo } from '@/portal/context'

export const CategoryGridComponent = ({
  ctx,
  block,
}: {
  ctx: RenderContext
  block: CategoryGridBlock
}) => (
  <section>
    <h2>{block.heading || ctx.t.category}</h2>
    <ul className="grid">
      {readable<Category>(block.categories).map((category) => (
        <li key={category.id} className="card">
          <div className="body">
            <a href={linkTo(ctx, `/products?category=${encodeURIComponent(category.slug)}`)}>
              {category.name}
            </a>
          </div>
        </li>
      ))}
    </ul>
  </section>
)
