import {
  NotFound,
  ValidationError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type Payload,
  type PayloadRequest,
} from 'payload'

/**
 * The REST and GraphQL query parameters Payload passes to the database as they come: a page of
 * 1e20, `near` on a text field, a date that is not one or a word for a numeric ID reach SQLite
 * and come back as a 500. `paramProblems` (src/utilities/queryParams.ts, run by src/platform/apiParams.ts
 * before Payload parses the query string) and the `checkQuery` hook (on the parsed `where`) refuse them first, with a 400
 * that names the parameter as the client sent it (`where[name][near]`), in Payload's
 * validation-error shape.
 */

import { idKind, kindOf, sortReach, type Kind } from '@/hooks/queryKinds'
import { DECIMAL, INTEGER, isPlainObject, type Problem } from '@/utilities/queryParams'

const SCALAR_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : isPlainObject(value)
      ? Object.values(value)
      : typeof value === 'string'
        ? value.split(',')
        : [value]

const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : Array.isArray(value) || isPlainObject(value)
      ? Object.values(value as object).some(hasNul)
      : false

const isNull = (value: unknown) => value === null || value === 'null'

/** Why one compared value does not fit its kind, or null when it does. */
const valueProblem = (kind: Kind, value: unknown): string | null => {
  if (isPlainObject(value) || Array.isArray(value))
    return 'must be a single value, not a list or an object'
  if (isNull(value)) return null
  const text = typeof value === 'string' ? value.trim() : value
  switch (kind) {
    case 'number': {
      const number =
        typeof text === 'number' ? text : DECIMAL.test(String(text)) ? Number(text) : Number.NaN
      return Number.isFinite(number) ? null : 'must be a finite decimal number'
    }
    case 'integer-id': {
      const number =
        typeof text === 'number' ? text : INTEGER.test(String(text)) ? Number(text) : Number.NaN
      return Number.isSafeInteger(number) ? null : 'must be a numeric ID'
    }
    case 'date': {
      if (text === '' || typeof text === 'boolean') return 'must be a date (ISO 8601)'
      const time = new Date(text as string | number).getTime()
      return Number.isFinite(time) ? null : 'must be a date (ISO 8601)'
    }
    case 'checkbox':
      return text === true || text === false || text === 'true' || text === 'false'
        ? null
        : 'must be true or false'
    default:
      return null
  }
}

const geoProblem = (kind: Kind, operator: string, value: unknown): string | null => {
  if (kind !== 'point') return `${operator} works only on point (location) fields`
  if (operator !== 'near') return isPlainObject(value) ? null : 'must be a GeoJSON object'
  const parts = (Array.isArray(value) ? value : String(value).split(',')).map((part) =>
    String(part).trim(),
  )
  const numbers = parts.map((part) => (DECIMAL.test(part) ? Number(part) : Number.NaN))
  if (parts.length < 2 || parts.length > 4 || numbers.some((number) => !Number.isFinite(number)))
    return 'must be "longitude,latitude[,maxDistance[,minDistance]]"'
  if (Math.abs(numbers[0]) > 180 || Math.abs(numbers[1]) > 90)
    return 'longitude and latitude out of range'
  return null
}

const operatorProblem = (
  payload: Payload,
  kind: Kind,
  operator: string,
  value: unknown,
): string | null => {
  // PostgreSQL refuses a NUL in any text it is sent (a 500); no stored text holds one.
  if (hasNul(value)) return 'must not contain a NUL character'
  if (GEO_OPERATORS.has(operator)) return geoProblem(kind, operator, value)
  // The SQL adapters have no `all` (Payload's own TODO) and fail with a TypeError.
  const supported = (payload.db as { operators?: Record<string, unknown> }).operators
  if (supported && !(operator in supported)) {
    return `${operator} is not supported by this database; combine conditions with and/or instead`
  }
  // Paths this check does not know (Payload's own fields, json paths): Payload answers them.
  if (kind === 'point' || kind === 'unknown') return null
  // Payload's SQL adapters fail on these (a 500); the parts of the link can be queried.
  if (kind === 'polymorphic')
    return 'this field links to several collections: query its .value and .relationTo'
  if (kind === 'polymorphic-value' && LIST_OPERATORS.has(operator))
    return `${operator} is not supported on a link to several collections; combine equals conditions with or`
  if (kind === 'blocks') return 'query a field inside the blocks, e.g. .blockType'
  if (operator === 'exists')
    return value === true || value === false || value === 'true' || value === 'false'
      ? null
      : 'must be true or false'
  if (LIST_OPERATORS.has(operator)) {
    const items = listOf(value)
    if (items.length > 1000) return 'at most 1000 values'
    for (const item of items) {
      // A null among IDs becomes `in ?` without values: an SQL syntax error.
      if (isNull(item) && kind === 'integer-id')
        return 'must be numeric IDs; use exists=false for "no link"'
      const problem = valueProblem(kind, item)
      if (problem) return problem
    }
    return null
  }
  return SCALAR_OPERATORS.has(operator) ? valueProblem(kind, value) : null
}

