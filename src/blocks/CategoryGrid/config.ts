import type { Block } from 'payload'

import { SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

export const CategoryGrid: Block = {
  slug: 'categoryGrid',
  interfaceName: 'CategoryGridBlock',
  labels: {
    singular: label('类目导航', 'Category grid'),
    plural: label('类目导航', 'Category grids'),
  },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: label('标题', 'Heading') },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: SLUGS.categories,
      hasMany: true,
      required: true,
      maxRows: 24,
      label: label('类目', 'Categories'),
    },
  ],
}
