import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import { type Addressed, portalPathOf } from '@/utilities/portalPaths'

const remember = async ({
  req,
  collection,
  tenant,
  id,
  before,
  after,
}: {
  req: PayloadRequest
  collection: Addressed
  tenant: number | string
  id: number | string
  before: string
  after: string
}) => {
  const path = (slug: string) => portalPathOf(collection, slug)!
  const common = { req, overrideAccess: true, depth: 0 } as const
  const inBelt = (from: string): Where => ({
    and: [{ tenant: { equals: tenant } }, { from: { equals: from } }],
  })
  // The new address is the document's own now: nothing there redirects any more.
  await req.payload.delete({ collection: SLUGS.redirects, where: inBelt(path(after)), ...common })
  const data = {
    from: path(before),
    tenant,
    to: { type: 'reference' as const, reference: { relationTo: collection, value: id } },
  }
  const existing = await req.payload.find({
    collection: SLUGS.redirects,
    where: inBelt(data.from),
    limit: 1,
    pagination: false,
    ...common,
  })
  if (existing.docs[0])
    await req.payload.update({
      collection: SLUGS.redirects,
      id: existing.docs[0].id,
      data: data as never,
      ...common,
    })
  else await req.payload.create({ collection: SLUGS.redirects, data: data as never, ...common })
}

/**
 * Publishing a document under a new slug leaves a redirect from the address the public knew to
 * the document itself (not to the new address: renamed again, the old rows follow it, so no
 * chains form). What the public knew is the published row, not the latest draft, so it is read
 * from the table before the write; the redirect is written in the same transaction.
 */
export const slugRedirects =
  (collection: Addressed): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    if (operation !== 'update' || !originalDoc?.id || req.context?.skipSlugRedirects) return data
    if (data._status !== undefined && data._status !== 'published') return data
    const after = (data.slug ?? originalDoc.slug) as string | undefined
    const published = (await req.payload.db.findOne({
      collection,
      where: { id: { equals: originalDoc.id } },
      req,
    })) as { slug?: string; _status?: string; tenant?: unknown } | null
    const before = published?.slug
    if (!published || !before || !after || before === after) return data
    if (published._status !== undefined && published._status !== 'published') return data
    const tenant = idOf(published.tenant as never)
    if (tenant === null) return data
    await remember({ req, collection, tenant, id: originalDoc.id, before, after })
    return data
  }
