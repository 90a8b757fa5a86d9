import type { LiveSession, Page } from '@/payload-types'
import { upcomingSessions } from '@/portal/campaigns'
import type { RenderContext } from '@/portal/context'

import { CallToActionComponent } from './CallToAction/Component'
import { CampaignBannerComponent } from './CampaignBanner/Component'
import { CategoryGridComponent } from './CategoryGrid/Component'
import { FaqComponent } from './Faq/Component'
import { FeaturedFactoriesComponent } from './FeaturedFactories/Component'
import { FeaturedProductsComponent } from './FeaturedProducts/Component'
import { GalleryComponent } from './Gallery/Component'
import { HeroComponent } from './Hero/Component'
import { KeyFiguresComponent } from './KeyFigures/Component'
import { LiveLineupComponent } from './LiveLineup/Component'
import { RichTextComponent } from './RichText/Component'
import { VideoComponent } from './Video/Component'

type Layout = NonNullable<Page['layout']>
type AnyBlock = Layout[number]

const COMPONENTS: Record<
  AnyBlock['blockType'],
  // Each component takes its own block type; the map is looked up by blockType.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (props: { ctx: RenderContext; block: any; sessions?: LiveSession[] }) => React.ReactNode
> = {
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
  campaignBanner: CampaignBannerComponent,
  liveLineup: LiveLineupComponent,
}

/** Data a block needs beyond its own fields (React renders synchronously on the server). */
export type BlockData = Map<number, { sessions?: LiveSession[] }>

export const loadBlockData = async (
  ctx: RenderContext,
  blocks: Page['layout'],
): Promise<BlockData> => {
  const data: BlockData = new Map()
  for (const [index, block] of (blocks ?? []).entries()) {
    if (block.blockType === 'liveLineup') {
      const campaign =
        block.campaign && typeof block.campaign === 'object'
          ? block.campaign.id
          : (block.campaign ?? undefined)
      data.set(index, {
        sessions: await upcomingSessions(ctx, {
          campaign: campaign ?? undefined,
          limit: block.limit ?? 6,
        }),
      })
    }
  }
  return data
}

/** One map from `blockType` to renderer; an unknown block (from a newer schema) is skipped. */
export const RenderBlocks = ({
  ctx,
  blocks,
  data,
}: {
  ctx: RenderContext
  blocks: Page['layout']
  data?: BlockData
}) => (
  <>
    {(blocks ?? []).map((block, index) => {
      const Component = COMPONENTS[block.blockType]
      return Component ? (
        <Component key={block.id ?? index} ctx={ctx} block={block} {...data?.get(index)} />
      ) : null
    })}
  </>
)
