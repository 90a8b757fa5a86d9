import type { Payload } from 'payload'

import { SLUGS } from '@/constants'
import { evictEverywhere } from '@/platform/events'
import { env } from '@/utilities/config'
import { randomPool } from '@/utilities/randomPool'
import { entriesOf, indexEntries } from '@/search'
import { allocateIDs, chunk, engineOf, insert, type Row, runAtomically } from './bulkSql'

/**
 * The batched writer for new product rows (issue #7: 1,000 rows/s on the embedded default).
 *
 * A Local API create costs about 15 ms of Payload's own work per document and a dozen
 * statements; two per row (Chinese, then English) gives 15 rows/s. Here a batch of rows is
 * written as one atomic SQLite batch: a multi-row INSERT per table, the document and its first
 * version in both languages, in the same rows and columns the Local API writes (a test imports
 * the same file both ways and compares documents and versions through the API).
 *
 * What still runs per row, before anything is written: the import's own checks (engine.ts:
 * belt, factory, the user's right to it, SKU and slug uniqueness, price tiers, categories,
 * images), then Payload's own field validators and default values for every field of the
 * product, in both languages (`checkFields`, fieldChecks.ts). What runs once per batch instead
 * of per row: the belt and uniqueness hooks' queries (the engine already holds the belt's
 * factories, products and slugs), and the portal cache eviction. Rows that are updates, and
 * every row on MongoDB or PostgreSQL, still go through the Local API one by one.
 */

export type NewProduct = {
  row: number
  /** The product as the Local API would receive it, in Chinese. */
  zh: Record<string, unknown>
  /** The localized fields in English. */
  en: Record<string, unknown>
}

/** SQLite and PostgreSQL are batched; MongoDB writes through the Local API. */
export const canWriteInBulk = (payload: Payload) =>
  engineOf(payload) !== null && env('CHANDI_IMPORT_BULK')

/** Payload's array row ids: 24 random hex digits, like a MongoDB ObjectId. */
const rowIDBytes = randomPool(12, 1024)
const arrayRowID = () => rowIDBytes().toString('hex')

/**
 * Writes new products, each with its first version, in both languages, as one atomic batch: all
 * of them or (on any error) none, so a kill or a clash leaves nothing half-written. Ids follow
 * the tables' current maximum; a concurrent writer taking one fails the whole batch, which the
 * engine then writes row by row.
 */
export const writeProducts = async (payload: Payload, products: NewProduct[]) => {
  if (products.length === 0) return []
  const engine = engineOf(payload)
  if (!engine) throw new Error('the batched writer needs SQLite or PostgreSQL')
  const productIDs = await allocateIDs(payload, 'products', products.length)
  const versionIDs = await allocateIDs(payload, '_products_v', products.length)
  const specIDs = await allocateIDs(
    payload,
    '_products_v_version_specs',
    products.reduce((sum, { zh }) => sum + ((zh.specs as unknown[] | undefined)?.length ?? 0), 0),
  )
  let specIndex = 0
  const now = new Date().toISOString()
  const t: Record<string, Row[]> = {}
  const add = (table: string, row: Row) => (t[table] ??= []).push(row)
  const ids: number[] = []

  for (const [productIndex, { zh, en }] of products.entries()) {
    const id = productIDs[productIndex]
    const version = versionIDs[productIndex]
    ids.push(id)
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
  await runAtomically(payload, script)
  // Written and committed: from here nothing may throw, or the engine would write the rows again
  // one by one. An index that missed them is rebuilt at the next start (its counts differ).
  await entriesOf(
    payload,
    'product',
    products.flatMap(({ zh, en }, index) =>
      zh._status === 'draft'
        ? []
        : [
            {
              id: ids[index],
              tenant: zh.tenant,
              category: zh.category,
              name: { zh: zh.name, en: en.name },
              summary: { zh: zh.summary, en: en.summary },
              sku: zh.sku,
              specs: [zh.specs, en.specs],
            },
          ],
    ),
  )
    .then((entries) => indexEntries(payload, entries))
    .catch((error: unknown) =>
      payload.logger.error({ err: error }, 'search index not updated for an imported batch'),
    )
  evictEverywhere(String(products[0].zh.tenant))
  return ids
}

/** The products collection's sanitised fields, as Payload validates them. */
export const productFields = (payload: Payload) => payload.collections[SLUGS.products].config.fields
