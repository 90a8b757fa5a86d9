import type { PayloadRequest, RequestContext, Where } from 'payload'

import { SLUGS } from '@/constants'

/**
 * What the public (anonymous visitors and signed-in buyers, who hold no belt role) may read,
 * stated once. The collections' read access (`beltScopedAccess`, the belts' `readBelts`) asks
 * this module, and the portal reads through that same access (`overrideAccess: false`, no user),
 * so REST, GraphQL and the rendered pages cannot disagree about what a buyer sees: a rule
 * tightened here closes every door at once. Field access (a factory's private contact) applies
 * to the portal for the same reason.
 */

type ID = number | string

export type PublicRule = {
  collection: string
  /** Only documents whose `_status` is published (collections with drafts). */
  isPublishedOnly?: boolean
  /** Only documents whose `factory` is published: a draft factory's products are not listed. */
  isFactoryPublishedOnly?: boolean
}

/** Per belt-owned collection: what of a published belt the public sees. */
export const PUBLIC_RULES = {
  pages: { collection: SLUGS.pages, isPublishedOnly: true },
  factories: { collection: SLUGS.factories, isPublishedOnly: true },
  products: { collection: SLUGS.products, isPublishedOnly: true, isFactoryPublishedOnly: true },
  campaigns: { collection: SLUGS.campaigns, isPublishedOnly: true },
  categories: { collection: SLUGS.categories },
  media: { collection: SLUGS.media },
  liveSessions: { collection: SLUGS.liveSessions },
  beltSettings: { collection: SLUGS.beltSettings },
} as const satisfies Record<string, PublicRule>

const VIEW_KEY = 'chandi:publicView'
const PUBLISHED_BELTS_KEY = 'chandi:publishedBeltIDs'

/**
 * Narrows (never widens, except as noted) what one server-side read sees as the public. Only
 * server code sets it, through the Local API's `context`: HTTP clients cannot set `req.context`.
 */
export type PublicView = {
  /** The portal being rendered: the public sees this belt's documents only. */
  belt?: ID
  /**
   * The belt counts as published though it is not: its staff previewing it (checked by the
   * caller against their signed-in user). Widens to this one belt only.
   */
  isBeltPreview?: boolean
  /**
   * The one document a signed preview link opens (checked by the caller against the link's
   * HMAC): it is readable though not published. Widens to this one document only; the caller
   * must not cache anything read under this view.
   */
  draft?: { collection: string; id: ID }
  /**
   * The caller read the belt as published in this request (the renderer, from its host
   * lookup): the published belts need not be read again. Narrows to this belt as `belt` does.
   */
  isBeltPublished?: boolean
  /**
   * The belt's factories the public may not read, as the caller last read them with
   * `readUnpublishedFactoryIDs` (the renderer holds them per belt until the belt's next edit).
   */
  unpublishedFactoryIDs?: ID[]
}

/** The Local API `context` for reads as the public in `view`; pass the same object to every read of a render, so the published belts are read once. */
export const publicViewContext = (view: PublicView): RequestContext => ({ [VIEW_KEY]: view })

const viewOf = (req: PayloadRequest) => (req.context?.[VIEW_KEY] as PublicView | undefined) ?? {}

/** IDs of belts whose portal is public; read once per request (or per render's context). */
export const getPublishedBeltIDs = (req: PayloadRequest): Promise<ID[]> => {
  // The promise is kept, not the ids: a render's reads start together and would each read them.
  const cached = req.context?.[PUBLISHED_BELTS_KEY] as Promise<ID[]> | undefined
  if (cached) return cached
  const read = readPublishedBeltIDs(req)
  if (req.context) {
    req.context[PUBLISHED_BELTS_KEY] = read
    read.catch(() => req.context && delete req.context[PUBLISHED_BELTS_KEY])
  }
  return read
}

const readPublishedBeltIDs = async (req: PayloadRequest): Promise<ID[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.tenants,
    where: { published: { equals: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    // The question "which belts are public" is this rule's own input, not a read by the user.
    overrideAccess: true,
    select: {},
    req,
  })
  return docs.map((doc) => doc.id)
}

/** The belts the public sees in this request: the published ones, narrowed by its view. */
export const getPublicBeltIDs = async (req: PayloadRequest): Promise<ID[]> => {
  const { belt, isBeltPreview, isBeltPublished } = viewOf(req)
  if (belt !== undefined && (isBeltPreview || isBeltPublished)) return [belt]
  const published = await getPublishedBeltIDs(req)
  return belt === undefined ? published : published.filter((id) => String(id) === String(belt))
}

/**
 * The factories of these belts that the public may not read (never published). Usually none or
 * a few, so "not one of these" costs a product query nothing, where `factory._status` made every
 * product list a join with DISTINCT (a belt's home went from 23 to 44 ms at bench scale 0.01).
 */
const getUnpublishedFactoryIDs = (req: PayloadRequest, belts: ID[]): Promise<ID[]> => {
  const { belt, unpublishedFactoryIDs } = viewOf(req)
  if (unpublishedFactoryIDs && belts.length === 1 && String(belts[0]) === String(belt))
    return Promise.resolve(unpublishedFactoryIDs)
  const cacheKey = `chandi:unpublishedFactoryIDs:${belts.join(',')}`
  const cached = req.context?.[cacheKey] as Promise<ID[]> | undefined
  if (cached) return cached
  const read = readUnpublishedFactoryIDs(req.payload, belts, req)
  if (req.context) {
    req.context[cacheKey] = read
    read.catch(() => req.context && delete req.context[cacheKey])
  }
  return read
}

/** The factories of these belts that were never published: an input of the public rule. */
export const readUnpublishedFactoryIDs = async (
  payload: PayloadRequest['payload'],
  belts: ID[],
  req?: PayloadRequest,
): Promise<ID[]> => {
  const { docs } = await payload.find({
    collection: SLUGS.factories,
    where: { and: [{ tenant: { in: belts } }, { _status: { not_equals: 'published' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    // An input of the public rule itself, as the published belts are.
    overrideAccess: true,
    select: {},
    ...(req ? { req } : {}),
  })
  return docs.map((doc) => doc.id)
}

/** The belts (the `tenants` collection) the public reads: published ones. */
export const publicBeltsWhere = async (req: PayloadRequest): Promise<Where> => ({
  id: { in: await getPublicBeltIDs(req) },
})

/** What the public may read of a belt-owned collection, as a `Where` (false: nothing). */
export const publicWhere = async (
  req: PayloadRequest,
  rule: PublicRule | null,
): Promise<Where | false> => {
  if (!rule) return false
  const inBelts: Where = { tenant: { in: await getPublicBeltIDs(req) } }
  const and: Where[] = [inBelts]
  if (rule.isPublishedOnly) and.push({ _status: { equals: 'published' } })
  if (rule.isFactoryPublishedOnly) {
    const hidden = await getUnpublishedFactoryIDs(req, await getPublicBeltIDs(req))
    if (hidden.length > 0) and.push({ factory: { not_in: hidden } })
  }
  const where: Where = and.length === 1 ? inBelts : { and }
  const { draft } = viewOf(req)
  if (draft && draft.collection === rule.collection)
    return { or: [where, { and: [inBelts, { id: { equals: draft.id } }] }] }
  return where
}
