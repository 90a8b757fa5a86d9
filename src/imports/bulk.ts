import type { Payload } from 'payload'

import { SLUGS } from '@/constants'
import { evictEverywhere } from '@/platform/events'
import { env } from '@/utilities/config'
import { entriesOf, indexEntries } from '@/search'
import { allocateIDs, engineOf, runAtomically } from './bulkSql'
import { type NewProduct, productScript, searchDocsOf, specCountOf } from './productRows'

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

export type { NewProduct } from './productRows'

/** SQLite and PostgreSQL are batched; MongoDB writes through the Local API. */
export const canWriteInBulk = (payload: Payload) =>
  engineOf(payload) !== null && env('CHANDI_IMPORT_BULK')

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
  const specIDs = await allocateIDs(payload, '_products_v_version_specs', specCountOf(products))
  const script = productScript(products, { productIDs, versionIDs, specIDs }, engine)
  await runAtomically(payload, script)
  // Written and committed: from here nothing may throw, or the engine would write the rows again
  // one by one. An index that missed them is rebuilt at the next start (its counts differ).
  await entriesOf(payload, 'product', searchDocsOf(products, productIDs))
    .then((entries) => indexEntries(payload, entries))
    .catch((error: unknown) =>
      payload.logger.error({ err: error }, 'search index not updated for an imported batch'),
    )
  evictEverywhere(String(products[0].zh.tenant))
  return productIDs
}

/** The products collection's sanitised fields, as Payload validates them. */
export const productFields = (payload: Payload) => payload.collections[SLUGS.products].config.fields
