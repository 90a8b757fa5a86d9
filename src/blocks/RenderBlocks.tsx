import type { Page } from '@/payload-types'
import type { RenderContext } from '@/renderer/context'

import { CallToActionComponent } from './CallToAction/Component'
import { CategoryGridComponent } from './CategoryGrid/Component'
import { FaqComponent } from './Faq/Component'
import { FeaturedFactoriesComponent } from './FeaturedFactories/Component'
import { FeaturedProductsComponent } from './FeaturedProducts/Component'
import { GalleryComponent } from './Gallery/Component'
import { HeroComponent } from './Hero/Component'
import { KeyFiguresComponent } from './KeyFigures/Component'
import { RichTextComponent } from './RichText/Component'
import { VideoComponent } from './Video/Component'

type Layout = NonNullable<Page['layout']>
type AnyBlock = Layout[number]

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const COMPONENTS: Record<AnyBlock['blockType'], (props: { ctx: RenderContext; block: any }) => React.ReactNode> = {
  hero: HeroComponent,
  richText: RichTextComponent,
  keyFigures: KeyFiguresComponent,
  featuredFactories: FeaturedFactoriesComponent,
  featuredProducts: FeaturedProductsComponent,
  categoryGrid: CategoryGridComponent,
  video: VideoComponent,
  gallery: GalleryComponent,
  faq: FaqComponent,
  cta: CallToActionComponent,
}

/** One map from `blockType` to renderer; an unknown block (from a newer schema) is skipped. */
export const RenderBlocks = ({ ctx, blocks }: { ctx: RenderContext; blocks: Page['layout'] }) => (
  <>
    {(blocks ?? []).map((block, index) => {
      const Component = COMPONENTS[block.blockType]
      return Component ? <Component key={block.id ?? index} ctx={ctx} block={block} /> : null
    })}
  </>
)
