import { Fragment, type ReactNode } from 'react'

import { convert, knownCurrency } from '@/utilities/money'

import { type RenderContext } from '@/portal/context'
import { formatters, intl, intlLocale } from '@/portal/i18n'

/**
 * "≈ €2.68" or "≈ €2.68–€3.33": prices of `currency` in the buyer's currency, or null when they
 * are the same currency, a rate is missing, or there is no price. Notes the currencies for the
 * page's dated note (`MoneyNote`).
 */
export const approxText = (
  ctx: Pick<RenderContext, 'ui' | 'money'>,
  prices: readonly number[],
  currency: string,
): string | null => {
  const money = ctx.money
  const valid = prices.filter((price) => Number.isFinite(price) && price > 0)
  if (!money || valid.length === 0) return null
  money.priced.add(currency)
  if (currency === money.currency) return null
  const low = convert(Math.min(...valid), currency, money.currency, money.rates)
  const high = convert(Math.max(...valid), currency, money.currency, money.rates)
  if (low === null || high === null) return null
  money.converted.add(currency)
  const format = formatters(ctx.ui).money
  const [from, to] = [format(low, money.currency), format(high, money.currency)]
  return from === to ? from : `${from}–${to}`
}

/** ` (≈ €2.68)` after a price, isolated like the price itself (`<bdi>`). */
export const Approx = ({
  ctx,
  prices,
  currency,
}: {
  ctx: RenderContext
  prices: readonly number[]
  currency: string
}) => {
  const text = approxText(ctx, prices, currency)
  return text ? (
    <span className="approx">
      {' '}
      (≈ <bdi>{text}</bdi>)
    </span>
  ) : null
}

/** A message with `{name}` placeholders filled with elements. */
const fill = (message: string, values: Record<string, ReactNode>) =>
  message.split(/(\{\w+\})/).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1]
    return <Fragment key={index}>{name && name in values ? values[name] : part}</Fragment>
  })

/** The address of this page with another `currency` (the other parameters kept). */
const withCurrency = (ctx: RenderContext, currency: string) => {
  const query = new URLSearchParams(ctx.query)
  query.set('currency', currency)
  return `?${query.toString()}`
}

/**
 * Once per page, after its content (rendered last, so every price above has been noted): the
 * date of the rates and the currencies the factories quote in, when a conversion was shown, and
 * links to read the prices in another currency.
 */
export const MoneyNote = ({ ctx }: { ctx: RenderContext }) => {
  const money = ctx.money
  if (!money || money.priced.size === 0) return null
  const tag = intlLocale(ctx.ui)
  const date = intl(
    `money-date\u0000${tag}`,
    () => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(new Date(`${money.asOf}T00:00:00Z`))
  const quoted = [...money.converted].sort()
  const list = intl(
    `money-list\u0000${tag}`,
    () => new Intl.ListFormat(tag, { type: 'conjunction' }),
  )
  const choices = Object.keys(money.rates).sort()
  return (
    <aside className="money-note" id="money-note">
      {quoted.length ? (
        <p>
          {fill(ctx.t.conversionNote, {
            date: (
              <time dateTime={money.asOf}>
                <bdi>{date}</bdi>
              </time>
            ),
            currencies: <bdi>{list.format(quoted)}</bdi>,
          })}
        </p>
      ) : null}
      <p>
        {ctx.t.pricesIn}:{' '}
        {choices.map((currency, index) => (
          <Fragment key={currency}>
            {index > 0 ? ' · ' : null}
            {currency === money.currency ? (
              <strong aria-current="true">{currency}</strong>
            ) : (
              <a href={withCurrency(ctx, currency)} rel="nofollow">
                {currency}
              </a>
            )}
          </Fragment>
        ))}
      </p>
    </aside>
  )
}

/** In a GET form (search, filters): keeps the currency the buyer picked with `?currency=`. */
export const CurrencyInput = ({ ctx }: { ctx: RenderContext }) => {
  const asked = new URLSearchParams(ctx.query).get('currency')
  return ctx.money && knownCurrency(asked, ctx.money.rates) === ctx.money.currency ? (
    <input type="hidden" name="currency" value={ctx.money.currency} />
  ) : null
}