type WhereContext = {
  payload: Payload
  fields: FlattenedField[]
  slug: string
  problems: Problem[]
  isVersions?: boolean
}

const checkWhere = (ctx: WhereContext, where: unknown, name: string, depth = 0) => {
  if (where === undefined || where === null || where === '') return
  if (!isPlainObject(where)) {
    ctx.problems.push({
      path: name,
      message: `${name}: must be an object of field conditions, e.g. where[field][equals]=value`,
    })
    return
  }
  if (depth > 8) {
    ctx.problems.push({ path: name, message: `${name}: nested too deeply` })
    return
  }
  for (const [key, condition] of Object.entries(where)) {
    const path = `${name}[${key}]`
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition) && !isPlainObject(condition)) {
        ctx.problems.push({ path, message: `${path}: must be a list of conditions` })
        continue
      }
      Object.entries(condition).forEach(([index, item]) =>
        checkWhere(ctx, item, `${path}[${index}]`, depth + 1),
      )
      continue
    }
    // Payload itself answers a path it cannot query, or an operator it does not know, with a 400.
    if (!isPlainObject(condition)) continue
    // A version's fields are the document's, under `version.`.
    const segments = key.split('.')
    const kind = kindOf(
      ctx.payload,
      ctx.fields,
      ctx.slug,
      segments[0] === 'version' && ctx.isVersions ? segments.slice(1) : segments,
    )
    for (const [operator, value] of Object.entries(condition)) {
      const problem = operatorProblem(ctx.payload, kind, operator, value)
      if (problem)
        ctx.problems.push({
          path: `${path}[${operator}]`,
          message: `${path}[${operator}]: ${problem}`,
        })
    }
  }
}

/**
 * Sorts the SQL adapters fail on (a 500): a whole blocks field among other sort fields, and on
 * PostgreSQL a field inside an array beside a translated or linked one. Refused on every engine,
 * so that a client gets the same answer from each.
 */
const sortProblems = (
  payload: Payload,
  fields: FlattenedField[],
  slug: string,
  args: unknown,
): Problem[] => {
  const sort = (args as { sort?: unknown }).sort
  const items = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  const paths = items.map((item) => String(item).trim().replace(/^-/, '')).filter(Boolean)
  const problems: Problem[] = []
  for (const path of paths) {
    if (kindOf(payload, fields, slug, path.split('.')) === 'blocks')
      problems.push({
        path: 'sort',
        message: `sort: ${path} holds blocks; sort by a field inside them`,
      })
  }
  const reaches = paths.map((path) => ({ path, ...sortReach(payload, fields, path.split('.')) }))
  const inList = reaches.find((reach) => reach.inList)
  const joined = reaches.find((reach) => reach.joined && !reach.inList)
  if (inList && joined)
    problems.push({
      path: 'sort',
      message: `sort: ${inList.path} is inside a list and cannot be combined with ${joined.path} (translated or linked); sort by one of them`,
    })
  return problems
}

const ID_OPERATIONS = new Set(['read', 'update', 'delete'])

/**
 * Before every REST and GraphQL operation (not the Local API: the code's own queries are not
 * input), the `where` against the collection's fields. A malformed ID is a 404, as an unknown
 * one is.
 */
export const checkQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const api = (req as PayloadRequest).payloadAPI
  if (api !== 'REST' && api !== 'GraphQL') return args
  const { payload } = req
  const id = (args as { id?: unknown }).id
  if (
    id !== undefined &&
    ID_OPERATIONS.has(operation) &&
    idKind(payload, collection.slug) === 'integer-id' &&
    valueProblem('integer-id', id)
  ) {
    throw new NotFound(req.t)
  }
  const problems: Problem[] = []
  const where = (args as { where?: unknown }).where
  // Within a REST request Payload runs operations of its own with the same request (populating
  // links, lock status); their `where` is Payload's, and only the client's is checked.
  const isClients =
    api === 'GraphQL' || where === (req.query as { where?: unknown } | undefined)?.where
  // Versions are queried under `version.` (the hook cannot tell a versions read from a read).
  const isVersions =
    Boolean(collection.versions) &&
    !collection.flattenedFields.some((field) => field.name === 'version')
  if (isClients)
    checkWhere(
      { payload, fields: collection.flattenedFields, slug: collection.slug, problems, isVersions },
      where,
      'where',
    )
  problems.push(...sortProblems(payload, collection.flattenedFields, collection.slug, args))
  if (problems.length > 0) throw new ValidationError({ errors: problems })
  return args
}
