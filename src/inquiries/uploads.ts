import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type Payload } from 'payload'

import { ATTACHMENT_LIMITS, SLUGS } from '@/constants'

import type { Problem } from '@/inquiries/values'

/** A file from a multipart form, in memory (at most the attachment limit, then truncated). */
export type Upload = {
  field: string
  name: string
  mimetype: string
  data: Buffer
  truncated: boolean
}

type ID = number | string

/** A file name as it may be shown back: no control characters, 120 characters at most. */
export const cleanFileName = (name: string) => name.replace(/[\u0000-\u001f]/g, '').slice(0, 120)

/**
 * Checks uploaded files before anything is stored: their number, their size and what their
 * bytes say they are (the name and the browser's type are not trusted). Returns the files with
 * their sniffed type and cleaned name, or the problem for the `attachments` field.
 */
export const checkUploads = async (
  files: Upload[],
): Promise<{ files: Upload[]; problem?: Problem }> => {
  const attached = files.filter((file) => file.field === 'attachments')
  if (attached.length > ATTACHMENT_LIMITS.perMessage)
    return { files: [], problem: { code: 'tooManyFiles' } }
  const checked: Upload[] = []
  for (const file of attached) {
    const name = cleanFileName(file.name)
    if (file.truncated || file.data.length > ATTACHMENT_LIMITS.maxBytes)
      return { files: [], problem: { code: 'fileTooLarge', file: name } }
    const sniffed = await fileTypeFromBuffer(file.data)
    if (!sniffed || !(ATTACHMENT_LIMITS.mimeTypes as readonly string[]).includes(sniffed.mime))
      return { files: [], problem: { code: 'fileType', file: name } }
    checked.push({ ...file, name, mimetype: sniffed.mime })
  }
  return { files: checked }
}

/** The upload collections that take checked attachments: inquiries' and sourcing requests'. */
type FileCollection = typeof SLUGS.inquiryFiles | typeof SLUGS.sourcingFiles

/** Deletes files this request itself stored a moment ago (the write they belonged to failed). */
export const removeFiles = async ({
  payload,
  ids,
  collection = SLUGS.inquiryFiles,
}: {
  payload: Payload
  ids: ID[]
  collection?: FileCollection
}) => {
  // A system write: undoing this request's own files.
  if (ids.length)
    await payload.delete({ collection, where: { id: { in: ids } }, overrideAccess: true })
}

/**
 * Stores checked uploads in `collection` with `data`; if one is refused (Payload checks the
 * content again, and images must decode within limits), those already stored are removed and
 * the refusal is returned for the form.
 */
export const storeFiles = async ({
  payload,
  collection,
  data,
  files,
}: {
  payload: Payload
  collection: FileCollection
  data: Record<string, unknown>
  files: Upload[]
}): Promise<{ ids: ID[]; problem?: Problem }> => {
  const ids: ID[] = []
  for (const file of files) {
    try {
      const doc = await payload.create({
        collection,
        data: data as never,
        file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.data.length },
        // A system write: buyers create these files only through the portal (no create access).
        overrideAccess: true,
      })
      ids.push(doc.id)
    } catch (error) {
      await removeFiles({ payload, ids, collection })
      if (error instanceof ValidationError || (error as { status?: number }).status === 400)
        return { ids: [], problem: { code: 'fileType', file: file.name } }
      throw error
    }
  }
  return { ids }
}

/** Stores checked uploads as the buyer's files of one factory's inquiry (see storeFiles). */
export const storeUploads = ({
  payload,
  beltID,
  factoryID,
  files,
}: {
  payload: Payload
  beltID: ID
  factoryID: ID
  files: Upload[]
}) =>
  storeFiles({
    payload,
    collection: SLUGS.inquiryFiles,
    data: { tenant: beltID as number, factory: factoryID as number, from: 'buyer' },
    files,
  })
