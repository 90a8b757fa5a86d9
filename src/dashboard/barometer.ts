import type { Payload, Where } from 'payload'

import { readUnpublishedFactoryIDs } from '@/access/publicWhere'
import { firstReplyMinutes, median } from '@/inquiries/stats'
import { readVisits } from '@/platform/visits'
import { productCounts, type ProductCounts } from '@/dashboard/productCounts'
import { BAROMETER_FIGURES, type BarometerFigure, type ContentLocale, SLUGS } from '@/constants'
import type { Tenant } from '@/payload-types'
import { now as clockNow } from '@/utilities/clock'

const DAY = 86_400_000
const WEEK = 7 * DAY
/** How many weeks each trend shows. */
export const WEEKS = 12

/**
 * The 12 weeks of the trends, oldest first, as the UTC midnight each starts at: the last one is
 * the seven UTC days ending with today (whole days, as the visit counts are kept per day).
 */
export const weekStarts = (at = clockNow()) => {
  const tomorrow = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1)
  return Array.from({ length: WEEKS }, (_, index) => tomorrow - (WEEKS - index) * WEEK)
}

const weekIndex = (starts: number[], time: number) => {
  const index = Math.floor((time - starts[0]) / WEEK)
  return index >= 0 && index < WEEKS ? index : -1
}

const perWeek = (starts: number[], times: number[]) => {
  const counts = Array<number>(WEEKS).fill(0)
  for (const time of times) {
    const index = weekIndex(starts, time)
    if (index !== -1) counts[index] += 1
  }
  return counts
}

/** One belt's public figures. Each is a count in the database; `shown` is what the belt shows. */
export type BeltBarometer = {
  belt: { id: number | string; name: string; slug: string }
  shown: BarometerFigure[]
  weeks: string[]
  factories: { total: number; verified: number }
  products: number
  newProducts: number[]
  inquiries: number[]
  /** Confirmed sourcing requests matched to the belt (and not hidden there), by confirmation week. */
  sourcing: number[]
  /** Hours of live sessions held by the belt's published factories, by the week they started. */
  liveHours: number[]
  /** Median hours from an inquiry to its factory's first reply, over the 12 weeks; null if none. */
  replyHours: number | null
  visits: number[]
  categories: { name: string; products: number }[]
  countries: { code: string; visits: number }[]
  /**
   * This week's inquiries + new products + sourcing requests + live hours (rounded) + visits,
   * each only if the belt shows it: what the hub ranks belts by.
   */
  activity: number
}

/** The figures a belt shows; a belt that never chose shows them all (the field's default). */
export const shownFigures = (belt: Pick<Tenant, 'barometerFigures'>): BarometerFigure[] => {
  const chosen = belt.barometerFigures
  return chosen ? (chosen as BarometerFigure[]) : BAROMETER_FIGURES.map((figure) => figure.value)
}

/**
 * The products' counts (src/dashboard/productCounts.ts), counted by the database; on MongoDB read
 * and counted here, as the public reads them.
 */
