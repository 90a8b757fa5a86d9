import type { DemoCampaign } from '@/seed/types'

/** Yiwu's winter merchant festival, starting a week after the demo is loaded. */
export const yiwuCampaigns: DemoCampaign[] = [
  {
    slug: 'winter-merchant-festival',
    kind: 'merchant-festival',
    edition: 'winter',
    name: { zh: '义乌冬季商人节', en: 'Yiwu Winter Merchant Festival' },
    tagline: { zh: '圣诞与新年备货，一站采齐', en: 'Stock up for Christmas and New Year in one place' },
    startInHours: 7 * 24,
    durationHours: 10 * 24,
    factories: ['yiwu-xingcai', 'yiwu-wenlin'],
    products: ['xingcai-shatterproof-baubles', 'wenlin-gel-pens'],
    festivalPriceFactor: 0.9,
    sessions: [
      { factory: 'yiwu-xingcai', startInHours: 7 * 24 + 2, durationMinutes: 90, language: 'en', title: { zh: '星彩：圣诞装饰英文专场', en: 'Xingcai: Christmas decorations, English session' } },
      { factory: 'yiwu-wenlin', startInHours: 7 * 24 + 20, durationMinutes: 60, language: 'ar', title: { zh: '文林：中东买家专场', en: 'Wenlin: session for Middle East buyers' } },
    ],
  },
]
