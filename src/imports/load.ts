import type { Payload, Where } from 'payload'

import { getFactoryID, idOf, sameID } from '@/access/roles'
import { SLUGS } from '@/constants'
import { letEventLoopGo } from '@/utilities/eventLoop'

import type { Existing, ImportScope } from './plan'

// What the belt already holds, loaded once per import for plan.ts to compare each row against.

/**
 * Every matching document, 500 at a time by id (each page an index range, not an ever longer
 * OFFSET), letting the event loop go between pages.
 */
export const findAll = async (
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
 * The belt's factories by slug, and for a product import its products by factory + SKU (a factory
 * member's own factory's only) and its categories by path (`parent/child`).
 */
export const loadBelt = async (
  scope: ImportScope,
  { isOperator, ownFactory }: { isOperator: boolean; ownFactory: ReturnType<typeof getFactoryID> },
) => {
  const { payload, belt, kind } = scope
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
      const category = categories.find((candidate) => sameID(candidate.id, id))
      if (!category || depth > 10) return null
      const parent = category.parent === null ? '' : pathOf(category.parent, depth + 1)
      return parent === null ? null : parent ? `${parent}/${category.name}` : category.name
    }
    for (const category of categories) {
      const path = pathOf(category.id)
      if (path) categoryByPath.set(path, category.id)
    }
  }
  return { factoryBySlug, slugByFactoryID, productByKey, categoryByPath }
}