const productCountsOf = async (
  payload: Payload,
  ids: (number | string)[],
  unpublishedFactories: (number | string)[],
  fromDay: string,
): Promise<ProductCounts> => {
  const counted = await productCounts(payload, ids, unpublishedFactories, fromDay)
  if (counted) return counted
  const { docs } = await payload.find({
    collection: SLUGS.products,
    where: {
      and: [
        { tenant: { in: ids } },
        { _status: { equals: 'published' } },
        ...(unpublishedFactories.length
          ? [{ factory: { not_in: unpublishedFactories } } as Where]
          : []),
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { tenant: true, category: true, createdAt: true },
  })
  const ref = (value: unknown) =>
    value && typeof value === 'object' ? String((value as { id: unknown }).id) : String(value)
  const tally = new Map<string, { belt: string; key: string | null; count: number }>()
  const add = (kind: string, belt: string, key: string | null) => {
    const at = `${kind}|${belt}|${key}`
    const row = tally.get(at) ?? { belt, key, count: 0 }
    row.count += 1
    tally.set(at, row)
  }
  for (const doc of docs) {
    add('category', ref(doc.tenant), doc.category ? ref(doc.category) : null)
    if (doc.createdAt.slice(0, 10) >= fromDay)
      add('day', ref(doc.tenant), doc.createdAt.slice(0, 10))
  }
  const rows = (kind: string) => [...tally].filter(([at]) => at.startsWith(`${kind}|`))
  return {
    byCategory: rows('category').map(([, row]) => ({
      belt: row.belt,
      category: row.key,
      count: row.count,
    })),
    byDay: rows('day').map(([, row]) => ({
      belt: row.belt,
      day: String(row.key),
      count: row.count,
    })),
  }
}

/**
 * The barometer of published belts, all read together (the hub shows every belt): factories and
 * products as the public sees them (published, and no product of a never-published factory),
 * inquiries as the belt received them, visits as counted (src/platform/visits.ts).
 */
export const barometersOf = async (
  payload: Payload,
  belts: Tenant[],
  { locale, at = clockNow() }: { locale: ContentLocale; at?: Date },
): Promise<BeltBarometer[]> => {
  const starts = weekStarts(at)
  const from = new Date(starts[0]).toISOString()
  const ids = belts.map((belt) => belt.id)
  if (ids.length === 0) return []
  const inBelts: Where = { tenant: { in: ids } }
  const unpublishedFactories = await readUnpublishedFactoryIDs(payload, ids)
  const [factories, products, inquiries, visits, sourcing, sessions] = await Promise.all([
    payload.find({
      collection: SLUGS.factories,
      where: { and: [inBelts, { _status: { equals: 'published' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { tenant: true, verification: true },
    }),
    productCountsOf(payload, ids, unpublishedFactories, from.slice(0, 10)),
    payload.find({
      collection: SLUGS.inquiries,
      where: { and: [inBelts, { createdAt: { greater_than_equal: from } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { tenant: true, createdAt: true, replies: true },
    }),
    readVisits(ids.map(Number), from.slice(0, 10)),
    payload.find({
      collection: SLUGS.sourcingRequests,
      where: {
        and: [
          { matchedBelts: { in: ids } },
          { confirmedAt: { greater_than_equal: from } },
          { confirmedAt: { less_than_equal: at.toISOString() } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { matchedBelts: true, hiddenIn: true, confirmedAt: true },
    }),
    // Held, not merely scheduled: a session counts once it has started.
    payload.find({
      collection: SLUGS.liveSessions,
      where: {
        and: [
          inBelts,
          { startsAt: { greater_than_equal: from } },
          { startsAt: { less_than_equal: at.toISOString() } },
          ...(unpublishedFactories.length
            ? [{ factory: { not_in: unpublishedFactories } } as Where]
            : []),
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { tenant: true, startsAt: true, durationMinutes: true },
    }),
  ])
  const idOf = (value: unknown) =>
    String(value && typeof value === 'object' ? (value as { id: unknown }).id : value)

  const categoryIDs = [
    ...new Set(products.byCategory.flatMap((row) => (row.category === null ? [] : [row.category]))),
  ]
  const categoryNames = new Map(
    categoryIDs.length
      ? (
          await payload.find({
            collection: SLUGS.categories,
            where: { id: { in: categoryIDs } },
            pagination: false,
            depth: 0,
            locale,
            fallbackLocale: 'zh',
            overrideAccess: true,
            select: { name: true },
          })
        ).docs.map((doc) => [String(doc.id), String(doc.name ?? '')])
      : [],
  )

  return belts.map((belt) => {
    const mine = <T extends { tenant?: unknown }>(docs: T[]) =>
      docs.filter((doc) => idOf(doc.tenant) === String(belt.id))
    const ownFactories = mine(factories.docs)
    const ownCategories = products.byCategory.filter((row) => row.belt === String(belt.id))
    const ownInquiries = mine(inquiries.docs)
    const ownVisits = visits.filter((row) => String(row.belt) === String(belt.id))

    const newProducts = Array<number>(WEEKS).fill(0)
    for (const row of products.byDay) {
      if (row.belt !== String(belt.id)) continue
      const index = weekIndex(starts, Date.parse(`${row.day}T00:00:00Z`))
      if (index !== -1) newProducts[index] += row.count
    }
    const inquiryWeeks = perWeek(
      starts,
      ownInquiries.map((doc) => Date.parse(doc.createdAt)),
    )
    const replyHours = median(
      ownInquiries.flatMap((doc) => {
        const minutes = firstReplyMinutes(doc)
        return minutes === null ? [] : [minutes / 60]
      }),
    )
    const sourcingWeeks = perWeek(
      starts,
      sourcing.docs
        .filter((doc) => {
          const has = (list: unknown) =>
            Array.isArray(list) && list.some((value) => idOf(value) === String(belt.id))
          return has(doc.matchedBelts) && !has(doc.hiddenIn)
        })
        .map((doc) => Date.parse(doc.confirmedAt!)),
    )
    const liveHours = Array<number>(WEEKS).fill(0)
    for (const session of mine(sessions.docs)) {
      const index = weekIndex(starts, Date.parse(session.startsAt))
      if (index !== -1) liveHours[index] += (session.durationMinutes ?? 0) / 60
    }
    const visitWeeks = Array<number>(WEEKS).fill(0)
    const byCountry = new Map<string, number>()
    for (const row of ownVisits) {
      const index = weekIndex(starts, Date.parse(`${row.day}T00:00:00Z`))
      if (index === -1) continue
      visitWeeks[index] += row.count
      byCountry.set(row.country, (byCountry.get(row.country) ?? 0) + row.count)
    }
    const byCategory = new Map<string, number>()
    for (const row of ownCategories)
      if (row.category !== null)
        byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.count)

    const last = WEEKS - 1
    const liveShown = liveHours.map((hours) => Math.round(hours * 10) / 10)
    const shown = shownFigures(belt)
    // Only what the belt shows counts towards its rank: a private figure stays private.
    const thisWeek = (figure: BarometerFigure, values: number[]) =>
      shown.includes(figure) ? values[last] : 0
    return {
      belt: { id: belt.id, name: belt.name, slug: belt.slug },
      shown,
      weeks: starts.map((start) => new Date(start).toISOString().slice(0, 10)),
      factories: {
        total: ownFactories.length,
        verified: ownFactories.filter((doc) => doc.verification?.status === 'verified').length,
      },
      products: ownCategories.reduce((total, row) => total + row.count, 0),
      newProducts,
      inquiries: inquiryWeeks,
      sourcing: sourcingWeeks,
      liveHours: liveShown,
      replyHours: replyHours === null ? null : Math.round(replyHours * 10) / 10,
      visits: visitWeeks,
      categories: [...byCategory]
        .map(([id, count]) => ({ name: categoryNames.get(id) ?? '', products: count }))
        .filter((row) => row.name)
        .sort((a, b) => b.products - a.products || a.name.localeCompare(b.name))
        .slice(0, 5),
      countries: [...byCountry]
        .map(([code, count]) => ({ code, visits: count }))
        .sort((a, b) => b.visits - a.visits || a.code.localeCompare(b.code))
        .slice(0, 10),
      activity:
        thisWeek('inquiries', inquiryWeeks) +
        thisWeek('newProducts', newProducts) +
        thisWeek('sourcing', sourcingWeeks) +
        Math.round(thisWeek('liveHours', liveShown)) +
        thisWeek('visits', visitWeeks),
    }
  })
}
