import type { Block } from 'payload'

import { SLUGS } from '@/constants'

import { Hero } from './Hero/config'
import { RichTextBlock } from './RichText/config'
import { KeyFigures } from './KeyFigures/config'
import { FeaturedFactories } from './FeaturedFactories/config'
import { FeaturedProducts } from './FeaturedProducts/config'
import { CategoryGrid } from './CategoryGrid/config'
import { Video } from './Video/config'
import { Gallery } from './Gallery/config'
import { Faq } from './Faq/config'
import { CallToAction } from './CallToAction/config'
import { CampaignBanner } from './CampaignBanner/config'
import { LiveLineup } from './LiveLineup/config'

/** The blocks an operator arranges on a page; each folder holds its config and its renderer. */
export const PAGE_BLOCKS: Block[] = [
  Hero,
  RichTextBlock,
  KeyFigures,
  FeaturedFactories,
  FeaturedProducts,
  CategoryGrid,
  Video,
  Gallery,
  Faq,
  CallToAction,
  CampaignBanner,
  LiveLineup,
]

/** Relationship fields inside blocks, checked to point at documents of the page's belt. */
export const BLOCK_RELATIONS: Record<string, { field: string; collection: string }[]> = {
  hero: [{ field: 'image', collection: SLUGS.media }],
  featuredFactories: [{ field: 'factories', collection: SLUGS.factories }],
  featuredProducts: [{ field: 'products', collection: SLUGS.products }],
  categoryGrid: [{ field: 'categories', collection: SLUGS.categories }],
  video: [{ field: 'poster', collection: SLUGS.media }],
  gallery: [{ field: 'images', collection: SLUGS.media }],
  campaignBanner: [{ field: 'campaign', collection: SLUGS.campaigns }],
  liveLineup: [{ field: 'campaign', collection: SLUGS.campaigns }],
}
