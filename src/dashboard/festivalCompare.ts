import type { Payload } from 'payload'

import { type ContentLocale, SLUGS } from '@/constants'
import { now as clockNow } from '@/utilities/clock'

import {
  asCampaign,
  type Campaign,
  type Edition,
  editionFigures,
  previousEdition,
} from './festivalReport'

/**
 * A festival against its last edition, on the operator's dashboard (issue #23): visits,
 * inquiries and first replies per day of the festival, day 1 beside day 1 of the belt's previous
 * published campaign of the same kind (src/dashboard/festivalReport.ts has the figures and what
 * "last edition" means). A running festival counts up to now. Only the operator's own belt's
 * published campaigns that have started: another belt's id, a draft or a future campaign is none.
 */

type ID = number | string

/** How many started festivals the dashboard offers to choose from, newest first. */
export const CHOICES = 24

/** The belt's published campaigns that have started, newest first. */
export const startedFestivals = async (
  payload: Payload,
  belt: ID,
  { at = clockNow(), locale = 'zh' }: { at?: Date; locale?: ContentLocale } = {},
): Promise<Campaign[]> => {
  const { docs } = await payload.find({
    collection: SLUGS.campaigns,
    where: {
      and: [
        { tenant: { equals: belt } },
        { _status: { equals: 'published' } },
        { startsAt: { less_than_equal: at.toISOString() } },
      ],
    },
    sort: '-startsAt',
    limit: CHOICES,
    depth: 0,
    locale,
    fallbackLocale: 'zh',
    overrideAccess: true,
    select: { name: true, slug: true, kind: true, startsAt: true, endsAt: true },
  })
  return docs.map((doc) => asCampaign(doc as never))
}

export type Comparison = {
  current: Edition
  previous: Edition | null
  /** Still running: its figures run to now. */
  running: boolean
}

/** The comparison for one of the belt's started festivals; null when it is not one. */
export const festivalComparison = async (
  payload: Payload,
  belt: ID,
  campaignID: ID,
  { at = clockNow(), locale = 'zh' }: { at?: Date; locale?: ContentLocale } = {},
): Promise<Comparison | null> => {
  const found = await payload
    .find({
      collection: SLUGS.campaigns,
      where: {
        and: [
          { id: { equals: campaignID } },
          { tenant: { equals: belt } },
          { _status: { equals: 'published' } },
          { startsAt: { less_than_equal: at.toISOString() } },
        ],
      },
      limit: 1,
      depth: 0,
      locale,
      fallbackLocale: 'zh',
      overrideAccess: true,
      select: { name: true, slug: true, kind: true, startsAt: true, endsAt: true },
    })
    // An id that is no id of this database (letters for a number): no such festival.
    .catch(() => ({ docs: [] }))
  if (!found.docs[0]) return null
  const campaign = asCampaign(found.docs[0] as never)
  const running = Date.parse(campaign.endsAt) > at.getTime()
  const before = await previousEdition(payload, belt, campaign, locale)
  const [current, previous] = await Promise.all([
    editionFigures(
      payload,
      belt,
      running ? { ...campaign, endsAt: at.toISOString() } : campaign,
      locale,
    ),
    before ? editionFigures(payload, belt, before, locale) : Promise.resolve(null),
  ])
  return { current: { ...current, campaign }, previous, running }
}

/** Per day of the festival (day 1, 2, …), the three figures of both editions, for the table and the download. */
export const comparisonRows = ({ current, previous }: Comparison) => {
  const length = Math.max(current.days.length, previous?.days.length ?? 0)
  return Array.from({ length }, (_, index) => ({
    day: index + 1,
    current: {
      date: current.days[index] ?? '',
      visits: current.visits.perDay[index] ?? null,
      inquiries: current.inquiries.perDay[index] ?? null,
      firstReplies: current.inquiries.firstRepliesPerDay[index] ?? null,
    },
    previous: {
      date: previous?.days[index] ?? '',
      visits: previous?.visits.perDay[index] ?? null,
      inquiries: previous?.inquiries.perDay[index] ?? null,
      firstReplies: previous?.inquiries.firstRepliesPerDay[index] ?? null,
    },
  }))
}
