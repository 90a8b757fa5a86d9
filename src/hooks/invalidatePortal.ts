import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf } from '@/access/roles'
import { evictEverywhere } from '@/invalidation'

const beltOf = (doc: Record<string, unknown> | undefined, isBelt: boolean) =>
  isBelt ? idOf(doc?.id as never) : idOf(doc?.tenant as never)

/**
 * Evicts the rendered pages of the belt a document belongs to (and the hub), in every process,
 * so a published change shows on the next request. Runs for drafts too: cheap, and a draft that
 * replaces a published version is then re-read. `context.skipInvalidation` turns it off for bulk
 * writes, which evict once at the end.
 */
export const invalidatePortal = ({ isBelt = false }: { isBelt?: boolean } = {}) => {
  const afterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
    if (req.context?.skipInvalidation) return doc
    evictEverywhere(beltOf(doc, isBelt))
    const before = beltOf(previousDoc, isBelt)
    if (before !== null && String(before) !== String(beltOf(doc, isBelt))) evictEverywhere(before)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
    if (req.context?.skipInvalidation) return doc
    evictEverywhere(beltOf(doc, isBelt))
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}
