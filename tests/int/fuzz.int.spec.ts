import { stringify } from 'qs-esm'
import type { FlattenedField, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signUpVerified } from '../helpers/accounts'
import { api, login } from '../helpers/api'
import { cast, memberEmail, unique } from '../helpers/fixtures'

/**
 * A seeded fuzz over every collection's REST query parameters, as every role: whatever the
 * parameters, the API answers below 500 and never shows a stack trace. The same seed makes the
 * same requests, so a failure printed here can be replayed with curl.
 */

// Another seed or more requests, to explore: FUZZ_SEED=42 FUZZ_REQUESTS=5000 npx vitest run …
const SEED = Number(process.env.FUZZ_SEED || 1717)
const REQUESTS = Number(process.env.FUZZ_REQUESTS || 1200)
const CONCURRENCY = 4

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
const mulberry32 = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = mulberry32(SEED)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const chance = (probability: number) => random() < probability

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'like',
  'not_like',
  'contains',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'all',
] as const

/** Values no client should send, and some every client sends. */
const ODD: unknown[] = [
  '1e20',
  '-1',
  'NaN',
  'Infinity',
  '',
  ' ',
  '0x10',
  '1e308',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  ['a', 'b'],
  { nested: { deeper: 'x' } },
  ['1', { a: '2' }],
  'x'.repeat(3000),
  '产地皮带',
  '😀🏭',
  '\u0000',
  "'; drop table products; --",
  '%',
  '_',
  '\\',
  '2026-13-45',
  '1,2',
  '1,2,3,4,5',
  '-0',
  '9007199254740993',
]

const valuesFor = (type: string): unknown[] => {
  switch (type) {
    case 'number':
      return ['1', '0', '-5', '3.14', '1000000']
    case 'date':
      return ['2026-01-01', '2026-12-03T05:00:00.000Z', 'yesterday', '0']
    case 'checkbox':
      return ['true', 'false', 'yes']
    case 'relationship':
    case 'upload':
      return ['1', '2', 'abc', '1,2']
    case 'point':
      return ['121.5,31.2', '121.5,31.2,1000', { type: 'Point', coordinates: [121.5, 31.2] }]
    default:
      return ['a', 'zhili', '皮带', 'draft', 'published']
  }
}

type Fieldish = { path: string; type: string }

/**
 * Queryable paths: top-level fields (also as a version's, and in one locale), one level into
 * groups and arrays, and across a relationship.
 */
const pathsOf = (fields: FlattenedField[]): Fieldish[] => {
  const paths: Fieldish[] = [{ path: 'id', type: 'number' }]
  for (const field of fields) {
    if (!('name' in field)) continue
    paths.push(
      { path: field.name, type: field.type },
      { path: `version.${field.name}`, type: field.type },
    )
    if ('localized' in field && field.localized)
      paths.push({ path: `${field.name}.en`, type: field.type })
    if ((field.type === 'group' || field.type === 'array') && 'flattenedFields' in field) {
      for (const child of field.flattenedFields)
        if ('name' in child) paths.push({ path: `${field.name}.${child.name}`, type: child.type })
    }
    if (field.type === 'relationship' || field.type === 'upload') {
      paths.push(
        { path: `${field.name}.name`, type: 'text' },
        { path: `${field.name}.id`, type: 'number' },
        { path: `${field.name}.value`, type: 'number' },
      )
    }
  }
  return paths
}

/**
 * Each request carries at most a couple of odd values among ordinary ones: a request with odd
 * values everywhere is refused at its first and never reaches the database.
 */
let oddBudget = 0
const odd = (probability: number) => {
  if (oddBudget <= 0 || !chance(probability)) return false
  oddBudget -= 1
  return true
}
const either = (ordinary: unknown[], probability = 0.5) =>
  odd(probability) ? pick(ODD) : pick(ordinary)

const condition = (paths: Fieldish[]): Record<string, unknown> => {
  const field = pick(paths)
  const operator = pick(OPERATORS)
  return { [field.path]: { [operator]: either(valuesFor(field.type)) } }
}

const whereFor = (paths: Fieldish[]): unknown => {
  const roll = random()
  if (odd(0.1)) return pick(ODD)
  if (roll < 0.15) return { [pick(['and', 'or'])]: [condition(paths), condition(paths)] }
  if (roll < 0.2) return { or: [{ and: [condition(paths), { or: [condition(paths)] }] }] }
  return chance(0.7) ? condition(paths) : { ...condition(paths), ...condition(paths) }
}

