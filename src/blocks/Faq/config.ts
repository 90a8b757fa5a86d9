import type { Block } from 'payload'

import { label } from '@/utilities/i18n'

export const Faq: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: label('常见问题', 'FAQ'), plural: label('常见问题', 'FAQs') },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: label('标题', 'Heading') },
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 30,
      label: label('问答', 'Questions'),
      labels: { singular: label('问答', 'Question'), plural: label('问答', 'Questions') },
      fields: [
        {
          name: 'question',
          type: 'text',
          required: true,
          localized: true,
          label: label('问题', 'Question'),
        },
        {
          name: 'answer',
          type: 'textarea',
          required: true,
          localized: true,
          label: label('回答', 'Answer'),
        },
      ],
    },
  ],
}
