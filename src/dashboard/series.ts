import type { Payload } from 'payload'

import { idOf } from '@/access/roles'
import { firstReplyAt, median } from '@/inquiries/stats'
import { readVisits } from '@/platform/visits'
import { type ContentLocale, SLUGS } from '@/constants'
import { now as clockNow } from '@/utilities/clock'

const DAY = 86_400_000
/** How many days the operator's charts show. */
export const DAYS = 90
/** A factory whose median first reply is slower than this is to be nudged (as one with an unanswered inquiry). */
export const SLOW_REPLY_MINUTES = 24 * 60
/** Statuses that close an inquiry: one of them without a reply is not waiting for the factory. */
const CLOSED = new Set(['won', 'lost', 'spam'])

/** The 90 UTC days ending today, oldest first, as `YYYY-MM-DD`. */
export const lastDays = (at = clockNow(), days = DAYS) => {
  const today = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())
  return Array.from({ length: days }, (_, index) =>
    new Date(today - (days - 1 - index) * DAY).toISOString().slice(0, 10),
  )
}

type ID = number | string

/** The belt's inquiries of the last 90 days: when each came, its factory, status, first reply. */
const readInquiries = async (payload: Payload, belt: ID, from: string) =>
  (
    await payload.find({
      collection: SLUGS.inquiries,
      where: { and: [{ tenant: { equals: belt } }, { createdAt: { greater_than_equal: from } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      // Only when each reply was sent and by whom: never what was written.
      select: {
        createdAt: true,
        replies: { author: true, sentAt: true },
        factory: true,
        status: true,
      },
    })
  ).docs.map((doc) => ({
    createdAt: doc.createdAt,
    factory: String(idOf(doc.factory as never)),
    status: String(doc.status ?? ''),
    firstReply: firstReplyAt(doc),
  }))

/**
 * Visits, inquiries and first replies per UTC day, the last 90 days: visits as counted
 * (src/platform/visits.ts, every page of the belt's portal), inquiries by the day they came, and
 * the factories' first replies to those inquiries by the day each was sent.
 */
export const dailySeries = async (payload: Payload, belt: ID, at = clockNow()) => {
  const days = lastDays(at)
  const index = new Map(days.map((day, position) => [day, position]))
  const [inquiries, visitRows] = await Promise.all([
    readInquiries(payload, belt, `${days[0]}T00:00:00.000Z`),
    readVisits([Number(belt)], days[0]),
  ])
  const visits = days.map(() => 0)
  const received = days.map(() => 0)
  const replies = days.map(() => 0)
  const add = (series: number[], day: string, count = 1) => {
    const position = index.get(day)
    if (position !== undefined) series[position] += count
  }
  for (const row of visitRows)
    if (Number(row.belt) === Number(belt)) add(visits, row.day, row.count)
  for (const doc of inquiries) {
    add(received, new Date(doc.createdAt).toISOString().slice(0, 10))
    if (doc.firstReply) add(replies, new Date(doc.firstReply).toISOString().slice(0, 10))
  }
  return { days, visits, inquiries: received, replies }
}

export type DailySeries = Awaited<ReturnType<typeof dailySeries>>

export type NudgeRow = {
  factory: { id: ID; name: string; slug: string }
  /** Median minutes from an inquiry to the factory's first reply (last 90 days); null: none answered. */
  medianFirstReplyMinutes: number | null
  /** Inquiries with no reply from the factory that are not closed (won, lost, spam). */
  openUnanswered: number
  inquiries: number
}

/**
 * The "to nudge" list: the belt's published factories that answer slowest over the last 90 days
 * (a median first reply over a day, or an inquiry still unanswered), worst first: never
 * answered, then the slowest median, then the most inquiries waiting. Names and counts only,
 * nothing of the buyers.
 */
export const nudgeList = async (
  payload: Payload,
  belt: ID,
  { at = clockNow(), locale = 'zh' }: { at?: Date; locale?: ContentLocale } = {},
): Promise<NudgeRow[]> => {
  const from = `${lastDays(at)[0]}T00:00:00.000Z`
  const inquiries = await readInquiries(payload, belt, from)
  const byFactory = new Map<string, { minutes: number[]; open: number; total: number }>()
  for (const doc of inquiries) {
    const entry = byFactory.get(doc.factory) ?? { minutes: [], open: 0, total: 0 }
    entry.total += 1
    if (doc.firstReply)
      entry.minutes.push((Date.parse(doc.firstReply) - Date.parse(doc.createdAt)) / 60_000)
    else if (!CLOSED.has(doc.status)) entry.open += 1
    byFactory.set(doc.factory, entry)
  }
  if (byFactory.size === 0) return []
  const factories = await payload.find({
    collection: SLUGS.factories,
    where: {
      and: [
        { tenant: { equals: belt } },
        { id: { in: [...byFactory.keys()] } },
        { _status: { equals: 'published' } },
      ],
    },
    pagination: false,
    depth: 0,
    locale,
    fallbackLocale: 'zh',
    overrideAccess: true,
    select: { name: true, slug: true },
  })
  return factories.docs
    .map((factory) => {
      const entry = byFactory.get(String(factory.id))!
      const middle = median(entry.minutes)
      return {
        factory: { id: factory.id, name: String(factory.name ?? ''), slug: String(factory.slug) },
        medianFirstReplyMinutes: middle === null ? null : Math.round(middle),
        openUnanswered: entry.open,
        inquiries: entry.total,
      }
    })
    .filter(
      (row) =>
        row.openUnanswered > 0 ||
        (row.medianFirstReplyMinutes !== null && row.medianFirstReplyMinutes > SLOW_REPLY_MINUTES),
    )
    .sort(
      (a, b) =>
        (b.medianFirstReplyMinutes ?? Infinity) - (a.medianFirstReplyMinutes ?? Infinity) ||
        b.openUnanswered - a.openUnanswered ||
        a.factory.slug.localeCompare(b.factory.slug),
    )
}
