import type {
  CollectionAfterChangeHook,
  CollectionBeforeValidateHook,
  Payload,
  PayloadRequest,
} from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getFactoryID, idOf, idsOf, isPlatformAdmin, sameID } from '@/access/roles'
import { type ContentLocale, SLUGS } from '@/constants'
import { findTierProblem } from '@/fields/priceTiers'
import { queueMail } from '@/inquiries/mail'
import { buyerLanguage } from '@/inquiries/mailText'
import { unsealToken } from '@/inquiries/token'
import type { SourcingQuote, SourcingRequest } from '@/payload-types'
import { now } from '@/utilities/clock'
import { fieldError, FieldForbidden } from '@/utilities/errors'
import { type Bilingual, t } from '@/utilities/i18n'

import { quoteMail } from './mailText'
import { isDue } from './values'

/** Set by the buyer's accept (src/sourcing/buyer.ts): the one writer of status `accepted`. */
export const ACCEPTING = 'sourcingAccepting'
/** Set when a question or its answer is added (src/sourcing/questions.ts): the quote is as sent. */
export const QUESTIONING = 'sourcingQuestion'

const refuse = (req: PayloadRequest, path: string, message: Bilingual) =>
  fieldError({ path, message: `${path}: ${t(req, message)}` })
const forbid = (req: PayloadRequest, path: string, message: Bilingual) =>
  new FieldForbidden({ path, message: `${path}: ${t(req, message)}` })

/** The request as stored (buyer and matches included): a system read for the checks and mails. */
export const requestByID = (req: PayloadRequest, id: unknown) =>
  req.payload
    .findByID({
      collection: SLUGS.sourcingRequests,
      id: id as number,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      disableErrors: true,
      req,
    })
    .then((doc) => (doc ?? null) as SourcingRequest | null)

/** What a quote must say: tiers from its MOQ up, a lead time, a validity ahead; a decline, why. */
const checkContent = (req: PayloadRequest, data: Partial<SourcingQuote>) => {
  if (data.status === 'declined') {
    if (!String(data.declineReason ?? '').trim())
      throw refuse(req, 'declineReason', { zh: '请说明不报价的原因', en: 'say why you decline' })
    return
  }
  if (!data.priceTiers?.length)
    throw refuse(req, 'priceTiers', {
      zh: '报价至少需要一档价格',
      en: 'a quote needs at least one price tier',
    })
  const problem = findTierProblem({ tiers: data.priceTiers, moq: data.moq ?? null })
  if (problem)
    throw fieldError({ path: problem.path, message: `${problem.path}: ${t(req, problem.message)}` })
  if (!data.leadTimeDays)
    throw refuse(req, 'leadTimeDays', { zh: '请填写交期', en: 'give a lead time in days' })
  if (!data.validUntil || Number.isNaN(Date.parse(data.validUntil)))
    throw refuse(req, 'validUntil', {
      zh: '请填写报价有效期',
      en: 'say until when the quote is valid',
    })
  // A day's grace: a date picked as "today" in Asia is yesterday evening in UTC.
  if (Date.parse(data.validUntil) < now().getTime() - 86_400_000)
    throw refuse(req, 'validUntil', {
      zh: '有效期不能早于今天',
      en: 'the validity date is in the past',
    })
}

/**
 * A factory member answers only a request matched to their own factory, once, while it is open;
 * the quote is their factory's and in its belt. Nobody but the buyer's accept marks it accepted,
 * and an accepted quote stays as it was.
 */
