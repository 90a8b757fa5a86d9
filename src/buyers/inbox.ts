import type { Payload } from 'payload'

import { idOf } from '@/access/roles'
import { SLUGS, type ContentLocale } from '@/constants'
import type { Factory, Inquiry, Product, SourcingRequest } from '@/payload-types'
import { unsealToken } from '@/inquiries/token'

/**
 * One buyer's inbox: their inquiries and sourcing requests (those their account owns), newest
 * first, each with its private link rebuilt from the sealed token. System reads with a fixed
 * selection, like the private pages themselves; nothing of another account is ever asked for.
 */
export type InboxInquiry = {
  id: number
  factory: string
  product: string
  lastMessage: string
  lastFrom: 'buyer' | 'factory'
  status: string
  at: string
  link: string | null
}
export type InboxRequest = {
  id: number
  product: string
  quantity: number
  unit: string
  quotes: number
  status: string
  at: string
  link: string | null
}

const system = { overrideAccess: true, showHiddenFields: true } as const
const LIMIT = 200

const linkOf = (
  base: string | null | undefined,
  path: string,
  sealed: string | null | undefined,
) => {
  const token = unsealToken(sealed)
  return base && token ? `${base}${path}${token}` : null
}

const nameOf = (doc: unknown) =>
  doc && typeof doc === 'object' ? String((doc as { name?: string }).name ?? '') : ''

export const inboxOf = async (
  payload: Payload,
  accountID: number | string,
  locale: ContentLocale,
): Promise<{ inquiries: InboxInquiry[]; requests: InboxRequest[] }> => {
  const { docs: inquiries } = await payload.find({
    collection: SLUGS.inquiries,
    where: {
      and: [{ buyerAccount: { equals: accountID } }, { erasedAt: { exists: false } }],
    },
    sort: '-updatedAt',
    limit: LIMIT,
    depth: 1,
    locale,
    fallbackLocale: 'zh',
    select: {
      factory: true,
      product: true,
      status: true,
      message: true,
      replies: true,
      tokenSealed: true,
      tokenRevoked: true,
      linkBase: true,
      createdAt: true,
      updatedAt: true,
    },
    populate: { factories: { name: true }, products: { name: true } },
    ...system,
  })
  const { docs: requests } = await payload.find({
    collection: SLUGS.sourcingRequests,
    where: { buyerAccount: { equals: accountID } },
    sort: '-createdAt',
    limit: LIMIT,
    depth: 0,
    select: {
      product: true,
      quantity: true,
      unit: true,
      status: true,
      tokenSealed: true,
      linkBase: true,
      createdAt: true,
    },
    ...system,
  })
  const { docs: quotes } = requests.length
    ? await payload.find({
        collection: SLUGS.sourcingQuotes,
        where: {
          and: [
            { request: { in: requests.map((doc) => doc.id) } },
            { status: { not_equals: 'declined' } },
          ],
        },
        limit: 0,
        pagination: false,
        depth: 0,
        select: { request: true },
        ...system,
      })
    : { docs: [] }
  return {
    inquiries: (inquiries as Inquiry[]).map((doc) => {
      const last = doc.replies?.at(-1)
      return {
        id: doc.id,
        factory: nameOf(doc.factory as Factory | number),
        product: nameOf(doc.product as Product | number | null),
        lastMessage: (last?.body ?? doc.message ?? '').slice(0, 200),
        lastFrom: last ? (last.author === 'buyer' ? 'buyer' : 'factory') : 'buyer',
        status: doc.status ?? 'new',
        at: last?.sentAt ?? doc.createdAt,
        link: doc.tokenRevoked ? null : linkOf(doc.linkBase, '/inquiries/', doc.tokenSealed),
      }
    }),
    requests: (requests as SourcingRequest[]).map((doc) => ({
      id: doc.id,
      product: doc.product,
      quantity: doc.quantity,
      unit: doc.unit ?? 'piece',
      quotes: quotes.filter((quote) => String(idOf(quote.request as never)) === String(doc.id))
        .length,
      status: doc.status ?? 'pending',
      at: doc.createdAt,
      link: linkOf(doc.linkBase, '/sourcing/requests/', doc.tokenSealed),
    })),
  }
}
