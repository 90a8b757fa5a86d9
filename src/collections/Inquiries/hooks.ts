import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getFactoryID, idsOf as idsIn, isPlatformAdmin, sameID } from '@/access/roles'
import { ATTACHMENT_LIMITS, SLUGS } from '@/constants'
import { findTierProblem } from '@/fields/priceTiers'
import { hasQuote, notifyReplies } from '@/inquiries/notify'
import type { Inquiry } from '@/payload-types'
import { fieldError, FieldForbidden } from '@/utilities/errors'
import { t } from '@/utilities/i18n'
import { now } from '@/utilities/clock'

import { quoteFilled } from './fields'

type Row = NonNullable<Inquiry['replies']>[number]
type Quote = NonNullable<Row['quote']>

/** A structured quotation: tiers in order, a validity date ahead, a sensible lead time. */
const checkQuote = (req: PayloadRequest, quote: Quote | null | undefined, at: string) => {
  if (!quote) return
  const tiers = quote.priceTiers ?? []
  if (!quoteFilled(quote)) return
  if (tiers.length === 0) {
    throw fieldError({
      path: `${at}.priceTiers`,
      message: `${at}.priceTiers: ${t(req, { zh: '报价至少需要一档价格', en: 'a quotation needs at least one price tier' })}`,
    })
  }
  const problem = findTierProblem({ tiers, moq: null, path: `${at}.priceTiers` })
  if (problem)
    throw fieldError({ path: problem.path, message: `${problem.path}: ${t(req, problem.message)}` })
  if (!quote.validUntil || Number.isNaN(Date.parse(quote.validUntil))) {
    throw fieldError({
      path: `${at}.validUntil`,
      message: `${at}.validUntil: ${t(req, { zh: '请填写报价有效期', en: 'say until when the quotation is valid' })}`,
    })
  }
  // A day's grace: a date picked as "today" in Asia is yesterday evening in UTC.
  if (Date.parse(quote.validUntil) < now().getTime() - 86_400_000) {
    throw fieldError({
      path: `${at}.validUntil`,
      message: `${at}.validUntil: ${t(req, { zh: '有效期不能早于今天', en: 'the validity date is in the past' })}`,
    })
  }
}

/**
 * Attachments must be files of this inquiry's factory that no other inquiry has taken (the
 * buyer of that other inquiry could otherwise download them through their link).
 */
const checkAttachments = async (
  req: PayloadRequest,
  value: unknown,
  at: string,
  factory: unknown,
  inquiryID: unknown,
) => {
  const ids = idsIn(value)
  if (ids.length === 0) return
  if (ids.length > ATTACHMENT_LIMITS.perMessage) {
    throw fieldError({
      path: at,
      message: `${at}: ${t(req, { zh: `每条消息最多 ${ATTACHMENT_LIMITS.perMessage} 个附件`, en: `at most ${ATTACHMENT_LIMITS.perMessage} attachments a message` })}`,
    })
  }
  const { docs } = await req.payload.find({
    collection: SLUGS.inquiryFiles,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const id of ids) {
    const file = docs.find((doc) => sameID(doc.id, id))
    if (
      !file ||
      !sameID(file.factory as never, factory as never) ||
      (file.inquiry && !sameID(file.inquiry as never, inquiryID as never))
    ) {
      throw fieldError({
        path: at,
        message: `${at}: ${t(req, { zh: `附件 ${id} 不存在或不属于这条询盘`, en: `attachment ${id} does not exist or belongs elsewhere` })}`,
      })
    }
  }
}

const sameMessage = (a: Row, b: Row) =>
  a.body === b.body &&
  a.author === b.author &&
  JSON.stringify(idsIn(a.attachments).map(String)) ===
    JSON.stringify(idsIn(b.attachments).map(String))

/** A sent message stays as it was sent, for both sides: not edited, not removed. */
const keepSentMessages = (req: PayloadRequest, previous: Row[], incoming: Row[]) => {
  for (const [index, sent] of previous.entries()) {
    const kept = incoming.find((row) => row.id === sent.id)
    if (!kept)
      throw new FieldForbidden({
        path: `replies.${index}`,
        message: t(req, {
          zh: `replies.${index}：已发送的消息不能删除`,
          en: `replies.${index}: a sent message cannot be removed.`,
        }),
      })
    if (!sameMessage(sent, kept))
      throw new FieldForbidden({
        path: `replies.${index}.body`,
        message: t(req, {
          zh: `replies.${index}.body：已发送的消息不能修改`,
          en: `replies.${index}.body: a sent message cannot be changed.`,
        }),
      })
  }
}

/**
 * New messages in the thread get their time, and those a factory member writes are the
 * factory's (a member cannot write as the buyer); the first reply moves a new inquiry on, and a
 * quotation marks it quoted. Quotations and attachments of new messages are checked here.
 */
export const stampReplies: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  const previous = (originalDoc?.replies ?? []) as Row[]
  const before = new Set(previous.map((row) => row.id))
  const user = req.user as ChandiUser | null
  const isMember = getFactoryID(user) !== null
  if (user && !isPlatformAdmin(user) && data.replies)
    keepSentMessages(req, previous, data.replies as Row[])
  const factory = data.factory ?? originalDoc?.factory
  let added = false
  let quoted = false
  for (const [index, row] of ((data.replies ?? []) as Row[]).entries()) {
    if (row.id && before.has(row.id)) continue
    added = true
    row.sentAt ??= now().toISOString()
    if (isMember) row.author = 'factory'
    if (row.author === 'buyer' && hasQuote(row.quote)) {
      throw fieldError({
        path: `replies.${index}.quote`,
        message: `replies.${index}.quote: ${t(req, { zh: '只有工厂可以报价', en: 'only the factory quotes' })}`,
      })
    }
    checkQuote(req, row.quote, `replies.${index}.quote`)
    if (hasQuote(row.quote)) quoted = true
    await checkAttachments(
      req,
      row.attachments,
      `replies.${index}.attachments`,
      factory,
      originalDoc?.id,
    )
  }
  if (operation === 'create')
    await checkAttachments(req, data.attachments, 'attachments', factory, undefined)
  const status = data.status ?? originalDoc?.status
  if (quoted && (status === 'new' || status === 'replied')) data.status = 'quoted'
  else if (added && isMember && status === 'new') data.status = 'replied'
  return data
}

/** Files now attached are this inquiry's for good. */
const claimAttachments = async (req: PayloadRequest, doc: Inquiry) => {
  const ids = [
    ...idsIn(doc.attachments),
    ...(doc.replies ?? []).flatMap((row) => idsIn(row.attachments)),
  ]
  if (ids.length === 0) return
  await req.payload.update({
    collection: SLUGS.inquiryFiles,
    where: { and: [{ id: { in: ids } }, { inquiry: { exists: false } }] },
    data: { inquiry: doc.id },
    overrideAccess: true,
    req,
  })
}

/** Attachments become the inquiry's; each new message is e-mailed to the other side. */
export const afterInquiryChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  await claimAttachments(req, doc as Inquiry)
  if (operation === 'update')
    await notifyReplies({ req, doc: doc as Inquiry, previous: previousDoc as Inquiry })
  return doc
}
