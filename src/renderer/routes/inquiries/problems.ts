import type { Problem, Problems } from '@/inquiries/values'
import type { RenderContext } from '@/portal/context'
import { formatters } from '@/portal/i18n'

/** How the form labels each field in its error messages. */
const FIELD_LABELS: Record<string, (t: RenderContext['t']) => string> = {
  name: (t) => t.yourName,
  email: (t) => t.email,
  message: (t) => t.message,
  quantity: (t) => t.quantity,
  targetPrice: (t) => t.targetPrice,
  product: (t) => t.product,
  company: (t) => t.company,
  phone: (t) => t.phone,
  wechat: (t) => t.wechat,
  whatsapp: (t) => t.whatsapp,
  destinationCountry: (t) => t.destination,
  category: (t) => t.category,
  unit: (t) => t.unit,
  currency: (t) => t.currency,
  neededBy: (t) => t.neededBy,
  certifications: (t) => t.certifications,
  details: (t) => t.details,
}

/** A problem of the use case (src/inquiries/values.ts) in the buyer's language, field first. */
export const problemText = (ctx: RenderContext, field: string, problem: Problem): string => {
  const t = ctx.t
  const label = FIELD_LABELS[field]?.(t) ?? field
  switch (problem.code) {
    case 'required':
      return `${label}: ${t.required}`
    case 'tooLong':
      // The contact fields have always been named by their key here, not their label.
      return `${field === 'name' || field === 'message' ? label : field}: ${t.maxLength.replace('{max}', formatters(ctx.ui).number(problem.max))}`
    case 'email':
      return `${label}: ${t.invalidEmail}`
    case 'tooShort':
      return `${label}: ${t.tooShort}`
    case 'tooManyLinks':
      return `${label}: ${t.tooManyLinks}`
    case 'noSuchProduct':
      return `${label}: ${t.noSuchProduct}`
    case 'whole':
      return `${label}: ${t.wholeNumber}`
    case 'belowMoq':
      return `${label}: ${t.belowMoq.replace('{moq}', formatters(ctx.ui).quantity(problem.moq.quantity, problem.moq.unit))}`
    case 'number':
      return `${label}: ${t.notANumber}`
    case 'control':
      return `${label}: ${t.controlChars}`
    case 'date':
      return `${label}: ${t.invalidDate}`
    case 'choice':
      return `${label}: ${t.invalidChoice}`
    case 'length':
      return `${label}: 1–5000`
    case 'tooManyFiles':
      return `${t.attachments}: ${t.tooManyFiles}`
    case 'fileTooLarge':
      return `${t.attachments}: “${problem.file}” ${t.fileTooLarge}`
    case 'fileType':
      return `${t.attachments}: “${problem.file}” ${t.fileType}`
  }
}

/** Every problem of the form, worded, in the order the use case found them. */
export const problemTexts = (ctx: RenderContext, problems: Problems): Record<string, string> =>
  Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [field, problemText(ctx, field, problem)]),
  )
