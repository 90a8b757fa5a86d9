import type { Problem, Problems } from '@/inquiries/values'
import type { RenderContext } from '@/portal/context'
import { formatters } from '@/portal/i18n'
import { unitLabel } from '@/portal/labels'

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
}

/** A problem of the use case (src/inquiries/values.ts) in the buyer's language, field first. */
export const problemText = (ctx: RenderContext, field: string, problem: Problem): string => {
  const t = ctx.t
  const zh = ctx.ui === 'zh'
  const label = FIELD_LABELS[field]?.(t) ?? field
  switch (problem.code) {
    case 'required':
      return `${label}: ${zh ? '必填' : 'required'}`
    case 'tooLong':
      // The contact fields have always been named by their key here, not their label.
      return `${field === 'name' || field === 'message' ? label : field}: ${problem.max} max`
    case 'email':
      return `${label}: ${zh ? '请填写有效的邮箱地址' : 'enter a valid e-mail address'}`
    case 'tooShort':
      return `${label}: ${zh ? '至少 10 个字' : 'at least 10 characters'}`
    case 'tooManyLinks':
      return `${label}: ${zh ? '链接过多' : 'too many links'}`
    case 'noSuchProduct':
      return `${label}: ${zh ? '该工厂没有这个产品' : 'this factory has no such product'}`
    case 'whole':
      return `${label}: ${zh ? '请填写正整数' : 'enter a whole number'}`
    case 'belowMoq': {
      const moq = `${formatters(ctx.ui).number(problem.moq.quantity)} ${unitLabel(ctx, problem.moq.unit)}`
      return `${label}: ${zh ? `低于起订量 ${moq}` : `below the MOQ of ${moq}`}`
    }
    case 'number':
      return `${label}: ${zh ? '请填写数字' : 'enter a number'}`
    case 'control':
      return `${label}: ${zh ? '含有不允许的控制字符' : 'contains control characters that are not allowed'}`
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
