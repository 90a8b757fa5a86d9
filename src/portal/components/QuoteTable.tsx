import type { Inquiry } from '@/payload-types'
import type { RenderContext } from '@/portal/context'
import { formatters, intlLocale } from '@/portal/i18n'

import { Approx } from '@/portal/components/Money'

type Quote = NonNullable<Inquiry['replies']>[number]['quote']

/** A factory's structured quotation, as the buyer reads it. */
export const QuoteTable = ({ ctx, quote }: { ctx: RenderContext; quote: Quote }) => {
  const tiers = quote?.priceTiers ?? []
  if (tiers.length === 0) return null
  const t = ctx.t
  const format = formatters(ctx.ui)
  const price = (value: number) => format.money(value, quote?.currency ?? 'USD')
  return (
    <section aria-label={t.quotation} className="card">
      <div className="body">
        <h3>{t.quotation}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.quantity}</th>
              <th scope="col">{t.unitPrice}</th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((tier, index) => (
              <tr key={tier.id ?? index}>
                <td>
                  <bdi>
                    {tier.maxQuantity
                      ? `${format.number(tier.minQuantity)}–${format.number(tier.maxQuantity)}`
                      : format.number(tier.minQuantity)}
                  </bdi>
                  {tier.maxQuantity ? null : ` ${t.orMore}`}
                </td>
                <td>
                  <bdi>{price(tier.unitPrice)}</bdi>
                  <Approx ctx={ctx} prices={[tier.unitPrice]} currency={quote?.currency ?? 'USD'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl>
          {quote?.validUntil ? (
            <>
              <dt>{t.validUntil}</dt>
              <dd>
                <time dateTime={quote.validUntil.slice(0, 10)}>
                  {new Intl.DateTimeFormat(intlLocale(ctx.ui), {
                    dateStyle: 'long',
                    timeZone: 'UTC',
                  }).format(new Date(quote.validUntil))}
                </time>
              </dd>
            </>
          ) : null}
          {quote?.leadTimeDays ? (
            <>
              <dt>{t.leadTime}</dt>
              <dd>
                {format.number(quote.leadTimeDays)} {t.days}
              </dd>
            </>
          ) : null}
          {quote?.incoterm ? (
            <>
              <dt>{t.incoterm}</dt>
              <dd>
                <bdi>{quote.incoterm}</bdi>
              </dd>
            </>
          ) : null}
          {quote?.paymentTerms ? (
            <>
              <dt>{t.paymentTerms}</dt>
              <dd>
                <bdi>{quote.paymentTerms}</bdi>
              </dd>
            </>
          ) : null}
        </dl>
      </div>
    </section>
  )
}
