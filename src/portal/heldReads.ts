import { countHeldRead } from '@/platform/metrics'

import { portalCache } from './cache'
import type { RenderContext } from './context'

/**
 * Freezes a value and everything it holds: a held read is shared by every render of its belt, so
 * a page that changed one would change them all. Frozen, such a write throws (modules are strict)
 * and the tests find it.
 */
export const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/** Whether a render's public reads may be shared with the other renders of its belt. */
export const mayHold = (ctx: Pick<RenderContext, 'belt' | 'isPreview' | 'draft'>) =>
  !ctx.isPreview && !ctx.draft && ctx.belt?.published === true

/**
 * A public read of a published belt's portal, held until that belt's next eviction (or a minute):
 * the same lifetime as the belt's cached pages, dropped by the same edits
 * (src/hooks/invalidatePortal.ts), so it is never staler than a cached page would be. A render
 * that misses the page cache (another query string, a page evicted for an edit elsewhere in the
 * belt, a product first seen since) then reads what other renders read already. Nothing read
 * under a preview's wider view, or on a belt not yet published, is held. `key` must name
 * everything the read depends on besides the belt: collection, language, arguments.
 */
export const heldRead = <T>(
  ctx: Pick<RenderContext, 'belt' | 'isPreview' | 'draft'>,
  key: string,
  load: () => Promise<T>,
): Promise<T> => {
  if (!mayHold(ctx)) return load()
  let isMiss = false
  const value = portalCache.memo(ctx.belt!.id, `read:${key}`, async () => {
    isMiss = true // set before `memo` returns: an async function runs to its first await at once
    return deepFreeze(await load())
  })
  countHeldRead(isMiss ? 'miss' : 'hit')
  return value
}
