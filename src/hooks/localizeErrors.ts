import { getTranslation } from '@payloadcms/translations'
import type { AfterErrorHook, Block, Field, PayloadRequest } from 'payload'

type I18n = PayloadRequest['i18n']
type FieldError = { path?: string; message?: string; label?: unknown; [key: string]: unknown }

const text = (value: unknown, i18n: I18n): string | null => {
  if (value === false || value === undefined || value === null) return null
  const translated: unknown = getTranslation(value as never, i18n as never)
  return typeof translated === 'string' && translated.trim() !== '' ? translated : null
}

/** The fields a path's next segment can name: rows, collapsibles and unnamed tabs hold theirs. */
const reachable = (fields: readonly Field[]): Field[] =>
  fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return reachable(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? [{ ...tab, type: 'group' } as unknown as Field]
          : reachable(tab.fields),
      )
    return [field]
  })

const blocksOf = (field: Field, req: PayloadRequest): Block[] => {
  if (field.type !== 'blocks') return []
  const references = (field.blockReferences ?? field.blocks) as (Block | string)[]
  return references
    .map((block) =>
      typeof block === 'string' ? req.payload.config.blocks?.find((b) => b.slug === block) : block,
    )
    .filter((block): block is Block => Boolean(block))
}

/**
 * A field's path (`priceTiers.2.minQuantity`) as the admin names it, in the admin's language:
 * 阶梯价 第 3 行 › 起始数量 / Price tiers row 3 › From. Null when the path is not a field of
 * `fields` (a query parameter, a path of another collection): the message is then left alone.
 */
export const describePath = (
  fields: readonly Field[],
  path: string,
  req: PayloadRequest,
): string | null => {
  const english = req.i18n?.language === 'en'
  const segments = path.split('.')
  const parts: string[] = []
  let scope: Field[] = reachable(fields)
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]
    const field = scope.find((candidate) => 'name' in candidate && candidate.name === segment)
    if (!field || !('name' in field)) return null
    const named =
      ('labels' in field && field.labels ? text(field.labels.plural, req.i18n) : null) ??
      text('label' in field ? field.label : undefined, req.i18n) ??
      field.name
    if (field.type === 'array' || field.type === 'blocks') {
      const row = segments[index + 1]
      if (row === undefined) {
        parts.push(named)
        return parts.join(' › ')
      }
      if (!/^\d+$/.test(row)) return null
      const number = Number(row) + 1
      const unit = field.type === 'array' ? (english ? 'row' : '行') : english ? 'block' : '块'
      parts.push(english ? `${named} ${unit} ${number}` : `${named} 第 ${number} ${unit}`)
      index += 1
      if (field.type === 'array') scope = reachable(field.fields)
      else {
        // Which block the row is is not in the error; the block that has the next field is.
        const next = segments[index + 1]
        const block = blocksOf(field, req).find((candidate) =>
          reachable(candidate.fields).some((f) => 'name' in f && f.name === next),
        )
        if (!block) return next === undefined || next === 'id' ? parts.join(' › ') : null
        scope = reachable(block.fields)
      }
      continue
    }
    parts.push(named)
    if (field.type === 'group') scope = reachable(field.fields)
    else if (index < segments.length - 1) return null
  }
  return parts.join(' › ')
}

/** `replies.0.quote.validUntil: …` and `sku：…` lose their raw path: the label replaces it. */
const withoutPath = (message: string, path: string) => {
  const match = /^([A-Za-z_][\w.]*)\s*[:：]\s*/.exec(message)
  if (!match) return message
  const named = match[1]
  return named === path || path.endsWith(`.${named}`) || path.startsWith(`${named}.`)
    ? message.slice(match[0].length)
    : message
}

/** One field error as staff read it: where (label and row), then what, in their language. */
export const localizeFieldError = (
  fields: readonly Field[],
  error: FieldError,
  req: PayloadRequest,
): FieldError => {
  if (typeof error.path !== 'string' || typeof error.message !== 'string') return error
  const where = describePath(fields, error.path, req)
  if (!where) return error
  const what = withoutPath(error.message, error.path)
  const english = req.i18n?.language === 'en'
  return { ...error, message: english ? `${where}: ${what}` : `${where}：${what}` }
}

/**
 * `hooks.afterError`: a REST error that names fields (Payload's validation errors and this
 * project's `fieldError`/`FieldForbidden`) says, on each field and in the admin's toast, which
 * field by its label and row, in the admin's language (the `payload-lng` cookie, else
 * Accept-Language), instead of "The following field is invalid: priceTiers.2.minQuantity". The
 * `path` stays as it was, for API clients.
 */
export const localizeErrors: AfterErrorHook = ({ collection, req, result }) => {
  if (!collection || !result || !Array.isArray(result.errors)) return
  let changed = false
  const errors = result.errors.map((entry) => {
    const list = (entry as { data?: { errors?: unknown } }).data?.errors
    if (!Array.isArray(list) || list.length === 0) return entry
    const localized = (list as FieldError[]).map((item) =>
      localizeFieldError(collection.fields, item, req),
    )
    if (localized.every((item, index) => item === list[index])) return entry
    changed = true
    const separator = req.i18n?.language === 'en' ? '; ' : '；'
    return {
      ...entry,
      message: localized.map((item) => item.message).join(separator),
      data: { ...(entry as { data: object }).data, errors: localized },
    }
  })
  if (changed) return { response: { ...result, errors } }
}
