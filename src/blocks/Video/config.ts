import type { Block } from 'payload'

import { SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

import { validateLink } from '../fields'

export const Video: Block = {
  slug: 'video',
  interfaceName: 'VideoBlock',
  labels: {
    singular: label('视频 / 工厂参观', 'Video / factory tour'),
    plural: label('视频', 'Videos'),
  },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: label('标题', 'Heading') },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: label('视频链接（https）', 'Video link (https)'),
      validate: validateLink,
    },
    {
      name: 'poster',
      type: 'upload',
      relationTo: SLUGS.media,
      label: label('封面图', 'Poster image'),
    },
  ],
}
