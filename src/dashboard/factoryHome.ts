import type { Payload, Where } from 'payload'
import { stringify } from 'qs-esm'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, getFactoryID, idOf, isOnlyFactoryMember, sameID } from '@/access/roles'
import { readUnpublishedFactoryIDs } from '@/access/publicWhere'
import { firstReplyMinutes, median } from '@/inquiries/stats'
import { readVisits } from '@/platform/visits'
import { BELT_ROLES, SLUGS } from '@/constants'
import { now as clockNow } from '@/utilities/clock'
import { readProfileCompleteness } from '@/dashboard/profile'

const DAY = 86_400_000
/** The days the reply times are taken over (inquiries received in them). */
export const REPLY_DAYS = 30

const listHref = (collection: string, where: Where) =>
  `/admin/collections/${collection}?${stringify({ where }, { encodeValuesOnly: true })}`

/** The UTC day `days - 1` days before `at`'s: the first of the last `days` whole days. */
const firstDay = (at: Date, days: number) =>
  new Date(
    Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - (days - 1)),
  ).toISOString()

/** Views over the last 7 and the last 30 UTC days, today included. */
export type Views = { days7: number; days30: number }

/**
 * A factory member's admin home (issue #23): their own factory's figures and nothing of another
 * factory's. Views of the profile and of its published products (src/platform/visits.ts; none
 * while the factory or its belt is not on the portal), inquiries waiting for a first reply, the
 * median first-reply time against the belt's (inquiries of the last 30 days; the belt's counts
 * its published factories), and how complete the profile is. Null for anyone but a factory
 * member (an operator's home is the belt dashboard), or when the factory is not in their belt.
 */
export const factoryHome = async (
  payload: Payload,
  user: ChandiUser | null,
  { at = clockNow(), locale = 'zh' }: { at?: Date; locale?: 'zh' | 'en' } = {},
) => {
  const factoryID = getFactoryID(user)
  if (!isOnlyFactoryMember(user) || factoryID === null) return null
  const factory = await payload.findByID({
    collection: SLUGS.factories,
    id: factoryID,
    depth: 0,
    locale,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true, slug: true, tenant: true, _status: true },
  })
  const beltID = idOf(factory?.tenant as never)
  if (!factory || beltID === null) return null
  if (!getBeltIDs(user, BELT_ROLES.factoryMember).some((id) => sameID(id, beltID))) return null
  const belt = await payload.findByID({
    collection: SLUGS.tenants,
    id: beltID,
    depth: 0,
    locale,
    overrideAccess: true,
    select: { name: true, slug: true, published: true },
  })
  // The factory's main document is its latest published version, or a draft never published.
  const onPortal = Boolean(belt.published) && factory._status === 'published'

  const products = (
    await payload.find({
      collection: SLUGS.products,
      where: { and: [{ factory: { equals: factory.id } }, { _status: { equals: 'published' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {},
    })
  ).docs.map((doc) => String(doc.id))
  const from7 = firstDay(at, 7).slice(0, 10)
  const from30 = firstDay(at, 30).slice(0, 10)
  const views = { profile: { days7: 0, days30: 0 }, products: { days7: 0, days30: 0 } }
  if (onPortal) {
    const shown = new Set(products)
    for (const row of await readVisits([Number(beltID)], from30)) {
      if (row.belt !== Number(beltID)) continue
      const figure =
        row.kind === 'factory' && row.doc === String(factory.id)
          ? views.profile
          : row.kind === 'product' && shown.has(row.doc)
            ? views.products
            : null
      if (!figure) continue
      figure.days30 += row.count
      if (row.day >= from7) figure.days7 += row.count
    }
  }

  const isWaiting: Where = {
    and: [{ factory: { equals: factory.id } }, { status: { equals: 'new' } }],
  }
  const waiting = await payload.count({
    collection: SLUGS.inquiries,
    where: isWaiting,
    overrideAccess: true,
  })

  // Only when each inquiry came and when its factory first answered: nothing of the buyer.
  const since = new Date(at.getTime() - REPLY_DAYS * DAY).toISOString()
  const unpublished = (await readUnpublishedFactoryIDs(payload, [beltID])).map(String)
  const inquiries = (
    await payload.find({
      collection: SLUGS.inquiries,
      where: {
        and: [{ tenant: { equals: beltID } }, { createdAt: { greater_than_equal: since } }],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { factory: true, createdAt: true, replies: { author: true, sentAt: true } },
    })
  ).docs
  const own: number[] = []
  const inBelt: number[] = []
  for (const doc of inquiries) {
    const minutes = firstReplyMinutes(doc)
    if (minutes === null) continue
    const of = String(idOf(doc.factory as never))
    if (of === String(factory.id)) own.push(minutes)
    if (!unpublished.includes(of)) inBelt.push(minutes)
  }

  const profile = await readProfileCompleteness(payload, factory.id)
  return {
    at: at.toISOString(),
    factory: { id: factory.id, name: factory.name, slug: factory.slug, onPortal },
    belt: { id: belt.id, name: belt.name },
    views: {
      ...views,
      productsOnPortal: products.length,
      href: listHref(SLUGS.products, { factory: { equals: factory.id } }),
    },
    inquiries: {
      waiting: { value: waiting.totalDocs, href: listHref(SLUGS.inquiries, isWaiting) },
    },
    replies: {
      days: REPLY_DAYS,
      factory: { medianMinutes: median(own), answered: own.length },
      belt: { medianMinutes: median(inBelt), answered: inBelt.length },
    },
    profile: { ...profile!, href: `/admin/collections/${SLUGS.factories}/${factory.id}` },
  }
}

export type FactoryHomeFigures = NonNullable<Awaited<ReturnType<typeof factoryHome>>>
