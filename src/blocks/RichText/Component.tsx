import type { RichTextBlock } from '@/payload-types'
import type { RenderContext } from '@/portal/context'
import { RichText } from '@/portal/richText'

export const RichTextComponent = ({ ctx, block }: { ctx: RenderContext; block: RichTextBlock }) => (
  <section className="prose">
    <RichText ctx={ctx} data={block.content} />
  </section>
)
