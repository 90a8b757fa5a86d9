import type { Block } from 'payload'

import { SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

export const CampaignBanner: Block = {
  slug: 'campaignBanner',
  interfaceName: 'CampaignBannerBlock',
  labels: {
    singular: label('活动横幅（倒计时）', 'Campaign banner (countdown)'),
    plural: label('活动横幅', 'Campaign banners'),
  },
  fields: [
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: SLUGS.campaigns,
      required: true,
      label: label('活动', 'Campaign'),
    },
    { name: 'text', type: 'text', localized: true, label: label('说明', 'Text') },
  ],
}
