import type { KeyFiguresBlock } from '@/payload-types'
import type { RenderContext } from '@/portal/context'

export const KeyFiguresComponent = ({
  ctx,
  block,
}: {
  ctx: RenderContext
  block: KeyFiguresBlock
}) => {
  const figures = block.figures?.length ? block.figures : (ctx.belt?.keyFigures ?? [])
  return (
    <section>
      {block.heading ? <h2>{block.heading}</h2> : null}
      <ul className="figures">
        {figures.map((figure, index) => (
          <li key={figure.id ?? index}>
            <strong>{figure.value}</strong>
            {figure.label}
          </li>
        ))}
      </ul>
    </section>
  )
}
