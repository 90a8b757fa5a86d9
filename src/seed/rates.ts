import type { Payload } from 'payload'

import { GLOBALS } from '@/constants'

/** Demo rates (units per 1 USD), plausible for late 2026; the admin replaces them. */
export const DEMO_RATES = {
  asOf: '2026-12-01T00:00:00.000Z',
  rates: [
    { currency: 'CNY', rate: 7.12 },
    { currency: 'EUR', rate: 0.925 },
    { currency: 'GBP', rate: 0.79 },
    { currency: 'RUB', rate: 92.5 },
    { currency: 'KZT', rate: 505 },
    { currency: 'AED', rate: 3.6725 },
    { currency: 'SAR', rate: 3.75 },
    { currency: 'TRY', rate: 34.2 },
    { currency: 'INR', rate: 84.3 },
    { currency: 'JPY', rate: 151.5 },
    { currency: 'KRW', rate: 1380 },
    { currency: 'BRL', rate: 5.6 },
    { currency: 'MXN', rate: 19.8 },
    { currency: 'NGN', rate: 1550 },
    { currency: 'AUD', rate: 1.52 },
  ],
} as const

/** Fills the exchange-rate table once (a table the admin already dated is left alone). */
export const seedRates = async (payload: Payload): Promise<number> => {
  const current = await payload.findGlobal({ slug: GLOBALS.exchangeRates, overrideAccess: true })
  if (current?.asOf) return 0
  await payload.updateGlobal({
    slug: GLOBALS.exchangeRates,
    data: { asOf: DEMO_RATES.asOf, rates: DEMO_RATES.rates.map((row) => ({ ...row })) },
    overrideAccess: true,
    context: { isSeed: true },
  })
  return 1
}
