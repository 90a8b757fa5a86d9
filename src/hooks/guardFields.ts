import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { FieldForbidden } from '@/utilities/errors'

const read = (source: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => {
    if (value && typeof value === 'object') return (value as Record<string, unknown>)[key]
    return undefined
  }, source)

const normalise = (value: unknown): string => {
  if (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
    return 'null'
  if (value && typeof value === 'object' && 'id' in value) return String(value.id)
  if (Array.isArray(value)) return JSON.stringify(value.map((item) => normalise(item)))
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'id')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, item]) => [key, normalise(item)])
    return JSON.stringify(entries)
  }
  return String(value)
}

type GuardFieldsOptions = {
  /** Dotted paths of fields only some users may change. */
  paths: string[]
  /** Who may change them; receives the document as it was before this write. */
  canChange: (args: { user: ChandiUser; originalDoc?: Record<string, unknown> }) => boolean
  /** Shown after the field name: what the user should know, e.g. who may change it. */
  reason: string
  /** Values a new document may carry without counting as a change (the fields' defaults). */
  defaults?: Record<string, unknown>
}

/**
 * Refuses, with a 403 naming the field, a change to a protected field by a user who may not
 * make it. Unlike field-level `access.update` (which silently drops the value), the user learns
 * why; an unchanged value, as the admin sends back on every save, passes.
 */
export const guardFields =
  ({ paths, canChange, reason, defaults = {} }: GuardFieldsOptions): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req, operation }) => {
    const user = req.user as ChandiUser | null
    if (!user) return data // the system itself (seeds, jobs)
    if (canChange({ user, originalDoc })) return data
    refuseChanges({
      data,
      before: (path) => (operation === 'create' ? defaults[path] : read(originalDoc, path)),
      paths,
      reason,
    })
    return data
  }

const refuseChanges = ({
  data,
  before,
  paths,
  reason,
}: {
  data: unknown
  before: (path: string) => unknown
  paths: string[]
  reason: string
}) => {
  for (const path of paths) {
    const incoming = read(data, path)
    if (incoming === undefined) continue
    if (normalise(incoming) !== normalise(before(path))) {
      throw new FieldForbidden({ path, message: `${path}: ${reason}` })
    }
  }
}

/**
 * The same refusal, for fields whose field-level `access.update` is also closed to these users
 * (so the admin shows them read-only): it must run before Payload silently drops their values,
 * so it runs before the operation, on an update by ID.
 */
export const guardFieldsBeforeOperation =
  ({
    paths,
    canChange,
    reason,
  }: Omit<GuardFieldsOptions, 'defaults'>): CollectionBeforeOperationHook =>
  async ({ args, operation, req, collection }) => {
    const user = req.user as ChandiUser | null
    const { data, id } = args as { data?: unknown; id?: number | string }
    if (operation !== 'update' || !user || !data || id === undefined) return args
    const originalDoc = await req.payload.findByID({
      collection: collection.slug as never,
      id,
      depth: 0,
      overrideAccess: true,
      draft: true,
      disableErrors: true,
      req,
    })
    if (!originalDoc || canChange({ user, originalDoc: originalDoc as Record<string, unknown> }))
      return args
    refuseChanges({ data, before: (path) => read(originalDoc, path), paths, reason })
    return args
  }
