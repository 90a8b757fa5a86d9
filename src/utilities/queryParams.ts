/**
 * The REST API's query-string parameters (`page`, `limit`, `depth`, `where`, `data`, `sort`, the
 * booleans) as Payload's `qs` parses them, checked before Payload reads them: it turns
 * `page=abc` into "no page" and `where=abc` into a JSON syntax error (a 500). Run by
 * src/platform/apiParams.ts; the `where` against a collection's fields is checked later, by the
 * `checkQuery` hook (src/hooks/checkQuery.ts), which shares the value shapes below.
 */

/** Pages beyond this would ask the database for an offset it cannot represent exactly. */
export const MAX_PAGE = 1_000_000_000
/** Above this a limit means "all" anyway (`limit=0` says so on purpose). */
export const MAX_LIMIT = 100_000

/** One refused parameter: its path as the client sent it, and why. */
export type Problem = { path: string; message: string }

export const INTEGER = /^\d+$/
export const DECIMAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i
const SORT_PATH = /^-?\w+(?:\.\w+)*$/

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const integerProblem = (name: string, value: unknown, min: number, max: number): Problem | null => {
  if (value === undefined) return null
  if (
    typeof value !== 'string' ||
    !INTEGER.test(value.trim()) ||
    Number(value) < min ||
    Number(value) > max
  ) {
    return { path: name, message: `${name}: must be a whole number from ${min} to ${max}` }
  }
  return null
}

/** Payload reads a `where` or `data` given as one string as JSON, and fails on anything else. */
const jsonProblem = (name: string, value: unknown): Problem | null => {
  if (typeof value !== 'string' || value === '') return null
  try {
    const parsed: unknown = JSON.parse(value)
    if (isPlainObject(parsed)) return null
  } catch {
    // the message below
  }
  return {
    path: name,
    message: `${name}: must be a JSON object, or given as ${name}[field][operator]=value`,
  }
}

/**
 * The problems with a REST request's query string as Payload will parse it (`qs`), before it
 * does: it turns `page=abc` into "no page" and `where=abc` into a JSON syntax error (a 500).
 */
export const paramProblems = (query: Record<string, unknown>, maxDepth: number): Problem[] => {
  const problems = [
    integerProblem('page', query.page, 1, MAX_PAGE),
    integerProblem('limit', query.limit, 0, MAX_LIMIT),
    integerProblem('depth', query.depth, 0, maxDepth),
    jsonProblem('where', query.where),
    jsonProblem('data', query.data),
  ].filter((problem): problem is Problem => problem !== null)
  for (const name of ['draft', 'trash', 'pagination']) {
    const value = query[name]
    if (value !== undefined && value !== 'true' && value !== 'false')
      problems.push({ path: name, message: `${name}: must be true or false` })
  }
  if (query.sort !== undefined) {
    const items = Array.isArray(query.sort) ? query.sort : [query.sort]
    const isValid = items.every(
      (item) =>
        typeof item === 'string' &&
        item.split(',').every((part) => part === '' || SORT_PATH.test(part.trim())),
    )
    if (!isValid)
      problems.push({
        path: 'sort',
        message: 'sort: field names separated by commas, each optionally preceded by "-"',
      })
  }
  return problems
}