const sortFor = (paths: Fieldish[]): unknown =>
  odd(0.3)
    ? pick(ODD)
    : chance(0.6)
      ? `${chance(0.5) ? '-' : ''}${pick(paths).path}`
      : `${pick(paths).path},-${pick(paths).path}`

const queryFor = (paths: Fieldish[]): string => {
  oddBudget = chance(0.25) ? 0 : chance(0.7) ? 1 : 2
  const query: Record<string, unknown> = {}
  if (chance(0.65)) query.where = whereFor(paths)
  if (chance(0.35)) query.page = either(['1', '2', '1000'], 0.3)
  if (chance(0.35)) query.limit = either(['0', '1', '10', '100'], 0.3)
  if (chance(0.3)) query.sort = sortFor(paths)
  if (chance(0.3)) query.depth = either(['0', '1', '2', '10'], 0.3)
  if (chance(0.15)) query.locale = either(['zh', 'en', 'all'], 0.3)
  if (chance(0.2)) query.draft = either(['true', 'false'], 0.3)
  return stringify(query, { encodeValuesOnly: false })
}

/** Where a query is sent: the list, the count, the versions, one document (by a real-looking or odd ID). */
const pathFor = (slug: string): string => {
  const roll = random()
  if (roll < 0.64) return `/api/${slug}`
  if (roll < 0.76) return `/api/${slug}/count`
  if (roll < 0.82) return `/api/${slug}/versions`
  return `/api/${slug}/${encodeURIComponent(String(pick(['1', '2', '999999', 'abc', '-1', '1e20', '1.5', '%00', '😀', ...ODD.filter((value) => typeof value === 'string' && value.length < 50)])))}`
}

const STACK = /at .*\(.*:\d+:\d+\)|node_modules|\.(?:ts|js):\d+:\d+/

type Role = { name: string; token?: string }
const roles: Role[] = [{ name: 'anonymous' }]
let buyerID: number | string | undefined
let collections: { slug: string; paths: Fieldish[] }[] = []

beforeAll(async () => {
  // The collections as the app itself configures them, Payload's own included.
  const config: SanitizedConfig = await (await import('../../payload.config')).default
  collections = config.collections.map((collection) => ({
    slug: collection.slug,
    paths: pathsOf(collection.flattenedFields),
  }))
  const buyerEmail = `${unique('fuzz-buyer')}@example.com`.toLowerCase()
  const buyer = await signUpVerified(buyerEmail)
  buyerID = buyer.id
  roles.push(
    { name: 'buyer', token: buyer.token },
    { name: 'factory-member', token: await login(memberEmail(cast.factoryA1.slug)) },
    { name: 'belt-operator', token: await login(cast.emails.operatorA) },
    { name: 'platform-admin', token: await login(cast.emails.admin) },
  )
}, 120_000)

afterAll(async () => {
  if (buyerID !== undefined)
    await api(`/api/users/${buyerID}`, { method: 'DELETE', token: await login(cast.emails.admin) })
})

describe('query parameters', () => {
  it(`fuzz seed ${SEED}: ${REQUESTS} requests over every collection × anonymous + each role: no 5xx, no stack`, async () => {
    expect(collections.length).toBeGreaterThan(15)
    // Every collection meets every role: the plan is drawn first, then sent a few at a time.
    const plan = Array.from({ length: REQUESTS }, (_, index) => {
      const collection = collections[index % collections.length]!
      const role = roles[Math.floor(index / collections.length) % roles.length]!
      const query = queryFor(collection.paths)
      return { role, url: `${pathFor(collection.slug)}${query ? `?${query}` : ''}` }
    })
    const failures: string[] = []
    const statuses = new Map<number, number>()
    let next = 0
    const worker = async () => {
      while (next < plan.length) {
        const { role, url } = plan[next++]!
        const response = await api(url, { token: role.token })
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        if (response.status >= 500 || STACK.test(response.text)) {
          failures.push(
            `${response.status} as ${role.name}: GET ${url}\n  ${response.text.slice(0, 300)}`,
          )
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    console.log(
      `fuzz seed ${SEED}: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    )
    expect(
      failures.length,
      `${failures.length} of ${REQUESTS} requests failed:\n${failures.slice(0, 20).join('\n')}`,
    ).toBe(0)
  }, 180_000)
})
