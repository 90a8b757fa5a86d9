import { chunk, type Engine, insert, type Row } from './bulkSql'
import ObjectId from 'bson-objectid'

/**
 * The batched writer's rows for new products (bulk.ts writes them; the dataset generator builds
 * them in a worker thread, src/bench/productWorker.ts): pure, from the products and the ids
 * allocated for them to the SQL text, so that it can run away from the database connection.
 */

export type NewProduct = {
  row: number
  /** The product as the Local API would receive it, in Chinese. */
  zh: Record<string, unknown>
  /** The localized fields in English. */
  en: Record<string, unknown>
}

/** The ids a batch needs: a product and a version each, and a version row per spec. */
export type ProductIDs = { productIDs: number[]; versionIDs: number[]; specIDs: number[] }

/** How many spec rows the products' versions need. */
export const specCountOf = (products: NewProduct[]) =>
  products.reduce((sum, { zh }) => sum + ((zh.specs as unknown[] | undefined)?.length ?? 0), 0)

/**
 * Payload's array row ids, made as Payload makes them (`baseIDField`): an ObjectId, its seconds
 * first, then a random id per module instance and a counter, so a thread's ids grow and each
 * batch's land at the end of its range in the tables' primary-key indexes. Random ids (as
 * before) scattered 7 million inserts at scale 1 over the whole index, and the foreign-key
 * lookups of the specs' locales with them.
 */
const arrayRowID = () => new ObjectId().toHexString()

/**
 * The multi-row INSERTs of new products, each with its first version, in both languages: the
 * rows and columns the Local API writes, parents before children.
 */
export const productScript = (
  products: NewProduct[],
  { productIDs, versionIDs, specIDs }: ProductIDs,
  engine: Engine,
  now = new Date().toISOString(),
): string => {
  let specIndex = 0
  const t: Record<string, Row[]> = {}
  const add = (table: string, row: Row) => (t[table] ??= []).push(row)

  for (const [productIndex, { zh, en }] of products.entries()) {
    const id = productIDs[productIndex]
    const version = versionIDs[productIndex]
    const moq = (zh.moq ?? {}) as { quantity?: number; unit?: string }
    const columns = {
      tenant_id: zh.tenant,
      import_hash: en.importHash ?? zh.importHash ?? null,
      slug: zh.slug,
      sku: zh.sku ?? null,
      factory_id: zh.factory,
      category_id: zh.category ?? null,
      moq_quantity: moq.quantity ?? null,
      moq_unit: moq.unit ?? null,
      currency: zh.currency ?? null,
      lead_time_days: zh.leadTimeDays ?? null,
      sample_available: zh.sampleAvailable ?? null,
    }
    const status = zh._status === 'draft' ? 'draft' : 'published'
    add('products', { id, ...columns, updated_at: now, created_at: now, _status: status })
    add('_products_v', {
      id: version,
      parent_id: id,
      ...Object.fromEntries(
        Object.entries(columns).map(([column, value]) => [`version_${column}`, value]),
      ),
      version_updated_at: now,
      version_created_at: now,
      version__status: status,
      created_at: now,
      updated_at: now,
      snapshot: null,
      published_locale: null,
      latest: true,
    })
    for (const [locale, doc] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const texts = {
        name: doc.name ?? zh.name,
        summary: doc.summary ?? null,
        description: null,
        meta_title: null,
        meta_description: null,
        meta_image_id: null,
      }
      add('products_locales', { ...texts, _locale: locale, _parent_id: id })
      add('_products_v_locales', {
        ...Object.fromEntries(
          Object.entries(texts).map(([column, value]) => [`version_${column}`, value]),
        ),
        _locale: locale,
        _parent_id: version,
      })
    }
    for (const [index, tier] of (
      (zh.priceTiers ?? []) as {
        minQuantity: number
        maxQuantity?: number | null
        unitPrice: number
      }[]
    ).entries()) {
      const uuid = arrayRowID()
      const values = {
        min_quantity: tier.minQuantity,
        max_quantity: tier.maxQuantity ?? null,
        unit_price: tier.unitPrice,
      }
      add('products_price_tiers', { _order: index + 1, _parent_id: id, id: uuid, ...values })
      add('_products_v_version_price_tiers', {
        _order: index + 1,
        _parent_id: version,
        ...values,
        _uuid: uuid,
      })
    }
    const specsEn = (en.specs ?? []) as { key: string; value: string }[]
    for (const [index, spec] of ((zh.specs ?? []) as { key: string; value: string }[]).entries()) {
      const uuid = arrayRowID()
      const specVersion = specIDs[specIndex++]
      add('products_specs', { _order: index + 1, _parent_id: id, id: uuid })
      add('_products_v_version_specs', {
        _order: index + 1,
        _parent_id: version,
        id: specVersion,
        _uuid: uuid,
      })
      for (const [locale, text] of [
        ['zh', spec],
        ['en', specsEn[index] ?? spec],
      ] as const) {
        add('products_specs_locales', {
          key: text.key,
          value: text.value,
          _locale: locale,
          _parent_id: uuid,
        })
        add('_products_v_version_specs_locales', {
          key: text.key,
          value: text.value,
          _locale: locale,
          _parent_id: specVersion,
        })
      }
    }
    for (const [index, value] of ((zh.customisation ?? []) as string[]).entries()) {
      add('products_customisation', { order: index + 1, parent_id: id, value })
      add('_products_v_version_customisation', { order: index + 1, parent_id: version, value })
    }
    for (const [index, media] of ((zh.images ?? []) as (number | string)[]).entries()) {
      add('products_rels', { order: index + 1, parent_id: id, path: 'images', media_id: media })
      add('_products_v_rels', {
        order: index + 1,
        parent_id: version,
        path: 'version.images',
        media_id: media,
      })
    }
  }
  // Parents before children, as the foreign keys want.
  const order = [
    'products',
    'products_locales',
    'products_price_tiers',
    'products_specs',
    'products_specs_locales',
    'products_customisation',
    'products_rels',
    '_products_v',
    '_products_v_locales',
    '_products_v_version_price_tiers',
    '_products_v_version_specs',
    '_products_v_version_specs_locales',
    '_products_v_version_customisation',
    '_products_v_rels',
  ]
  // Every row of a table is built by one literal above, so they share its columns.
  const script = order
    .map((table) =>
      chunk(t[table] ?? [], 500)
        .map((rows) => insert(table, rows, engine))
        .join('\n'),
    )
    .join('\n')
  return script
}

/** The published products as the search index reads them (drafts are not indexed). */
export const searchDocsOf = (products: NewProduct[], productIDs: number[]) =>
  products.flatMap(({ zh, en }, index) =>
    zh._status === 'draft'
      ? []
      : [
          {
            id: productIDs[index],
            tenant: zh.tenant,
            category: zh.category,
            name: { zh: zh.name, en: en.name },
            summary: { zh: zh.summary, en: en.summary },
            sku: zh.sku,
            specs: [zh.specs, en.specs],
          } as Record<string, unknown>,
        ],
  )
