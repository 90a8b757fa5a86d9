import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '@/access/roles'
import { evictEverywhere } from '@/platform/events'
import { afterCommit } from '@/platform/transactions'

const beltOf = (doc: Record<string, unknown> | undefined, isBelt: boolean) =>
  isBelt ? idOf(doc?.id as never) : idOf(doc?.tenant as never)

/**
 * Evicts the rendered pages of the belt a document belongs to (and the hub), in every process,
 * so a published change shows on the next request. Runs for drafts too: cheap, and a draft that
 * replaces a published version is then re-read. `context.skipInvalidation` turns it off for bulk
 * writes, which evict once at the end. Once the write's transaction commits (a page rendered
 * before that would still read the old content), before the API answers.
 */
export const invalidatePortal = ({ isBelt = false }: { isBelt?: boolean } = {}) => {
  /** The document's belt (or, with none, what `evictBelt(null)` evicts), and the one it left. */
  const evict = async (req: PayloadRequest, [belt, before = null]: (string | number | null)[]) => {
    const each = () => {
      evictEverywhere(belt)
      if (before !== null && String(before) !== String(belt)) evictEverywhere(before)
    }
    await afterCommit(req, each)
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (req.context?.skipInvalidation) return doc
    await evict(req, [beltOf(doc, isBelt), beltOf(previousDoc, isBelt)])
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    if (req.context?.skipInvalidation) return doc
    await evict(req, [beltOf(doc, isBelt)])
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}
