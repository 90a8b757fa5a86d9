import type { Endpoint } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, isPlatformAdmin } from '@/access/roles'
import { BELT_ROLES, SLUGS } from '@/constants'

export const median = (values: number[]) => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

type Replies = { replies?: { author?: string | null; sentAt?: string | null }[] | null }

/** When the inquiry's factory first sent a reply; null while it has none. */
export const firstReplyAt = (doc: Replies): string | null =>
  (doc.replies ?? []).find((reply) => reply.author === 'factory' && reply.sentAt)?.sentAt ?? null

/**
 * Minutes from an inquiry to its factory's first sent reply; null while it has none. The
 * figure the dashboards take the median of.
 */
export const firstReplyMinutes = (doc: Replies & { createdAt: string }) => {
  const sentAt = firstReplyAt(doc)
  return sentAt ? (Date.parse(sentAt) - Date.parse(doc.createdAt)) / 60_000 : null
}

/**
 * `GET /api/inquiries/stats`: per factory of the operator's belts, how many inquiries in each
 * status and the median time to the first reply — so a belt can coach slow factories — and
 * nothing of what buyers wrote or who they are.
 */
export const inquiryStatsEndpoint: Endpoint = {
  path: '/stats',
  method: 'get',
  handler: async (req) => {
    const user = req.user as ChandiUser | null
    const belts = isPlatformAdmin(user) ? null : getBeltIDs(user, BELT_ROLES.operator)
    if (!user || (belts !== null && belts.length === 0)) {
      return Response.json(
        { errors: [{ message: 'Only a belt’s operators see its inquiry figures.' }] },
        { status: 403 },
      )
    }
    const { docs } = await req.payload.find({
      collection: SLUGS.inquiries,
      where: belts === null ? {} : { tenant: { in: belts } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { factory: true, status: true, createdAt: true, replies: true, tenant: true },
      req,
    })
    const byFactory = new Map<
      string,
      { statuses: Record<string, number>; responseMinutes: number[]; total: number }
    >()
    for (const doc of docs) {
      const key = String(typeof doc.factory === 'object' ? doc.factory.id : doc.factory)
      const entry = byFactory.get(key) ?? { statuses: {}, responseMinutes: [], total: 0 }
      entry.total += 1
      entry.statuses[doc.status] = (entry.statuses[doc.status] ?? 0) + 1
      const minutes = firstReplyMinutes(doc)
      if (minutes !== null) entry.responseMinutes.push(minutes)
      byFactory.set(key, entry)
    }
    const factories = await req.payload.find({
      collection: SLUGS.factories,
      where: { id: { in: [...byFactory.keys()] } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { name: true, slug: true },
      req,
    })
    return Response.json({
      factories: factories.docs.map((factory) => {
        const entry = byFactory.get(String(factory.id))!
        return {
          factory: { id: factory.id, name: factory.name, slug: factory.slug },
          total: entry.total,
          statuses: entry.statuses,
          answered: entry.responseMinutes.length,
          medianFirstResponseMinutes: median(entry.responseMinutes),
        }
      }),
    })
  },
}
