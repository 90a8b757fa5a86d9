import type { DemoCampaign } from '@/seed/types'

/** Zhili's Super Origin Day, running when the demo starts, with round-the-clock live sessions. */
export const zhiliCampaigns: DemoCampaign[] = [
  {
    slug: 'super-origin-day',
    kind: 'super-origin-day',
    name: { zh: '织里童装超级产地日', en: 'Zhili Children’s Wear Super Origin Day' },
    tagline: { zh: '源头工厂直供，节日价限时七天', en: 'Factory-direct, festival prices for seven days' },
    startInHours: -24,
    durationHours: 7 * 24,
    factories: ['zhili-hengyuan', 'zhili-xiaoyun', 'zhili-beiqi'],
    products: ['hengyuan-cotton-romper', 'xiaoyun-tulle-party-dress', 'beiqi-hooded-down-jacket'],
    festivalPriceFactor: 0.85,
    sessions: [
      { factory: 'zhili-beiqi', startInHours: -0.5, durationMinutes: 180, language: 'zh', title: { zh: '北棋：冬季童装羽绒服现场直播', en: 'Beiqi: winter down jackets, live now' } },
      { factory: 'zhili-hengyuan', startInHours: 2, durationMinutes: 90, language: 'zh', title: { zh: '恒源婴童：有机棉连体衣工厂直播', en: 'Hengyuan: organic cotton rompers, live from the factory' } },
      { factory: 'zhili-xiaoyun', startInHours: 9, durationMinutes: 120, language: 'en', title: { zh: '小云童装：礼服裙英文专场', en: 'Xiaoyun: party dresses, English session' } },
      { factory: 'zhili-beiqi', startInHours: 17, durationMinutes: 120, language: 'ru', title: { zh: '北棋：羽绒服俄语专场', en: 'Beiqi: down jackets, Russian session' } },
      { factory: 'zhili-hengyuan', startInHours: 26, durationMinutes: 60, language: 'es', title: { zh: '恒源婴童：拉美买家专场', en: 'Hengyuan: session for Latin American buyers' } },
    ],
  },
]
