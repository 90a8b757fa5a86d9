import type { Field } from 'payload'

import { ATTACHMENT_LIMITS, SLUGS } from '@/constants'
import { priceTierField } from '@/fields/priceTiers'
import { label } from '@/utilities/i18n'
import { CURRENCIES } from '@/vocabulary'

/** Files of one message of the thread (the buyer's first one, or a reply). */
export const attachmentsField = ({
  name,
  label: fieldLabel,
  readOnly = false,
}: {
  name: string
  label: { zh: string; en: string }
  readOnly?: boolean
}): Field => ({
  name,
  type: 'upload',
  relationTo: SLUGS.inquiryFiles,
  hasMany: true,
  maxRows: ATTACHMENT_LIMITS.perMessage,
  label: fieldLabel,
  admin: {
    readOnly,
    description: label(
      'PDF、JPEG、PNG、WebP、XLSX 或 DOCX，每个最大 10 MB',
      'PDF, JPEG, PNG, WebP, XLSX or DOCX, 10 MB each at most',
    ),
  },
})

export const INCOTERMS = ['EXW', 'FOB', 'CFR', 'CIF', 'DAP', 'DDP'] as const

type QuoteTerms = {
  priceTiers?: unknown[] | null
  validUntil?: unknown
  leadTimeDays?: unknown
  incoterm?: unknown
  paymentTerms?: unknown
}

/** A message carries a quotation once any of its terms is filled in (the currency has a default). */
export const quoteFilled = (quote: QuoteTerms | null | undefined): boolean =>
  Boolean(
    quote &&
    ((quote.priceTiers?.length ?? 0) > 0 ||
      quote.validUntil ||
      quote.leadTimeDays ||
      quote.incoterm ||
      quote.paymentTerms),
  )

/** A structured quotation in a factory's message: tiers, validity, lead time, terms. */
export const quoteField: Field = {
  name: 'quote',
  type: 'group',
  label: label('报价单（可选）', 'Quotation (optional)'),
  admin: {
    description: label(
      '填写价格档后，询盘状态变为“已报价”',
      'With price tiers filled in, the inquiry is marked quoted',
    ),
  },
  fields: [
    priceTierField({
      name: 'priceTiers',
      label: label('报价阶梯', 'Quoted tiers'),
      labels: { singular: label('价格档', 'Tier'), plural: label('报价阶梯', 'Quoted tiers') },
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'currency',
          type: 'select',
          options: CURRENCIES.map((code) => ({ value: code, label: code })),
          defaultValue: 'USD',
          label: label('币种', 'Currency'),
        },
        // Required of a quotation, so marked with a star; shown once a term of it is filled in
        // (the condition also keeps the column nullable: a message without a quotation has none).
        {
          name: 'validUntil',
          type: 'date',
          required: true,
          label: label('有效期至', 'Valid until'),
          admin: {
            date: { pickerAppearance: 'dayOnly' },
            condition: (_, siblingData) => quoteFilled(siblingData as QuoteTerms),
          },
        },
        {
          name: 'leadTimeDays',
          type: 'number',
          min: 1,
          max: 365,
          label: label('交期（天）', 'Lead time (days)'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'incoterm',
          type: 'select',
          options: INCOTERMS.map((code) => ({ value: code, label: code })),
          label: label('贸易术语', 'Incoterm'),
        },
        {
          name: 'paymentTerms',
          type: 'text',
          maxLength: 200,
          label: label('付款方式', 'Payment terms'),
        },
      ],
    },
  ],
}
