import type { TextField } from 'payload'

import { SLUG_PATTERN } from '@/constants'
import { t } from '@/utilities/i18n'

/** Lower-case, digits and single hyphens: the part of a URL a document is reached by. */
export const validateSlug = (value: unknown, req?: Parameters<typeof t>[0]): true | string => {
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value) || value.length > 80) {
    return t(req, {
      zh: '只能使用小写字母、数字和单个连字符，例如 "zhili-kids"（最多 80 个字符）',
      en: 'Use lower-case letters, digits and single hyphens, e.g. "zhili-kids" (80 characters at most)',
    })
  }
  return true
}

type SlugFieldOptions = {
  /** Slugs the portal's own routes use, which a document may not take. */
  reserved?: string[]
}

/** A URL slug; pair it with the `ensureUnique` hook, which checks it within the belt. */
export const slugField = ({ reserved = [] }: SlugFieldOptions = {}): TextField => ({
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
        zh: `“${value}” 已被门户自身的页面占用`,
        en: `"${value}" is reserved for the portal's own pages`,
      })
    }
    return validateSlug(value, req)
  },
})
