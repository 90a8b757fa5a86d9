/**
 * Approximate conversions between currencies through a table of "units per 1 USD" (the
 * exchange-rate table the platform admin keeps, src/collections/ExchangeRates). Pure: the portal
 * reads the table and formats, the global validates with the same rules.
 */

/** Currency → units per 1 USD. USD itself is 1 whether or not the table lists it. */
export type RateTable = Readonly<Record<string, number>>

export type RateRow = { currency?: string | null; rate?: number | null }

/** The table's rows as a lookup (rows without a usable rate left out), USD always 1. */
export const rateTable = (rows: readonly RateRow[] | null | undefined): RateTable => {
  const table: Record<string, number> = { USD: 1 }
  for (const row of rows ?? []) {
    const rate = row?.rate
    if (row?.currency && typeof rate === 'number' && Number.isFinite(rate) && rate > 0)
      table[row.currency] = rate
  }
  return table
}

/** `amount` of `from` in `to`, through USD; null when either currency is not in the table. */
export const convert = (
  amount: number,
  from: string,
  to: string,
  rates: RateTable,
): number | null => {
  if (from === to) return amount
  const fromRate = rates[from]
  const toRate = rates[to]
  if (!fromRate || !toRate || !Number.isFinite(amount)) return null
  return (amount / fromRate) * toRate
}

/** A currency code as a query parameter may give it ("eur", " EUR "), if the table knows it. */
export const knownCurrency = (value: string | null | undefined, rates: RateTable) => {
  const code = (value ?? '').trim().toUpperCase()
  return /^[A-Z]{3}$/.test(code) && Object.hasOwn(rates, code) ? code : null
}
