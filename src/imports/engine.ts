import { createLocalReq } from 'payload'

import { getBeltIDs, getFactoryID, isOperatorOf, isPlatformAdmin, sameID } from '@/access/roles'
import { BELT_ROLES, SLUGS } from '@/constants'
import { letEventLoopGo } from '@/utilities/eventLoop'

import { canWriteInBulk, type NewProduct, productFields, writeProducts } from './bulk'
import { checkFields } from './fieldChecks'
import {
  type Action,
  type ImportScope,
  type Known,
  type Outcome,
  planRow,
  type Prepared,
  problem,
  type Problem,
  type Values,
} from './plan'
import { findAll, loadBelt } from './load'
import {
  type Helpers,
  linkMakers,
  productData,
  writeFactory,
  writeProblems,
  writeProduct,
} from './write'

export type { Action, ImportScope, Outcome, Problem } from './plan'
export { prepareRows } from './plan'

// Load, plan, write: what the belt holds is loaded by load.ts, each row planned by plan.ts, and
// the planned creates and updates written here (in batches by bulk.ts, or one by one by write.ts).

/**
 * Checks (and, in run mode, writes) the rows of one import. Every row is scoped: it lands in the
 * import's belt, a factory member's rows only in their own factory, and every write goes
 * through the Local API as the importing user, so the same access rules and hooks as the admin
 * apply. Upserts by the stable key (factory slug; product SKU within its factory); a row whose
 * fingerprint matches what an earlier import wrote is left alone.
 */
