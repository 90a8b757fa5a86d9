import { CAPABILITIES, EXPORT_MARKETS } from '@/vocabulary'
import { CURRENCIES, CUSTOMISATIONS, QUANTITY_UNITS } from '@/vocabulary'
import { SLUG_PATTERN } from '@/constants'
import type { Bilingual } from '@/utilities/i18n'

export const IMPORT_KINDS = ['factories', 'products'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

/** A refusal of one cell: the row is reported and skipped, the others go on. */
export class CellError extends Error {
  constructor(
    readonly column: string,
    readonly text: Bilingual,
  ) {
    super(text.en)
  }
}

type Option = { value: string; label: Bilingual }

export type Column = {
  key: string
  label: Bilingual
  required?: boolean
  example: string
  /** Turns the cell into a value (undefined: leave the field alone). */
  parse?: (cell: string) => unknown
}

const bad = (zh: string, en: string): Bilingual => ({ zh, en })

const text = (max: number) => (cell: string) => {
  if (cell.length > max) throw bad(`最多 ${max} 个字符`, `${max} characters at most`)
  return cell
}

const integer = (min: number, max: number) => (cell: string) => {
  const value = Number(cell.replace(/[,，\s]/g, ''))
  if (!Number.isInteger(value) || value < min || value > max)
    throw bad(`须为 ${min} 到 ${max} 之间的整数`, `must be a whole number from ${min} to ${max}`)
  return value
}

const LIST = /[;；,，、\n]+/

/** Select options by value or by either label: "oem", "OEM 代工", "OEM". */
const options = (list: Option[]) => (cell: string) =>
  cell
    .split(LIST)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const lower = item.toLowerCase()
      const found = list.find(
        (option) =>
          option.value === lower ||
          option.label.zh === item ||
          option.label.en.toLowerCase() === lower,
      )
      if (!found)
        throw bad(
          `未知选项“${item}”；可用：${list.map((option) => option.label.zh).join('、')}`,
          `unknown option "${item}"; use one of ${list.map((option) => option.value).join(', ')}`,
        )
      return found.value
    })

const one = (list: Option[]) => (cell: string) => {
  const values = options(list)(cell)
  if (values.length !== 1) throw bad('只能填一个值', 'one value only')
  return values[0]
}

const slug = (cell: string) => {
  const value = cell.trim().toLowerCase()
  if (!SLUG_PATTERN.test(value) || value.length > 80)
    throw bad(
      '只能使用小写字母、数字和单个连字符',
      'use lower-case letters, digits and single hyphens',
    )
  return value
}

const status = (cell: string) => {
  const value = cell.trim().toLowerCase()
  if (['published', '发布', '已发布', ''].includes(value)) return 'published'
  if (['draft', '草稿'].includes(value)) return 'draft'
  throw bad('填“发布”或“草稿”', 'use "published" or "draft"')
}

const yesNo = (cell: string) => {
  const value = cell.trim().toLowerCase()
  if (['yes', 'y', 'true', '1', '是', '有'].includes(value)) return true
  if (['no', 'n', 'false', '0', '否', '无'].includes(value)) return false
  throw bad('填“是”或“否”', 'use "yes" or "no"')
}

export type Tier = { minQuantity: number; maxQuantity?: number; unitPrice: number }

/** "100-499:3.20; 500+:2.90" (也可用全角符号) → price tiers, in the order written. */
export const parseTiers = (cell: string): Tier[] =>
  cell
    .replace(/：/g, ':')
    .replace(/～|~|—|–/g, '-')
    .split(/[;；\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = part.match(/^(\d+)\s*(?:-\s*(\d+)|\+|-)?\s*:\s*(\d+(?:\.\d+)?)$/)
      if (!match)
        throw bad(
          `无法识别“${part}”，格式如 100-499:3.20; 500+:2.90`,
          `cannot read "${part}"; write e.g. 100-499:3.20; 500+:2.90`,
        )
      return {
        minQuantity: Number(match[1]),
        ...(match[2] ? { maxQuantity: Number(match[2]) } : {}),
        unitPrice: Number(match[3]),
      }
    })

/** "材质=纯棉; 克重=180g" → spec rows. */
export const parseSpecs = (cell: string) =>
  cell
    .split(/[;；\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [key, ...rest] = part.split(/[=＝]/)
      const value = rest.join('=').trim()
      if (!key?.trim() || !value)
        throw bad(
          `无法识别“${part}”，格式如 材质=纯棉`,
          `cannot read "${part}"; write e.g. Material=cotton`,
        )
      return { key: key.trim(), value }
    })

export const parseList = (cell: string) =>
  cell
    .split(/[;；,，\n]+/)
    .map((item) => item.trim())
    .filter(Boolean)

const col = (
  key: string,
  zh: string,
  en: string,
  example: string,
  parse?: Column['parse'],
  required = false,
): Column => ({ key, label: { zh, en }, example, parse, required })

