import crypto from 'node:crypto'

import { fileTypeFromBuffer } from 'file-type'
import { createLocalReq, type Payload, type Where } from 'payload'

import {
  getBeltIDs,
  getFactoryID,
  idOf,
  isOperatorOf,
  isPlatformAdmin,
  sameID,
} from '@/access/roles'
import { BELT_ROLES, SLUGS } from '@/constants'
import { letEventLoopGo } from '@/utilities/eventLoop'

import { canWriteInBulk, checkFields, type NewProduct, productFields, writeProducts } from './bulk'
import {
  type Action,
  type Existing,
  type ImportScope,
  type Known,
  type Outcome,
  planRow,
  type Prepared,
  problem,
  type Problem,
  toSlug,
  type Values,
} from './plan'
import { type Helpers, productData, writeFactory, writeProblems, writeProduct } from './write'

export type { Action, ImportScope, Outcome, Problem } from './plan'
export { prepareRows } from './plan'

// Load, plan, write: what the belt holds is loaded here, each row planned by plan.ts, and the
// planned creates and updates written (in batches, or one by one by write.ts).

/**
 * Every matching document, 500 at a time by id (each page an index range, not an ever longer
 * OFFSET), letting the event loop go between pages.
 */
const findAll = async (
  payload: Payload,
  collection: 'factories' | 'products' | 'categories',
  where: Where,
  select: Record<string, true>,
) => {
  const docs: Record<string, unknown>[] = []
  let after: number | string | null = null
  for (;;) {
    const page: Where = after === null ? where : { and: [where, { id: { greater_than: after } }] }
    const result = await payload.find({
      collection,
      where: page,
      depth: 0,
      limit: 500,
      sort: 'id',
      pagination: false,
      overrideAccess: true,
      draft: true,
      select: select as never,
      locale: 'zh',
      showHiddenFields: true,
    })
    const found = result.docs as unknown as Record<string, unknown>[]
    docs.push(...found)
    if (found.length < 500) return docs
    after = found[found.length - 1].id as number | string
    await letEventLoopGo()
  }
}

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
  const isOperator = isAdmin || isOperatorOf(user, belt as never)
  const ownFactory = getFactoryID(user)
  if (
    !isOperator &&
    (ownFactory === null ||
      !getBeltIDs(user, BELT_ROLES.factoryMember).some((id) => sameID(id, belt as never)))
  ) {
    throw new Error('not allowed to import into this belt')
  }

  const factories = await findAll(
    payload,
    SLUGS.factories,
    { tenant: { equals: belt } },
    { slug: true, importHash: true, name: true },
  )
  const factoryBySlug = new Map(
    factories.map((doc) => [String(doc.slug), doc as unknown as Existing]),
  )
  const slugByFactoryID = new Map(factories.map((doc) => [String(doc.id), String(doc.slug)]))
  const slugOfFactory = (id: number | string) => slugByFactoryID.get(String(id))
  const seen = new Map<string, number>()

  // Products: the belt's products by factory + SKU, and its categories by path.
  const productByKey = new Map<string, Existing>()
  const categoryByPath = new Map<string, number | string>()
  const categories: { id: number | string; name: string; parent: number | string | null }[] = []
  if (kind === 'products') {
    const where: Where =
      ownFactory !== null && !isOperator
        ? { and: [{ tenant: { equals: belt } }, { factory: { equals: ownFactory } }] }
        : { tenant: { equals: belt } }
    for (const doc of await findAll(payload, SLUGS.products, where, {
      sku: true,
      factory: true,
      importHash: true,
      slug: true,
    })) {
      productByKey.set(`${idOf(doc.factory as never)}|${doc.sku}`, doc as unknown as Existing)
    }
    for (const doc of await findAll(
      payload,
      SLUGS.categories,
      { tenant: { equals: belt } },
      { name: true, parent: true },
    )) {
      categories.push({
        id: doc.id as number,
        name: String(doc.name),
        parent: idOf(doc.parent as never),
      })
    }
    const pathOf = (id: number | string | null, depth = 0): string | null => {
      const category = categories.find((candidate) => sameID(candidate.id, id as never))
      if (!category || depth > 10) return null
      const parent = category.parent === null ? '' : pathOf(category.parent, depth + 1)
      return parent === null ? null : parent ? `${parent}/${category.name}` : category.name
    }
    for (const category of categories) {
      const path = pathOf(category.id)
      if (path) categoryByPath.set(path, category.id)
    }
  }

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

  const mediaByName = new Map<string, number | string>()
  const imageFor = async (name: string, factory: number | string, alt: string) => {
    const file = scope.images!.get(name.toLowerCase())!
    const cached = mediaByName.get(`${factory}|${file.name}`)
    if (cached !== undefined) return cached
    const existing = await payload.find({
      collection: SLUGS.media,
      where: {
        and: [
          { tenant: { equals: belt } },
          { factory: { equals: factory } },
          { filename: { equals: file.name } },
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const id =
      existing.docs[0]?.id ??
      (
        await payload.create({
          collection: SLUGS.media,
          data: { tenant: belt as number, factory: factory as number, alt: alt.slice(0, 200) },
          file: {
            data: file.data,
            mimetype: (await fileTypeFromBuffer(file.data))?.mime ?? 'application/octet-stream',
            name: file.name,
            size: file.data.length,
          },
          user,
          overrideAccess: false,
          locale: 'zh',
        })
      ).id
    mediaByName.set(`${factory}|${file.name}`, id)
    return id
  }

  const categoryFor = async (path: string) => {
    const parts = path
      .split(/[/／>＞]/)
      .map((part) => part.trim())
      .filter(Boolean)
    let parent: number | string | null = null
    let sofar = ''
    for (const part of parts) {
      sofar = sofar ? `${sofar}/${part}` : part
      const found = categoryByPath.get(sofar)
      if (found !== undefined) {
        parent = found
        continue
      }
      const created: { id: number | string } = await payload.create({
        collection: SLUGS.categories,
        data: {
          tenant: belt as number,
          name: part,
          slug: `${toSlug(sofar) || 'category'}-${crypto.randomBytes(3).toString('hex')}`,
          ...(parent !== null ? { parent: parent as number } : {}),
        },
        user,
        overrideAccess: false,
        locale: 'zh',
      })
      categoryByPath.set(sofar, created.id)
      parent = created.id
    }
    return parent
  }

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
