import {
  eraseThread as erase,
  exportThread as exportData,
  replyToThread as reply,
  threadFile,
} from '@/inquiries/reply'
import type { Upload } from '@/inquiries/uploads'
import type { Values } from '@/inquiries/values'
import { Layout } from '@/portal/components/Layout'
import { hrefFor, type RenderContext } from '@/portal/context'
import { notFound } from '@/renderer/errors'

import { problemText } from './problems'
import { downloadOf, findThread, type InquiryResult } from './shared'
import { renderThread } from './thread'

/**
 * The buyer's actions in their private thread, behind its token: reply, download a file, export
 * or erase their data. The use case (src/inquiries/reply.ts) does them; these answer in HTTP.
 */

export const replyToThread = async (
  ctx: RenderContext,
  token: string,
  values: Values,
  files: Upload[] = [],
): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  const { problem } = await reply({
    payload: ctx.payload,
    beltID: ctx.belt!.id,
    inquiry,
    values,
    files,
  })
  if (problem) return renderThread(ctx, token, { error: problemText(ctx, 'message', problem) })
  return { status: 303, redirect: hrefFor(ctx, `/inquiries/${token}`) }
}

/** One attachment of the thread, downloaded (never shown inline), for the token's holder only. */
export const sendThreadFile = async (
  ctx: RenderContext,
  token: string,
  fileID: string,
): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  const found = await threadFile({ payload: ctx.payload, inquiry, fileID })
  if (!found) throw notFound()
  return downloadOf(found)
}

/** Everything kept about the buyer in this inquiry, as a JSON download. */
export const exportThread = async (ctx: RenderContext, token: string): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  const data = await exportData({ payload: ctx.payload, inquiry, locale: ctx.locale })
  return {
    status: 200,
    file: {
      body: JSON.stringify(data, null, 2),
      contentType: 'application/json; charset=utf-8',
      headers: {
        'Content-Disposition': `attachment; filename="chandi-inquiry-${inquiry.id}.json"`,
        'X-Content-Type-Options': 'nosniff',
      },
    },
  }
}

/** The buyer erases their data from this inquiry; the link stops working at once. */
export const eraseThread = async (
  ctx: RenderContext,
  token: string,
  values: Values,
): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  if (!(await erase({ payload: ctx.payload, inquiry, values })))
    return renderThread(ctx, token, { eraseError: ctx.t.eraseNeedsConfirm })
  return {
    status: 200,
    element: (
      <Layout ctx={ctx} title={ctx.t.erased} isIndexable={false}>
        <div className="card" role="status">
          <div className="body">
            <h1>{ctx.t.erased}</h1>
            <p>{ctx.t.erasedText}</p>
          </div>
        </div>
      </Layout>
    ),
  }
}
