import type { Block } from 'payload'

import { label } from '@/utilities/i18n'

export const KeyFigures: Block = {
  slug: 'keyFigures',
  interfaceName: 'KeyFiguresBlock',
  labels: { singular: label('关键数据', 'Key figures'), plural: label('关键数据', 'Key figures') },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: label('标题', 'Heading') },
    {
      name: 'figures',
      type: 'array',
      maxRows: 8,
      label: label('数据（留空则用产业带的关键数据）', 'Figures (empty: the belt’s own)'),
      labels: { singular: label('数据', 'Figure'), plural: label('数据', 'Figures') },
      fields: [
        { name: 'value', type: 'text', required: true, label: label('数值', 'Value') },
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          label: label('说明', 'Label'),
        },
      ],
    },
  ],
}
