import { label } from '@/utilities/i18n'

/**
 * The value lists that collections, the portal, imports and the security headers share. They
 * live here, below all of them, so that none has to import another's configuration to know them.
 */

export const CAPABILITIES = [
  { value: 'oem', label: label('OEM 代工', 'OEM') },
  { value: 'odm', label: label('ODM 设计生产', 'ODM') },
  { value: 'own-brand', label: label('自有品牌', 'Own brand') },
  { value: 'c2m', label: label('C2M 反向定制', 'C2M reverse customisation') },
]

export const EXPORT_MARKETS = [
  { value: 'domestic', label: label('国内', 'China (domestic)') },
  { value: 'north-america', label: label('北美', 'North America') },
  { value: 'latin-america', label: label('拉美', 'Latin America') },
  { value: 'europe', label: label('欧洲', 'Europe') },
  { value: 'russia-cis', label: label('俄罗斯及独联体', 'Russia & CIS') },
  { value: 'middle-east', label: label('中东', 'Middle East') },
  { value: 'africa', label: label('非洲', 'Africa') },
  { value: 'southeast-asia', label: label('东南亚', 'Southeast Asia') },
  { value: 'japan-korea', label: label('日韩', 'Japan & Korea') },
  { value: 'oceania', label: label('大洋洲', 'Oceania') },
]

export const QUANTITY_UNITS = [
  { value: 'piece', label: label('件', 'piece') },
  { value: 'pair', label: label('双', 'pair') },
  { value: 'set', label: label('套', 'set') },
  { value: 'dozen', label: label('打', 'dozen') },
  { value: 'box', label: label('盒', 'box') },
  { value: 'carton', label: label('箱', 'carton') },
  { value: 'kg', label: label('千克', 'kg') },
  { value: 'meter', label: label('米', 'metre') },
]

export const CURRENCIES = ['CNY', 'USD', 'EUR'] as const

/**
 * Currencies a buyer may read prices in (the exchange-rate table's choices, ISO 4217): the
 * factories' own and those of the markets the belts export to (EXPORT_MARKETS).
 */
export const BUYER_CURRENCIES = [
  { value: 'CNY', label: label('人民币 CNY', 'Chinese yuan CNY') },
  { value: 'USD', label: label('美元 USD', 'US dollar USD') },
  { value: 'EUR', label: label('欧元 EUR', 'Euro EUR') },
  { value: 'GBP', label: label('英镑 GBP', 'Pound sterling GBP') },
  { value: 'RUB', label: label('俄罗斯卢布 RUB', 'Russian rouble RUB') },
  { value: 'KZT', label: label('哈萨克斯坦坚戈 KZT', 'Kazakhstani tenge KZT') },
  { value: 'AED', label: label('阿联酋迪拉姆 AED', 'UAE dirham AED') },
  { value: 'SAR', label: label('沙特里亚尔 SAR', 'Saudi riyal SAR') },
  { value: 'TRY', label: label('土耳其里拉 TRY', 'Turkish lira TRY') },
  { value: 'INR', label: label('印度卢比 INR', 'Indian rupee INR') },
  { value: 'JPY', label: label('日元 JPY', 'Japanese yen JPY') },
  { value: 'KRW', label: label('韩元 KRW', 'South Korean won KRW') },
  { value: 'BRL', label: label('巴西雷亚尔 BRL', 'Brazilian real BRL') },
  { value: 'MXN', label: label('墨西哥比索 MXN', 'Mexican peso MXN') },
  { value: 'NGN', label: label('尼日利亚奈拉 NGN', 'Nigerian naira NGN') },
  { value: 'AUD', label: label('澳大利亚元 AUD', 'Australian dollar AUD') },
]

export const CUSTOMISATIONS = [
  { value: 'logo', label: label('印标/Logo', 'Logo') },
  { value: 'packaging', label: label('包装', 'Packaging') },
  { value: 'colour', label: label('颜色', 'Colour') },
  { value: 'size', label: label('尺码', 'Size') },
  { value: 'material', label: label('材质', 'Material') },
  { value: 'design', label: label('来图来样', 'Design from sample') },
]

/** Hosts whose players may be embedded in a portal page (others are shown as a link). */
export const EMBED_HOSTS = [
  'www.youtube-nocookie.com',
  'www.youtube.com',
  'player.bilibili.com',
  'v.qq.com',
  'player.vimeo.com',
]

export const STREAM_HOSTS = [
  'live.bilibili.com',
  'player.bilibili.com',
  'www.youtube.com',
  'www.youtube-nocookie.com',
  'live.douyin.com',
  'v.qq.com',
  'player.vimeo.com',
]
