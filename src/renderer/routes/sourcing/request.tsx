import { SLUGS } from '@/constants'
import type { SourcingRequest, Tenant } from '@/payload-types'
import { Layout } from '@/portal/components/Layout'
import { hrefFor, type RenderContext, linkTo } from '@/portal/context'
import { formatters, intlLocale } from '@/portal/i18n'
import { notFound, PortalError } from '@/renderer/errors'
import { filesOfRequest } from '@/sourcing/files'
import { askQuestion } from '@/sourcing/questions'
import {
  acceptQuote,
  closeRequest,
  quoteExpired,
  confirmRequest,
  findRequest,
  quotesOf,
  type QuoteRow,
} from '@/sourcing/buyer'

import type { InquiryResult } from '../inquiries/shared'
import { linkBaseOf } from '../inquiries/shared'
import { portalURL } from '../hub'
import { FileList } from './files'
import { type Asking, QuoteThreads } from './questions'

const load = async (ctx: RenderContext, token: string) => {
  const request = await findRequest(ctx.payload, token, ctx.belt?.id ?? null)
  if (!request) throw notFound()
  return request
}

/** The unit price of the tier the asked quantity falls in (the first tier's, below it). */
export const priceAt = (row: Pick<QuoteRow, 'priceTiers'>, quantity: number): number | null => {
  const tiers = row.priceTiers ?? []
  const tier = tiers.find(
    (t) => t.minQuantity <= quantity && (t.maxQuantity == null || quantity <= t.maxQuantity),
  )
  return (tier ?? tiers[0])?.unitPrice ?? null
}

const SORTS: Record<string, (a: QuoteRow, b: QuoteRow, q: number) => number> = {
  price: (a, b, q) => (priceAt(a, q) ?? Infinity) - (priceAt(b, q) ?? Infinity),
  lead: (a, b) => (a.leadTimeDays ?? Infinity) - (b.leadTimeDays ?? Infinity),
  reply: (a, b) => (a.replyHours ?? 0) - (b.replyHours ?? 0),
}

const statusText = (ctx: RenderContext, status: SourcingRequest['status']) =>
  ({
    pending: ctx.t.statusPending,
    open: ctx.t.statusOpen,
    closed: ctx.t.statusClosed,
    expired: ctx.t.statusExpired,
  })[status]

/**
 * The buyer's private page: the request, confirm, the quotes side by side (sortable), each
 * factory's message with the buyer's questions and its answers, accept, close.
 */
