import type { Endpoint, PayloadRequest } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, idOf, idsOf, isPlatformAdmin } from '@/access/roles'
import { BELT_ROLES, SLUGS } from '@/constants'
import type { SourcingRequest } from '@/payload-types'

import { median } from '@/inquiries/stats'

type ID = number | string

/** The belts whose figures the user sees: all for platform admins, their operated ones else. */
const operatedBelts = (req: PayloadRequest): ID[] | null | 'none' => {
  const user = req.user as ChandiUser | null
  if (isPlatformAdmin(user)) return null
  const belts = getBeltIDs(user, BELT_ROLES.operator)
  return belts.length ? belts : 'none'
}

const refused = () =>
  Response.json(
    { errors: [{ message: 'Only a belt’s operators see its sourcing requests’ figures.' }] },
    { status: 403 },
  )

/**
 * `GET /api/sourcing-requests/figures`: per request matched in the operator's belts, what the
 * belt's factories made of it (matched, quotes, declines, hours to the first quote, accepted) —
 * never the buyer, never a quote's body.
 */
export const sourcingFiguresEndpoint: Endpoint = {
  path: '/figures',
  method: 'get',
  handler: async (req) => {
    const belts = operatedBelts(req)
    if (belts === 'none') return refused()
    const { docs } = await req.payload.find({
      collection: SLUGS.sourcingRequests,
      where:
        belts === null ? { status: { not_equals: 'pending' } } : { matchedBelts: { in: belts } },
      sort: '-createdAt',
      limit: 200,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const requests = docs as SourcingRequest[]
    const { docs: quotes } = await req.payload.find({
      collection: SLUGS.sourcingQuotes,
      where: {
        and: [
          { request: { in: requests.map((doc) => doc.id) } },
          ...(belts === null ? [] : [{ tenant: { in: belts } }]),
        ],
      },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { request: true, status: true, createdAt: true },
      req,
    })
    const mine = (ids: unknown) =>
      belts === null
        ? idsOf(ids)
        : idsOf(ids).filter((id) => belts.some((b) => String(b) === String(id)))
    return Response.json({
      requests: requests.map((doc) => {
        const answers = quotes.filter(
          (quote) => String(idOf(quote.request as never)) === String(doc.id),
        )
        const from = Date.parse(doc.confirmedAt ?? doc.createdAt)
        const quoted = answers.filter((quote) => quote.status !== 'declined')
        return {
          id: doc.id,
          product: doc.product,
          quantity: doc.quantity,
          unit: doc.unit,
          status: doc.status,
          neededBy: doc.neededBy ?? null,
          createdAt: doc.createdAt,
          hidden: mine(doc.hiddenIn).length > 0,
          quotes: quoted.length,
          declined: answers.length - quoted.length,
          accepted: answers.filter((quote) => quote.status === 'accepted').length,
          hoursToFirstQuote: median(
            quoted.length
              ? [Math.min(...quoted.map((q) => (Date.parse(q.createdAt) - from) / 3_600_000))]
              : [],
          ),
        }
      }),
    })
  },
}

/**
 * `POST /api/sourcing-requests/<id>/hide`: an operator takes a spam request off their belt —
 * its factories there no longer see it or get to quote; other belts keep it.
 */
export const hideEndpoint: Endpoint = {
  path: '/:id/hide',
  method: 'post',
  handler: async (req) => {
    const belts = operatedBelts(req)
    if (belts === 'none' || belts === null) return refused()
    const id = String(req.routeParams?.id ?? '')
    const request = /^\d+$/.test(id)
      ? ((await req.payload.findByID({
          collection: SLUGS.sourcingRequests,
          id: Number(id),
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as SourcingRequest | null)
      : null
    const here = request
      ? idsOf([...idsOf(request.belts), ...idsOf(request.matchedBelts)]).filter(
          (b, index, all) =>
            belts.some((mine) => String(mine) === String(b)) &&
            all.findIndex((other) => String(other) === String(b)) === index,
        )
      : []
    // An unconfirmed request is nobody's yet: operators do not read it, nor hide it (the match
    // at confirmation would not know of the hiding, and a 200 told that the id exists).
    if (!request || request.status === 'pending' || here.length === 0)
      return Response.json({ errors: [{ message: 'Not found.' }] }, { status: 404 })
    const { docs: hidden } = await req.payload.find({
      collection: SLUGS.factories,
      where: { and: [{ id: { in: idsOf(request.matchedFactories) } }, { tenant: { in: here } }] },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { slug: true },
      req,
    })
    const gone = new Set(hidden.map((factory) => String(factory.id)))
    await req.payload.update({
      collection: SLUGS.sourcingRequests,
      id: request.id,
      data: {
        matchedFactories: idsOf(request.matchedFactories).filter(
          (f) => !gone.has(String(f)),
        ) as number[],
        hiddenFactories: [...idsOf(request.hiddenFactories), ...gone].map(Number),
        hiddenIn: [...new Set([...idsOf(request.hiddenIn), ...here].map(String))].map(Number),
      },
      overrideAccess: true,
      req,
    })
    return Response.json({ hidden: true, belts: here })
  },
}
