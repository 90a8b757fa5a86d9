import type { Payload } from 'payload'

import { SLUGS } from '@/constants'
import { queueMail } from '@/inquiries/mail'
import { hashToken, newToken, sealToken } from '@/inquiries/token'
import { checkUploads, removeFiles, storeFiles, type Upload } from '@/inquiries/uploads'
import { isBot, type Problems, type Values } from '@/inquiries/values'
import { addressKey } from '@/platform/clientAddress'
import { emailKey, RateLimiter } from '@/platform/rateLimit'
import { now } from '@/utilities/clock'
import { env } from '@/utilities/config'

import { checkSourcingValues } from './values'

const WINDOW_MS = 10 * 60_000
// The inquiry form's limits, counted apart: a buyer's inquiries do not use up their requests.
const perIP = new RateLimiter('sourcing-ip', env('CHANDI_INQUIRY_LIMIT_IP'), WINDOW_MS)
const perEmail = new RateLimiter('sourcing-email', env('CHANDI_INQUIRY_LIMIT_EMAIL'), WINDOW_MS)

export type SourcingOutcome =
  | { outcome: 'ignored' }
  | { outcome: 'invalid'; problems: Problems }
  | { outcome: 'limited' }
  | { outcome: 'sent'; id: number; token: string }

/** The published belts: a request posted on the hub is for each of them. */
export const publishedBeltIDs = async (payload: Payload) =>
  (
    await payload.find({
      collection: SLUGS.tenants,
      where: { published: { equals: true } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { slug: true },
    })
  ).docs.map((belt) => belt.id)

/**
 * Checks a buyer's sourcing request and stores it unconfirmed: no factory sees it until the
 * buyer opens the private link mailed to them and confirms (src/sourcing/buyer.ts), which proves
 * the address. Rate-limited per address and per mailbox (normalised).
 */
export const submitSourcing = async ({
  payload,
  beltID,
  values,
  files = [],
  categories,
  ip,
  linkBase,
  mail,
  buyerAccountID,
}: {
  payload: Payload
  /** The portal's belt, or null on the hub (then every published belt). */
  beltID: number | null
  values: Values
  /** The form's files: up to five attachments, the inquiry form's rules. */
  files?: Upload[]
  /** The category slugs the form offered. */
  categories: string[]
  ip: string
  /** Where the buyer posted from (`https://zhili.example.com/en`): portal and language. */
  linkBase: string
  /** The confirmation e-mail's subject and first line, in the buyer's language. */
  mail: { subject: string; text: string }
  /** The signed-in portal account (src/buyers/), if any: the request is theirs at once. */
  buyerAccountID?: number | string
}): Promise<SourcingOutcome> => {
  if (isBot(values)) return { outcome: 'ignored' }
  const { input, problems } = checkSourcingValues({
    values,
    categories,
    today: now().toISOString().slice(0, 10),
  })
  const uploads = await checkUploads(files)
  if (uploads.problem) problems.attachments = uploads.problem
  if (Object.keys(problems).length > 0) return { outcome: 'invalid', problems }
  if (!(await perIP.take(addressKey(ip))) || !(await perEmail.take(emailKey(input.email))))
    return { outcome: 'limited' }
  const collection = SLUGS.sourcingFiles
  const stored = await storeFiles({
    payload,
    collection,
    data: { from: 'buyer' },
    files: uploads.files,
  })
  if (stored.problem) return { outcome: 'invalid', problems: { attachments: stored.problem } }
  const belts = beltID === null ? await publishedBeltIDs(payload) : [beltID]
  const token = newToken()
  const { name, email, company, phone, ...need } = input
  let doc: { id: number }
  try {
    doc = await payload.create({
      collection: SLUGS.sourcingRequests,
      data: {
        ...need,
        unit: need.unit as never,
        currency: need.currency as never,
        status: 'pending',
        belt: beltID,
        belts: belts as number[],
        buyer: { name, email, company, phone },
        tokenHash: hashToken(token),
        tokenSealed: sealToken(token),
        linkBase,
        ...(buyerAccountID !== undefined ? { buyerAccount: buyerAccountID as number } : {}),
        submittedFromIP: ip,
        attachments: stored.ids as number[],
      },
      // A system write: buyers post only through the portal's form.
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    // Nothing half-written: the files stored for a request that failed go with it.
    await removeFiles({ payload, ids: stored.ids, collection })
    throw error
  }
  await queueMail({ payload }, [
    {
      to: email,
      subject: `${mail.subject}: ${input.product}`,
      text: `${mail.text}\n${linkBase}/sourcing/requests/${token}`,
    },
  ])
  return { outcome: 'sent', id: doc.id, token }
}
