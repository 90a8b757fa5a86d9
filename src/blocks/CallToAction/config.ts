import type { Block } from 'payload'

import { label } from '@/utilities/i18n'

import { validateLink } from '../fields'

export const CallToAction: Block = {
  slug: 'cta',
  interfaceName: 'CallToActionBlock',
  labels: {
    singular: label('行动号召', 'Call to action'),
    plural: label('行动号召', 'Calls to action'),
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      required: true,
      localized: true,
      label: label('标题', 'Heading'),
    },
    { name: 'text', type: 'textarea', localized: true, label: label('说明', 'Text') },
    {
      name: 'linkLabel',
      type: 'text',
      required: true,
      localized: true,
      label: label('按钮文字', 'Button label'),
    },
    {
      name: 'linkURL',
      type: 'text',
      required: true,
      label: label('按钮链接', 'Button link'),
      validate: validateLink,
    },
  ],
}
