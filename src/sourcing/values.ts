/**
 * What a buyer typed into the sourcing form, checked and typed. Pure: no database, no language;
 * a refusal is a problem code per field (the inquiry form's codes, src/inquiries/values.ts),
 * worded by the portal in the buyer's language.
 */
import {
  CONTROL,
  EMAIL,
  parseDecimal,
  parseWhole,
  text,
  type Problems,
  type Values,
} from '@/inquiries/values'
import { CURRENCIES, QUANTITY_UNITS } from '@/vocabulary'

export type SourcingInput = {
  product: string
  category?: string
  quantity: number
  unit: string
  targetPrice?: number
  currency: string
  destinationCountry?: string
  neededBy?: string
  certifications?: string
  verifiedOnly: boolean
  details?: string
  name: string
  email: string
  company?: string
  phone?: string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * Checks the sourcing form. `categories` are the slugs the form offered; `today` is the buyer's
 * earliest acceptable needed-by date (YYYY-MM-DD).
 */
export const checkSourcingValues = ({
  values,
  categories,
  today,
}: {
  values: Values
  categories: string[]
  today: string
}): { input: SourcingInput; problems: Problems } => {
  const problems: Problems = {}
  const product = text(values, 'product', 200)
  if (!product) problems.product = { code: 'required' }
  else if (product.length > 200) problems.product = { code: 'tooLong', max: 200 }
  const category = text(values, 'category', 80)
  if (category && !categories.includes(category)) problems.category = { code: 'choice' }
  const quantity = parseWhole(values.quantity ?? '')
  if (!(values.quantity ?? '').trim()) problems.quantity = { code: 'required' }
  else if (quantity === undefined) problems.quantity = { code: 'whole' }
  const unit = text(values, 'unit', 20) || 'piece'
  if (!QUANTITY_UNITS.some((option) => option.value === unit)) problems.unit = { code: 'choice' }
  let targetPrice: number | undefined
  if ((values.targetPrice ?? '').trim()) {
    targetPrice = parseDecimal(values.targetPrice)
    if (targetPrice === undefined) problems.targetPrice = { code: 'number' }
  }
  const currency = text(values, 'currency', 5) || 'USD'
  if (!(CURRENCIES as readonly string[]).includes(currency)) problems.currency = { code: 'choice' }
  const destinationCountry = text(values, 'destinationCountry', 60)
  if (destinationCountry.length > 60) problems.destinationCountry = { code: 'tooLong', max: 60 }
  const neededBy = text(values, 'neededBy', 10)
  if (neededBy && (!DAY.test(neededBy) || Number.isNaN(Date.parse(neededBy)) || neededBy < today))
    problems.neededBy = { code: 'date' }
  const certifications = text(values, 'certifications', 200)
  if (certifications.length > 200) problems.certifications = { code: 'tooLong', max: 200 }
  const details = text(values, 'details', 5000)
  if (details.length > 5000) problems.details = { code: 'tooLong', max: 5000 }
  if ((details.match(/https?:\/\//gi) ?? []).length > 2) problems.details = { code: 'tooManyLinks' }
  const name = text(values, 'name', 100)
  if (!name) problems.name = { code: 'required' }
  else if (name.length > 100) problems.name = { code: 'tooLong', max: 100 }
  const email = text(values, 'email', 254).toLowerCase()
  if (!EMAIL.test(email)) problems.email = { code: 'email' }
  for (const [field, max] of [
    ['company', 150],
    ['phone', 40],
  ] as const)
    if (text(values, field, max).length > max) problems[field] = { code: 'tooLong', max }
  for (const [field, value] of Object.entries(values))
    if (CONTROL.test(value)) problems[field] = { code: 'control' }
  return {
    input: {
      product,
      category: category || undefined,
      quantity: quantity ?? 0,
      unit,
      targetPrice,
      currency,
      destinationCountry: destinationCountry || undefined,
      neededBy: neededBy || undefined,
      certifications: certifications || undefined,
      verifiedOnly: values.verifiedOnly === 'yes' || values.verifiedOnly === 'on',
      details: details || undefined,
      name,
      email,
      company: text(values, 'company', 150) || undefined,
      phone: text(values, 'phone', 40) || undefined,
    },
    problems,
  }
}

/** The certifications asked for, one per comma or semicolon, lower case. */
export const certificationsOf = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(/[,;，；]/)
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)

/** A request is due a day after its needed-by date (a date, read as UTC): then it closes itself. */
export const isDue = (neededBy: string | null | undefined, at: Date) =>
  Boolean(neededBy) && Date.parse(neededBy!) + 86_400_000 <= at.getTime()
