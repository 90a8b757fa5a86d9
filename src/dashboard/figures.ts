import type { Endpoint, Payload, Where } from 'payload'
import { stringify } from 'qs-esm'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, idOf, isOperatorOf, isPlatformAdmin } from '@/access/roles'
import { firstReplyMinutes, median } from '@/inquiries/stats'
import { BELT_ROLES, SLUGS } from '@/constants'
import { campaignState, now as clockNow } from '@/utilities/clock'

const WEEK = 7 * 86_400_000
const HOUR = 3_600_000

/** A figure and the admin list behind it (a URL with the same filter). */
export type Figure = { value: number; href: string }

const listHref = (collection: string, where: Where) =>
  `/admin/collections/${collection}?${stringify({ where }, { encodeValuesOnly: true })}`

/**
 * What a belt's operator sees first: the state of the directory, this week's activity, the
 * festivals and the next day's live coverage, and what a new belt still has to set up. Every
 * number is a count in the database, with a link to the admin list it counts.
 */
export const beltFigures = async (payload: Payload, belt: number | string, at = clockNow()) => {
  const inBelt: Where = { tenant: { equals: belt } }
  const count = async (
    collection: 'factories' | 'products' | 'inquiries' | 'pages' | 'campaigns' | 'live-sessions',
    where: Where,
  ) =>
    (await payload.count({ collection, where: { and: [inBelt, where] }, overrideAccess: true }))
      .totalDocs
  const weekAgo = new Date(at.getTime() - WEEK).toISOString()
  const tenant = await payload.findByID({
    collection: SLUGS.tenants,
    id: belt,
    depth: 0,
    overrideAccess: true,
  })

  const factories = (
    await payload.find({
      collection: SLUGS.factories,
      where: inBelt,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      draft: true,
      select: { photos: true, verification: true },
    })
  ).docs
  const withProducts = new Set(
    (
      await payload.find({
        collection: SLUGS.products,
        where: inBelt,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        draft: true,
        select: { factory: true },
      })
    ).docs.map((doc) => String(idOf(doc.factory as never))),
  )
  const withoutProducts = factories
    .filter((doc) => !withProducts.has(String(doc.id)))
    .map((doc) => doc.id)
  const withoutPhotos = factories.filter((doc) => !(doc.photos ?? []).length).map((doc) => doc.id)

  const inquiries = (
    await payload.find({
      collection: SLUGS.inquiries,
      where: { and: [inBelt, { createdAt: { greater_than_equal: weekAgo } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { createdAt: true, replies: true, factory: true },
    })
  ).docs
  const responseMinutes = inquiries.flatMap((doc) => {
    const minutes = firstReplyMinutes(doc)
    return minutes === null ? [] : [minutes]
  })

  const campaigns = (
    await payload.find({
      collection: SLUGS.campaigns,
      where: inBelt,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      draft: true,
      select: { name: true, slug: true, startsAt: true, endsAt: true, _status: true },
    })
  ).docs
  const states = { draft: 0, scheduled: 0, live: 0, ended: 0 }
  for (const doc of campaigns)
    states[
      campaignState({ status: doc._status, startsAt: doc.startsAt, endsAt: doc.endsAt, at })
    ] += 1
  const next = campaigns
    .filter((doc) => doc._status === 'published' && Date.parse(doc.startsAt) > at.getTime())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0]

  const until = new Date(at.getTime() + 24 * HOUR).toISOString()
  const sessions = (
    await payload.find({
      collection: SLUGS.liveSessions,
      where: {
        and: [
          inBelt,
          { startsAt: { less_than: until } },
          { endsAt: { greater_than: at.toISOString() } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { startsAt: true, endsAt: true },
    })
  ).docs
  let hoursCovered = 0
  for (let hour = 0; hour < 24; hour += 1) {
    const from = at.getTime() + hour * HOUR
    if (
      sessions.some(
        (session) =>
          Date.parse(session.startsAt) < from + HOUR && Date.parse(session.endsAt as string) > from,
      )
    )
      hoursCovered += 1
  }

  const pagesPublished = await count(SLUGS.pages, { _status: { equals: 'published' } })
  const campaignsPublished = campaigns.filter((doc) => doc._status === 'published').length
  const branding = (tenant.branding ?? {}) as { logo?: unknown; heroImage?: unknown }
  return {
    belt: { id: tenant.id, slug: tenant.slug, name: tenant.name },
    at: at.toISOString(),
    factories: {
      total: { value: factories.length, href: listHref(SLUGS.factories, inBelt) },
      verified: {
        value: factories.filter((doc) => doc.verification?.status === 'verified').length,
        href: listHref(SLUGS.factories, {
          and: [inBelt, { 'verification.status': { equals: 'verified' } }],
        }),
      },
      withoutProducts: {
        value: withoutProducts.length,
        href: listHref(SLUGS.factories, {
          and: [inBelt, { id: { in: withoutProducts.join(',') || '0' } }],
        }),
      },
      withoutPhotos: {
        value: withoutPhotos.length,
        href: listHref(SLUGS.factories, {
          and: [inBelt, { id: { in: withoutPhotos.join(',') || '0' } }],
        }),
      },
    },
    products: {
      publishedThisWeek: {
        value: await count(SLUGS.products, {
          and: [
            { _status: { equals: 'published' } },
            { createdAt: { greater_than_equal: weekAgo } },
          ],
        }),
        href: listHref(SLUGS.products, {
          and: [
            inBelt,
            { _status: { equals: 'published' } },
            { createdAt: { greater_than_equal: weekAgo } },
          ],
        }),
      },
    },
    inquiries: {
      thisWeek: { value: inquiries.length, href: '/api/inquiries/stats' },
      answeredThisWeek: responseMinutes.length,
      medianFirstResponseMinutes: median(responseMinutes),
    },
    campaigns: {
      ...states,
      next: next ? { name: next.name, slug: next.slug, startsAt: next.startsAt } : null,
      href: listHref(SLUGS.campaigns, inBelt),
    },
    live: {
      sessionsNext24h: sessions.length,
      hoursCoveredNext24h: hoursCovered,
      href: listHref(SLUGS.liveSessions, { and: [inBelt, { startsAt: { less_than: until } }] }),
    },
    checklist: [
      {
        key: 'branding',
        done: Boolean(branding.logo || branding.heroImage),
        zh: '设置门户品牌（标志、主图、颜色）',
        en: 'Set the portal’s branding (logo, hero, colours)',
        href: `/admin/collections/tenants/${tenant.id}`,
      },
      {
        key: 'page',
        done: pagesPublished > 0,
        zh: '发布第一个页面',
        en: 'Publish a first page',
        href: '/admin/collections/pages/create',
      },
      {
        key: 'factories',
        done: factories.length > 0,
        zh: '导入工厂',
        en: 'Import factories',
        href: '/admin/collections/imports/create',
      },
      {
        key: 'campaign',
        done: campaignsPublished > 0,
        zh: '安排第一个节日活动',
        en: 'Schedule a first campaign',
        href: '/admin/collections/campaigns/create',
      },
    ],
  }
}

export type BeltFigures = Awaited<ReturnType<typeof beltFigures>>

/** The belts whose dashboard a user may see: an operator's own; any for a platform admin. */
export const dashboardBelts = (user: ChandiUser | null) =>
  isPlatformAdmin(user) ? null : getBeltIDs(user, BELT_ROLES.operator)

/** `GET /api/dashboard?belt=<id>`: the figures, for that belt's operators and platform admins. */
export const dashboardEndpoint: Endpoint = {
  path: '/dashboard',
  method: 'get',
  handler: async (req) => {
    const user = req.user as ChandiUser | null
    const own = dashboardBelts(user)
    const belt =
      req.query?.belt !== undefined
        ? String(req.query.belt)
        : own?.[0] !== undefined
          ? String(own[0])
          : null
    if (!user || belt === null || !(isPlatformAdmin(user) || isOperatorOf(user, belt as never))) {
      return Response.json(
        { errors: [{ message: 'Only a belt’s operators see its dashboard.' }] },
        { status: 403 },
      )
    }
    try {
      return Response.json(await beltFigures(req.payload, belt))
    } catch {
      return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    }
  },
}
