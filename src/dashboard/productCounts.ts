import type { Payload } from 'payload'

import { engineOf, literal } from '@/imports/bulkSql'

type ID = number | string

/** Published products per belt and category, and per belt and UTC day of creation. */
export type ProductCounts = {
  byCategory: { belt: string; category: string | null; count: number }[]
  byDay: { belt: string; day: string; count: number }[]
}

type Rows = Record<string, unknown>[]

/**
 * The barometer's product figures counted by the database (issue #23): at Canton Fair scale a
 * belt holds about 120,000 products and the hub's barometer all belts' 1.8 million, which the
 * Local API would read into Node one by one to count them. Two GROUP BY queries over the indexed
 * columns of Payload's `products` table instead: the same rows as the public reads (published,
 * no product of a never-published factory), one count per belt and category and one per belt and
 * day since `fromDay`. Null on MongoDB (the caller reads and counts as before).
 */
export const productCounts = async (
  payload: Payload,
  belts: ID[],
  unpublishedFactories: ID[],
  fromDay: string,
): Promise<ProductCounts | null> => {
  const engine = engineOf(payload)
  if (!engine || belts.length === 0) return null
  const list = (ids: ID[]) => ids.map((id) => literal(Number(id), engine)).join(', ')
  const published = [
    `"tenant_id" in (${list(belts)})`,
    `"_status" = 'published'`,
    ...(unpublishedFactories.length
      ? [`("factory_id" is null or "factory_id" not in (${list(unpublishedFactories)}))`]
      : []),
  ].join(' and ')
  const day =
    engine === 'postgres'
      ? `to_char("created_at" at time zone 'UTC', 'YYYY-MM-DD')`
      : `substr("created_at", 1, 10)`
  // SQLite keeps dates as ISO text (UTC, "Z"), which compares as time does.
  const since =
    engine === 'postgres'
      ? `"created_at" >= ${literal(`${fromDay}T00:00:00Z`, engine)}::timestamptz`
      : `"created_at" >= ${literal(`${fromDay}T00:00:00.000Z`, engine)}`
  const run = async (statement: string): Promise<Rows> => {
    if (engine === 'postgres')
      return (
        await (
          payload.db as unknown as { pool: { query: (s: string) => Promise<{ rows: Rows }> } }
        ).pool.query(statement)
      ).rows
    return (
      await (
        payload.db as unknown as { client: { execute: (s: string) => Promise<{ rows: Rows }> } }
      ).client.execute(statement)
    ).rows
  }
  const [categories, days] = await Promise.all([
    run(
      `select "tenant_id" as belt, "category_id" as category, count(*) as n from "products" where ${published} group by "tenant_id", "category_id"`,
    ),
    run(
      `select "tenant_id" as belt, ${day} as day, count(*) as n from "products" where ${published} and ${since} group by "tenant_id", ${day}`,
    ),
  ])
  return {
    byCategory: categories.map((row) => ({
      belt: String(row.belt),
      category: row.category === null || row.category === undefined ? null : String(row.category),
      count: Number(row.n),
    })),
    byDay: days.map((row) => ({
      belt: String(row.belt),
      day: String(row.day),
      count: Number(row.n),
    })),
  }
}
