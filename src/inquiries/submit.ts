import crypto from 'node:crypto'

import type { Payload, PayloadRequest, RequestContext } from 'payload'

import type { ContentLocale } from '@/constants'
import { SLUGS } from '@/constants'
import { notifyNewInquiry } from '@/inquiries/notify'
import { hashToken, newToken, sealToken } from '@/inquiries/token'
import { checkUploads, removeFiles, storeUploads, type Upload } from '@/inquiries/uploads'
import { checkInquiryValues, isBot, type Problems, type Values } from '@/inquiries/values'
import type { Inquiry, Product } from '@/payload-types'
import { addressKey } from '@/platform/clientAddress'
import { countInquiry } from '@/platform/metrics'
import { emailKey, RateLimiter } from '@/platform/rateLimit'
import { env } from '@/utilities/config'

/** Where an inquiry is sent from: which belt's portal, in which content language. */
export type InquiryScope = {
  payload: Payload
  belt: { id: number; slug: string }
  locale: ContentLocale
  /**
   * The Local API `context` of the portal's public reads (src/access/publicWhere.ts): the
   * buyer picks only among products the public may see, exactly as the form lists them.
   */
  reads: RequestContext
}

/** What the form offers and the inquiry may name: the factory's public products. */
export type InquiryProduct = Pick<
  Product,
  'id' | 'name' | 'slug' | 'moq' | 'priceTiers' | 'currency'
>

const WINDOW_MS = 10 * 60_000
const perIP = new RateLimiter('inquiry-ip', env('CHANDI_INQUIRY_LIMIT_IP'), WINDOW_MS)
const perEmail = new RateLimiter('inquiry-email', env('CHANDI_INQUIRY_LIMIT_EMAIL'), WINDOW_MS)
/** Fingerprints of inquiries stored in the last ten minutes: a double submit is refused. */
const recent = new Map<string, number>()

/**
 * The factory's products, read as the public (`overrideAccess: false`, the portal's view); with
 * `slug`, only that one (what a submission names), so a submission reads one product, not 200.
 */
export const factoryProducts = async ({
  scope,
  factoryID,
  slug,
}: {
  scope: InquiryScope
  factoryID: number
  slug?: string
}) =>
  (
    await scope.payload.find({
      collection: SLUGS.products,
      where:
        slug === undefined
          ? { factory: { equals: factoryID } }
          : { and: [{ factory: { equals: factoryID } }, { slug: { equals: slug } }] },
      limit: slug === undefined ? 200 : 1,
      // The form shows no total: no COUNT(*) over the factory's products.
      pagination: false,
      depth: 0,
      locale: scope.locale,
      fallbackLocale: 'zh',
      overrideAccess: false,
      context: scope.reads,
      select: { name: true, slug: true, moq: true, priceTiers: true, currency: true },
    })
  ).docs as InquiryProduct[]

export type SubmitOutcome =
  /** A bot filled the hidden field: answer as if accepted, nothing stored. */
  | { outcome: 'ignored' }
  /** Refused field by field; the form is shown again with the buyer's text (400). */
  | { outcome: 'invalid'; problems: Problems }
  /** Too many inquiries from this address or e-mail lately (429). */
  | { outcome: 'limited' }
  /** The same inquiry was stored minutes ago (409). */
  | { outcome: 'duplicate' }
  /** Stored; `token` opens the buyer's private thread. */
  | { outcome: 'sent'; inquiry: Inquiry; token: string }

/**
 * Checks a buyer's inquiry and stores it for the one factory it names, then queues its e-mails.
 * Nothing is stored half-way: files stored for an inquiry that fails go with it.
 */
