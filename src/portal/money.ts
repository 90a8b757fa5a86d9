import type { Payload } from 'payload'

import { GLOBALS } from '@/constants'
import { knownCurrency, type RateTable, rateTable } from '@/utilities/money'

import { portalCache } from '@/portal/cache'
import type { MoneyView } from '@/portal/context'
import type { UILocale } from '@/portal/i18n'

/**
 * The currency a buyer reads approximate conversions in, by the page's language: yuan on the
 * Chinese pages, dollars on the English and Arabic ones (the Gulf currencies are pegged to the
 * dollar, and Arabic pages serve many countries), euros on the Spanish ones, roubles on the
 * Russian ones. `?currency=EUR` picks another; a currency not in the table is ignored.
 */
export const DEFAULT_CURRENCY: Record<UILocale, string> = {
  zh: 'CNY',
  en: 'USD',
  ru: 'RUB',
  ar: 'USD',
  es: 'EUR',
}

type Table = { rates: RateTable; asOf: string } | null

/**
 * The exchange-rate table, read once and kept with the cached pages: saving new rates evicts
 * every page (src/collections/ExchangeRates), which drops it too; a minute at most otherwise.
 */
const readTable = (payload: Payload): Promise<Table> =>
  portalCache.memo('*', 'exchange-rates', async () => {
    const doc = await payload.findGlobal({
      slug: GLOBALS.exchangeRates,
      depth: 0,
      overrideAccess: false,
    })
    const asOf = doc?.asOf ? new Date(doc.asOf) : null
    if (!asOf || Number.isNaN(asOf.getTime())) return null
    return { rates: rateTable(doc.rates), asOf: asOf.toISOString().slice(0, 10) }
  })

/** The buyer's currency: the one asked for if the table has it, else the language's, else USD. */
export const buyerCurrency = (ui: UILocale, asked: string | null, rates: RateTable) =>
  knownCurrency(asked, rates) ?? knownCurrency(DEFAULT_CURRENCY[ui], rates) ?? 'USD'

/** The money of one render, or undefined with no dated table (prices then show alone). */
export const moneyFor = async (
  payload: Payload,
  ui: UILocale,
  query: URLSearchParams,
): Promise<MoneyView | undefined> => {
  const table = await readTable(payload)
  if (!table) return undefined
  const asked = knownCurrency(query.get('currency'), table.rates) ?? undefined
  const currency = buyerCurrency(ui, query.get('currency'), table.rates)
  return { ...table, currency, asked, priced: new Set(), converted: new Set() }
}
