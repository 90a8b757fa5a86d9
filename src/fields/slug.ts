import type { FieldHook, TextField, Where } from 'payload'

import { SLUG_PATTERN } from '@/constants'
import { t } from '@/utilities/i18n'
import { fieldError } from '@/utilities/errors'
import { idOf } from '@/access/roles'

/** Lower-case, digits and single hyphens: the part of a URL a document is reached by. */
export const validateSlug = (value: unknown, req?: Parameters<typeof t>[0]): true | string => {
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value) || value.length > 80) {
    return t(req, {
      zh: 'slug：只能使用小写字母、数字和单个连字符，例如 "zhili-kids"（最多 80 个字符）',
      en: 'slug: use lower-case letters, digits and single hyphens, e.g. "zhili-kids" (80 characters at most)',
    })
  }
  return true
}

/**
 * Refuses a slug another document of the same belt already uses (the plugin's weak spot is
 * slugs unique across all belts; two belts may both have a `/factories/hengyuan`). A compound
 * unique index on (tenant, slug) backs this up in the database.
 */
export const ensureUniqueWithin =
  (collection: string, scope: 'tenant' | 'factory'): FieldHook =>
  async ({ value, data, originalDoc, req, path }) => {
    if (typeof value !== 'string' || value === '') return value
    const scopeID = idOf(data?.[scope] ?? originalDoc?.[scope])
    if (scopeID === null) return value
    const fieldName = path?.join('.') || 'slug'
    const where: Where[] = [{ [fieldName]: { equals: value } }, { [scope]: { equals: scopeID } }]
    const ownID = idOf(originalDoc?.id)
    if (ownID !== null) where.push({ id: { not_equals: ownID } })
    const existing = await req.payload.count({
      collection: collection as never,
      where: { and: where },
      overrideAccess: true,
      req,
    })
    if (existing.totalDocs > 0) {
      throw fieldError({
        path: fieldName,
        message: t(req, {
          zh: `${fieldName}：“${value}” 已被${scope === 'tenant' ? '本产业带' : '本工厂'}的另一条记录使用`,
          en: `${fieldName}: "${value}" is already used by another document of this ${scope === 'tenant' ? 'belt' : 'factory'}`,
        }),
      })
    }
    return value
  }

type SlugFieldOptions = {
  collection: string
  /** Slugs the portal's own routes use, which a document may not take. */
  reserved?: string[]
}

export const slugField = ({ collection, reserved = [] }: SlugFieldOptions): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  index: true,
  label: { zh: '网址标识 (slug)', en: 'Slug' },
  admin: {
    position: 'sidebar',
    description: {
      zh: '小写字母、数字和连字符，在本产业带内唯一，用于网址',
      en: 'Lower-case letters, digits and hyphens; unique within the belt; used in URLs',
    },
  },
  validate: (value: unknown, { req }: { req: Parameters<typeof t>[0] }) => {
    if (typeof value === 'string' && reserved.includes(value)) {
      return t(req, {
        zh: `slug：“${value}” 已被门户自身的页面占用`,
        en: `slug: "${value}" is reserved for the portal's own pages`,
      })
    }
    return validateSlug(value, req)
  },
  hooks: { beforeValidate: [ensureUniqueWithin(collection, 'tenant')] },
})
