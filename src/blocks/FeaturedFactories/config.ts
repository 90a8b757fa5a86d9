import type { Block } from 'payload'

import { SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

export const FeaturedFactories: Block = {
  slug: 'featuredFactories',
  interfaceName: 'FeaturedFactoriesBlock',
  labels: {
    singular: label('推荐工厂', 'Featured factories'),
    plural: label('推荐工厂', 'Featured factories'),
  },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: label('标题', 'Heading') },
    {
      name: 'factories',
      type: 'relationship',
      relationTo: SLUGS.factories,
      hasMany: true,
      required: true,
      maxRows: 12,
      label: label('工厂', 'Factories'),
    },
  ],
}
