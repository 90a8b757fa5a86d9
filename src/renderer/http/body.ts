import busboy from 'busboy'
import type express from 'express'

import { ATTACHMENT_LIMITS } from '@/constants'
import type { Upload } from '@/inquiries/uploads'

import { PortalError } from '../errors'

/** Reads a small urlencoded form body; refuses a large one. */
const readForm = (req: express.Request, limit = 20_000) =>
  new Promise<Record<string, string>>((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // Answer now and let the rest of the body drain unread.
        req.off('data', onData)
        req.resume()
        reject(new PortalError(413, 'The form is too large.'))
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () =>
      resolve(Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')))),
    )
    req.on('error', reject)
  })

/**
 * Reads a multipart form (the inquiry form with attachments) with busboy: text fields as for
 * the urlencoded form, files into memory up to the attachment limits. A file over the size
 * limit is kept as "truncated" so the form can say which one; more files than allowed, or a
 * body far over the limits, is refused.
 */
const readMultipart = (req: express.Request) =>
  new Promise<{ form: Record<string, string>; files: Upload[] }>((resolve, reject) => {
    const form: Record<string, string> = {}
    const files: Upload[] = []
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: req.headers,
        limits: {
          fields: 40,
          fieldSize: 20_000,
          files: ATTACHMENT_LIMITS.perMessage + 1,
          fileSize: ATTACHMENT_LIMITS.maxBytes,
          parts: 60,
        },
        defParamCharset: 'utf8',
      })
    } catch {
      reject(new PortalError(400, 'The form is malformed.'))
      return
    }
    parser.on('field', (name, value) => (form[name] = value))
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = []
      const upload: Upload = {
        field: name,
        name: info.filename ?? 'file',
        mimetype: info.mimeType,
        data: Buffer.alloc(0),
        truncated: false,
      }
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('limit', () => (upload.truncated = true))
      stream.on('close', () => {
        upload.data = Buffer.concat(chunks)
        // A file input left empty still sends a part with no name and no bytes.
        if (upload.data.length > 0 || info.filename) files.push(upload)
      })
    })
    parser.on('filesLimit', () =>
      reject(new PortalError(413, `At most ${ATTACHMENT_LIMITS.perMessage} attachments.`)),
    )
    parser.on('error', () => reject(new PortalError(400, 'The form is malformed.')))
    parser.on('close', () => resolve({ form, files }))
    req.pipe(parser)
  })

/** A posted form, urlencoded or multipart (the inquiry forms with attachments). */
export const readBody = async (
  req: express.Request,
): Promise<{ form: Record<string, string>; files: Upload[] }> =>
  /^multipart\/form-data/i.test(String(req.headers['content-type'] ?? ''))
    ? readMultipart(req)
    : { form: await readForm(req), files: [] }