export const COLUMNS: Record<ImportKind, Column[]> = {
  factories: [
    col('slug', '工厂标识', 'Slug', 'zhili-example', slug, true),
    col('name_zh', '工厂名称', 'Name (Chinese)', '湖州示例童装有限公司', text(200), true),
    col('name_en', '英文名称', 'Name (English)', 'Huzhou Example Kidswear Co., Ltd.', text(200)),
    col('summary_zh', '简介', 'Summary (Chinese)', '专业生产婴幼儿服装二十年', text(600)),
    col(
      'summary_en',
      '英文简介',
      'Summary (English)',
      'Baby clothing maker for twenty years',
      text(600),
    ),
    col('founded_year', '成立年份', 'Founded', '2005', integer(1800, 2100)),
    col('staff', '员工人数', 'Staff', '120', integer(1, 1_000_000)),
    col(
      'main_products_zh',
      '主营产品',
      'Main products (Chinese)',
      '婴儿连体衣、童装套装',
      text(300),
    ),
    col(
      'main_products_en',
      '英文主营产品',
      'Main products (English)',
      'Baby rompers, kids sets',
      text(300),
    ),
    col('capabilities', '合作方式', 'Capabilities', 'OEM; ODM', options(CAPABILITIES)),
    col(
      'export_markets',
      '出口市场',
      'Export markets',
      'europe; north-america',
      options(EXPORT_MARKETS),
    ),
    col('address_zh', '地址', 'Address (Chinese)', '浙江省湖州市吴兴区织里镇', text(300)),
    col('contact_person', '联系人', 'Contact person', '王经理', text(100)),
    col('contact_email', '联系邮箱', 'Contact e-mail', 'sales@example.com', (cell) => {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(cell))
        throw bad('邮箱格式不正确', 'not an e-mail address')
      return cell.toLowerCase()
    }),
    col('contact_phone', '联系电话', 'Contact phone', '+86 572 000 0000', text(40)),
    col('contact_wechat', '微信', 'WeChat', 'example-sales', text(60)),
    col('tour_video_url', '参观视频链接', 'Tour video URL', '', (cell) => {
      if (!/^https:\/\/\S+$/.test(cell))
        throw bad('须为 https:// 开头的链接', 'must be an https:// link')
      return cell
    }),
    col('status', '状态', 'Status', '发布', status),
  ],
  products: [
    col('factory', '工厂标识', 'Factory slug', 'zhili-example', slug),
    col(
      'sku',
      '货号',
      'SKU',
      'EX-1001',
      (cell) => {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(cell))
          throw bad(
            '只能使用字母、数字、点、下划线和连字符',
            'use letters, digits, dots, underscores and hyphens',
          )
        return cell
      },
      true,
    ),
    col('slug', '产品标识', 'Slug', 'example-romper', slug),
    col('name_zh', '产品名称', 'Name (Chinese)', '婴儿纯棉连体衣', text(200), true),
    col('name_en', '英文名称', 'Name (English)', 'Baby cotton romper', text(200)),
    col('category', '类目路径', 'Category path', '童装/婴儿服', text(300)),
    col('moq', '起订量', 'MOQ', '300', integer(1, 1e9), true),
    col('unit', '单位', 'Unit', '件', one(QUANTITY_UNITS), true),
    col('currency', '币种', 'Currency', 'CNY', (cell) => {
      const value = cell.trim().toUpperCase()
      if (!(CURRENCIES as readonly string[]).includes(value))
        throw bad(
          `币种须为 ${CURRENCIES.join('、')}`,
          `currency must be one of ${CURRENCIES.join(', ')}`,
        )
      return value
    }),
    col('price_tiers', '阶梯价', 'Price tiers', '300-999:12.5; 1000+:10.8', parseTiers, true),
    col('lead_time_days', '交期（天）', 'Lead time (days)', '15', integer(1, 365)),
    col('sample', '可提供样品', 'Samples', '是', yesNo),
    col('customisation', '可定制项', 'Customisation', 'logo; packaging', options(CUSTOMISATIONS)),
    col('summary_zh', '简介', 'Summary (Chinese)', 'A 类纯棉，柔软透气', text(600)),
    col(
      'summary_en',
      '英文简介',
      'Summary (English)',
      'Class A cotton, soft and breathable',
      text(600),
    ),
    col('specs_zh', '规格参数', 'Specifications (Chinese)', '材质=纯棉; 克重=180g', parseSpecs),
    col(
      'specs_en',
      '英文规格参数',
      'Specifications (English)',
      'Material=cotton; Weight=180 g',
      parseSpecs,
    ),
    col('images', '图片文件名', 'Image file names', 'romper-1.jpg; romper-2.jpg', parseList),
    col('status', '状态', 'Status', '发布', status),
  ],
}

/** The header a template carries: Chinese, then the key ("工厂标识 slug"). */
export const headerOf = (column: Column) => `${column.label.zh} ${column.key}`

const norm = (value: string) => value.toLowerCase().replace(/[\s_()（）*＊]/g, '')

/**
 * Which column each header is: by its key, its Chinese or English label, or the template's
 * "中文 key" form. Unknown headers are reported as warnings and ignored.
 */
export const matchHeaders = (kind: ImportKind, headers: string[]) => {
  const columns = COLUMNS[kind]
  const byHeader: (Column | null)[] = headers.map((header) => {
    const wanted = norm(header)
    if (!wanted) return null
    return (
      columns.find((column) =>
        [column.key, column.label.zh, column.label.en, headerOf(column)].some(
          (name) => norm(name) === wanted,
        ),
      ) ?? null
    )
  })
  const unknown = headers.filter((header, index) => header && !byHeader[index])
  const missing = columns.filter((column) => column.required && !byHeader.includes(column))
  return { byHeader, unknown, missing }
}
