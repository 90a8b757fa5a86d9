import type { Where } from 'payload'

import { SLUGS } from '@/constants'
import type { Campaign, LiveSession } from '@/payload-types'
import { campaignState, now } from '@/utilities/clock'

import { portalCache } from '@/portal/cache'
import { asPublic, expireAt, type RenderContext } from '@/portal/context'
import { heldRead } from '@/portal/heldReads'

const memo = new WeakMap<object, Promise<Campaign[]>>()

/**
 * The belt's published campaigns that have not ended, read once per request. Every page that
 * uses them is cached only until the next start or end among them.
 */
export const currentCampaigns = (ctx: RenderContext): Promise<Campaign[]> => {
  const cached = memo.get(ctx.validity)
  if (cached) return cached
  // Held per belt and language until the belt changes (or a minute): most pages read them, and
  // a campaign's populated products and factories cost more than the page's own query.
  const read = async () =>
    (
      await ctx.payload.find({
        collection: SLUGS.campaigns,
        where: { endsAt: { greater_than: now().toISOString() } },
        sort: 'startsAt',
        limit: 50,
        depth: 1,
        locale: ctx.locale,
        fallbackLocale: 'zh',
        pagination: false,
        ...asPublic(ctx),
      })
    ).docs
  // Nothing read under a preview's wider view (a draft campaign) is kept for the public.
  const loaded = ctx.isPreview
    ? read()
    : portalCache.memo(ctx.belt!.id, `campaigns:${ctx.locale}`, read)
  const promise = loaded
    .then((all) => all.filter((campaign) => new Date(campaign.endsAt).getTime() > now().getTime()))
    .then((docs) => {
      for (const campaign of docs) {
        expireAt(ctx, campaign.startsAt)
        expireAt(ctx, campaign.endsAt)
      }
      return docs
    })
  memo.set(ctx.validity, promise)
  return promise
}

export const stateOf = (campaign: Pick<Campaign, '_status' | 'startsAt' | 'endsAt'>) =>
  campaignState({ status: campaign._status, startsAt: campaign.startsAt, endsAt: campaign.endsAt })

/** Festival tiers for a product from a campaign live right now, if any. */
export const festivalPricesFor = async (ctx: RenderContext, productID: number | string) => {
  for (const campaign of await currentCampaigns(ctx)) {
    if (stateOf(campaign) !== 'live') continue
    const row = campaign.festivalPrices?.find(
      (entry) =>
        String(typeof entry.product === 'object' ? entry.product.id : entry.product) ===
        String(productID),
    )
    if (row?.tiers?.length) return { campaign, tiers: row.tiers }
  }
  return null
}

/** Upcoming and live sessions of the belt (or of one factory or campaign), soonest first. */
export const upcomingSessions = async (
  ctx: RenderContext,
  {
    factory,
    campaign,
    limit = 100,
  }: { factory?: number | string; campaign?: number | string; limit?: number } = {},
): Promise<LiveSession[]> => {
  // Held with the belt's pages (src/portal/heldReads.ts), so read with a little room: a session
  // that ends while the read is held is left out below, and the list still has `limit`.
  const read = async () => {
    const where: Where[] = [
      { endsAt: { greater_than: now().toISOString() } },
      ...(factory !== undefined ? [{ factory: { equals: factory } }] : []),
      ...(campaign !== undefined ? [{ campaign: { equals: campaign } }] : []),
    ]
    const { docs } = await ctx.payload.find({
      collection: SLUGS.liveSessions,
      where: { and: where },
      sort: 'startsAt',
      limit: limit + 5,
      // No total is shown: no COUNT(*).
      pagination: false,
      depth: 1,
      locale: ctx.locale,
      fallbackLocale: 'zh',
      ...asPublic(ctx),
    })
    return docs
  }
  const held = await heldRead(
    ctx,
    `upcomingSessions:${ctx.locale}:${factory ?? ''}:${campaign ?? ''}:${limit}`,
    read,
  )
  const docs = held
    .filter((session) => !session.endsAt || new Date(session.endsAt).getTime() > now().getTime())
    .slice(0, limit)
  // "Live now" and "starting in 20 min" change by the minute; the script keeps them current in
  // the browser, and the cached HTML is kept for a minute at most.
  if (docs.length > 0) expireAt(ctx, Date.now() + 60_000)
  for (const session of docs) {
    expireAt(ctx, session.startsAt)
    if (session.endsAt) expireAt(ctx, session.endsAt)
  }
  return docs
}
