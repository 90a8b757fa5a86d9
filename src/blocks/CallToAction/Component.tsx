import type { CallToActionBlock } from '@/payload-types'
import type { RenderContext } from '@/portal/context'

export const CallToActionComponent = ({
  block,
}: {
  ctx: RenderContext
  block: CallToActionBlock
}) => (
  <section className="card">
    <div className="body">
      <h2>{block.heading}</h2>
      {block.text ? <p>{block.text}</p> : null}
      <a className="button" href={block.linkURL}>
        {block.linkLabel}
      </a>
    </div>
  </section>
)
