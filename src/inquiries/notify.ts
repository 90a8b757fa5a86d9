import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import { adminLink, queueMail, type OutgoingMail } from '@/inquiries/mail'
import { buyerLanguage, buyerReplyText } from '@/inquiries/mailText'
import { unsealToken } from '@/inquiries/token'
import type { Inquiry } from '@/payload-types'

/**
 * Every e-mail about an inquiry is written here: a new inquiry to the factory's members (and its
 * receipt to the buyer), a factory's reply to the buyer, a buyer's reply to the factory. All go
 * through the e-mail queue (src/inquiries/mail.ts): a failed send is retried there, and what the
 * mail is about is already stored.
 */

type Row = NonNullable<Inquiry['replies']>[number]
type Quote = NonNullable<Row['quote']>
type ID = number | string

/** Payload with, inside a hook, the request whose transaction the reads and queueing join. */
type Caller = { payload: Payload; req?: PayloadRequest }

export const hasQuote = (quote: Quote | null | undefined) => (quote?.priceTiers?.length ?? 0) > 0

/**
 * The factory's members' addresses. A system read: for the server's own notice, never shown to
 * whoever caused it.
 */
export const factoryMembers = async ({ payload, req, factoryID }: Caller & { factoryID: ID }) => {
  const members = await payload.find({
    collection: SLUGS.users,
    where: { factory: { equals: factoryID } },
    limit: 50,
    depth: 0,
    pagination: false,
    select: { email: true },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return members.docs.map((member) => member.email)
}

const inAdmin = (inquiryID: ID) => adminLink(`/admin/collections/inquiries/${inquiryID}`)

/**
 * A new inquiry: its text to each of the factory's members (in Chinese: they are staff), with the
 * admin link, and a receipt to the buyer with their private link (worded in the buyer's
 * interface language by the caller). With `req`, the jobs are queued in its transaction, and a
 * failure to queue them fails it (the inquiry is then not stored either: the buyer is told, and
 * sends it again). Without, it never throws: the inquiry is stored whatever happens to its e-mails.
 */
export const notifyNewInquiry = async ({
  payload,
  req,
  inquiry,
  factory,
  buyerEmail,
  link,
  receipt,
}: {
  payload: Payload
  /** The transaction the inquiry is being stored in, if any. */
  req?: Partial<PayloadRequest>
  inquiry: Pick<Inquiry, 'id' | 'subject' | 'message'>
  factory: { id: ID; name: string }
  buyerEmail: string
  /** The buyer's private link to the thread. */
  link: string
  /** The receipt's title and first line, in the buyer's language. */
  receipt: { title: string; text: string }
}) => {
  const inTransaction = req?.transactionID ? ({ ...req, payload } as PayloadRequest) : undefined
  try {
    const members = await factoryMembers({ payload, req: inTransaction, factoryID: factory.id })
    await queueMail(inTransaction ?? { payload }, [
      ...members.map((to) => ({
        to,
        subject: `新询盘 New inquiry: ${inquiry.subject}`,
        text: `${inquiry.message}\n\n${inAdmin(inquiry.id)}`,
      })),
      {
        to: buyerEmail,
        subject: `${receipt.title}: ${factory.name}`,
        text: `${receipt.text}\n${link}`,
      },
    ])
  } catch (error) {
    if (inTransaction) throw error
    payload.logger.error(
      { err: error, inquiry: inquiry.id },
      'could not queue the inquiry e-mails; the inquiry is stored',
    )
  }
}

/**
 * Each new message of a thread is e-mailed to the other side: a factory's reply to the buyer
 * (with the private link again, unless it was revoked), a buyer's reply to the factory's
 * members. Called after a change, inside its request; nothing is sent for an erased inquiry. The
 * buyer's mail is in the language they wrote in (src/inquiries/mailText.ts), the members' Chinese.
 */
export const notifyReplies = async ({
  req,
  doc,
  previous,
}: {
  req: PayloadRequest
  doc: Inquiry
  previous: Inquiry | undefined
}) => {
  const before = new Set((previous?.replies ?? []).map((row) => row.id))
  const fresh = (doc.replies ?? []).filter((row) => !before.has(row.id))
  if (fresh.length === 0 || doc.erasedAt) return
  const { payload } = req
  const mails: OutgoingMail[] = []
  const factoryID = idOf(doc.factory as never) as ID
  const full = await payload.findByID({
    collection: SLUGS.inquiries,
    id: doc.id,
    depth: 0,
    overrideAccess: true,
    req,
    showHiddenFields: true,
  })
  // The factory's name as the buyer's pages show it: Chinese content on the Chinese portal,
  // English on the others.
  const language = buyerLanguage(full.linkBase)
  const factory = await payload.findByID({
    collection: SLUGS.factories,
    id: factoryID as never,
    depth: 0,
    overrideAccess: true,
    req,
    locale: language === 'zh' ? 'zh' : 'en',
    fallbackLocale: 'zh',
    select: { name: true },
  })
  const token = full.tokenRevoked ? null : unsealToken(full.tokenSealed)
  // Looked up once, at the first buyer's message, and only if there is one.
  let members: string[] | undefined
  for (const row of fresh) {
    if (row.author === 'factory' && doc.buyer?.email) {
      mails.push({
        to: doc.buyer.email,
        subject: `Re: ${doc.subject}`,
        text: buyerReplyText({
          language,
          factory: factory.name,
          body: row.body,
          quote: hasQuote(row.quote) ? row.quote : null,
          link: token && full.linkBase ? `${full.linkBase}/inquiries/${token}` : null,
        }),
      })
    }
    if (row.author === 'buyer') {
      members ??= await factoryMembers({ payload, req, factoryID })
      for (const to of members) {
        mails.push({
          to,
          subject: `采购商回复 Buyer replied: ${doc.subject}`,
          text: `${row.body}\n\n${inAdmin(doc.id)}`,
        })
      }
    }
  }
  if (mails.length) await queueMail(req, mails)
}