export const submitInquiry = async ({
  scope,
  factory,
  values,
  files = [],
  ip,
  buyerUserID,
  buyerAccountID,
  linkBase,
  receipt,
}: {
  scope: InquiryScope
  /** The factory as the public sees it (the caller found it by its slug). */
  factory: { id: number; name: string }
  values: Values
  files?: Upload[]
  /** The client's address, for the rate limit and the abuse log. */
  ip: string
  /** The signed-in buyer's account, if any. */
  buyerUserID?: number | string
  /** The signed-in portal account (src/buyers/), if any: the inquiry is theirs at once. */
  buyerAccountID?: number | string
  /** Where the buyer wrote from (`https://zhili.example.com/en`): their portal and language. */
  linkBase: string
  /** The receipt e-mail's title and first line, in the buyer's language. */
  receipt: { title: string; text: string }
}): Promise<SubmitOutcome> => {
  if (isBot(values)) return { outcome: 'ignored' }
  const { payload, belt } = scope
  const products = values.product
    ? await factoryProducts({ scope, factoryID: factory.id, slug: values.product })
    : []
  const { input, problems } = checkInquiryValues({ values, products })
  const uploads = await checkUploads(files)
  if (uploads.problem) problems.attachments = uploads.problem
  if (Object.keys(problems).length > 0) return { outcome: 'invalid', problems }

  const { name, email, message, product, quantity, targetPrice } = input
  if (!(await perIP.take(addressKey(ip))) || !(await perEmail.take(emailKey(email))))
    return { outcome: 'limited' }
  const fingerprint = crypto
    .createHash('sha256')
    .update(`${email}\n${factory.id}\n${message}`)
    .digest('hex')
  const seenAt = recent.get(fingerprint)
  if (seenAt && Date.now() - seenAt < WINDOW_MS) return { outcome: 'duplicate' }

  const stored = await storeUploads({
    payload,
    beltID: belt.id,
    factoryID: factory.id,
    files: uploads.files,
  })
  if (stored.problem) return { outcome: 'invalid', problems: { attachments: stored.problem } }

  const token = newToken()
  // The inquiry and its e-mails' jobs in one transaction: stored together or not at all, and one
  // commit instead of three. The e-mails' first attempt waits for the commit (queueMail).
  const transactionID = await payload.db.beginTransaction()
  const req = transactionID ? ({ payload, transactionID } as Partial<PayloadRequest>) : undefined
  let inquiry: Inquiry
  try {
    inquiry = (await payload.create({
      collection: SLUGS.inquiries,
      data: {
        tenant: belt.id,
        factory: factory.id,
        subject: `${product ? product.name : factory.name} — ${name}`.slice(0, 200),
        ...(product ? { product: product.id } : {}),
        ...(quantity ? { quantity } : {}),
        ...(targetPrice !== undefined ? { targetPrice, currency: product?.currency ?? 'USD' } : {}),
        destinationCountry: input.destinationCountry,
        message,
        buyer: {
          name,
          email,
          company: input.company,
          phone: input.phone,
          wechat: input.wechat,
          whatsapp: input.whatsapp,
        },
        ...(buyerUserID !== undefined ? { buyerUser: buyerUserID as number } : {}),
        ...(buyerAccountID !== undefined ? { buyerAccount: buyerAccountID as number } : {}),
        attachments: stored.ids as number[],
        tokenHash: hashToken(token),
        tokenSealed: sealToken(token),
        linkBase,
        submittedFromIP: ip,
        status: 'new',
      },
      // A system write: buyers send inquiries only through the portal (create access is admins').
      overrideAccess: true,
      // Only its id, subject and message are used: no factory, product and belt read back.
      depth: 0,
      ...(req ? { req } : {}),
    })) as Inquiry
    await notifyNewInquiry({
      payload,
      req,
      inquiry,
      factory,
      buyerEmail: email,
      link: `${linkBase}/inquiries/${token}`,
      receipt,
    })
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
    await removeFiles({ payload, ids: stored.ids })
    throw error
  }
  countInquiry(belt.slug)
  // Only a stored inquiry counts as a duplicate of the next one.
  recent.set(fingerprint, Date.now())
  if (recent.size > 10_000) {
    for (const [key, at] of recent) if (Date.now() - at > WINDOW_MS) recent.delete(key)
  }
  return { outcome: 'sent', inquiry, token }
}
