import type { FlattenedField, Payload } from 'payload'

/**
 * What a `where` path points at in a collection's fields, for the `checkQuery` hook
 * (src/hooks/checkQuery.ts) to say which values and operators fit it.
 */

const LOCALE_CODE = /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/

/** The kind of value a path compares against. `any` (json, rich text) and `unknown` paths are left to Payload. */
export type Kind =
  | 'number'
  | 'integer-id'
  | 'text-id'
  | 'date'
  | 'checkbox'
  | 'point'
  | 'text'
  | 'polymorphic'
  | 'polymorphic-value'
  | 'blocks'
  | 'any'
  | 'unknown'

const collectionOf = (payload: Payload, slug: string) =>
  (
    payload.collections as Record<
      string,
      Payload['collections'][keyof Payload['collections']] | undefined
    >
  )[slug]

export const idKind = (payload: Payload, slug: string): Kind => {
  const collection = collectionOf(payload, slug)
  const type = collection?.customIDType ?? payload.db.defaultIDType
  return type === 'number' ? 'integer-id' : 'text-id'
}

/**
 * What a dotted where-path points at: walks groups, tabs, arrays and blocks, and follows a
 * relationship to its collection's fields (Payload queries `factory.name` through the join).
 */
export const kindOf = (
  payload: Payload,
  fields: FlattenedField[],
  slug: string,
  segments: string[],
): Kind => {
  const [head, ...rest] = segments
  if (head === 'id' && rest.length === 0) return idKind(payload, slug)
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === head)
  if (!field) return 'unknown'
  // A localised field may be queried in one locale: `name.en` is `name`.
  if (
    'localized' in field &&
    field.localized &&
    rest.length === 1 &&
    LOCALE_CODE.test(rest[0]!) &&
    !['group', 'tab', 'array', 'blocks', 'relationship', 'upload'].includes(field.type)
  ) {
    return kindOf(payload, fields, slug, [head!])
  }
  switch (field.type) {
    case 'number':
      return rest.length === 0 ? 'number' : 'unknown'
    case 'date':
      return rest.length === 0 ? 'date' : 'unknown'
    case 'checkbox':
      return rest.length === 0 ? 'checkbox' : 'unknown'
    case 'point':
      return 'point'
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return rest.length === 0 ? 'text' : 'unknown'
    case 'group':
    case 'tab':
    case 'array':
      return rest.length === 0 ? 'any' : kindOf(payload, field.flattenedFields, slug, rest)
    case 'blocks': {
      if (rest.length === 0) return 'blocks'
      if (rest[0] === 'blockType' && rest.length === 1) return 'text'
      for (const block of field.blocks ?? []) {
        const kind = kindOf(
          payload,
          (block as { flattenedFields: FlattenedField[] }).flattenedFields,
          slug,
          rest,
        )
        if (kind !== 'unknown') return kind
      }
      return 'unknown'
    }
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo))
        return rest.length === 0
          ? 'polymorphic'
          : rest.length === 1 && rest[0] === 'value'
            ? 'polymorphic-value'
            : 'any'
      const target = collectionOf(payload, field.relationTo)
      if (rest.length === 0) return idKind(payload, field.relationTo)
      return target
        ? kindOf(payload, target.config.flattenedFields, field.relationTo, rest)
        : 'unknown'
    }
    default:
      return 'any'
  }
}

/**
 * How a sort path reaches its column: `inList` when it goes into an array or blocks field (the
 * SQL adapters sort by an aggregate over the rows), `joined` when it goes through a link or a
 * localised field (a joined table). Payload's PostgreSQL adapter cannot mix the two in one sort
 * (the joined column is not in its GROUP BY: a 500).
 */
export const sortReach = (
  payload: Payload,
  fields: FlattenedField[],
  segments: string[],
): { inList: boolean; joined: boolean } => {
  const reach = { inList: false, joined: false }
  let current: FlattenedField[] | undefined = fields
  for (const segment of segments) {
    const field: FlattenedField | undefined = current?.find(
      (candidate) => 'name' in candidate && candidate.name === segment,
    )
    if (!field) break
    if ('localized' in field && field.localized) reach.joined = true
    switch (field.type) {
      case 'array':
        reach.inList = true
        current = field.flattenedFields
        break
      case 'blocks':
        reach.inList = true
        current = (field.blocks ?? []).flatMap(
          (block) => (block as { flattenedFields: FlattenedField[] }).flattenedFields,
        )
        break
      case 'group':
      case 'tab':
        current = field.flattenedFields
        break
      case 'relationship':
      case 'upload': {
        reach.joined = true
        const target: ReturnType<typeof collectionOf> = Array.isArray(field.relationTo)
          ? undefined
          : collectionOf(payload, field.relationTo)
        current = target?.config.flattenedFields
        break
      }
      default:
        current = undefined
    }
  }
  return reach
}
