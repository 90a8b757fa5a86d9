import type { CollectionBeforeValidateHook, CollectionSlug, Field } from 'payload'

import { beltScopedAccess } from '@/access/beltScoped'
import { hiddenFromFactoryMembers } from '@/access/roles'
import { SLUGS } from '@/constants'
import { assertSameBelt, guardBelt } from '@/hooks/guardBelt'
import { fieldError } from '@/utilities/errors'
import { ADDRESSED } from '@/utilities/portalPaths'
import { label, t } from '@/utilities/i18n'

/** What a redirect may point at: the documents that have a portal address. */
export const REDIRECT_TARGETS = ADDRESSED satisfies readonly CollectionSlug[]

const LANGUAGE_PREFIX = /^\/(?:zh|en|ru|ar|es)(?=\/|$)/

/**
 * `from` is a path of the belt's own portal, kept in one form: leading slash, no language prefix
 * (a redirect answers in every language), no query, no trailing slash. A custom target is a path
 * of the same portal too: a belt's portal never sends its visitors to another site.
 */
export const normalizeRedirectPath = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  if (!trimmed.startsWith('/') || trimmed.startsWith('//') || /[\s?#\\]/.test(trimmed)) return null
  if (trimmed.length > 300 || trimmed.includes('..')) return null
  const path = trimmed.replace(LANGUAGE_PREFIX, '').replace(/\/+$/, '')
  // `/zh//evil.com` without its language is `//evil.com`: another site to a browser.
  if (path.startsWith('//')) return null
  return path || '/'
}

const checkPaths: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  if ('from' in data) {
    const from = normalizeRedirectPath(data.from)
    if (!from || from === '/')
      throw fieldError({
        path: 'from',
        message: t(req, {
          zh: '原地址：请填写本门户的路径，以 / 开头，例如 /factories/old-name',
          en: 'From: a path of this portal starting with /, such as /factories/old-name.',
        }),
      })
    data.from = from
  }
  const to = { ...(originalDoc?.to ?? {}), ...(data.to ?? {}) } as Record<string, unknown>
  if (data.to && to.type === 'custom') {
    const url = normalizeRedirectPath(to.url)
    if (!url)
      throw fieldError({
        path: 'to.url',
        message: t(req, {
          zh: '目标地址：只能跳转到本门户的路径，以 / 开头',
          en: 'Target: a path of this portal starting with /; other sites are not allowed.',
        }),
      })
    data.to = { ...data.to, url }
  }
  if (data.to && to.type !== 'custom' && to.reference) {
    const reference = to.reference as { relationTo?: string; value?: unknown }
    if (reference.relationTo)
      await assertSameBelt({
        req,
        tenant: data.tenant ?? originalDoc?.tenant,
        relation: { field: 'to.reference', collection: reference.relationTo as CollectionSlug },
        value: reference.value,
      })
  }
  return data
}

/**
 * Overrides for Payload's redirects plugin: one table per belt (`from` unique within the belt,
 * not across belts), read and edited only by the belt's staff; the portal reads it on a 404.
 * Renaming a published page, factory, product or campaign adds a row (src/hooks/slugRedirects.ts).
 */
export const redirectOverrides = {
  slug: SLUGS.redirects,
  labels: { singular: label('跳转', 'Redirect'), plural: label('旧地址跳转', 'Redirects') },
  admin: {
    hidden: hiddenFromFactoryMembers,
    useAsTitle: 'from',
    group: label('门户', 'Portal'),
    description: label(
      '改名后的旧地址自动跳转到新地址（301）；也可以手动添加。',
      'Old addresses of renamed pages answer with a 301 to the new one; you can add your own too.',
    ),
  },
  access: beltScopedAccess({ publicRead: null, factoryMembers: 'none' }),
  indexes: [{ fields: ['tenant', 'from'], unique: true }],
  hooks: { beforeValidate: [guardBelt({}), checkPaths] },
  fields: ({ defaultFields }: { defaultFields: Field[] }): Field[] =>
    defaultFields.map((field) =>
      'name' in field && field.name === 'from'
        ? ({ ...field, unique: false, index: true, label: label('原地址', 'From') } as Field)
        : field,
    ),
}

export const redirectTranslations = {
  zh: {
    'plugin-redirects': {
      customUrl: '本门户的路径',
      documentToRedirect: '跳转到的内容',
      fromUrl: '原地址',
      internalLink: '站内内容',
      redirectType: '跳转类型',
      toUrlType: '目标类型',
    },
  },
}
