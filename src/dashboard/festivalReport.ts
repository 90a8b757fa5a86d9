import type { Payload } from 'payload'

import { idOf } from '@/access/roles'
import { type ContentLocale, SLUGS } from '@/constants'
import { hasQuote } from '@/inquiries/notify'
import { firstReplyAt, firstReplyMinutes, median } from '@/inquiries/stats'
import { readVisits } from '@/platform/visits'
import { now as clockNow } from '@/utilities/clock'

/**
 * A festival's report (issue #23), for its belt's operator to send upward: what the campaign's
 * days brought — visits, inquiries, first replies, quotations, the factories asked most and the
 * products seen most — beside the same figures of its last edition (the belt's previous
 * published campaign of the same kind that ended before this one started). Counts and names of
 * factories and products only: nothing of a buyer is read.
 */

type ID = number | string
const DAY = 86_400_000
/** How many factories, products and countries each ranking lists. */
export const TOP = 5

export type Campaign = {
  id: ID
  name: string
  slug: string
  kind: string
  startsAt: string
  endsAt: string
}

export type Edition = {
  campaign: Campaign
  /** The UTC days the window touches, first to last: visits are counted per UTC day. */
  days: string[]
  visits: {
    /** Every view of the belt's portal on those days. */
    total: number
    /** Views of this campaign's own page. */
    campaignPage: number
    factoryPages: number
    productPages: number
    perDay: number[]
    countries: { code: string; visits: number }[]
  }
  /** The belt's inquiries created inside the window (start included, end excluded), spam left out. */
  inquiries: {
    total: number
    /** Those with a first reply from their factory. */
    answered: number
    /** Median minutes from an inquiry to its factory's first reply; null when none was answered. */
    medianFirstReplyMinutes: number | null
    /** The factories' messages on those inquiries that carry a quotation (price tiers). */
    quotes: number
    /** Those inquiries with at least one quotation. */
    quoted: number
    /** Per day of `days`: the inquiries that came that day. */
    perDay: number[]
    /** Per day of `days`: the first replies sent that day to those inquiries. */
    firstRepliesPerDay: number[]
  }
  topFactories: { id: ID; name: string; slug: string; inquiries: number; quotes: number }[]
  topProducts: { id: ID; name: string; slug: string; visits: number; inquiries: number }[]
}

export type FestivalReport = {
  belt: { id: ID; name: string; timeZone: string }
  current: Edition
  previous: Edition | null
  generatedAt: string
}

/** `YYYY-MM-DD` of every UTC day from the start's to the end's (an end at midnight is not its day). */
export const windowDays = (startsAt: string, endsAt: string) => {
  const start = Date.parse(startsAt)
  const last = Math.max(start, Date.parse(endsAt) - 1)
  const days: string[] = []
  for (
    let day = Date.UTC(
      new Date(start).getUTCFullYear(),
      new Date(start).getUTCMonth(),
      new Date(start).getUTCDate(),
    );
    day <= last && days.length < 400;
    day += DAY
  )
    days.push(new Date(day).toISOString().slice(0, 10))
  return days
}

/** Highest first, ties by id. */
const ranked = <T extends { id: ID }>(rows: T[], by: (row: T) => number) =>
  [...rows].sort((a, b) => by(b) - by(a) || String(a.id).localeCompare(String(b.id)))

export const asCampaign = (doc: Record<string, unknown>): Campaign => ({
  id: doc.id as ID,
  name: String(doc.name ?? ''),
  slug: String(doc.slug ?? ''),
  kind: String(doc.kind ?? ''),
  startsAt: new Date(String(doc.startsAt)).toISOString(),
  endsAt: new Date(String(doc.endsAt)).toISOString(),
})

