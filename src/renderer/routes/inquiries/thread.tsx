import { filesOf } from '@/inquiries/reply'
import type { Factory, Product } from '@/payload-types'
import { Layout } from '@/portal/components/Layout'
import { QuoteTable } from '@/portal/components/QuoteTable'
import { festivalPricesFor } from '@/portal/campaigns'
import { TierTable } from '@/portal/components/TierTable'
import { Time } from '@/portal/components/Time'
import { hrefFor, type RenderContext, linkTo } from '@/portal/context'
import { formatters } from '@/portal/i18n'
import { unitLabel } from '@/portal/labels'

import { AttachmentInput, findThread, type InquiryResult } from './shared'

/** The thread's files as download links, for the token's holder. */
const FileLinks = ({
  ctx,
  token,
  files,
}: {
  ctx: RenderContext
  token: string
  files: unknown[] | null | undefined
}) => {
  const list = filesOf(files)
  if (list.length === 0) return null
  return (
    <ul aria-label={ctx.t.attachments}>
      {list.map((file) => (
        <li key={file.id}>
          <a href={linkTo(ctx, `/inquiries/${token}/files/${file.id}`)} download>
            {file.filename}
          </a>{' '}
          ({Math.max(1, Math.round((file.filesize ?? 0) / 1024))} KB)
        </li>
      ))}
    </ul>
  )
}

/** What the buyer asked for, echoed back: target price, destination, their company. */
const InquiryFacts = ({
  ctx,
  inquiry,
}: {
  ctx: RenderContext
  inquiry: Awaited<ReturnType<typeof findThread>>
}) => {
  const t = ctx.t
  const facts: [string, string][] = []
  if (typeof inquiry.targetPrice === 'number')
    facts.push([
      t.targetPrice,
      formatters(ctx.ui).money(inquiry.targetPrice, inquiry.currency ?? 'USD'),
    ])
  if (inquiry.destinationCountry) facts.push([t.destination, inquiry.destinationCountry])
  if (inquiry.buyer?.company) facts.push([t.company, inquiry.buyer.company])
  if (facts.length === 0) return null
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>
            <bdi>{value}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** The buyer's private view of one inquiry and its replies, reached by the token only. */
export const renderThread = async (
  ctx: RenderContext,
  token: string,
  {
    justSent = false,
    error,
    eraseError,
  }: { justSent?: boolean; error?: string; eraseError?: string } = {},
): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  const t = ctx.t
  const factory = typeof inquiry.factory === 'object' ? (inquiry.factory as Factory) : null
  const product =
    inquiry.product && typeof inquiry.product === 'object' ? (inquiry.product as Product) : null
  // During a festival the tiers shown are the festival's, as on the product page.
  const festival = product ? await festivalPricesFor(ctx, product.id) : null
  return {
    status: error || eraseError ? 400 : 200,
    element: (
      <Layout ctx={ctx} title={inquiry.subject} isIndexable={false}>
        {justSent ? (
          <div className="card" role="status">
            <div className="body">
              <h1>{t.sent}</h1>
              <p>{t.sentText}</p>
            </div>
          </div>
        ) : (
          <h1>{inquiry.subject}</h1>
        )}
        {factory ? <p>{factory.name}</p> : null}
        <h2>{t.thread}</h2>
        <article className="session">
          <p>
            <strong>{t.fromBuyer}</strong> · <Time ctx={ctx} instant={inquiry.createdAt} />
          </p>
          {product && inquiry.quantity ? (
            <>
              <p>
                <bdi>{product.name}</bdi> · {t.quantity}{' '}
                <bdi>{formatters(ctx.ui).quantity(inquiry.quantity, product.moq.unit)}</bdi>
              </p>
              <TierTable
                ctx={ctx}
                tiers={festival?.tiers ?? product.priceTiers ?? []}
                unit={unitLabel(ctx, product.moq.unit)}
                currency={product.currency}
                priceLabel={festival ? t.festivalPrice : t.unitPrice}
                quantity={inquiry.quantity}
              />
            </>
          ) : null}
          <InquiryFacts ctx={ctx} inquiry={inquiry} />
          <p className="pre">{inquiry.message}</p>
          <FileLinks ctx={ctx} token={token} files={inquiry.attachments} />
        </article>
        {(inquiry.replies ?? []).map((reply, index) => (
          <article key={reply.id ?? index} className="session">
            <p>
              <strong>{reply.author === 'factory' ? t.fromFactory : t.fromBuyer}</strong>
              {reply.sentAt ? (
                <>
                  {' '}
                  · <Time ctx={ctx} instant={reply.sentAt} />
                </>
              ) : null}
            </p>
            <p className="pre">{reply.body}</p>
            <QuoteTable ctx={ctx} quote={reply.quote} />
            <FileLinks ctx={ctx} token={token} files={reply.attachments} />
          </article>
        ))}
        <form method="post" encType="multipart/form-data" className="panel">
          <label className="field">
            {t.reply}
            <textarea
              name="body"
              rows={4}
              required
              maxLength={5000}
              aria-invalid={error ? 'true' : undefined}
            />
          </label>
          <AttachmentInput ctx={ctx} />
          {error ? (
            <p role="alert" className="field-error">
              {error}
            </p>
          ) : null}
          <button type="submit">{t.sendReply}</button>
        </form>
        <section aria-labelledby="your-data" className="spaced">
          <h2 id="your-data">{t.yourData}</h2>
          <p>{t.yourDataText}</p>
          <p>
            <a href={linkTo(ctx, `/inquiries/${token}/export`)} download>
              {t.exportData}
            </a>
          </p>
          <form method="post" action={hrefFor(ctx, `/inquiries/${token}/erase`)}>
            <label>
              <input type="checkbox" name="confirm" value="yes" required /> {t.eraseConfirm}
            </label>
            {eraseError ? (
              <p role="alert" className="field-error">
                {eraseError}
              </p>
            ) : null}
            <p>
              <button type="submit">{t.eraseData}</button>
            </p>
          </form>
        </section>
      </Layout>
    ),
  }
}
