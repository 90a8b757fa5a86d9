import type { FaqBlock } from '@/payload-types'
import type { RenderContext } from '@/portal/context'

/** Questions as native disclosure widgets: keyboard-usable and readable without script. */
export const FaqComponent = ({ block }: { ctx: RenderContext; block: FaqBlock }) => (
  <section>
    {block.heading ? <h2>{block.heading}</h2> : null}
    {block.items.map((item, index) => (
      <details key={item.id ?? index}>
        <summary>{item.question}</summary>
        <p>{item.answer}</p>
      </details>
    ))}
  </section>
)
