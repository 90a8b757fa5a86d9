import crypto from 'node:crypto'

import { fileTypeFromBuffer } from 'file-type'
import { createLocalReq, type Payload, type Where } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, getFactoryID, idOf, isOperatorOf, isPlatformAdmin, sameID } from '@/access/roles'
import { findTierProblem } from '@/fields/priceTiers'
import { BELT_ROLES, SLUGS } from '@/constants'
import { letEventLoopGo } from '@/utilities/eventLoop'
import type { Bilingual } from '@/utilities/i18n'

import { CellError, matchHeaders, type ImportKind, type Tier } from './columns'
import { canWriteInBulk, checkFields, type NewProduct, productFields, writeProducts } from './bulk'
import type { Sheet } from './read'

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

type Values = Record<string, unknown>
type Prepared = { row: number; values: Values; problems: Problem[] }

const isBilingual = (value: unknown): value is Bilingual => !!value && typeof value === 'object' && 'zh' in value && 'en' in value

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
        if (column.required) problems.push({ row, column: column.key, zh: `${column.label.zh}：必填`, en: `${column.key}: required` })
        return
      }
      try {
        values[column.key] = column.parse ? column.parse(cell) : cell
      } catch (error) {
        const text = isBilingual(error) ? error : error instanceof CellError ? error.text : { zh: String(error), en: String(error) }
        problems.push({ row, column: column.key, zh: `${column.label.zh}：${text.zh}`, en: `${column.key}: ${text.en}` })
      }
    })
    prepared.push({ row, values, problems })
  }
  return { prepared, unknown, missing }
}

/** The fingerprint of what a row sets; the same file imported twice changes nothing. */
const fingerprint = (values: Values, images: { name: string; size: number }[]) =>
  crypto.createHash('sha256').update(JSON.stringify({ values, images })).digest('hex').slice(0, 32)

const problem = (row: number, column: string, zh: string, en: string): Problem => ({ row, column, zh, en: `${column}: ${en}` })

const toSlug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

type Existing = { id: number | string; importHash?: string | null; factory?: unknown; slug?: string; sku?: string | null }

/**
 * Every matching document, 500 at a time by id (each page an index range, not an ever longer
 * OFFSET), letting the event loop go between pages.
 */
