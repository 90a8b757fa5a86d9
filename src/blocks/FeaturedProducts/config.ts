import type { Block } from 'payload'

import { SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

export const FeaturedProducts: Block = {
  slug: 'featuredProducts',
  interfaceName: 'FeaturedProductsBlock',
  labels: {
    singular: label('推荐产品', 'Featured products'),
    plural: label('推荐产品', 'Featured products'),
  },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: label('标题', 'Heading') },
    {
      name: 'products',
      type: 'relationship',
      relationTo: SLUGS.products,
      hasMany: true,
      required: true,
      maxRows: 12,
      label: label('产品', 'Products'),
    },
  ],
}
