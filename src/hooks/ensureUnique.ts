import type { CollectionBeforeValidateHook, CollectionSlug, Where } from 'payload'

import { idOf } from '@/access/roles'
import { fieldError } from '@/utilities/errors'
import { t } from '@/utilities/i18n'

/**
 * Refuses a value another document of the same belt (or factory) already uses — the plugin's
 * weak spot is slugs unique across all belts, when two belts may each have `/factories/hengyuan`.
 * A collection hook, so it runs after `guardBelt` has filled in the belt and factory; a compound
 * unique index on (tenant, slug) backs it up in the database.
 */
export const ensureUnique =
  ({
    collection,
    field,
    within,
  }: {
    collection: CollectionSlug
    field: string
    within: 'tenant' | 'factory'
  }): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    const value = data?.[field] ?? undefined
    if (typeof value !== 'string' || value === '') return data
    if (originalDoc && originalDoc[field] === value && data?.[within] === undefined) return data
    const scopeID = idOf(data?.[within] ?? originalDoc?.[within])
    if (scopeID === null) return data
    const where: Where[] = [{ [field]: { equals: value } }, { [within]: { equals: scopeID } }]
    const ownID = idOf(originalDoc?.id)
    if (ownID !== null) where.push({ id: { not_equals: ownID } })
    const existing = await req.payload.count({
      collection,
      where: { and: where },
      overrideAccess: true,
      req,
    })
    if (existing.totalDocs > 0) {
      throw fieldError({
        path: field,
        message: t(req, {
          zh: `${field}：“${value}” 已被${within === 'tenant' ? '本产业带' : '本工厂'}的另一条记录使用`,
          en: `${field}: "${value}" is already used by another document of this ${within === 'tenant' ? 'belt' : 'factory'}`,
        }),
      })
    }
    return data
  }
