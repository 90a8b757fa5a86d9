import type { Payload } from 'payload'

import { idOf, idsOf, sameID } from '@/access/roles'
import type { ContentLocale } from '@/constants'
import { SLUGS } from '@/constants'
import { notifyNewInquiry } from '@/inquiries/notify'
import { hashToken, newToken, sealToken, TOKEN_SHAPE } from '@/inquiries/token'
import type { Factory, SourcingQuote, SourcingRequest } from '@/payload-types'
import { now } from '@/utilities/clock'

import { alertMatchedFactories } from './alerts'
import { matchFactories } from './match'
import { ACCEPTING } from './quotes'
import { isDue } from './values'

type ID = number | string

/**
 * The buyer's side of a sourcing request, behind its private link: confirm (the request then
 * reaches the matched factories), read the quotes, accept one (an ordinary inquiry with that
 * factory, the buyer's contacts in it), close. Every read here is a system read by the token.
 */

/** The request the token opens, posted on this belt's portal (null: the hub); else null. */
export const findRequest = async (payload: Payload, token: string, beltID: ID | null) => {
  if (!TOKEN_SHAPE.test(token)) return null
  const { docs } = await payload.find({
    collection: SLUGS.sourcingRequests,
    where: { tokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const request = docs[0] as SourcingRequest | undefined
  if (!request) return null
  if (
    beltID === null ? idOf(request.belt as never) !== null : !sameID(request.belt as never, beltID)
  )
    return null
  return expireIfDue(payload, request)
}

/** A request closes itself at its needed-by date; its quotes stay for the buyer. */
export const expireIfDue = async (payload: Payload, request: SourcingRequest) => {
  if (
    !isDue(request.neededBy, now()) ||
    (request.status !== 'open' && request.status !== 'pending')
  )
    return request
  return (await payload.update({
    collection: SLUGS.sourcingRequests,
    id: request.id,
    data: { status: 'expired', closedAt: now().toISOString() },
    overrideAccess: true,
    showHiddenFields: true,
  })) as SourcingRequest
}

/**
 * The buyer confirmed their address: the request is matched and each matched factory's members
 * are e-mailed (at once, or in the factory's next digest: src/sourcing/alerts.ts). Confirming
 * twice does nothing more.
 */
export const confirmRequest = async (
  payload: Payload,
  request: SourcingRequest,
  { notify = true }: { notify?: boolean } = {},
) => {
  if (request.status !== 'pending') return request
  const matches = await matchFactories(payload, {
    belts: idsOf(request.belts),
    category: request.category,
    quantity: request.quantity,
    certifications: request.certifications,
    verifiedOnly: request.verifiedOnly,
  })
  const belts = [...new Set(matches.map((match) => String(match.belt)))].map(Number)
  const updated = (await payload.update({
    collection: SLUGS.sourcingRequests,
    id: request.id,
    data: {
      status: 'open',
      confirmedAt: now().toISOString(),
      matchedFactories: matches.map((match) => match.factory as number),
      matchedBelts: belts,
    },
    overrideAccess: true,
    showHiddenFields: true,
  })) as SourcingRequest
  if (notify)
    await alertMatchedFactories(
      payload,
      updated,
      matches.map((match) => match.factory as ID),
    )
  return updated
}

export type QuoteRow = SourcingQuote & { factoryDoc: Factory | null; replyHours: number | null }

/** The request's answers with their factories (as the buyer's page shows them), oldest first. */
export const quotesOf = async (
  payload: Payload,
  request: SourcingRequest,
  locale: ContentLocale,
): Promise<QuoteRow[]> => {
  const { docs } = await payload.find({
    collection: SLUGS.sourcingQuotes,
    where: { request: { equals: request.id } },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const ids = docs.map((quote) => idOf(quote.factory as never) as number)
  const { docs: factories } = await payload.find({
    collection: SLUGS.factories,
    where: { id: { in: ids } },
    limit: 0,
    pagination: false,
    depth: 0,
    locale,
    fallbackLocale: 'zh',
    overrideAccess: true,
    select: { name: true, slug: true, verification: true, tenant: true },
  })
  const from = Date.parse(request.confirmedAt ?? request.createdAt)
  return docs.map((quote) => ({
    ...quote,
    factoryDoc: (factories.find((f) => sameID(f.id, quote.factory as never)) ??
      null) as Factory | null,
    replyHours: Math.max(0, Math.round((Date.parse(quote.createdAt) - from) / 3_600_000)),
  }))
}

/** A quote past its validity (with the day's grace a factory gets when it sends one). */
export const quoteExpired = (quote: Pick<SourcingQuote, 'validUntil'>, at = now().getTime()) =>
  Boolean(quote.validUntil) && Date.parse(quote.validUntil!) < at - 86_400_000

/**
 * Accepting a quote opens an ordinary inquiry with that factory: the buyer's name and contacts
 * go into it (that factory's members read them there, nobody else), with its own private link.
 * `linkBaseOf` gives the factory's belt portal (in the buyer's language) for that link.
 */
export const acceptQuote = async ({
  payload,
  request,
  quoteID,
  linkBaseOf,
  receipt,
}: {
  payload: Payload
  request: SourcingRequest
  quoteID: string
  linkBaseOf: (beltID: ID) => Promise<string>
  receipt: { title: string; text: string }
}): Promise<{ link: string } | { expired: string } | null> => {
  if (request.status !== 'open' || !/^\d+$/.test(quoteID)) return null
  const quote = (await payload
    .findByID({
      collection: SLUGS.sourcingQuotes,
      id: Number(quoteID),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)) as SourcingQuote | null
  if (!quote || !sameID(quote.request as never, request.id) || quote.status !== 'quoted')
    return null
  if (quoteExpired(quote)) return { expired: quote.validUntil! }
  const factory = (await payload.findByID({
    collection: SLUGS.factories,
    id: idOf(quote.factory as never) as number,
    depth: 0,
    overrideAccess: true,
  })) as Factory
  const belt = idOf(factory.tenant as never) as number
  const linkBase = await linkBaseOf(belt)
  const token = newToken()
  const buyer = request.buyer!
  const message = [
    request.product,
    request.details ?? '',
    `(sourcing request #${request.id}, quote #${quote.id})`,
  ]
    .filter(Boolean)
    .join('\n\n')
  const inquiry = await payload.create({
    collection: SLUGS.inquiries,
    data: {
      tenant: belt,
      factory: factory.id,
      subject: `${request.product} — ${buyer.name}`.slice(0, 200),
      quantity: request.quantity,
      ...(typeof request.targetPrice === 'number'
        ? { targetPrice: request.targetPrice, currency: request.currency ?? 'USD' }
        : {}),
      destinationCountry: request.destinationCountry,
      message: message.slice(0, 5000),
      buyer: { name: buyer.name, email: buyer.email, company: buyer.company, phone: buyer.phone },
      tokenHash: hashToken(token),
      tokenSealed: sealToken(token),
      linkBase,
      status: 'quoted',
    },
    overrideAccess: true,
  })
  await payload.update({
    collection: SLUGS.sourcingQuotes,
    id: quote.id,
    data: { status: 'accepted', inquiry: inquiry.id },
    overrideAccess: true,
    context: { [ACCEPTING]: true },
  })
  const link = `${linkBase}/inquiries/${token}`
  await notifyNewInquiry({
    payload,
    inquiry,
    factory: { id: factory.id, name: factory.name },
    buyerEmail: buyer.email,
    link,
    receipt,
  })
  return { link }
}

/** The buyer closes the request: no more quotes; those received stay on the page. */
export const closeRequest = async (payload: Payload, request: SourcingRequest) => {
  if (request.status !== 'open' && request.status !== 'pending') return request
  return payload.update({
    collection: SLUGS.sourcingRequests,
    id: request.id,
    data: { status: 'closed', closedAt: now().toISOString() },
    overrideAccess: true,
  })
}
