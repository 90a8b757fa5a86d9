import { idOf, idsOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import type { SourcingRequest } from '@/payload-types'
import { Layout } from '@/portal/components/Layout'
import { systemRead, type RenderContext, linkTo } from '@/portal/context'
import { formatters } from '@/portal/i18n'
import { now } from '@/utilities/clock'

/**
 * `/sourcing`: the open, confirmed requests of this belt (every belt's on the hub), for factories
 * not yet on the platform too. A system read with a fixed selection: product, quantity,
 * destination, needed-by, number of quotes — never the buyer (the API does not serve requests
 * to the public at all).
 */
export const renderBoard = async (ctx: RenderContext) => {
  const t = ctx.t
  const format = formatters(ctx.ui)
  const today = now().toISOString().slice(0, 10)
  const { docs } = await ctx.payload.find({
    collection: SLUGS.sourcingRequests,
    where: {
      and: [
        { status: { equals: 'open' } },
        { or: [{ neededBy: { exists: false } }, { neededBy: { greater_than_equal: today } }] },
        ...(ctx.belt ? [{ belts: { in: [ctx.belt.id] } }] : []),
      ],
    },
    sort: '-confirmedAt',
    limit: 100,
    depth: 0,
    ...systemRead,
    select: {
      product: true,
      quantity: true,
      unit: true,
      destinationCountry: true,
      neededBy: true,
      belts: true,
      matchedBelts: true,
      hiddenIn: true,
    },
  })
  // A portal leaves out what its operator hid; the hub, what every belt whose operators can see
  // it has hidden: the belts it was matched in (only they read it), else the belts it is for. A
  // spam request posted on one portal and hidden there stays off the hub too, and one posted on
  // the hub leaves it once the operators of its matched belts have hidden it.
  const isHidden = (doc: SourcingRequest) => {
    const hidden = new Set(idsOf(doc.hiddenIn).map(String))
    if (ctx.belt) return hidden.has(String(ctx.belt.id))
    const watchers = idsOf(doc.matchedBelts).length ? idsOf(doc.matchedBelts) : idsOf(doc.belts)
    return hidden.size > 0 && watchers.every((id) => hidden.has(String(id)))
  }
  const requests = (docs as SourcingRequest[]).filter((doc) => !isHidden(doc))
  const { docs: quotes } = await ctx.payload.find({
    collection: SLUGS.sourcingQuotes,
    where: {
      and: [
        { request: { in: requests.map((doc) => doc.id) } },
        { status: { not_equals: 'declined' } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    ...systemRead,
    select: { request: true },
  })
  const countOf = (id: number) =>
    quotes.filter((quote) => String(idOf(quote.request as never)) === String(id)).length
  return (
    <Layout ctx={ctx} title={t.boardTitle}>
      <h1>{t.boardTitle}</h1>
      <p>{t.boardIntro}</p>
      <p>
        <a href={linkTo(ctx, '/sourcing/new')}>{t.sourcingTitle}</a>
      </p>
      {requests.length === 0 ? <p>{t.noRequests}</p> : null}
      <ul className="sourcing-board">
        {requests.map((doc) => (
          <li key={doc.id} className="card" data-request={doc.id}>
            <div className="body">
              <h2>
                <bdi>{doc.product}</bdi>
              </h2>
              <p>
                {t.quantity} <bdi>{format.quantity(doc.quantity, doc.unit)}</bdi>
                {doc.destinationCountry ? (
                  <>
                    {' '}
                    · {t.destination} <bdi>{doc.destinationCountry}</bdi>
                  </>
                ) : null}
                {doc.neededBy ? (
                  <>
                    {' '}
                    · {t.neededBy} <bdi>{doc.neededBy.slice(0, 10)}</bdi>
                  </>
                ) : null}
                {' · '}
                {t.quotes} {format.number(countOf(doc.id))}
              </p>
              <p>
                <a href="/admin" rel="nofollow">
                  {t.signInToQuote}
                </a>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Layout>
  )
}
