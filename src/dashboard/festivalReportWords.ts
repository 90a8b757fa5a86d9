/** The festival report's words in Chinese and English, and its print style (A4). */

export type ReportLanguage = 'zh' | 'en'

export const WORDS = {
  zh: {
    title: '节日活动报告',
    kinds: {
      'super-origin-day': '超级产地日',
      'merchant-festival': '商人节',
      'procurement-festival': '采购节',
      custom: '其他活动',
    } as Record<string, string>,
    window: '活动时间',
    previous: '上届',
    noPrevious: '没有上届（本产业带此前没有已结束的同类活动）',
    figure: '指标',
    current: '本届',
    change: '变化',
    visits: '门户访问',
    campaignPage: '活动页访问',
    factoryPages: '工厂页访问',
    productPages: '产品页访问',
    views: '访问',
    inquiries: '询盘',
    answered: '已回复询盘',
    median: '首次回复时间（中位数）',
    quotes: '报价',
    quoted: '已报价询盘',
    perDay: '每日访问',
    day: '日期',
    topFactories: '询盘最多的工厂',
    topProducts: '访问最多的产品',
    countries: '访客国家和地区',
    rank: '排名',
    factory: '工厂',
    product: '产品',
    country: '国家或地区',
    none: '无',
    showTable: '每日数据',
    notes:
      '访问按 UTC 日统计（活动跨越的每一天的全部访问），不含机器人；询盘为活动期间收到的询盘（不含垃圾信息），首次回复与报价为这些询盘至今的回复。报告不含任何采购商个人信息。',
    generated: '生成时间',
    minutes: (value: number) =>
      value < 60 ? `${value} 分钟` : `${Math.round((value / 60) * 10) / 10} 小时`,
  },
  en: {
    title: 'Festival report',
    kinds: {
      'super-origin-day': 'Super Origin Day',
      'merchant-festival': 'Merchant festival',
      'procurement-festival': 'Procurement festival',
      custom: 'Campaign',
    } as Record<string, string>,
    window: 'Dates',
    previous: 'Last edition',
    noPrevious: 'No last edition (no earlier ended campaign of this kind in the belt)',
    figure: 'Figure',
    current: 'This edition',
    change: 'Change',
    visits: 'Portal visits',
    campaignPage: 'Campaign page visits',
    factoryPages: 'Factory page visits',
    productPages: 'Product page visits',
    views: 'Views',
    inquiries: 'Inquiries',
    answered: 'Inquiries answered',
    median: 'Median first reply',
    quotes: 'Quotations',
    quoted: 'Inquiries quoted',
    perDay: 'Visits per day',
    day: 'Day',
    topFactories: 'Factories asked most',
    topProducts: 'Products viewed most',
    countries: 'Visitors’ countries',
    rank: 'Rank',
    factory: 'Factory',
    product: 'Product',
    country: 'Country or region',
    none: 'None',
    showTable: 'Daily figures',
    notes:
      'Visits are counted per UTC day (every view on each day the campaign touched), bots excluded; inquiries are those received during the campaign (spam excluded), first replies and quotations those sent to them so far. Nothing about any buyer is in this report.',
    generated: 'Generated',
    minutes: (value: number) =>
      value < 60 ? `${value} min` : `${Math.round((value / 60) * 10) / 10} h`,
  },
}

export const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
  color: #1a1a1a; margin: 0 auto; max-width: 182mm; padding: 8mm 0; font-size: 10.5pt;
  line-height: 1.45; }
header { border-bottom: 2px solid #b4532a; margin-bottom: 5mm; }
h1 { font-size: 18pt; margin: 0 0 1mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; }
.meta { color: #555; margin: 0 0 2mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; }
th, td { text-align: left; padding: 1.2mm 2mm; border-bottom: 1px solid #ddd; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: 1mm; }
.up { color: #1d7a3a; } .down { color: #b42a2a; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
figure.chart { margin: 0; } figure.chart table { font-size: 9pt; }
figure.chart svg { max-width: 100%; height: auto; } figure.chart rect { fill: #b4532a; }
figure.chart line { stroke: #888; } figure.chart text { font-size: 11px; fill: #555; }
footer { margin-top: 6mm; color: #666; font-size: 8.5pt; border-top: 1px solid #ddd; padding-top: 2mm; }
section, tr, figure { break-inside: avoid; }
@media print { body { padding: 0; } details { display: none; } }
`
