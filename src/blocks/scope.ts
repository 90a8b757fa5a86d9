import type { RenderContext } from '@/renderer/context'

type Owned = { tenant?: unknown; _status?: string | null }

/**
 * Keeps, of a block's related documents, those that are populated, of this belt, and (where
 * drafts exist) published: a page never shows another belt's factory or a draft, whatever it
 * points at.
 */
export const ownPublished = <T extends Owned>(ctx: RenderContext, docs: unknown): T[] =>
  (Array.isArray(docs) ? docs : [docs]).filter((doc): doc is T => {
    if (!doc || typeof doc !== 'object') return false
    const { tenant, _status } = doc as Owned
    const tenantID = tenant && typeof tenant === 'object' ? (tenant as { id: unknown }).id : tenant
    return String(tenantID) === String(ctx.belt?.id) && (_status === undefined || _status === null || _status === 'published')
  })
