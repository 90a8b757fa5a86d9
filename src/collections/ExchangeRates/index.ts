import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { type ChandiUser, isPlatformAdmin } from '@/access/roles'
import { GLOBALS } from '@/constants'
import { ALL, evictEverywhere } from '@/platform/events'
import { afterCommit } from '@/platform/transactions'
import { label, t } from '@/utilities/i18n'
import { BUYER_CURRENCIES } from '@/vocabulary'

type Validate = (
  value: unknown,
  options: { req: Parameters<typeof t>[0]; data?: unknown },
) => true | string

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0

/** The date the rates were taken: required, a real date. */
const validateAsOf: Validate = (value, { req }) =>
  value !== null &&
  value !== undefined &&
  value !== '' &&
  !Number.isNaN(new Date(value as string).getTime())
    ? true
    : t(req, {
        zh: '请填写汇率的取值日期',
        en: 'Enter the date the rates were taken',
      })

/** One row per currency: a second row of the same currency is refused on each of the two. */
const validateCurrency: Validate = (value, { req, data }) => {
  if (typeof value !== 'string' || !BUYER_CURRENCIES.some((option) => option.value === value))
    return t(req, { zh: '请从列表中选择币种', en: 'Choose a currency from the list' })
  const rows = ((data as { rates?: { currency?: string }[] } | undefined)?.rates ?? []).filter(
    (row) => row?.currency === value,
  )
  return rows.length > 1
    ? t(req, {
        zh: `币种 ${value} 出现了不止一次，每个币种只能填一行`,
        en: `${value} is listed more than once; give each currency one row`,
      })
    : true
}

/** Units of the currency per 1 USD: above 0 (and 1 for USD itself). */
const validateRate: Validate = (value, { req, ...options }) => {
  if (!isPositive(value))
    return t(req, {
      zh: '汇率须为大于 0 的数字（1 美元可兑换的该币种数额）',
      en: 'The rate must be a number above 0 (units of the currency per 1 USD)',
    })
  const currency = (options as { siblingData?: { currency?: string } }).siblingData?.currency
  return currency === 'USD' && value !== 1
    ? t(req, { zh: '美元对美元的汇率只能是 1', en: 'USD per 1 USD can only be 1' })
    : true
}

/** New rates change every converted price: every cached portal page, in every process. */
const evictAllPages: GlobalAfterChangeHook = async ({ doc, req }) => {
  await afterCommit(req, () => evictEverywhere(ALL))
  return doc
}

/**
 * The exchange-rate table (汇率表) the platform admin keeps: what the portals use to show a
 * price in the factory's currency with an approximate conversion into the buyer's, dated.
 * Everyone may read it (the figures are on every portal page); only platform admins change it.
 */
export const ExchangeRates: GlobalConfig = {
  slug: GLOBALS.exchangeRates,
  label: label('汇率表', 'Exchange rates'),
  admin: {
    group: label('平台', 'Platform'),
    hidden: ({ user }) => !isPlatformAdmin(user as ChandiUser | null),
    description: label(
      '门户在工厂报价旁显示买家币种的约合金额，并注明取值日期',
      'Portals show an approximate conversion into the buyer’s currency beside each price, dated',
    ),
  },
  access: {
    read: () => true,
    update: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
    readVersions: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
  },
  hooks: { afterChange: [evictAllPages] },
  fields: [
    {
      name: 'asOf',
      type: 'date',
      required: true,
      label: label('取值日期', 'Rates as of'),
      admin: { date: { pickerAppearance: 'dayOnly' } },
      validate: validateAsOf as never,
    },
    {
      name: 'rates',
      type: 'array',
      label: label('汇率', 'Rates'),
      labels: { singular: label('汇率', 'Rate'), plural: label('汇率', 'Rates') },
      admin: {
        description: label(
          '每行一个币种：1 美元可兑换的数额（美元本身为 1，可不填）',
          'One row per currency: units per 1 USD (USD itself is 1 and may be left out)',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'currency',
              type: 'select',
              required: true,
              options: BUYER_CURRENCIES,
              label: label('币种', 'Currency'),
              validate: validateCurrency as never,
            },
            {
              name: 'rate',
              type: 'number',
              required: true,
              min: 0,
              label: label('每 1 美元', 'Units per 1 USD'),
              admin: { step: 0.0001 },
              validate: validateRate as never,
            },
          ],
        },
      ],
    },
  ],
}
