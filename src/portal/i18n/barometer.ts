import type { UILocale } from '@/constants'

/** The barometer's words (src/renderer/routes/barometer.tsx): Chinese and English, others read English. */
const zh = {
  title: '产业带晴雨表',
  intro: '产业带的公开数据：在线工厂、产品、询盘、回复速度和访客，近 12 周的趋势。',
  hubIntro: '各产业带本周的活跃度（询盘 + 新产品 + 访问量），由高到低排列。',
  week: '周（起始日）',
  factories: '工厂',
  verifiedShare: '已认证比例',
  products: '产品',
  newProducts: '每周新产品',
  inquiries: '每周询盘',
  replyTime: '首次回复时间中位数（小时，近 12 周）',
  noReplies: '近 12 周没有回复',
  visits: '每周访问量',
  categories: '热门类目',
  category: '类目',
  countries: '买家国家和地区',
  country: '国家或地区',
  unknownCountry: '未知',
  belt: '产业带',
  activity: '本周活跃度',
  hidden: '未公开',
  noData: '暂无数据',
  weeksFrom: '12 周',
}
export type BarometerWords = typeof zh

const en: BarometerWords = {
  title: 'Belt barometer',
  intro:
    'The belt’s public figures: factories online, products, inquiries, how fast factories answer and who visits, with 12-week trends.',
  hubIntro:
    'Every belt’s activity this week (inquiries + new products + visits), most active first.',
  week: 'Week (from)',
  factories: 'Factories',
  verifiedShare: 'Verified share',
  products: 'Products',
  newProducts: 'New products per week',
  inquiries: 'Inquiries per week',
  replyTime: 'Median first-reply time (hours, last 12 weeks)',
  noReplies: 'No replies in the last 12 weeks',
  visits: 'Visits per week',
  categories: 'Top categories',
  category: 'Category',
  countries: 'Buyers’ countries',
  country: 'Country or region',
  unknownCountry: 'Unknown',
  belt: 'Belt',
  activity: 'Activity this week',
  hidden: 'Not public',
  noData: 'No data yet',
  weeksFrom: '12 weeks',
}

export const BAROMETER_WORDS: Record<UILocale, BarometerWords> = { zh, en, ru: en, ar: en, es: en }