export const processRows = async (
  scope: ImportScope,
  prepared: Prepared[],
  {
    write,
    onProgress,
    startAt = 0,
  }: {
    write: boolean
    onProgress?: (done: number, outcomes: Outcome[], problems: Problem[]) => Promise<void>
    startAt?: number
  },
) => {
  const { payload, user, belt, kind } = scope
  const outcomes: Outcome[] = []
  const problems: Problem[] = []
  const isAdmin = isPlatformAdmin(user)
  const isOperator = isAdmin || isOperatorOf(user, belt)
  const ownFactory = getFactoryID(user)
  if (
    !isOperator &&
    (ownFactory === null ||
      !getBeltIDs(user, BELT_ROLES.factoryMember).some((id) => sameID(id, belt)))
  ) {
    throw new Error('not allowed to import into this belt')
  }
  const { factoryBySlug, slugByFactoryID, productByKey, categoryByPath } = await loadBelt(scope, {
    isOperator,
    ownFactory,
  })
  const slugOfFactory = (id: number | string) => slugByFactoryID.get(String(id))
  const seen = new Map<string, number>()

  const known: Known = {
    kind,
    isOperator,
    ownFactory,
    defaultFactory: scope.defaultFactory,
    allowNewCategories: scope.allowNewCategories,
    images: scope.images,
    factoryBySlug,
    productByKey,
    categoryByPath,
    seen,
  }
  const { imageFor, categoryFor } = linkMakers(scope, categoryByPath)

  // The batched writer (bulk.ts) for new products on the embedded default.
  const bulk = write && kind === 'products' && canWriteInBulk(payload)
  // New products are checked with Payload's field validators in the dry run and before a batch.
  const validates = kind === 'products' && (bulk || !write)
  const fields = validates ? productFields(payload) : []
  const req = validates
    ? await createLocalReq({ user: user as never, locale: 'zh' }, payload)
    : null
  const beltSlugs = new Set<string>(
    validates
      ? (await findAll(payload, SLUGS.products, { tenant: { equals: belt } }, { slug: true })).map(
          (doc) => String(doc.slug),
        )
      : [],
  )
  type Pending = NewProduct & {
    outcome: Outcome
    key: string
    hash: string
    values: Values
    factoryID: number | string
    helpers: Helpers
  }
  const pending: Pending[] = []

  /**
   * A new product row as Payload would save it, checked by Payload's field validators in both
   * languages. In the dry run (`resolve` false) its images and new categories are not created:
   * relationships are the import's own checks.
   */
  const checkNewProduct = async (
    values: Values,
    hash: string,
    factory: number | string,
    helpers: Helpers,
    resolve: boolean,
  ) => {
    const { zh, en, specsInEnglish, status, slug } = await productData(
      scope,
      values,
      factory,
      helpers,
      resolve,
    )
    const zhDoc: Values = { ...zh, tenant: belt, slug, _status: status, importHash: hash }
    const fieldProblems = await checkFields(fields, zhDoc, zhDoc, req!)
    const enTexts: Values = { ...en, ...(specsInEnglish ? { specs: specsInEnglish } : {}) }
    const enDoc: Values = { ...zhDoc, ...enTexts }
    fieldProblems.push(...(await checkFields(fields, enDoc, enDoc, req!)))
    return { zhDoc, enTexts, slug, fieldProblems }
  }

  /** Checks a new product row for the next batch; null sends it to the Local API. */
  const queueProduct = async (
    row: number,
    values: Values,
    hash: string,
    factory: number | string,
    helpers: Helpers,
  ): Promise<NewProduct | null> => {
    const { zhDoc, enTexts, slug, fieldProblems } = await checkNewProduct(
      values,
      hash,
      factory,
      helpers,
      true,
    )
    // A slug the belt already uses: the Local API write reports it like the admin does.
    if (beltSlugs.has(slug)) return null
    if (fieldProblems.length)
      throw Object.assign(new Error('invalid'), { data: { errors: fieldProblems } })
    beltSlugs.add(slug)
    return { row, zh: zhDoc, en: { ...enTexts, importHash: hash } }
  }

  /** Writes the queued products as one batch; if the batch fails, row by row through the Local API. */
  const flush = async () => {
    const batch = pending.splice(0)
    if (batch.length === 0) return
    try {
      const ids = await writeProducts(payload, batch)
      batch.forEach((entry, position) =>
        productByKey.set(entry.key, { id: ids[position], importHash: entry.hash }),
      )
    } catch (error) {
      payload.logger.warn(
        { err: error },
        'import: a batch could not be written at once; writing its rows one by one',
      )
      for (const entry of batch) {
        try {
          const id = await writeProduct(
            scope,
            entry.values,
            undefined,
            entry.hash,
            entry.factoryID,
            entry.helpers,
          )
          productByKey.set(entry.key, { id, importHash: entry.hash })
        } catch (rowError) {
          entry.outcome.action = 'error'
          problems.push(...writeProblems(entry.row, rowError))
        }
      }
    }
  }

  /**
   * Every 50 rows: the queued products are written, the event loop is let go, and (at most once
   * a second) the progress is saved. A re-run after a kill goes over every row again and finds
   * those already written unchanged, by their fingerprint.
   */
  let lastProgress = Date.now()
  const checkpoint = async (done: number) => {
    if (done % 50 !== 0) return
    await flush()
    await letEventLoopGo()
    if (onProgress && Date.now() - lastProgress >= 1000) {
      lastProgress = Date.now()
      await onProgress(done, outcomes, problems)
    }
  }

  for (const [index, item] of prepared.entries()) {
    if (index < startAt) continue
    const planned = planRow(known, item)
    const { row, values, key, target, factoryID, hash } = planned
    const rowProblems = planned.problems
    let action: Action = planned.action

    if (!write && validates && action === 'create') {
      const helpers = { imageFor, categoryFor, factorySlug: slugOfFactory(factoryID!) ?? 'factory' }
      const { slug, fieldProblems } = await checkNewProduct(
        values,
        hash,
        factoryID!,
        helpers,
        false,
      )
      if (beltSlugs.has(slug))
        rowProblems.push(
          problem(
            row,
            'slug',
            `网址标识“${slug}”已被本产业带的另一个产品使用`,
            `"${slug}" is already used by another product of this belt`,
          ),
        )
      beltSlugs.add(slug)
      rowProblems.push(
        ...fieldProblems.map((entry) => ({
          row,
          column: entry.path,
          zh: entry.message,
          en: entry.message,
        })),
      )
      if (rowProblems.length) action = 'error'
    }
    const outcome: Outcome = { row, key, action }
    if (write && action === 'create' && bulk) {
      // New products are checked now and written with the next batch.
      const helpers = { imageFor, categoryFor, factorySlug: slugOfFactory(factoryID!) ?? 'factory' }
      try {
        const queued = await queueProduct(row, values, hash, factoryID!, helpers)
        if (queued) {
          pending.push({ ...queued, outcome, key, hash, values, factoryID: factoryID!, helpers })
          outcomes.push(outcome)
          problems.push(...rowProblems)
          await checkpoint(index + 1)
          continue
        }
      } catch (error) {
        outcome.action = action = 'error'
        rowProblems.push(...writeProblems(row, error))
      }
    }
    if (write && (action === 'create' || action === 'update')) {
      try {
        const id =
          kind === 'factories'
            ? await writeFactory(scope, values, target, hash)
            : await writeProduct(scope, values, target, hash, factoryID!, {
                imageFor,
                categoryFor,
                factorySlug: slugOfFactory(factoryID!) ?? 'factory',
              })
        if (kind === 'factories') factoryBySlug.set(key, { id, importHash: hash })
        else productByKey.set(key, { id, importHash: hash })
      } catch (error) {
        outcome.action = action = 'error'
        rowProblems.push(...writeProblems(row, error))
      }
    }
    outcomes.push(outcome)
    problems.push(...rowProblems)
    await checkpoint(index + 1)
  }
  await flush()
  if (onProgress) await onProgress(prepared.length, outcomes, problems)
  return { outcomes, problems }
}
