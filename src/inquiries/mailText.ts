import { UI_LOCALES, type UILocale } from '@/constants'

/**
 * E-mails to a buyer are written in the language the buyer used on the portal. It is not a
 * field of its own: the inquiry keeps where it was sent from (`linkBase`, e.g.
 * `https://zhili.example.com/es`), and the path says the language (none: Chinese). Mails to the
 * factory's members stay Chinese (they are staff).
 */
export const buyerLanguage = (linkBase: string | null | undefined): UILocale => {
  if (!linkBase) return 'zh'
  let path: string
  try {
    path = new URL(linkBase).pathname
  } catch {
    return 'zh'
  }
  const first = path.split('/')[1] ?? ''
  return (UI_LOCALES as readonly string[]).includes(first) ? (first as UILocale) : 'zh'
}

type MailWords = {
  /** First line of a factory's reply; `{factory}` is its name. */
  replied: string
  quotation: string
  leadTime: string
  days: string
  incoterm: string
  paymentTerms: string
  validUntil: string
  /** Before the private link. */
  link: string
}

export const MAIL_WORDS: Record<UILocale, MailWords> = {
  zh: {
    replied: '{factory} 回复了您的询盘：',
    quotation: '报价',
    leadTime: '交期',
    days: '天',
    incoterm: '贸易术语',
    paymentTerms: '付款方式',
    validUntil: '有效期至',
    link: '查看往来消息并回复：',
  },
  en: {
    replied: '{factory} replied to your inquiry:',
    quotation: 'Quotation',
    leadTime: 'Lead time',
    days: 'days',
    incoterm: 'Incoterm',
    paymentTerms: 'Payment terms',
    validUntil: 'Valid until',
    link: 'Read the messages and reply:',
  },
  ru: {
    replied: 'Фабрика {factory} ответила на ваш запрос:',
    quotation: 'Коммерческое предложение',
    leadTime: 'Срок производства',
    days: 'дн.',
    incoterm: 'Базис поставки (Incoterms)',
    paymentTerms: 'Условия оплаты',
    validUntil: 'Действительно до',
    link: 'Переписка и ответ:',
  },
  ar: {
    replied: 'ردّ المصنع {factory} على استفسارك:',
    quotation: 'عرض السعر',
    leadTime: 'مدة التسليم',
    days: 'يومًا',
    incoterm: 'شرط التسليم (Incoterm)',
    paymentTerms: 'شروط الدفع',
    validUntil: 'صالح حتى',
    link: 'اقرأ الرسائل وردّ عليها:',
  },
  es: {
    replied: 'La fábrica {factory} ha respondido a su consulta:',
    quotation: 'Cotización',
    leadTime: 'Plazo de entrega',
    days: 'días',
    incoterm: 'Incoterm',
    paymentTerms: 'Condiciones de pago',
    validUntil: 'Válida hasta',
    link: 'Lea los mensajes y responda:',
  },
}

const TAG: Record<UILocale, string> = { zh: 'zh-CN', en: 'en', ru: 'ru', ar: 'ar', es: 'es' }

export type MailQuote = {
  currency?: string | null
  priceTiers?: { minQuantity: number; maxQuantity?: number | null; unitPrice: number }[] | null
  leadTimeDays?: number | null
  incoterm?: string | null
  paymentTerms?: string | null
  validUntil?: string | null
}

/** A quotation's lines in the buyer's language: tiers with the price in their currency. */
export const quoteLines = (language: UILocale, quote: MailQuote | null | undefined): string[] => {
  if (!quote?.priceTiers?.length) return []
  const words = MAIL_WORDS[language]
  const number = new Intl.NumberFormat(TAG[language])
  const money = new Intl.NumberFormat(TAG[language], {
    style: 'currency',
    currency: quote.currency ?? 'USD',
    maximumFractionDigits: 2,
  })
  return [
    '',
    `${words.quotation}:`,
    ...quote.priceTiers.map(
      (tier) =>
        `  ${number.format(tier.minQuantity)}${tier.maxQuantity ? `–${number.format(tier.maxQuantity)}` : '+'}: ${money.format(tier.unitPrice)}`,
    ),
    ...(quote.leadTimeDays
      ? [`  ${words.leadTime}: ${number.format(quote.leadTimeDays)} ${words.days}`]
      : []),
    ...(quote.incoterm ? [`  ${words.incoterm}: ${quote.incoterm}`] : []),
    ...(quote.paymentTerms ? [`  ${words.paymentTerms}: ${quote.paymentTerms}`] : []),
    ...(quote.validUntil
      ? [`  ${words.validUntil}: ${String(quote.validUntil).slice(0, 10)}`]
      : []),
  ]
}

/** A factory's reply as e-mailed to the buyer, in the buyer's language. */
export const buyerReplyText = ({
  language,
  factory,
  body,
  quote,
  link,
}: {
  language: UILocale
  factory: string
  body: string
  quote?: MailQuote | null
  link?: string | null
}) => {
  const words = MAIL_WORDS[language]
  return [
    words.replied.replace('{factory}', factory),
    '',
    body,
    ...quoteLines(language, quote),
    ...(link ? ['', words.link, link] : []),
  ].join('\n')
}
