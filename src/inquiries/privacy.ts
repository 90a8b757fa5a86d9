import type { Payload, TaskConfig } from 'payload'

import { GLOBAL_ROLES, SLUGS } from '@/constants'
import type { Factory, Inquiry, InquiryFile, Product } from '@/payload-types'
import { env } from '@/utilities/config'
import { now } from '@/utilities/clock'

const ERASED = '（已删除 erased）'

/**
 * What Chandi holds about the buyer in one inquiry, as the buyer may download it through their
 * private link: what they sent, the thread, the attachments' names, and what we log.
 */
export const exportBuyerData = async (
  payload: Payload,
  inquiryID: number | string,
  locale: 'zh' | 'en' = 'zh',
) => {
  const inquiry = (await payload.findByID({
    collection: SLUGS.inquiries,
    id: inquiryID,
    depth: 1,
    locale,
    fallbackLocale: 'zh',
    overrideAccess: true,
  })) as Inquiry
  const fileName = (file: unknown) =>
    file && typeof file === 'object' ? (file as InquiryFile).filename : String(file)
  return {
    exportedAt: new Date().toISOString(),
    about:
      'Everything Chandi keeps about you in this inquiry. The factory also keeps its own copy of what you sent it by e-mail.',
    inquiry: {
      subject: inquiry.subject,
      createdAt: inquiry.createdAt,
      status: inquiry.status,
      factory: (inquiry.factory as Factory | null)?.name ?? null,
      product:
        inquiry.product && typeof inquiry.product === 'object'
          ? (inquiry.product as Product).name
          : null,
      quantity: inquiry.quantity ?? null,
      targetPrice: inquiry.targetPrice ?? null,
      currency: inquiry.currency ?? null,
      destinationCountry: inquiry.destinationCountry ?? null,
      message: inquiry.message,
      attachments: (inquiry.attachments ?? []).map(fileName),
      you: inquiry.buyer,
      account: inquiry.buyerUser ? 'linked to your buyer account' : null,
      thread: (inquiry.replies ?? []).map((row) => ({
        from: row.author,
        sentAt: row.sentAt,
        body: row.body,
        quote: row.quote ?? null,
        attachments: (row.attachments ?? []).map(fileName),
      })),
    },
    logs: { submittedFromIP: 'kept for abuse handling until this inquiry is erased' },
  }
}

/**
 * Erases the buyer's personal data from one inquiry and keeps what the belt's statistics need
 * (factory, status, dates, quantities). Message bodies go too, since they quote names and
 * addresses; the buyer's files are deleted; the private link stops working. Idempotent.
 */
export const eraseBuyerData = async (payload: Payload, inquiryID: number | string) => {
  const inquiry = (await payload.findByID({
    collection: SLUGS.inquiries,
    id: inquiryID,
    depth: 0,
    overrideAccess: true,
  })) as Inquiry
  if (inquiry.erasedAt) return inquiry
  const erased = (await payload.update({
    collection: SLUGS.inquiries,
    id: inquiryID,
    data: {
      // The subject was made from the product and the buyer's name.
      subject: inquiry.buyer?.name
        ? inquiry.subject.split(inquiry.buyer.name).join(ERASED)
        : inquiry.subject,
      message: ERASED,
      destinationCountry: null,
      attachments: [],
      buyer: {
        name: ERASED,
        email: `erased-${inquiryID}@example.invalid`,
        company: null,
        phone: null,
        wechat: null,
        whatsapp: null,
      },
      buyerUser: null,
      buyerAccount: null,
      replies: (inquiry.replies ?? []).map((row) => ({
        ...row,
        body: ERASED,
        attachments: row.author === 'buyer' ? [] : row.attachments,
      })),
      submittedFromIP: null,
      tokenRevoked: true,
      tokenSealed: null,
      linkBase: null,
      erasedAt: now().toISOString(),
    },
    overrideAccess: true,
    context: { erasing: true },
  })) as Inquiry
  await payload.delete({
    collection: SLUGS.inquiryFiles,
    where: { and: [{ inquiry: { equals: inquiryID } }, { from: { equals: 'buyer' } }] },
    overrideAccess: true,
  })
  // The buyer's own reads of it, on their account, tied their account to it.
  await payload.db.deleteMany({
    collection: SLUGS.inquiryAccessLog,
    where: { and: [{ inquiry: { equals: inquiryID } }, { role: { equals: GLOBAL_ROLES.buyer } }] },
  })
  return erased
}

/** Deletes an inquiry; its files go with it (see the collection's afterDelete). */
const deleteInquiry = (payload: Payload, inquiryID: number | string) =>
  payload.delete({ collection: SLUGS.inquiries, id: inquiryID, overrideAccess: true })

/** Retention, in days since an inquiry last changed. */
export const retentionPolicy = () => ({
  /** Inquiries marked spam are deleted, files and all. */
  spamDays: env('CHANDI_RETENTION_SPAM_DAYS'),
  /** Inquiries closed (won or lost) have the buyer's personal data erased. */
  closedDays: env('CHANDI_RETENTION_CLOSED_DAYS'),
})

/** Applies the retention policy once; returns what it did. */
export const applyRetention = async (payload: Payload, policy = retentionPolicy()) => {
  const cutoff = (daysAgo: number) => new Date(now().getTime() - daysAgo * 86_400_000).toISOString()
  const spam = await payload.find({
    collection: SLUGS.inquiries,
    where: {
      and: [
        { status: { equals: 'spam' } },
        { updatedAt: { less_than_equal: cutoff(policy.spamDays) } },
      ],
    },
    limit: 500,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of spam.docs) await deleteInquiry(payload, doc.id)
  const closed = await payload.find({
    collection: SLUGS.inquiries,
    where: {
      and: [
        { status: { in: ['won', 'lost'] } },
        { erasedAt: { exists: false } },
        { updatedAt: { less_than_equal: cutoff(policy.closedDays) } },
      ],
    },
    limit: 500,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of closed.docs) await eraseBuyerData(payload, doc.id)
  return { deletedSpam: spam.docs.length, erasedClosed: closed.docs.length }
}

/** Runs the retention policy every night at 03:17 server time, in the default queue. */
export const retentionTask: TaskConfig<{
  input: Record<string, never>
  output: { deletedSpam: number; erasedClosed: number }
}> = {
  slug: 'inquiryRetention',
  label: 'Inquiry retention',
  schedule: [{ cron: '17 3 * * *', queue: 'default' }],
  retries: 2,
  inputSchema: [],
  outputSchema: [
    { name: 'deletedSpam', type: 'number' },
    { name: 'erasedClosed', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await applyRetention(req.payload) }),
}
