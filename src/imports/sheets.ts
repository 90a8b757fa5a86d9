import ExcelJS from 'exceljs'
import { stringify } from 'csv-stringify/sync'
import type { Payload, Where } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'

import { COLUMNS, headerOf, type ImportKind } from './columns'

export type Format = 'csv' | 'xlsx'

export const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/**
 * A cell Excel or LibreOffice would evaluate as a formula when it opens a CSV (OWASP's CSV
 * injection list). Also those already starting with our quote before such a character, so that
 * `unneutralise` undoes `neutralise` exactly.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/
/**
 * A plain number, signed or not: Excel reads it as a number, never a formula, so a negative
 * quantity or price stays a number in its column instead of turning into text.
 */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/

/** OWASP's rule: a leading single quote makes the spreadsheet show the cell as text. */
export const neutralise = (cell: string) =>
  FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell

/** Reading a CSV back: the quote our export added is not part of the value. */
export const unneutralise = (cell: string) =>
  /^'+[=+\-@\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell

/**
 * CSV in UTF-8 with a byte-order mark, which Excel needs to read Chinese correctly. Every cell
 * is neutralised: a product name like `=HYPERLINK(...)` would otherwise run on the operator's
 * machine when the export is opened.
 */
export const toCsv = (header: string[], rows: (string | number)[][]) =>
  Buffer.from(
    `\ufeff${stringify([header, ...rows].map((row) => row.map((cell) => neutralise(String(cell ?? '')))))}`,
    'utf8',
  )

export const toXlsx = async (sheetName: string, header: string[], rows: (string | number)[][]) => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  sheet.addRow(header).font = { bold: true }
  // Strings stay strings in XLSX (ExcelJS writes a formula only from `{ formula }`), so no quote;
  // numbers stay numbers.
  for (const row of rows) sheet.addRow(row)
  sheet.columns.forEach((column) => (column.width = 20))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const toFile = (
  format: Format,
  sheetName: string,
  header: string[],
  rows: (string | number)[][],
) => (format === 'xlsx' ? toXlsx(sheetName, header, rows) : Promise.resolve(toCsv(header, rows)))

/** The template of a kind: bilingual headers and one example row. */
export const template = (kind: ImportKind, format: Format) => {
  const columns = COLUMNS[kind]
  return toFile(format, kind, columns.map(headerOf), [columns.map((column) => column.example)])
}

type Localized<T = string> = { zh?: T | null; en?: T | null } | null | undefined

const list = (values: unknown) => (Array.isArray(values) ? values.join('; ') : '')
const num = (value: unknown) => (value === null || value === undefined ? '' : String(value))

/**
 * Exports a kind as the importing user may read it: the same access rules as the API (a
 * factory member gets their own products, an operator their belt, never another's), in the
 * template's columns, so the file imports back as it is.
 */
export const exportRows = async (
  payload: Payload,
  user: ChandiUser,
  kind: ImportKind,
  belt?: number | string,
) => {
  const where: Where = belt !== undefined ? { tenant: { equals: belt } } : {}
  const rows: string[][] = []
  const factorySlugs = new Map<string, string>()
  const categoryPaths = new Map<string, string>()
  if (kind === 'products') {
    const factories = await payload.find({
      collection: SLUGS.factories,
      where,
      depth: 0,
      limit: 0,
      pagination: false,
      user,
      overrideAccess: false,
      draft: true,
      select: { slug: true },
    })
    for (const doc of factories.docs) factorySlugs.set(String(doc.id), String(doc.slug))
    const categories = await payload.find({
      collection: SLUGS.categories,
      where,
      depth: 0,
      pagination: false,
      user,
      overrideAccess: false,
      locale: 'zh',
      select: { name: true, parent: true },
    })
    const byID = new Map(categories.docs.map((doc) => [String(doc.id), doc]))
    const pathOf = (id: string, depth = 0): string => {
      const doc = byID.get(id)
      if (!doc || depth > 10) return ''
      const parent = idOf(doc.parent as never)
      return parent === null ? String(doc.name) : `${pathOf(String(parent), depth + 1)}/${doc.name}`
    }
    for (const id of byID.keys()) categoryPaths.set(id, pathOf(id))
  }
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection: kind === 'factories' ? SLUGS.factories : SLUGS.products,
      where,
      depth: 1,
      limit: 500,
      page,
      locale: 'all',
      user,
      overrideAccess: false,
      draft: true,
      sort: 'createdAt',
    })
    for (const raw of result.docs as unknown as Record<string, unknown>[]) {
      const zh = (field: string) => ((raw[field] as Localized)?.zh ?? '') as string
      const en = (field: string) => ((raw[field] as Localized)?.en ?? '') as string
      const status = raw._status === 'draft' ? 'draft' : 'published'
      if (kind === 'factories') {
        const contact = (raw.contact ?? {}) as Record<string, string | null>
        rows.push([
          String(raw.slug),
          zh('name'),
          en('name'),
          zh('summary'),
          en('summary'),
          num(raw.foundedYear),
          num(raw.staffCount),
          zh('mainProducts'),
          en('mainProducts'),
          list(raw.capabilities),
          list(raw.exportMarkets),
          zh('address'),
          contact.person ?? '',
          contact.email ?? '',
          contact.phone ?? '',
          contact.wechat ?? '',
          String(raw.tourVideoUrl ?? ''),
          status,
        ])
      } else {
        const moq = (raw.moq ?? {}) as { quantity?: number; unit?: string }
        const tiers = (
          (raw.priceTiers ?? []) as {
            minQuantity: number
            maxQuantity?: number | null
            unitPrice: number
          }[]
        )
          .map(
            (tier) =>
              `${tier.minQuantity}${tier.maxQuantity ? `-${tier.maxQuantity}` : '+'}:${tier.unitPrice}`,
          )
          .join('; ')
        const specs = (raw.specs ?? []) as { key: Localized; value: Localized }[]
        const specText = (locale: 'zh' | 'en') =>
          specs
            .filter((spec) => spec.key?.[locale] && spec.value?.[locale])
            .map((spec) => `${spec.key![locale]}=${spec.value![locale]}`)
            .join('; ')
        const images = ((raw.images ?? []) as { filename?: string }[])
          .map((image) => image?.filename ?? '')
          .filter(Boolean)
        const factoryID = String(idOf(raw.factory as never))
        const categoryID = idOf(raw.category as never)
        rows.push([
          factorySlugs.get(factoryID) ?? (raw.factory as { slug?: string })?.slug ?? '',
          String(raw.sku ?? ''),
          String(raw.slug),
          zh('name'),
          en('name'),
          categoryID === null ? '' : (categoryPaths.get(String(categoryID)) ?? ''),
          num(moq.quantity),
          moq.unit ?? '',
          String(raw.currency ?? ''),
          tiers,
          num(raw.leadTimeDays),
          raw.sampleAvailable === false ? 'no' : 'yes',
          list(raw.customisation),
          zh('summary'),
          en('summary'),
          specText('zh'),
          specText('en'),
          images.join('; '),
          status,
        ])
      }
    }
    if (!result.hasNextPage) break
  }
  return { header: COLUMNS[kind].map(headerOf), rows }
}
