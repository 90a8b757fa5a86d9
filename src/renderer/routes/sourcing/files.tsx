import type { SourcingFile } from '@/payload-types'
import { type RenderContext, linkTo } from '@/portal/context'
import { notFound } from '@/renderer/errors'
import { findRequest } from '@/sourcing/buyer'
import { requestFile } from '@/sourcing/files'

import { downloadOf, type InquiryResult } from '../inquiries/shared'

/** Files of the request (the buyer's, or one quote's), each a download behind the token. */
export const FileList = ({
  ctx,
  token,
  files,
}: {
  ctx: RenderContext
  token: string
  files: SourcingFile[]
}) =>
  files.length === 0 ? null : (
    <ul aria-label={ctx.t.attachments} data-files>
      {files.map((file) => (
        <li key={file.id}>
          <a href={linkTo(ctx, `/sourcing/requests/${token}/files/${file.id}`)} download>
            <bdi>{file.filename}</bdi>
          </a>{' '}
          ({Math.max(1, Math.round((file.filesize ?? 0) / 1024))} KB)
        </li>
      ))}
    </ul>
  )

/** One file of the request or of its quotes, downloaded (never shown inline), for the token's holder. */
export const sendRequestFile = async (
  ctx: RenderContext,
  token: string,
  fileID: string,
): Promise<InquiryResult> => {
  const request = await findRequest(ctx.payload, token, ctx.belt?.id ?? null)
  if (!request) throw notFound()
  const found = await requestFile(ctx.payload, request.id, fileID)
  if (!found) throw notFound()
  return downloadOf(found)
}
