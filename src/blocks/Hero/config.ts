import type { Block } from 'payload'

import { SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

import { validateLink } from '../fields'

export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: label('首屏', 'Hero'), plural: label('首屏', 'Heroes') },
  fields: [
    {
      name: 'heading',
      type: 'text',
      required: true,
      localized: true,
      label: label('标题', 'Heading'),
    },
    { name: 'subheading', type: 'text', localized: true, label: label('副标题', 'Subheading') },
    { name: 'image', type: 'upload', relationTo: SLUGS.media, label: label('图片', 'Image') },
    { name: 'linkLabel', type: 'text', localized: true, label: label('按钮文字', 'Button label') },
    {
      name: 'linkURL',
      type: 'text',
      label: label('按钮链接', 'Button link'),
      validate: validateLink,
    },
  ],
}
