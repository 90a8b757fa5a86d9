import fs from 'node:fs/promises'
import path from 'node:path'

import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { idOf, idsOf, sameID } from '@/access/roles'
import { ATTACHMENT_LIMITS, SLUGS } from '@/constants'
import type { SourcingFile } from '@/payload-types'
import { sourcingFilesDir } from '@/platform/uploadDirs'
import { fieldError } from '@/utilities/errors'
import { t } from '@/utilities/i18n'

/**
 * Attachments of sourcing requests (the buyer's, from the form) and of quotes (a member's, from
 * the admin), in `sourcing-files`. A file is attached once: to the request it was posted with,
 * or to one quote (then also to that quote's request, so the buyer's link reaches it).
 */

type Owner = { field: 'request' | 'quote'; from: 'buyer' | 'factory' }

/**
 * The files named must exist, come from the right side (a quote's: its own factory's), and
 * belong to nothing else yet: a member cannot attach another factory's file, nor a buyer's.
 */
/** The same file named twice is attached once. */
const distinct = (value: unknown) =>
  Array.isArray(value)
    ? [...new Map(idsOf(value).map((id) => [String(id), id] as const)).values()]
    : value

const checkFiles = async (
  req: PayloadRequest,
  value: unknown,
  owner: Owner & { factory: unknown; docID: unknown },
) => {
  const ids = idsOf(value)
  if (ids.length === 0) return
  const at = 'attachments'
  if (ids.length > ATTACHMENT_LIMITS.perMessage)
    throw fieldError({
      path: at,
      message: `${at}: ${t(req, { zh: `最多 ${ATTACHMENT_LIMITS.perMessage} 个附件`, en: `at most ${ATTACHMENT_LIMITS.perMessage} attachments` })}`,
    })
  const { docs } = await req.payload.find({
    collection: SLUGS.sourcingFiles,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const id of ids) {
    const file = docs.find((doc) => sameID(doc.id, id)) as SourcingFile | undefined
    const mine = (other: unknown) => !other || sameID(other as never, owner.docID as never)
    if (
      !file ||
      file.from !== owner.from ||
      (owner.from === 'factory' && !sameID(file.factory as never, owner.factory as never)) ||
      !mine(file[owner.field]) ||
      (owner.field === 'request' && file.quote)
    )
      throw fieldError({
        path: at,
        message: `${at}: ${t(req, { zh: `附件 ${id} 不存在或不属于您`, en: `attachment ${id} does not exist or belongs elsewhere` })}`,
      })
  }
}

/** The quote's attachments: its own factory's files, not yet attached anywhere. */
export const checkQuoteFiles: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (Array.isArray(data.attachments)) data.attachments = distinct(data.attachments)
  await checkFiles(req, data.attachments, {
    field: 'quote',
    from: 'factory',
    factory: data.factory ?? originalDoc?.factory,
    docID: originalDoc?.id,
  })
  return data
}

/** The request's attachments: the buyer's files, stored by the form for it. */
export const checkRequestFiles: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (Array.isArray(data.attachments)) data.attachments = distinct(data.attachments)
  await checkFiles(req, data.attachments, {
    field: 'request',
    from: 'buyer',
    factory: null,
    docID: originalDoc?.id,
  })
  return data
}

/** Files now attached are the quote's (and its request's) for good. */
export const claimQuoteFiles: CollectionAfterChangeHook = async ({ doc, req }) => {
  const ids = idsOf(doc.attachments)
  if (ids.length)
    await req.payload.update({
      collection: SLUGS.sourcingFiles,
      where: { and: [{ id: { in: ids } }, { quote: { exists: false } }] },
      data: { quote: doc.id, request: idOf(doc.request) as number },
      overrideAccess: true,
      req,
    })
  return doc
}

/** Files now attached are the request's for good. */
export const claimRequestFiles: CollectionAfterChangeHook = async ({ doc, req }) => {
  const ids = idsOf(doc.attachments)
  if (ids.length)
    await req.payload.update({
      collection: SLUGS.sourcingFiles,
      where: { and: [{ id: { in: ids } }, { request: { exists: false } }] },
      data: { request: doc.id },
      overrideAccess: true,
      req,
    })
  return doc
}

/**
 * A request deleted (never confirmed, spam) takes its files and its quotes' with it: before the
 * delete, while the files still name it (the database then clears the link).
 */
export const removeRequestFiles: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await eraseRequestFiles(req.payload, id, undefined, req)
}

/** Deletes a request's files: the buyer's alone (`from`), or all of them. */
export const eraseRequestFiles = async (
  payload: Payload,
  requestID: number | string,
  from?: 'buyer',
  req?: PayloadRequest,
) => {
  await payload.delete({
    collection: SLUGS.sourcingFiles,
    where: {
      and: [{ request: { equals: requestID } }, ...(from ? [{ from: { equals: from } }] : [])],
    },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
}

/** The request's files, the buyer's and its quotes' (as the buyer's page lists them). */
export const filesOfRequest = async (payload: Payload, requestID: number | string) =>
  (
    await payload.find({
      collection: SLUGS.sourcingFiles,
      where: { request: { equals: requestID } },
      sort: 'createdAt',
      depth: 0,
      limit: 100,
      pagination: false,
      // A system read: the files of the request the buyer's token opened.
      overrideAccess: true,
      select: { filename: true, filesize: true, mimeType: true, from: true, quote: true },
    })
  ).docs as SourcingFile[]

/**
 * One file of the request with its bytes, for the token's holder only; null when the id is
 * malformed, not this request's, or its file is gone.
 */
export const requestFile = async (
  payload: Payload,
  requestID: number | string,
  fileID: string,
): Promise<{ file: SourcingFile & { filename: string }; body: Buffer } | null> => {
  if (!/^[0-9a-f]{1,24}$/i.test(fileID)) return null
  const { docs } = await payload.find({
    collection: SLUGS.sourcingFiles,
    where: { and: [{ id: { equals: fileID } }, { request: { equals: requestID } }] },
    limit: 1,
    depth: 0,
    // A system read: a file of the request the token opened, for its holder only.
    overrideAccess: true,
  })
  const file = docs[0] as SourcingFile | undefined
  if (!file?.filename) return null
  try {
    const body = await fs.readFile(path.join(sourcingFilesDir(), path.basename(file.filename)))
    return { file: file as SourcingFile & { filename: string }, body }
  } catch {
    return null
  }
}
