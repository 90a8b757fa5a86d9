import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'

/**
 * What Payload's own number and text validation lets through from a client: it reads a number
 * field's string with parseFloat, so `0x10` is stored as 0 and `Infinity` or `1e308` as
 * themselves, and text keeps NUL and other control characters (which break e-mails, CSV and
 * some databases). Refused here with a 400 naming the field, before any hook sees the data.
 */

/** Beyond this a number field holds no quantity, price or size of ours, and loses precision. */
export const MAX_NUMBER = 1e15
const DECIMAL = /^-?\d+(?:\.\d+)?$/
// C0 controls and DEL, except tab, line feed and carriage return, which text areas carry.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

type Problem = { path: string; message: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const numberProblem = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string') {
    if (!DECIMAL.test(value.trim()))
      return 'must be a plain decimal number (digits, an optional point), not hex, exponent or Infinity'
    value = Number(value)
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a finite number'
  if (Math.abs(value) > MAX_NUMBER) return `must be at most ${MAX_NUMBER.toExponential()} in size`
  return null
}

const textProblem = (value: unknown): string | null =>
  typeof value === 'string' && CONTROL.test(value)
    ? 'must not contain control characters (NUL and the like)'
    : null

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])

const checkValue = (field: FlattenedField, value: unknown, path: string, problems: Problem[]) => {
  const check =
    field.type === 'number' ? numberProblem : TEXT_TYPES.has(field.type) ? textProblem : null
  if (!check) return
  for (const item of Array.isArray(value) ? value : [value]) {
    const problem = check(item)
    if (problem) {
      problems.push({ path, message: `${path}: ${problem}` })
      return
    }
  }
}

const checkFields = (
  fields: FlattenedField[],
  data: unknown,
  prefix: string,
  problems: Problem[],
) => {
  if (!isPlainObject(data)) return
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    switch (field.type) {
      case 'group':
      case 'tab':
        checkFields(field.flattenedFields, value, `${path}.`, problems)
        break
      case 'array':
        if (Array.isArray(value))
          value.forEach((row, index) =>
            checkFields(field.flattenedFields, row, `${path}.${index}.`, problems),
          )
        break
      case 'blocks':
        if (Array.isArray(value)) {
          value.forEach((row, index) => {
            const block = field.blocks.find(
              (candidate) => isPlainObject(row) && candidate.slug === row.blockType,
            )
            if (block)
              checkFields(
                (block as { flattenedFields: FlattenedField[] }).flattenedFields,
                row,
                `${path}.${index}.`,
                problems,
              )
          })
        }
        break
      default:
        // With locale=all a localised field arrives as { zh, en }.
        if ('localized' in field && field.localized && isPlainObject(value)) {
          for (const [locale, localised] of Object.entries(value))
            checkValue(field, localised, `${path}.${locale}`, problems)
        } else checkValue(field, value, path, problems)
    }
  }
}

/** Before a REST or GraphQL create or update (the Local API's data is the code's own). */
export const refuseOddInput: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const api = (req as PayloadRequest).payloadAPI
  if ((api !== 'REST' && api !== 'GraphQL') || (operation !== 'create' && operation !== 'update'))
    return args
  const problems: Problem[] = []
  checkFields(collection.flattenedFields, (args as { data?: unknown }).data, '', problems)
  if (problems.length > 0) throw new ValidationError({ errors: problems })
  return args
}
