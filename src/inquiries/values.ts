/**
 * What a buyer typed into the inquiry form, checked and turned into a typed input. Pure: no
 * database, no language. A refusal is a problem code per field; the portal words it in the
 * buyer's language (src/renderer/routes/inquiries/problems.ts).
 */

/** The form's values as posted: field name → text. */
export type Values = Record<string, string>

/** The product a buyer may pick: one of the factory's own. */
export type ProductChoice = {
  id: number
  slug?: string | null
  moq: { quantity: number; unit: string }
  currency?: string | null
}

/** Why one field was refused (`length`: a reply outside 1 to 5,000 characters). */
export type Problem =
  | { code: 'required' | 'email' | 'tooShort' | 'tooManyLinks' | 'noSuchProduct' }
  | { code: 'whole' | 'number' | 'control' | 'length' }
  /** Sourcing requests: a date not in YYYY-MM-DD or in the past; a value not among the choices. */
  | { code: 'date' | 'choice' }
  | { code: 'tooLong'; max: number }
  | { code: 'belowMoq'; moq: { quantity: number; unit: string } }
  | { code: 'tooManyFiles' }
  | { code: 'fileTooLarge' | 'fileType'; file: string }

/**
 * Field → its problem. Insertion order is the order the form lists them in, and a later check
 * of the same field replaces an earlier one (the last word wins, as the buyer sees one line).
 */
export type Problems = Record<string, Problem>

/** A checked inquiry, ready to store. */
export type InquiryInput<P extends ProductChoice = ProductChoice> = {
  name: string
  email: string
  message: string
  product?: P
  quantity?: number
  targetPrice?: number
  destinationCountry?: string
  company?: string
  phone?: string
  wechat?: string
  whatsapp?: string
}

/**
 * An address the inquiry's `email` field takes: Payload's own rule (validations.js `email`), so
 * what passes here is stored, not refused by Payload as a 500 (`a@b.com.`, `a..b@b.com`, a
 * non-ASCII mailbox); no spaces, brackets or quotes anywhere.
 */
export const EMAIL =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i
// Plain digits only: Number() also reads 0x10, 1e3 and Infinity, which no buyer means.
export const WHOLE = /^\d+$/
export const DECIMAL = /^\d+(?:\.\d+)?$/
// C0 controls and DEL, except tab, line feed and carriage return (a message has lines).
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** Longest message, in characters (the collection's `maxLength` too). */
export const MAX_MESSAGE = 5000

/**
 * A field's trimmed text, cut one past its limit: long enough to tell "too long" from "just
 * right" without holding a megabyte of it.
 */
export const text = (values: Values, name: string, max: number) =>
  (values[name] ?? '').trim().slice(0, max + 1)

/** Optional contact fields and their limits, checked in this order. */
const OPTIONAL_LIMITS = [
  ['company', 150],
  ['phone', 40],
  ['wechat', 60],
  ['whatsapp', 40],
  ['destinationCountry', 60],
] as const

/** Bots fill the hidden `website` field; people never see it. */
export const isBot = (values: Values) => (values.website ?? '').trim() !== ''

/** A positive whole number up to 10⁹ written as plain digits, else undefined. */
export const parseWhole = (value: string): number | undefined => {
  const number = WHOLE.test(value.trim()) ? Number(value) : Number.NaN
  return Number.isInteger(number) && number >= 1 && number <= 1e9 ? number : undefined
}

/** A decimal from 0 to 10⁹ written as plain digits with an optional fraction, else undefined. */
export const parseDecimal = (value: string): number | undefined => {
  const number = DECIMAL.test(value.trim()) ? Number(value) : Number.NaN
  return Number.isFinite(number) && number >= 0 && number <= 1e9 ? number : undefined
}

/**
 * Checks the inquiry form. `products` are the factory's products the buyer may name (only
 * needed when `values.product` is set). Returns the typed input, or the problems per field.
 */
export const checkInquiryValues = <P extends ProductChoice>({
  values,
  products,
}: {
  values: Values
  products: P[]
}): { input: InquiryInput<P>; problems: Problems } => {
  const problems: Problems = {}
  const name = text(values, 'name', 100)
  const email = text(values, 'email', 254).toLowerCase()
  const message = text(values, 'message', MAX_MESSAGE)
  if (!name) problems.name = { code: 'required' }
  if (name.length > 100) problems.name = { code: 'tooLong', max: 100 }
  if (!EMAIL.test(email)) problems.email = { code: 'email' }
  if (message.length < 10) problems.message = { code: 'tooShort' }
  if (message.length > MAX_MESSAGE) problems.message = { code: 'tooLong', max: MAX_MESSAGE }
  const links = (message.match(/https?:\/\//gi) ?? []).length
  if (links > 2) problems.message = { code: 'tooManyLinks' }
  let product: P | undefined
  if (values.product) {
    product = products.find((candidate) => candidate.slug === values.product)
    if (!product) problems.product = { code: 'noSuchProduct' }
  }
  let quantity: number | undefined
  if (values.quantity) {
    quantity = parseWhole(values.quantity)
    if (quantity === undefined) problems.quantity = { code: 'whole' }
    else if (product && quantity < product.moq.quantity)
      problems.quantity = { code: 'belowMoq', moq: product.moq }
  }
  let targetPrice: number | undefined
  if (values.targetPrice) {
    targetPrice = parseDecimal(values.targetPrice)
    if (targetPrice === undefined) problems.targetPrice = { code: 'number' }
  }
  for (const [field, max] of OPTIONAL_LIMITS) {
    if (text(values, field, max).length > max) problems[field] = { code: 'tooLong', max }
  }
  // NUL and other control characters: never typed, and they break e-mails and exports. Line
  // breaks only in the message: every other field is one line, and the name goes into the
  // factory's e-mail subject (a header).
  for (const [field, value] of Object.entries(values)) {
    if (CONTROL.test(value) || (field !== 'message' && /[\r\n]/.test(value)))
      problems[field] = { code: 'control' }
  }
  return {
    input: {
      name,
      email,
      message,
      product,
      quantity,
      targetPrice,
      destinationCountry: text(values, 'destinationCountry', 60) || undefined,
      company: text(values, 'company', 150) || undefined,
      phone: text(values, 'phone', 40) || undefined,
      wechat: text(values, 'wechat', 60) || undefined,
      whatsapp: text(values, 'whatsapp', 40) || undefined,
    },
    problems,
  }
}

/** Checks a buyer's reply in their thread: 1 to 5,000 characters, no control characters. */
export const checkReplyBody = (values: Values): { body: string; problem?: Problem } => {
  const body = (values.body ?? '').trim()
  if (body.length < 1 || body.length > MAX_MESSAGE) return { body, problem: { code: 'length' } }
  if (CONTROL.test(body)) return { body, problem: { code: 'control' } }
  return { body }
}
