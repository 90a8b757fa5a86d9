import type { RichTextBlock } from '@/payload-types'
import type { RenderContext } from '@/renderer/context'
import { RichText } from '@/renderer/richText'

export const RichTextComponent = ({ block }: { ctx: RenderContext; block: RichTextBlock }) => (
  <section className="prose">
    <RichText data={block.content} />
  </section>
)