/** Names (in `locale`, Chinese when missing) and slugs of some documents of the belt. */
const namesOf = async (
  payload: Payload,
  collection: typeof SLUGS.factories | typeof SLUGS.products,
  belt: ID,
  ids: string[],
  locale: ContentLocale,
) => {
  if (ids.length === 0) return new Map<string, { id: ID; name: string; slug: string }>()
  const { docs } = await payload.find({
    collection,
    where: { and: [{ tenant: { equals: belt } }, { id: { in: ids } }] },
    pagination: false,
    depth: 0,
    locale,
    fallbackLocale: 'zh',
    overrideAccess: true,
    select: { name: true, slug: true },
  })
  return new Map(
    docs.map((doc) => [
      String(doc.id),
      { id: doc.id as ID, name: String(doc.name ?? ''), slug: String(doc.slug) },
    ]),
  )
}

/** One edition's figures. */
export const editionFigures = async (
  payload: Payload,
  belt: ID,
  campaign: Campaign,
  locale: ContentLocale,
): Promise<Edition> => {
  const days = windowDays(campaign.startsAt, campaign.endsAt)
  const dayIndex = new Map(days.map((day, index) => [day, index]))
  const [visitRows, inquiryDocs] = await Promise.all([
    readVisits([Number(belt)], days[0], days[days.length - 1]),
    payload.find({
      collection: SLUGS.inquiries,
      where: {
        and: [
          { tenant: { equals: belt } },
          { createdAt: { greater_than_equal: campaign.startsAt } },
          { createdAt: { less_than: campaign.endsAt } },
          { status: { not_equals: 'spam' } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      // Who replied, when, and whether with a quotation: never what was written.
      select: {
        createdAt: true,
        replies: { author: true, sentAt: true, quote: true },
        factory: true,
        product: true,
      },
    }),
  ])

  const perDay = days.map(() => 0)
  const countries = new Map<string, number>()
  const productVisits = new Map<string, number>()
  const visits = { total: 0, campaignPage: 0, factoryPages: 0, productPages: 0 }
  for (const row of visitRows) {
    const index = dayIndex.get(row.day)
    if (index === undefined || Number(row.belt) !== Number(belt)) continue
    perDay[index] += row.count
    visits.total += row.count
    if (row.kind === 'campaign' && row.doc === String(campaign.id)) visits.campaignPage += row.count
    if (row.kind === 'factory') visits.factoryPages += row.count
    if (row.kind === 'product') {
      visits.productPages += row.count
      if (row.doc) productVisits.set(row.doc, (productVisits.get(row.doc) ?? 0) + row.count)
    }
    if (row.country) countries.set(row.country, (countries.get(row.country) ?? 0) + row.count)
  }

  const minutes: number[] = []
  const inquiriesPerDay = days.map(() => 0)
  const firstRepliesPerDay = days.map(() => 0)
  const addOn = (series: number[], at: string | null) => {
    const index = at ? dayIndex.get(new Date(at).toISOString().slice(0, 10)) : undefined
    if (index !== undefined) series[index] += 1
  }
  let quotes = 0
  let quoted = 0
  const byFactory = new Map<string, { inquiries: number; quotes: number }>()
  const productInquiries = new Map<string, number>()
  for (const doc of inquiryDocs.docs) {
    const first = firstReplyMinutes(doc)
    if (first !== null) minutes.push(first)
    addOn(inquiriesPerDay, doc.createdAt)
    addOn(firstRepliesPerDay, firstReplyAt(doc))
    const quoteCount = (doc.replies ?? []).filter(
      (reply) => reply.author === 'factory' && hasQuote(reply.quote),
    ).length
    quotes += quoteCount
    if (quoteCount > 0) quoted += 1
    const factory = String(idOf(doc.factory as never))
    const entry = byFactory.get(factory) ?? { inquiries: 0, quotes: 0 }
    entry.inquiries += 1
    entry.quotes += quoteCount
    byFactory.set(factory, entry)
    const product = idOf(doc.product as never)
    if (product !== null)
      productInquiries.set(String(product), (productInquiries.get(String(product)) ?? 0) + 1)
  }

  const factoryRows = ranked(
    [...byFactory].map(([id, entry]) => ({ id, ...entry })),
    (row) => row.inquiries,
  ).slice(0, TOP)
  // A few more products than shown, in case some of the most viewed were deleted since.
  const productRows = ranked(
    [...productVisits].map(([id, count]) => ({ id, visits: count })),
    (row) => row.visits,
  ).slice(0, TOP * 4)
  const [factoryNames, productNames] = await Promise.all([
    namesOf(
      payload,
      SLUGS.factories,
      belt,
      factoryRows.map((row) => row.id),
      locale,
    ),
    namesOf(
      payload,
      SLUGS.products,
      belt,
      productRows.map((row) => row.id),
      locale,
    ),
  ])
  const middle = median(minutes)
  return {
    campaign,
    days,
    visits: {
      ...visits,
      perDay,
      countries: [...countries]
        .map(([code, count]) => ({ code, visits: count }))
        .sort((a, b) => b.visits - a.visits || a.code.localeCompare(b.code))
        .slice(0, TOP),
    },
    inquiries: {
      total: inquiryDocs.docs.length,
      answered: minutes.length,
      medianFirstReplyMinutes: middle === null ? null : Math.round(middle),
      quotes,
      quoted,
      perDay: inquiriesPerDay,
      firstRepliesPerDay,
    },
    // A factory deleted since keeps its place, without a name.
    topFactories: factoryRows.map((row) => ({
      id: factoryNames.get(row.id)?.id ?? row.id,
      name: factoryNames.get(row.id)?.name ?? '',
      slug: factoryNames.get(row.id)?.slug ?? '',
      inquiries: row.inquiries,
      quotes: row.quotes,
    })),
    topProducts: productRows
      .filter((row) => productNames.has(row.id))
      .slice(0, TOP)
      .map((row) => ({
        ...productNames.get(row.id)!,
        visits: row.visits,
        inquiries: productInquiries.get(row.id) ?? 0,
      })),
  }
}

/** The belt's last published campaign of the same kind that ended before this one started. */
export const previousEdition = async (
  payload: Payload,
  belt: ID,
  campaign: Campaign,
  locale: ContentLocale,
): Promise<Campaign | null> => {
  const { docs } = await payload.find({
    collection: SLUGS.campaigns,
    where: {
      and: [
        { tenant: { equals: belt } },
        { kind: { equals: campaign.kind } },
        { _status: { equals: 'published' } },
        { endsAt: { less_than_equal: campaign.startsAt } },
        { id: { not_equals: campaign.id } },
      ],
    },
    sort: '-endsAt',
    limit: 1,
    depth: 0,
    locale,
    fallbackLocale: 'zh',
    overrideAccess: true,
    select: { name: true, slug: true, kind: true, startsAt: true, endsAt: true },
  })
  return docs[0] ? asCampaign(docs[0] as never) : null
}

/** The report of one ended campaign (the caller checks who asks and that it has ended). */
export const festivalReport = async (
  payload: Payload,
  campaignDoc: Record<string, unknown>,
  { locale = 'zh', at = clockNow() }: { locale?: ContentLocale; at?: Date } = {},
): Promise<FestivalReport> => {
  const belt = idOf(campaignDoc.tenant as never)!
  const campaign = asCampaign(campaignDoc)
  const [tenant, before] = await Promise.all([
    payload.findByID({
      collection: SLUGS.tenants,
      id: belt,
      depth: 0,
      locale,
      fallbackLocale: 'zh',
      overrideAccess: true,
      select: { name: true, timeZone: true },
    }),
    previousEdition(payload, belt, campaign, locale),
  ])
  const [current, previous] = await Promise.all([
    editionFigures(payload, belt, campaign, locale),
    before ? editionFigures(payload, belt, before, locale) : Promise.resolve(null),
  ])
  return {
    belt: {
      id: belt,
      name: String(tenant.name ?? ''),
      timeZone: String(tenant.timeZone || 'Asia/Shanghai'),
    },
    current,
    previous,
    generatedAt: at.toISOString(),
  }
}

/** The change from the last edition: the difference and its share of the last value. */
export const change = (current: number | null, previous: number | null | undefined) =>
  current === null || previous === null || previous === undefined
    ? null
    : {
        delta: current - previous,
        percent: previous === 0 ? null : Math.round(((current - previous) / previous) * 1000) / 10,
      }