export const renderRequest = async (
  ctx: RenderContext,
  token: string,
  sort = 'price',
  { asking, asked }: { asking?: Asking; asked?: string } = {},
): Promise<InquiryResult> => {
  const request = await load(ctx, token)
  const t = ctx.t
  const format = formatters(ctx.ui)
  const base = `/sourcing/requests/${token}`
  // An own key only: `?sort=valueOf` or `__defineGetter__` named Object's methods (a 500).
  const compare = Object.hasOwn(SORTS, sort) ? SORTS[sort] : SORTS.price
  const rows = (await quotesOf(ctx.payload, request, ctx.locale)).sort(
    (a, b) =>
      (a.status === 'declined' ? 1 : 0) - (b.status === 'declined' ? 1 : 0) ||
      compare(a, b, request.quantity),
  )
  const files = await filesOfRequest(ctx.payload, request.id)
  return {
    // A question that could not be sent: the page again, with what was written and why (a 429
    // for the day's limit).
    status: asking ? (asking.problem === 'limit' ? 429 : 400) : 200,
    element: (
      <Layout ctx={ctx} title={request.product} isIndexable={false}>
        <h1>
          <bdi>{request.product}</bdi>
        </h1>
        <p>
          {t.quantity} <bdi>{format.quantity(request.quantity, request.unit)}</bdi>
          {request.destinationCountry ? (
            <>
              {' '}
              · {t.destination} <bdi>{request.destinationCountry}</bdi>
            </>
          ) : null}
          {request.neededBy ? (
            <>
              {' '}
              · {t.neededBy} <bdi>{request.neededBy.slice(0, 10)}</bdi>
            </>
          ) : null}
        </p>
        <FileList ctx={ctx} token={token} files={files.filter((file) => file.from === 'buyer')} />
        <p>
          {t.requestStatus}:{' '}
          <strong data-status={request.status}>{statusText(ctx, request.status)}</strong>
          {request.status !== 'pending' ? (
            <>
              {' '}
              · {t.matchedFactories}:{' '}
              <span data-matched>{(request.matchedFactories ?? []).length}</span>
            </>
          ) : null}
        </p>
        {request.status === 'pending' ? (
          <form method="post" action={hrefFor(ctx, `${base}/confirm`)}>
            <p>{t.confirmText}</p>
            <button type="submit">{t.confirmButton}</button>
          </form>
        ) : null}
        <h2>{t.quotes}</h2>
        {rows.length === 0 ? (
          <p>{t.noQuotes}</p>
        ) : (
          <>
            <p>
              {t.sortBy}: <a href={linkTo(ctx, `${base}?sort=price`)}>{t.unitPriceAtQuantity}</a> ·{' '}
              <a href={linkTo(ctx, `${base}?sort=lead`)}>{t.leadTime}</a> ·{' '}
              <a href={linkTo(ctx, `${base}?sort=reply`)}>{t.replyTime}</a>
            </p>
            <table className="quotes">
              <thead>
                <tr>
                  <th>{t.fromFactory}</th>
                  <th>{t.unitPriceAtQuantity}</th>
                  <th>{t.leadTime}</th>
                  <th>{t.moq}</th>
                  <th>{t.verified}</th>
                  <th>{t.replyTime}</th>
                  <th>{t.sampleTerms}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const price = priceAt(row, request.quantity)
                  return (
                    <tr key={row.id} data-quote={row.id}>
                      <td>
                        <bdi>{row.factoryDoc?.name ?? '—'}</bdi>
                      </td>
                      {row.status === 'declined' ? (
                        <td colSpan={5}>
                          {t.declined}: <bdi>{row.declineReason}</bdi>
                        </td>
                      ) : (
                        <>
                          <td>
                            <bdi>
                              {price === null ? '—' : format.money(price, row.currency ?? 'USD')}
                            </bdi>
                          </td>
                          <td>{row.leadTimeDays ? `${row.leadTimeDays} d` : '—'}</td>
                          <td>
                            {row.moq ? <bdi>{format.quantity(row.moq, request.unit)}</bdi> : '—'}
                          </td>
                          <td>{row.factoryDoc?.verification?.status === 'verified' ? '✓' : '—'}</td>
                        </>
                      )}
                      {row.status === 'declined' ? null : (
                        <>
                          <td>{t.hoursShort.replace('{n}', format.number(row.replyHours ?? 0))}</td>
                          <td>
                            <bdi>{row.sampleTerms ?? '—'}</bdi>
                          </td>
                        </>
                      )}
                      <td>
                        {row.status === 'accepted' ? (
                          t.acceptedQuote
                        ) : row.status === 'quoted' && quoteExpired(row) ? (
                          t.quoteExpired
                        ) : row.status === 'quoted' && request.status === 'open' ? (
                          <form method="post" action={hrefFor(ctx, `${base}/accept`)}>
                            <input type="hidden" name="quote" value={String(row.id)} />
                            <button type="submit">{t.acceptQuote}</button>
                          </form>
                        ) : null}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            <QuoteThreads
              ctx={ctx}
              request={request}
              rows={rows}
              base={base}
              asking={asking}
              asked={asked}
              files={(quote) => (
                <FileList
                  ctx={ctx}
                  token={token}
                  files={files.filter((file) => String(file.quote ?? '') === String(quote))}
                />
              )}
            />
          </>
        )}
        {request.status === 'open' || request.status === 'pending' ? (
          <form method="post" action={hrefFor(ctx, `${base}/close`)} className="spaced">
            <button type="submit">{t.closeRequest}</button>
          </form>
        ) : null}
      </Layout>
    ),
  }
}

const back = (ctx: RenderContext, token: string): InquiryResult => ({
  status: 303,
  redirect: hrefFor(ctx, `/sourcing/requests/${token}`),
})

export const confirmSourcing = async (ctx: RenderContext, token: string) => {
  await confirmRequest(ctx.payload, await load(ctx, token))
  return back(ctx, token)
}

export const closeSourcing = async (ctx: RenderContext, token: string) => {
  await closeRequest(ctx.payload, await load(ctx, token))
  return back(ctx, token)
}

/** Accepting opens the inquiry with that factory, on its belt's portal; the buyer is sent there. */
export const acceptSourcing = async (ctx: RenderContext, token: string, quoteID: string) => {
  const request = await load(ctx, token)
  const accepted = await acceptQuote({
    payload: ctx.payload,
    request,
    quoteID: quoteID ?? '',
    linkBaseOf: async (beltID) => {
      if (ctx.belt && String(ctx.belt.id) === String(beltID)) return linkBaseOf(ctx)
      const belt = (await ctx.payload.findByID({
        collection: SLUGS.tenants,
        id: beltID as number,
        depth: 0,
        overrideAccess: true,
      })) as Tenant
      return portalURL(ctx, belt).replace(/\/$/, '')
    },
    receipt: { title: ctx.t.sent, text: ctx.t.sentText },
  })
  if (!accepted) throw notFound()
  if ('expired' in accepted)
    throw new PortalError(
      400,
      ctx.t.quoteExpiredText.replace(
        '{date}',
        new Intl.DateTimeFormat(intlLocale(ctx.ui), { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(accepted.expired),
        ),
      ),
    )
  return { status: 303, redirect: accepted.link } satisfies InquiryResult
}

/** The buyer asks one quoting factory a question: kept and e-mailed to its members (no buyer identity). */
export const askSourcing = async (
  ctx: RenderContext,
  token: string,
  form: { quote?: string; question?: string },
) => {
  const request = await load(ctx, token)
  const quote = form.quote ?? ''
  const result = await askQuestion(ctx.payload, request, quote, form.question)
  if (!result) throw notFound()
  if ('problem' in result)
    return renderRequest(ctx, token, 'price', {
      asking: { quote, value: String(form.question ?? '').slice(0, 5000), problem: result.problem },
    })
  return {
    status: 303,
    redirect: `${hrefFor(ctx, `/sourcing/requests/${token}`)}?asked=${quote}#quote-${quote}`,
  } satisfies InquiryResult
}
