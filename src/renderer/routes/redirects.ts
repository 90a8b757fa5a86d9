import type { CollectionSlug } from 'payload'

import { SLUGS } from '@/constants'
import { ADDRESSED, portalPathOf } from '@/utilities/portalPaths'
import { asPublic, hrefFor, type RenderContext, systemRead } from '@/portal/context'

type RedirectRow = {
  to?: {
    type?: 'reference' | 'custom'
    url?: string | null
    reference?: { relationTo: string; value: unknown } | null
  }
}

/**
 * Where an address this belt no longer has went: its redirect row (by belt and path; the table
 * is not public, so the read is the server's, scoped to the belt here), then the document it
 * points at as the public sees it, so a redirect never reveals a draft or another belt's page.
 * The path is returned in the page's language; null when there is no live target.
 */
export const redirectFor = async (ctx: RenderContext): Promise<string | null> => {
  if (!ctx.belt || ctx.isPreview) return null
  const { docs } = await ctx.payload.find({
    collection: SLUGS.redirects,
    where: { and: [{ tenant: { equals: ctx.belt.id } }, { from: { equals: ctx.path } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    ...systemRead, // the belt's own redirect table, looked up by the path asked for
  })
  const to = (docs[0] as RedirectRow | undefined)?.to
  if (!to) return null
  if (to.type === 'custom')
    // Only a path of this portal (a row saved before the check refused `/zh//x` is not followed).
    return to.url && /^\/(?![/\\])/.test(to.url) && to.url !== ctx.path
      ? hrefFor(ctx, to.url)
      : null
  const reference = to.reference
  if (!reference || !(ADDRESSED as readonly string[]).includes(reference.relationTo)) return null
  const id =
    typeof reference.value === 'object' && reference.value !== null
      ? (reference.value as { id: unknown }).id
      : reference.value
  const target = await ctx.payload.find({
    collection: reference.relationTo as CollectionSlug,
    where: { id: { equals: id } },
    select: { slug: true },
    depth: 0,
    limit: 1,
    pagination: false,
    locale: ctx.locale,
    ...asPublic(ctx),
  })
  const slug = (target.docs[0] as { slug?: string } | undefined)?.slug
  if (!slug) return null
  const address = portalPathOf(reference.relationTo, slug)
  return !address || address === ctx.path ? null : hrefFor(ctx, address)
}
