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

/** What a held read costs in memory, roughly: its JSON's length (a miss measures it once). */
const sizeOf = (value: unknown) => {
  try {
    return JSON.stringify(value)?.length ?? 0
  } catch {
    return 1 << 20 // not JSON (never expected): counted as large, so it goes first
  }
}

/**
 * A public read of a published belt's portal, held until that belt's next eviction, a minute, or
 * until newer reads of the belt push it out (each belt holds at most 2,000 reads and 8 MB of
 * them). The evictions are the cached pages' own (src/hooks/invalidatePortal.ts): a held read is
 * never staler than a cached page of the belt would be. A render that misses the page cache
 * (another query string or page number, a page pushed out of the cache, one whose campaign just
 * started) then reads what earlier renders of the belt read. Nothing read under a preview's wider
 * view, or on a belt not yet published, is held. `key` must name everything the read depends on
 * besides the belt: collection, language, arguments.
 */
export const heldRead = <T>(
  ctx: Pick<RenderContext, 'belt' | 'isPreview' | 'draft' | 'held'>,
  key: string,
  load: () => Promise<T>,
): Promise<T> => holdIn(ctx, key, load)

/**
 * A public read of a published belt's page that also shows other belts' content (its similar
 * products elsewhere): held as `heldRead` holds, and dropped by the evictions of the belts it
 * shows too (`otherBeltsOf` its value names them), not only by its own belt's.
 */
export const heldAcrossBelts = <T>(
  ctx: Pick<RenderContext, 'belt' | 'isPreview' | 'draft' | 'held'>,
  key: string,
  load: () => Promise<T>,
  otherBeltsOf: (value: T) => string[],
): Promise<T> => holdIn(ctx, key, load, otherBeltsOf)

const holdIn = <T>(
  ctx: Pick<RenderContext, 'belt' | 'isPreview' | 'draft' | 'held'>,
  key: string,
  load: () => Promise<T>,
  otherBeltsOf?: (value: T) => string[],
): Promise<T> => {
  if (!mayHold(ctx)) return load()
  const { value, isMiss } = portalCache.hold(
    ctx.belt!.id,
    key,
    async () => deepFreeze(await load()),
    { sizeOf, otherBeltsOf },
  )
  if (ctx.held) ctx.held[isMiss ? 'misses' : 'hits'] += 1
  return value
}
