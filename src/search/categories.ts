import type { Payload } from 'payload'

import { SLUGS } from '@/constants'

import { entryOf, type SearchKind } from './entries'

type Category = { id: unknown; name?: unknown; parent?: unknown }

/**
 * Each product's category names with its parents' (every locale), as `categoryNames`: a product
 * of 婴幼儿服装 under 童装 is found by both. One read of the categories the documents name, and
 * one more per level of parents.
 */
export const withCategoryNames = async <T extends Record<string, unknown>>(
  payload: Payload,
  docs: T[],
): Promise<T[]> => {
  const idOfRef = (ref: unknown) =>
    ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref
  const known = new Map<string, Category>()
  let wanted: unknown[] = [
    ...new Set(docs.map((doc) => idOfRef(doc.category)).filter((id) => id != null)),
  ]
  for (let depth = 0; depth < 6 && wanted.length > 0; depth += 1) {
    const { docs: found } = await payload.find({
      collection: SLUGS.categories,
      where: { id: { in: wanted as (number | string)[] } },
      limit: 0,
      pagination: false,
      depth: 0,
      locale: 'all',
      overrideAccess: true,
      select: { name: true, parent: true },
    })
    for (const category of found as Category[]) known.set(String(category.id), category)
    wanted = (found as Category[])
      .map((category) => idOfRef(category.parent))
      .filter((id) => id != null && !known.has(String(id)))
  }
  const namesOf = (ref: unknown) => {
    const names: unknown[] = []
    for (let id = idOfRef(ref), depth = 0; id != null && depth < 6; depth += 1) {
      const category = known.get(String(id))
      if (!category) break
      names.push(category.name)
      id = idOfRef(category.parent)
    }
    return names
  }
  return docs.map((doc) =>
    doc.category == null ? doc : { ...doc, categoryNames: namesOf(doc.category) },
  )
}

/** Entries of documents as read (products' category names looked up first). */
export const entriesOf = async (
  payload: Payload,
  kind: SearchKind,
  docs: Record<string, unknown>[],
) =>
  (kind === 'product' ? await withCategoryNames(payload, docs) : docs).map((doc) =>
    entryOf(kind, doc),
  )
