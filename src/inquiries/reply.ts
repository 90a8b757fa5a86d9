import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { ContentLocale } from '@/constants'
import { SLUGS } from '@/constants'
import { eraseBuyerData, exportBuyerData } from '@/inquiries/privacy'
import { hashToken, TOKEN_SHAPE } from '@/inquiries/token'
import { checkUploads, removeFiles, storeUploads, type Upload } from '@/inquiries/uploads'
import { checkReplyBody, type Problem, type Values } from '@/inquiries/values'
import type { Inquiry, InquiryFile } from '@/payload-types'
import { inquiryFilesDir } from '@/platform/uploadDirs'

/**
 * The buyer's side of a thread, reached by the private link's token alone: find it, reply in it,
 * download its files, export or erase what it holds about the buyer. Every read and write here
 * is a system one: the token is the buyer's key to their one inquiry, which no collection access
 * grants to anonymous (and must not: access is per user, not per token).
 */

type Row = NonNullable<Inquiry['replies']>[number]

const fileOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as InquiryFile) : null

/** The attachments of a message as the files themselves (depth 1), unresolved ones left out. */
export const filesOf = (files: unknown[] | null | undefined) =>
  (files ?? []).map(fileOf).filter((file): file is InquiryFile => file !== null)

/** The thread the token opens on this belt, or null (malformed, unknown, revoked, elsewhere). */
export const findThread = async ({
  payload,
  beltID,
  token,
  locale,
}: {
  payload: Payload
  beltID: number
  token: string
  locale: ContentLocale
}) => {
  if (!TOKEN_SHAPE.test(token)) return null
  const { docs } = await payload.find({
    collection: SLUGS.inquiries,
    where: {
      and: [
        { tokenHash: { equals: hashToken(token) } },
        { tenant: { equals: beltID } },
        { tokenRevoked: { not_equals: true } },
      ],
    },
    limit: 1,
    depth: 1,
    locale,
    // A system read: the token's holder opens their thread (see above).
    overrideAccess: true,
  })
  return (docs[0] as Inquiry | undefined) ?? null
}

/**
 * The buyer's reply, with its attachments, added to the thread (the collection's hook e-mails
 * it to the factory's members). Returns the problem to show if it is refused.
 */
export const replyToThread = async ({
  payload,
  beltID,
  inquiry,
  values,
  files = [],
}: {
  payload: Payload
  /** The belt the thread was found on (findThread), whose file the attachments become. */
  beltID: number
  inquiry: Inquiry
  values: Values
  files?: Upload[]
}): Promise<{ problem?: Problem }> => {
  const { body, problem } = checkReplyBody(values)
  if (problem) return { problem }
  const uploads = await checkUploads(files)
  if (uploads.problem) return { problem: uploads.problem }
  const factoryID = typeof inquiry.factory === 'object' ? inquiry.factory.id : inquiry.factory
  const stored = await storeUploads({
    payload,
    beltID,
    factoryID,
    files: uploads.files,
  })
  if (stored.problem) return { problem: stored.problem }
  const keep = (row: Row) => ({
    ...row,
    attachments: (row.attachments ?? []).map((file) => fileOf(file)?.id ?? file) as number[],
  })
  try {
    await payload.update({
      collection: SLUGS.inquiries,
      id: inquiry.id,
      data: {
        replies: [
          ...(inquiry.replies ?? []).map(keep),
          {
            author: 'buyer',
            body,
            sentAt: new Date().toISOString(),
            attachments: stored.ids as number[],
          },
        ],
      },
      // A system write: the token's holder adds a reply to the thread found by that token.
      overrideAccess: true,
    })
  } catch (error) {
    await removeFiles({ payload, ids: stored.ids })
    throw error
  }
  return {}
}

/**
 * One attachment of the thread with its bytes, for the token's holder only; null when the id is
 * malformed, not this thread's, or its file is gone.
 */
export const threadFile = async ({
  payload,
  inquiry,
  fileID,
}: {
  payload: Payload
  inquiry: Inquiry
  fileID: string
}): Promise<{ file: InquiryFile & { filename: string }; body: Buffer } | null> => {
  if (!/^[0-9a-f]{1,24}$/i.test(fileID)) return null
  const { docs } = await payload.find({
    collection: SLUGS.inquiryFiles,
    where: { and: [{ id: { equals: fileID } }, { inquiry: { equals: inquiry.id } }] },
    limit: 1,
    depth: 0,
    // A system read: a file of the thread the token opened (findThread), for its holder only.
    overrideAccess: true,
  })
  const file = docs[0] as InquiryFile | undefined
  if (!file?.filename) return null
  try {
    const body = await fs.readFile(path.join(inquiryFilesDir(), path.basename(file.filename)))
    return { file: file as InquiryFile & { filename: string }, body }
  } catch {
    return null
  }
}

/** Everything kept about the buyer in this inquiry (src/inquiries/privacy.ts). */
export const exportThread = ({
  payload,
  inquiry,
  locale,
}: {
  payload: Payload
  inquiry: Inquiry
  locale: ContentLocale
}) => exportBuyerData(payload, inquiry.id, locale)

/**
 * Erases the buyer's data from this inquiry once they confirmed it; the link stops working at
 * once. False (and nothing erased) without the confirmation.
 */
export const eraseThread = async ({
  payload,
  inquiry,
  values,
}: {
  payload: Payload
  inquiry: Inquiry
  values: Values
}) => {
  if (values.confirm !== 'yes') return false
  await eraseBuyerData(payload, inquiry.id)
  return true
}
