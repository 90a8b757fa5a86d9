import type { Block } from 'payload'

import { SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

export const LiveLineup: Block = {
  slug: 'liveLineup',
  interfaceName: 'LiveLineupBlock',
  labels: {
    singular: label('直播安排', 'Live-session line-up'),
    plural: label('直播安排', 'Live-session line-ups'),
  },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: label('标题', 'Heading') },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: SLUGS.campaigns,
      label: label('只显示该活动的直播（可选）', 'Only this campaign’s sessions (optional)'),
    },
    {
      name: 'limit',
      type: 'number',
      min: 1,
      max: 50,
      defaultValue: 6,
      label: label('显示场数', 'How many'),
    },
  ],
}
