import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { type ChandiUser, sameID } from '@/access/roles'
import { findTierProblem } from '@/fields/priceTiers'
import { letEventLoopGo } from '@/utilities/eventLoop'
import type { Bilingual } from '@/utilities/i18n'

import { CellError, matchHeaders, type ImportKind, type Tier } from './columns'
import type { Sheet } from './read'

// The pure half of an import: cells to values, and each row against what the belt already
// holds to a planned create, update, no change or refusal. Nothing here reads or writes.

export type Problem = { row: number; column: string; zh: string; en: string }
export type Action = 'create' | 'update' | 'unchanged' | 'error'
export type Outcome = { row: number; key: string; action: Action }

export type ImportScope = {
  payload: Payload
  user: ChandiUser & { collection: 'users' }
  belt: number | string
  kind: ImportKind
  /** Products: the factory rows without a factory column belong to. */
  defaultFactory?: number | string | null
  allowNewCategories: boolean
  /** The images ZIP's contents; null when none was uploaded (the images column is then left alone). */
  images: Map<string, { name: string; data: Buffer }> | null
}

export type Values = Record<string, unknown>
export type Prepared = { row: number; values: Values; problems: Problem[] }

const isBilingual = (value: unknown): value is Bilingual =>
  !!value && typeof value === 'object' && 'zh' in value && 'en' in value

/** Parses each row's cells by their column; a cell that does not parse is that row's problem. */
export const prepareRows = async (kind: ImportKind, sheet: Sheet, firstRow: number) => {
  const { byHeader, unknown, missing } = matchHeaders(kind, sheet.headers)
  const prepared: Prepared[] = []
  for (const [index, cells] of sheet.rows.entries()) {
    // Let the event loop go now and then: a 100,000-row file takes a while to check.
    if (index % 2000 === 1999) await letEventLoopGo()
    const row = firstRow + index
    const values: Values = {}
    const problems: Problem[] = []
    byHeader.forEach((column, position) => {
      if (!column) return
      const cell = String(cells[position] ?? '').trim()
      if (cell === '') {
        if (column.required)
          problems.push({
            row,
            column: column.key,
            zh: `${column.label.zh}：必填`,
            en: `${column.key}: required`,
          })
        return
      }
      try {
        values[column.key] = column.parse ? column.parse(cell) : cell
      } catch (error) {
        const text = isBilingual(error)
          ? error
          : error instanceof CellError
            ? error.text
            : { zh: String(error), en: String(error) }
        problems.push({
          row,
          column: column.key,
          zh: `${column.label.zh}：${text.zh}`,
          en: `${column.key}: ${text.en}`,
        })
      }
    })
    prepared.push({ row, values, problems })
  }
  return { prepared, unknown, missing }
}

/** The fingerprint of what a row sets; the same file imported twice changes nothing. */
export const fingerprint = (values: Values, images: { name: string; size: number }[]) =>
  crypto.createHash('sha256').update(JSON.stringify({ values, images })).digest('hex').slice(0, 32)

export const problem = (row: number, column: string, zh: string, en: string): Problem => ({
  row,
  column,
  zh,
  en: `${column}: ${en}`,
})

export const toSlug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

export type Existing = {
  id: number | string
  importHash?: string | null
  factory?: unknown
  slug?: string
  sku?: string | null
}

/** What the belt already holds, as the plan needs it; `seen` fills as rows are planned (duplicates). */
export type Known = {
  kind: ImportKind
  isOperator: boolean
  ownFactory: number | string | null
  defaultFactory?: number | string | null
  allowNewCategories: boolean
  images: ImportScope['images']
  factoryBySlug: Map<string, Existing>
  productByKey: Map<string, Existing>
  categoryByPath: Map<string, number | string>
  seen: Map<string, number>
}

/**
 * One row's plan: its stable key (factory slug; factory + SKU), the document it updates if any,
 * its problems, its fingerprint and so what the run would do with it.
 */
export const planRow = (known: Known, item: Prepared) => {
  const { isOperator, ownFactory, factoryBySlug, productByKey, categoryByPath, seen } = known
  const { row } = item
  const values = { ...item.values }
  if (!known.images) delete values.images
  const rowProblems = [...item.problems]
  let key = ''
  let target: Existing | undefined
  let factoryID: number | string | null = null
  const imageNames = (values.images as string[] | undefined) ?? []

  if (known.kind === 'factories') {
    key = String(values.slug ?? '')
    target = factoryBySlug.get(key)
    if (!isOperator)
      rowProblems.push(
        problem(
          row,
          'slug',
          '只有产业带运营方可以导入工厂',
          'only the belt’s operator imports factories',
        ),
      )
  } else {
    const factorySlug = values.factory as string | undefined
    if (factorySlug) {
      const factory = factoryBySlug.get(factorySlug)
      if (!factory)
        rowProblems.push(
          problem(
            row,
            'factory',
            `本产业带没有工厂“${factorySlug}”`,
            `no factory "${factorySlug}" in this belt`,
          ),
        )
      else factoryID = factory.id
    } else if (known.defaultFactory !== undefined && known.defaultFactory !== null) {
      factoryID = known.defaultFactory
    } else if (ownFactory !== null && !isOperator) {
      factoryID = ownFactory
    } else {
      rowProblems.push(problem(row, 'factory', '工厂标识：必填', 'required'))
    }
    if (factoryID !== null && !isOperator && !sameID(factoryID as never, ownFactory as never)) {
      rowProblems.push(
        problem(
          row,
          'factory',
          '只能导入自己工厂的产品',
          'you can only import your own factory’s products',
        ),
      )
    }
    key = `${factoryID}|${values.sku ?? ''}`
    target = productByKey.get(key)
    const tiers = values.price_tiers as Tier[] | undefined
    if (tiers) {
      const tierProblem = findTierProblem({
        tiers,
        moq: values.moq as number | undefined,
        path: 'price_tiers',
      })
      if (tierProblem)
        rowProblems.push(
          problem(row, 'price_tiers', `阶梯价：${tierProblem.message.zh}`, tierProblem.message.en),
        )
    }
    const category = values.category as string | undefined
    if (
      category &&
      !categoryByPath.has(
        category
          .split(/[/／>＞]/)
          .map((part) => part.trim())
          .filter(Boolean)
          .join('/'),
      ) &&
      !known.allowNewCategories
    ) {
      rowProblems.push(
        problem(
          row,
          'category',
          `类目“${category}”不存在（本次导入不允许新建类目）`,
          `category "${category}" does not exist, and this import may not create categories`,
        ),
      )
    }
    for (const name of imageNames) {
      if (!known.images!.has(name.toLowerCase()))
        rowProblems.push(
          problem(
            row,
            'images',
            `图片“${name}”不在上传的 ZIP 中`,
            `image "${name}" is not in the uploaded ZIP`,
          ),
        )
    }
  }
  const duplicateOf = seen.get(key)
  if (duplicateOf !== undefined && key)
    rowProblems.push(
      problem(
        row,
        known.kind === 'factories' ? 'slug' : 'sku',
        `与第 ${duplicateOf} 行重复`,
        `repeats row ${duplicateOf}`,
      ),
    )
  if (key) seen.set(key, row)

  const hash = fingerprint(
    values,
    imageNames.map((name) => ({
      name,
      size: known.images?.get(name.toLowerCase())?.data.length ?? 0,
    })),
  )
  const action: Action = rowProblems.length
    ? 'error'
    : !target
      ? 'create'
      : target.importHash === hash
        ? 'unchanged'
        : 'update'
  return { row, values, key, target, factoryID, problems: rowProblems, hash, action }
}
