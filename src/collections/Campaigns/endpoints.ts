import type { Endpoint, PayloadRequest } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { idOf, isOperatorOf, isPlatformAdmin } from '@/access/roles'
import { DEFAULT_LOCALE, SLUGS } from '@/constants'
import type { Campaign } from '@/payload-types'

const json = (body: unknown, status = 200) => Response.json(body, { status })

/** The campaign named in the URL, if the requesting user may manage it; a Response if not. */
const manageable = async (req: PayloadRequest): Promise<Campaign | Response> => {
  const user = req.user as ChandiUser | null
  if (!user) return json({ errors: [{ message: 'Log in first.' }] }, 401)
  const id = req.routeParams?.id
  const campaign = await req.payload.findByID({
    collection: SLUGS.campaigns,
    id: id as number,
    depth: 0,
    draft: true,
    locale: DEFAULT_LOCALE,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!campaign) return json({ errors: [{ message: 'Campaign not found.' }] }, 404)
  if (!isPlatformAdmin(user) && !isOperatorOf(user, campaign.tenant as never)) {
    return json({ errors: [{ message: 'Campaign not found.' }] }, 404)
  }
  return campaign
}

const HOUR = 3600_000

/**
 * A document's content ready to be created again: without the ids of its array rows and blocks,
 * and without empty values (the SQL adapter trips over a null localized upload such as
 * `meta.image` on create).
 */
const withoutRowIDs = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutRowIDs)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, item]) => key !== 'id' && item !== null && item !== undefined)
        .map(([key, item]) => [key, withoutRowIDs(item)]),
    )
  }
  return value
}

export type Coverage = {
  timeZone: string
  days: number
  sessions: number
  hours: { hour: number; daysCovered: number }[]
  gaps: number[]
}

/**
 * For each hour of the day (in the belt's time zone), on how many of the campaign's days a live
 * session runs in it: hours at 0 are the gaps a 24-hour fair must fill for some time zone.
 */
export const computeCoverage = async ({
  req,
  campaign,
}: {
  req: PayloadRequest
  campaign: Campaign
}): Promise<Coverage> => {
  const belt = await req.payload.findByID({
    collection: SLUGS.tenants,
    id: idOf(campaign.tenant as never) as number,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const timeZone = belt.timeZone || 'Asia/Shanghai'
  const { docs } = await req.payload.find({
    collection: SLUGS.liveSessions,
    where: {
      and: [
        { campaign: { equals: campaign.id } },
        { startsAt: { less_than: campaign.endsAt } },
        { endsAt: { greater_than: campaign.startsAt } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const hourOf = (time: number) =>
    Number(
      new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(
        new Date(time),
      ),
    )
  const dayOf = (time: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(time))
  const covered = new Map<number, Set<string>>(
    Array.from({ length: 24 }, (_, hour) => [hour, new Set<string>()]),
  )
  const windowStart = new Date(campaign.startsAt).getTime()
  const windowEnd = new Date(campaign.endsAt).getTime()
  for (const session of docs) {
    const start = Math.max(new Date(session.startsAt).getTime(), windowStart)
    const end = Math.min(new Date(session.endsAt ?? session.startsAt).getTime(), windowEnd)
    // Walk the session hour by hour (from the top of its first hour).
    for (let time = start - (start % HOUR); time < end; time += HOUR) {
      covered.get(hourOf(Math.max(time, start)))!.add(dayOf(Math.max(time, start)))
    }
  }
  const days = Math.max(1, Math.ceil((windowEnd - windowStart) / (24 * HOUR)))
  const hours = [...covered].map(([hour, set]) => ({ hour, daysCovered: set.size }))
  return {
    timeZone,
    days,
    sessions: docs.length,
    hours,
    gaps: hours.filter((row) => row.daysCovered === 0).map((row) => row.hour),
  }
}

export const coverageEndpoint: Endpoint = {
  path: '/:id/coverage',
  method: 'get',
  handler: async (req) => {
    const campaign = await manageable(req)
    if (campaign instanceof Response) return campaign
    return json({ campaign: campaign.id, ...(await computeCoverage({ req, campaign })) })
  },
}

/** Copies a yearly campaign, with its content and festival prices, one year on, as a draft. */
export const cloneNextEditionEndpoint: Endpoint = {
  path: '/:id/next-edition',
  method: 'post',
  handler: async (req) => {
    const campaign = await manageable(req)
    if (campaign instanceof Response) return campaign
    if (campaign.recurrence !== 'yearly') {
      const message = 'recurrence: only a yearly campaign has a next edition.'
      return json(
        {
          errors: [
            {
              name: 'ValidationError',
              message,
              data: { errors: [{ path: 'recurrence', message }] },
            },
          ],
        },
        400,
      )
    }
    const shift = (instant: string) => {
      const date = new Date(instant)
      date.setUTCFullYear(date.getUTCFullYear() + 1)
      return date.toISOString()
    }
    const year = new Date(shift(campaign.startsAt)).getUTCFullYear()
    const {
      id: _id,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      state: _state,
      ...content
    } = campaign as Campaign & { state?: unknown }
    const all = await req.payload.findByID({
      collection: SLUGS.campaigns,
      id: campaign.id,
      depth: 0,
      draft: true,
      locale: 'all',
      overrideAccess: true,
      req,
    })
    const copy = await req.payload.create({
      collection: SLUGS.campaigns,
      data: {
        ...(withoutRowIDs(content) as object),
        slug: `${campaign.slug.replace(/-\d{4}$/, '')}-${year}`,
        startsAt: shift(campaign.startsAt),
        endsAt: shift(campaign.endsAt),
        _status: 'draft',
      } as never,
      draft: true,
      locale: DEFAULT_LOCALE,
      overrideAccess: true,
      req,
    })
    // Copy the English texts too (create wrote the default locale).
    const english = (value: unknown) =>
      value && typeof value === 'object' ? (value as Record<string, string>).en : undefined
    // Saved as a normal write with `_status: draft`: a `draft: true` save in one locale would
    // snapshot that locale alone and blank the Chinese texts of the new draft.
    await req.payload.update({
      collection: SLUGS.campaigns,
      id: copy.id,
      locale: 'en',
      data: {
        name: english(all.name) ?? copy.name,
        tagline: english(all.tagline) ?? null,
        _status: 'draft',
      } as never,
      overrideAccess: true,
      req,
    })
    return json(
      {
        doc: {
          id: copy.id,
          slug: copy.slug,
          startsAt: copy.startsAt,
          endsAt: copy.endsAt,
          _status: 'draft',
        },
      },
      201,
    )
  },
}