export const checkQuote: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  if (!data) return data
  if (req.context?.[ACCEPTING] || req.context?.[QUESTIONING]) return data
  const user = (req.user ?? null) as ChandiUser | null
  const member = user && !isPlatformAdmin(user) ? getFactoryID(user) : null
  const previous = (originalDoc ?? {}) as Partial<SourcingQuote>
  const merged = { ...previous, ...data } as Partial<SourcingQuote>
  if (previous.status === 'accepted')
    throw forbid(req, 'status', {
      zh: '采购商已接受该报价，不能再修改',
      en: 'the buyer accepted this quote; it cannot change',
    })
  if (data.status === 'accepted')
    throw forbid(req, 'status', {
      zh: '只有采购商可以接受报价',
      en: 'only the buyer accepts a quote',
    })
  if (user && !isPlatformAdmin(user)) {
    if (member === null)
      throw forbid(req, 'factory', {
        zh: '只有工厂成员可以报价',
        en: 'only a factory’s members quote',
      })
    if (operation === 'create') data.factory = member as number
    else if (
      data.factory !== undefined &&
      !sameID(data.factory as never, previous.factory as never)
    )
      throw forbid(req, 'factory', { zh: '不能改为其他工厂', en: 'a quote stays its factory’s' })
    merged.factory = data.factory ?? previous.factory
  }
  if (
    operation === 'update' &&
    data.request !== undefined &&
    !sameID(data.request as never, previous.request as never)
  )
    throw forbid(req, 'request', {
      zh: '不能改为其他采购需求',
      en: 'a quote stays with its request',
    })
  const request = merged.request ? await requestByID(req, idOf(merged.request as never)) : null
  const factoryID = idOf(merged.factory as never)
  const matched = request && idsOf(request.matchedFactories).some((id) => sameID(id, factoryID))
  // Past its needed-by date a request takes no more answers, even before anything closed it.
  if (!request || request.status !== 'open' || !matched || isDue(request.neededBy, now()))
    throw refuse(req, 'request', {
      zh: '该采购需求不存在、已关闭或未匹配到您的工厂',
      en: 'no such open request matched to this factory',
    })
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({
      collection: SLUGS.sourcingQuotes,
      where: { and: [{ request: { equals: request.id } }, { factory: { equals: factoryID } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0)
      throw refuse(req, 'request', {
        zh: '您已答复过这条采购需求',
        en: 'your factory has already answered this request',
      })
    const factory = await req.payload.findByID({
      collection: SLUGS.factories,
      id: factoryID as number,
      depth: 0,
      overrideAccess: true,
      req,
      select: { tenant: true },
    })
    data.tenant = idOf(factory.tenant as never) as number
  }
  checkContent(req, merged)
  return data
}

/**
 * What a mail to the buyer about one factory's answer needs: their address, their private link
 * and the factory's name in their language (the request's `linkBase`); null when there is nobody
 * to write to (the buyer erased, no sealed link). Used for a new quote and for an answer to a
 * question (src/sourcing/questions.ts).
 */
export const buyerMailFor = async (
  payload: Payload,
  requestID: unknown,
  factoryID: unknown,
  req?: PayloadRequest,
) => {
  const request = (await payload.findByID({
    collection: SLUGS.sourcingRequests,
    id: requestID as number,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
    ...(req ? { req } : {}),
  })) as SourcingRequest | null
  const token = request ? unsealToken(request.tokenSealed) : null
  if (!request?.buyer?.email || !token) return null
  const locale: ContentLocale = buyerLanguage(request.linkBase) === 'zh' ? 'zh' : 'en'
  const factory = await payload.findByID({
    collection: SLUGS.factories,
    id: factoryID as number,
    depth: 0,
    locale,
    fallbackLocale: 'zh',
    overrideAccess: true,
    select: { name: true },
    ...(req ? { req } : {}),
  })
  return {
    request,
    to: request.buyer.email,
    factory: String(factory?.name ?? ''),
    link: `${request.linkBase}/sourcing/requests/${token}`,
  }
}

/** A new answer is e-mailed to the buyer, with their private link (the request's language). */
export const notifyQuote: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context?.isSeed) return doc
  const buyer = await buyerMailFor(req.payload, idOf(doc.request), idOf(doc.factory), req)
  if (!buyer) return doc
  const mail = quoteMail({
    linkBase: buyer.request.linkBase,
    product: buyer.request.product,
    factory: buyer.factory,
    declined: doc.status === 'declined',
    link: buyer.link,
  })
  await queueMail(req, [{ to: buyer.to, ...mail }])
  return doc
}
