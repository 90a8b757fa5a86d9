import type { Block } from 'payload'

import { label } from '@/utilities/i18n'

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: label('图文', 'Rich text'), plural: label('图文', 'Rich text') },
  fields: [
    {
      name: 'content',
      type: 'richText',
      required: true,
      localized: true,
      label: label('内容', 'Content'),
    },
  ],
}
