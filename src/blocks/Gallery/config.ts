import type { Block } from 'payload'

import { SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

export const Gallery: Block = {
  slug: 'gallery',
  interfaceName: 'GalleryBlock',
  labels: {
    singular: label('图片集', 'Image gallery'),
    plural: label('图片集', 'Image galleries'),
  },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: label('标题', 'Heading') },
    {
      name: 'images',
      type: 'upload',
      relationTo: SLUGS.media,
      hasMany: true,
      required: true,
      maxRows: 24,
      label: label('图片', 'Images'),
    },
  ],
}
