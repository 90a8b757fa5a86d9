import type { RichTextBlock } from '@/payload-types'
import type { RenderContext } from '@/renderer/context'
import { RichText } from '@/renderer/richText'

export const RichTextComponent = ({ ctx, block }: { ctx: RenderContext; block: RichTextBlock }) => (
  <section className="prose">
    <RichText ctx={ctx} data={block.content} />
  </section>
)
