import crypto from 'node:crypto'

import { fileTypeFromBuffer } from 'file-type'

import { SLUGS } from '@/constants'

import { type Existing, type ImportScope, type Problem, toSlug, type Values } from './plan'

// The writes of an import, each through the Local API as the importing user.

/** What Payload refused, as row problems naming the field (its validation messages do). */
export const writeProblems = (row: number, error: unknown): Problem[] => {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  const list = data?.errors?.length
    ? data.errors
    : [{ path: 'row', message: (error as Error).message }]
  return list.map((entry) => ({
    row,
    column: entry.path ?? 'row',
    zh: entry.message ?? '',
    en: entry.message ?? '',
  }))
}

const present = (values: Values, key: string) => values[key] !== undefined

export const writeFactory = async (
  scope: ImportScope,
  values: Values,
  target: Existing | undefined,
  hash: string,
) => {
  const { payload, user, belt } = scope
  const contact = Object.fromEntries(
    (['person', 'email', 'phone', 'wechat'] as const)
      .filter((field) => present(values, `contact_${field}`))
      .map((field) => [field, values[`contact_${field}`]]),
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
    ? await payload.update({
        collection: SLUGS.factories,
        id: target.id,
        data: { ...zh, _status: status } as never,
        locale: 'zh',
        ...common,
      })
    : await payload.create({
        collection: SLUGS.factories,
        data: { ...zh, tenant: belt, _status: status } as never,
        locale: 'zh',
        ...common,
      })
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

export type Helpers = {
  imageFor: (name: string, factory: number | string, alt: string) => Promise<number | string>
  categoryFor: (path: string) => Promise<number | string | null>
  factorySlug: string
}

/** A product row as the Local API's data: the Chinese document, and the English texts. */
export const productData = async (
  scope: ImportScope,
  values: Values,
  factory: number | string,
  helpers: Helpers,
  resolve = true,
) => {
  const images: (number | string)[] = []
  if (resolve)
    for (const name of (values.images as string[] | undefined) ?? [])
      images.push(await helpers.imageFor(name, factory, String(values.name_zh)))
  const category =
    values.category && resolve ? await helpers.categoryFor(String(values.category)) : undefined
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
  const specsInEnglish = specsZh?.map((spec, index) =>
    specsEn && specsEn.length === specsZh.length ? specsEn[index] : spec,
  )
  const status = (values.status as string | undefined) ?? 'published'
  const slug =
    (values.slug as string | undefined) ??
    `${helpers.factorySlug}-${toSlug(String(values.sku))}`.slice(0, 80).replace(/-+$/, '')
  return { zh, en, specsInEnglish, status, slug }
}

export const writeProduct = async (
  scope: ImportScope,
  values: Values,
  target: Existing | undefined,
  hash: string,
  factory: number | string,
  helpers: Helpers,
) => {
  const { payload, user, belt } = scope
  const { zh, en, specsInEnglish, status, slug } = await productData(
    scope,
    values,
    factory,
    helpers,
  )
  const common = { user, overrideAccess: false, draft: status === 'draft', depth: 0 } as const
  const doc = target
    ? await payload.update({
        collection: SLUGS.products,
        id: target.id,
        data: { ...zh, _status: status } as never,
        locale: 'zh',
        ...common,
      })
    : await payload.create({
        collection: SLUGS.products,
        data: { ...zh, tenant: belt, slug, _status: status } as never,
        locale: 'zh',
        ...common,
      })
  const savedSpecs = ((doc as { specs?: { id?: string }[] }).specs ?? []) as { id?: string }[]
  await payload.update({
    collection: SLUGS.products,
    id: doc.id,
    data: {
      ...en,
      ...(savedSpecs.length
        ? {
            specs: savedSpecs.map((saved, index) => ({
              ...(specsInEnglish ?? [])[index],
              id: saved.id,
            })),
          }
        : {}),
      importHash: hash,
      _status: status,
    } as never,
    locale: 'en',
    ...common,
  })
  return doc.id
}

/**
 * How a product row's image names and category path become links, as the importing user: an
 * image already uploaded for the factory under that file name is reused, otherwise uploaded; a
 * category path the belt lacks is created level by level (and added to `categoryByPath`).
 */
export const linkMakers = (
  scope: ImportScope,
  categoryByPath: Map<string, number | string>,
): Pick<Helpers, 'imageFor' | 'categoryFor'> => {
  const { payload, user, belt } = scope
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
  return { imageFor, categoryFor }
}