const findAll = async (payload: Payload, collection: 'factories' | 'products' | 'categories', where: Where, select: Record<string, true>) => {
  const docs: Record<string, unknown>[] = []
  let after: number | string | null = null
  for (;;) {
    const page: Where = after === null ? where : { and: [where, { id: { greater_than: after } }] }
    const result = await payload.find({ collection, where: page, depth: 0, limit: 500, sort: 'id', pagination: false, overrideAccess: true, draft: true, select: select as never, locale: 'zh', showHiddenFields: true })
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
  }: { write: boolean; onProgress?: (done: number, outcomes: Outcome[], problems: Problem[]) => Promise<void>; startAt?: number },
) => {
  const { payload, user, belt, kind } = scope
  const outcomes: Outcome[] = []
  const problems: Problem[] = []
  const isAdmin = isPlatformAdmin(user)
  const isOperator = isAdmin || isOperatorOf(user, belt as never)
  const ownFactory = getFactoryID(user)
  if (!isOperator && (ownFactory === null || !getBeltIDs(user, BELT_ROLES.factoryMember).some((id) => sameID(id, belt as never)))) {
    throw new Error('not allowed to import into this belt')
  }

  const factories = await findAll(payload, SLUGS.factories, { tenant: { equals: belt } }, { slug: true, importHash: true, name: true })
  const factoryBySlug = new Map(factories.map((doc) => [String(doc.slug), doc as unknown as Existing]))
  const slugByFactoryID = new Map(factories.map((doc) => [String(doc.id), String(doc.slug)]))
  const slugOfFactory = (id: number | string) => slugByFactoryID.get(String(id))
  const seen = new Map<string, number>()

  // Products: the belt's products by factory + SKU, and its categories by path.
  const productByKey = new Map<string, Existing>()
  const categoryByPath = new Map<string, number | string>()
  const categories: { id: number | string; name: string; parent: number | string | null }[] = []
  if (kind === 'products') {
    const where: Where = ownFactory !== null && !isOperator ? { and: [{ tenant: { equals: belt } }, { factory: { equals: ownFactory } }] } : { tenant: { equals: belt } }
    for (const doc of await findAll(payload, SLUGS.products, where, { sku: true, factory: true, importHash: true, slug: true })) {
      productByKey.set(`${idOf(doc.factory as never)}|${doc.sku}`, doc as unknown as Existing)
    }
    for (const doc of await findAll(payload, SLUGS.categories, { tenant: { equals: belt } }, { name: true, parent: true })) {
      categories.push({ id: doc.id as number, name: String(doc.name), parent: idOf(doc.parent as never) })
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

  const mediaByName = new Map<string, number | string>()
  const imageFor = async (name: string, factory: number | string, alt: string) => {
    const file = scope.images!.get(name.toLowerCase())!
    const cached = mediaByName.get(`${factory}|${file.name}`)
    if (cached !== undefined) return cached
    const existing = await payload.find({ collection: SLUGS.media, where: { and: [{ tenant: { equals: belt } }, { factory: { equals: factory } }, { filename: { equals: file.name } }] }, limit: 1, depth: 0, overrideAccess: true })
    const id = existing.docs[0]?.id ?? (
      await payload.create({
        collection: SLUGS.media,
        data: { tenant: belt as number, factory: factory as number, alt: alt.slice(0, 200) },
        file: { data: file.data, mimetype: (await fileTypeFromBuffer(file.data))?.mime ?? 'application/octet-stream', name: file.name, size: file.data.length },
        user,
        overrideAccess: false,
        locale: 'zh',
      })
    ).id
    mediaByName.set(`${factory}|${file.name}`, id)
    return id
  }

  const categoryFor = async (path: string) => {
    const parts = path.split(/[/／>＞]/).map((part) => part.trim()).filter(Boolean)
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
        data: { tenant: belt as number, name: part, slug: `${toSlug(sofar) || 'category'}-${crypto.randomBytes(3).toString('hex')}`, ...(parent !== null ? { parent: parent as number } : {}) },
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
  const req = validates ? await createLocalReq({ user: user as never, locale: 'zh' }, payload) : null
  const beltSlugs = new Set<string>(validates ? (await findAll(payload, SLUGS.products, { tenant: { equals: belt } }, { slug: true })).map((doc) => String(doc.slug)) : [])
  type Pending = NewProduct & { outcome: Outcome; key: string; hash: string; values: Values; factoryID: number | string; helpers: Helpers }
  const pending: Pending[] = []

  /**
   * A new product row as Payload would save it, checked by Payload's field validators in both
   * languages. In the dry run (`resolve` false) its images and new categories are not created:
   * relationships are the import's own checks.
   */
  const checkNewProduct = async (values: Values, hash: string, factory: number | string, helpers: Helpers, resolve: boolean) => {
    const { zh, en, specsInEnglish, status, slug } = await productData(scope, values, factory, helpers, resolve)
    const zhDoc: Values = { ...zh, tenant: belt, slug, _status: status, importHash: hash }
    const fieldProblems = await checkFields(fields, zhDoc, zhDoc, req!)
    const enTexts: Values = { ...en, ...(specsInEnglish ? { specs: specsInEnglish } : {}) }
    const enDoc: Values = { ...zhDoc, ...enTexts }
    fieldProblems.push(...(await checkFields(fields, enDoc, enDoc, req!)))
    return { zhDoc, enTexts, slug, fieldProblems }
  }

  /** Checks a new product row for the next batch; null sends it to the Local API. */
  const queueProduct = async (row: number, values: Values, hash: string, factory: number | string, helpers: Helpers): Promise<NewProduct | null> => {
    const { zhDoc, enTexts, slug, fieldProblems } = await checkNewProduct(values, hash, factory, helpers, true)
    // A slug the belt already uses: the Local API write reports it like the admin does.
    if (beltSlugs.has(slug)) return null
    if (fieldProblems.length) throw Object.assign(new Error('invalid'), { data: { errors: fieldProblems } })
    beltSlugs.add(slug)
    return { row, zh: zhDoc, en: { ...enTexts, importHash: hash } }
  }

  /** Writes the queued products as one batch; if the batch fails, row by row through the Local API. */
  const flush = async () => {
    const batch = pending.splice(0)
    if (batch.length === 0) return
    try {
      const ids = await writeProducts(payload, batch)
      batch.forEach((entry, position) => productByKey.set(entry.key, { id: ids[position], importHash: entry.hash }))
    } catch (error) {
      payload.logger.warn({ err: error }, 'import: a batch could not be written at once; writing its rows one by one')
      for (const entry of batch) {
        try {
          const id = await writeProduct(scope, entry.values, undefined, entry.hash, entry.factoryID, entry.helpers)
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
    const { row } = item
    const values = { ...item.values }
    if (!scope.images) delete values.images
    const rowProblems = [...item.problems]
    let key = ''
    let target: Existing | undefined
    let factoryID: number | string | null = null
    const imageNames = (values.images as string[] | undefined) ?? []

    if (kind === 'factories') {
      key = String(values.slug ?? '')
      target = factoryBySlug.get(key)
      if (!isOperator) rowProblems.push(problem(row, 'slug', '只有产业带运营方可以导入工厂', 'only the belt’s operator imports factories'))
    } else {
      const factorySlug = values.factory as string | undefined
      if (factorySlug) {
        const factory = factoryBySlug.get(factorySlug)
        if (!factory) rowProblems.push(problem(row, 'factory', `本产业带没有工厂“${factorySlug}”`, `no factory "${factorySlug}" in this belt`))
        else factoryID = factory.id
      } else if (scope.defaultFactory !== undefined && scope.defaultFactory !== null) {
        factoryID = scope.defaultFactory
      } else if (ownFactory !== null && !isOperator) {
        factoryID = ownFactory
      } else {
        rowProblems.push(problem(row, 'factory', '工厂标识：必填', 'required'))
      }
      if (factoryID !== null && !isOperator && !sameID(factoryID as never, ownFactory as never)) {
        rowProblems.push(problem(row, 'factory', '只能导入自己工厂的产品', 'you can only import your own factory’s products'))
      }
      key = `${factoryID}|${values.sku ?? ''}`
      target = productByKey.get(key)
      const tiers = values.price_tiers as Tier[] | undefined
      if (tiers) {
        const tierProblem = findTierProblem({ tiers, moq: values.moq as number | undefined, path: 'price_tiers' })
        if (tierProblem) rowProblems.push(problem(row, 'price_tiers', `阶梯价：${tierProblem.message.zh}`, tierProblem.message.en))
      }
      const category = values.category as string | undefined
      if (category && !categoryByPath.has(category.split(/[/／>＞]/).map((part) => part.trim()).filter(Boolean).join('/')) && !scope.allowNewCategories) {
        rowProblems.push(problem(row, 'category', `类目“${category}”不存在（本次导入不允许新建类目）`, `category "${category}" does not exist, and this import may not create categories`))
      }
      for (const name of imageNames) {
        if (!scope.images!.has(name.toLowerCase())) rowProblems.push(problem(row, 'images', `图片“${name}”不在上传的 ZIP 中`, `image "${name}" is not in the uploaded ZIP`))
      }
    }
    const duplicateOf = seen.get(key)
    if (duplicateOf !== undefined && key) rowProblems.push(problem(row, kind === 'factories' ? 'slug' : 'sku', `与第 ${duplicateOf} 行重复`, `repeats row ${duplicateOf}`))
    if (key) seen.set(key, row)

    const hash = fingerprint(values, imageNames.map((name) => ({ name, size: scope.images?.get(name.toLowerCase())?.data.length ?? 0 })))
    let action: Action = rowProblems.length ? 'error' : !target ? 'create' : target.importHash === hash ? 'unchanged' : 'update'

    if (!write && validates && action === 'create') {
      const helpers = { imageFor, categoryFor, factorySlug: slugOfFactory(factoryID!) ?? 'factory' }
      const { slug, fieldProblems } = await checkNewProduct(values, hash, factoryID!, helpers, false)
      if (beltSlugs.has(slug)) rowProblems.push(problem(row, 'slug', `网址标识“${slug}”已被本产业带的另一个产品使用`, `"${slug}" is already used by another product of this belt`))
      beltSlugs.add(slug)
      rowProblems.push(...fieldProblems.map((entry) => ({ row, column: entry.path, zh: entry.message, en: entry.message })))
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
        const id = kind === 'factories' ? await writeFactory(scope, values, target, hash) : await writeProduct(scope, values, target, hash, factoryID!, { imageFor, categoryFor, factorySlug: slugOfFactory(factoryID!) ?? 'factory' })
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


/** What Payload refused, as row problems naming the field (its validation messages do). */
const writeProblems = (row: number, error: unknown): Problem[] => {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  const list = data?.errors?.length ? data.errors : [{ path: 'row', message: (error as Error).message }]
  return list.map((entry) => ({ row, column: entry.path ?? 'row', zh: entry.message ?? '', en: entry.message ?? '' }))
}

const present = (values: Values, key: string) => values[key] !== undefined

const writeFactory = async (scope: ImportScope, values: Values, target: Existing | undefined, hash: string) => {
  const { payload, user, belt } = scope
  const contact = Object.fromEntries(
    (['person', 'email', 'phone', 'wechat'] as const).filter((field) => present(values, `contact_${field}`)).map((field) => [field, values[`contact_${field}`]]),
  )
  const zh: Values = {
    name: values.name_zh,
    slug: values.slug,
    ...(present(values, 'summary_zh') ? { summary: values.summary_zh } : {}),
    ...(present(values, 'founded_year') ? { foundedYear: values.founded_year } : {}),
    ...(present(values, 'staff') ? { staffCount: values.staff } : {}),
    ...(present(values, 'main_products_zh') ? { mainProducts: values.main_products_zh } : {}),
    ...(present(values, 'capabilities') ? { capabilities: values.capabilities } : {}),
    ...(present(values, 'export_markets') ? { exportMarkets: values.export_markets } : {}),
    ...(present(values, 'address_zh') ? { address: values.address_zh } : {}),
    ...(Object.keys(contact).length ? { contact } : {}),
    ...(present(values, 'tour_video_url') ? { tourVideoUrl: values.tour_video_url } : {}),
  }
  const status = (values.status as string | undefined) ?? 'published'
  const draft = status === 'draft'
  const common = { user, overrideAccess: false, draft, depth: 0 } as const
  const doc = target
    ? await payload.update({ collection: SLUGS.factories, id: target.id, data: { ...zh, _status: status } as never, locale: 'zh', ...common })
    : await payload.create({ collection: SLUGS.factories, data: { ...zh, tenant: belt, _status: status } as never, locale: 'zh', ...common })
  // The English texts, and the fingerprint last: a row cut off half-way is written again.
  await payload.update({
    collection: SLUGS.factories,
    id: doc.id,
    data: {
      name: (values.name_en as string | undefined) ?? (values.name_zh as string),
      ...(present(values, 'summary_en') ? { summary: values.summary_en } : {}),
      ...(present(values, 'main_products_en') ? { mainProducts: values.main_products_en } : {}),
      importHash: hash,
      _status: status,
    } as never,
    locale: 'en',
    ...common,
  })
  return doc.id
}

type Helpers = {
  imageFor: (name: string, factory: number | string, alt: string) => Promise<number | string>
  categoryFor: (path: string) => Promise<number | string | null>
  factorySlug: string
}

/** A product row as the Local API's data: the Chinese document, and the English texts. */
const productData = async (scope: ImportScope, values: Values, factory: number | string, helpers: Helpers, resolve = true) => {
  const images: (number | string)[] = []
  if (resolve) for (const name of (values.images as string[] | undefined) ?? []) images.push(await helpers.imageFor(name, factory, String(values.name_zh)))
  const category = values.category && resolve ? await helpers.categoryFor(String(values.category)) : undefined
  const specsZh = values.specs_zh as { key: string; value: string }[] | undefined
  const specsEn = values.specs_en as { key: string; value: string }[] | undefined
  const zh: Values = {
    sku: values.sku,
    factory,
    name: values.name_zh,
    moq: { quantity: values.moq, unit: values.unit },
    priceTiers: values.price_tiers,
    ...(present(values, 'currency') ? { currency: values.currency } : {}),
    ...(category !== undefined ? { category } : {}),
    ...(present(values, 'lead_time_days') ? { leadTimeDays: values.lead_time_days } : {}),
    ...(present(values, 'sample') ? { sampleAvailable: values.sample } : {}),
    ...(present(values, 'customisation') ? { customisation: values.customisation } : {}),
    ...(present(values, 'summary_zh') ? { summary: values.summary_zh } : {}),
    ...(specsZh ? { specs: specsZh } : {}),
    ...(images.length ? { images } : {}),
  }
  const en: Values = {
    name: (values.name_en as string | undefined) ?? (values.name_zh as string),
    ...(present(values, 'summary_en') ? { summary: values.summary_en } : {}),
  }
  // Spec names and values are required in each language: English ones, or the Chinese again.
  const specsInEnglish = specsZh?.map((spec, index) => (specsEn && specsEn.length === specsZh.length ? specsEn[index] : spec))
  const status = (values.status as string | undefined) ?? 'published'
  const slug = (values.slug as string | undefined) ?? `${helpers.factorySlug}-${toSlug(String(values.sku))}`.slice(0, 80).replace(/-+$/, '')
  return { zh, en, specsInEnglish, status, slug }
}

const writeProduct = async (scope: ImportScope, values: Values, target: Existing | undefined, hash: string, factory: number | string, helpers: Helpers) => {
  const { payload, user, belt } = scope
  const { zh, en, specsInEnglish, status, slug } = await productData(scope, values, factory, helpers)
  const common = { user, overrideAccess: false, draft: status === 'draft', depth: 0 } as const
  const doc = target
    ? await payload.update({ collection: SLUGS.products, id: target.id, data: { ...zh, _status: status } as never, locale: 'zh', ...common })
    : await payload.create({ collection: SLUGS.products, data: { ...zh, tenant: belt, slug, _status: status } as never, locale: 'zh', ...common })
  const savedSpecs = ((doc as { specs?: { id?: string }[] }).specs ?? []) as { id?: string }[]
  await payload.update({
    collection: SLUGS.products,
    id: doc.id,
    data: {
      ...en,
      ...(savedSpecs.length ? { specs: savedSpecs.map((saved, index) => ({ ...(specsInEnglish ?? [])[index], id: saved.id })) } : {}),
      importHash: hash,
      _status: status,
    } as never,
    locale: 'en',
    ...common,
  })
  return doc.id
}
