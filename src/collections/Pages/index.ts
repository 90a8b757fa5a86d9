import type { CollectionConfig } from 'payload'

import { beltScopedAccess } from '@/access/beltScoped'
import { SLUGS } from '@/constants'
import { slugField } from '@/fields/slug'
import { ensureUnique } from '@/hooks/ensureUnique'
import { guardBelt } from '@/hooks/guardBelt'
import { label } from '@/utilities/i18n'

/** Reserved by the portal's own routes, so a page cannot hide them. */
export const RESERVED_PAGE_SLUGS = [
  'factories',
  'products',
  'campaigns',
  'live',
  'search',
  'inquiries',
  'sitemap-xml',
  'robots-txt',
  'media',
  'api',
  'admin',
  'en',
  'zh',
]

/** A page of the belt's portal, built by its operator. */
export const Pages: CollectionConfig = {
  slug: SLUGS.pages,
  labels: { singular: label('页面', 'Page'), plural: label('页面', 'Pages') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: label('门户', 'Portal'),
  },
  versions: { drafts: true, maxPerDoc: 30 },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  access: beltScopedAccess({ publicRead: 'published-docs', factoryMembers: 'none' }),
  hooks: {
    beforeValidate: [
      guardBelt({}),
      ensureUnique({ collection: SLUGS.pages, field: 'slug', within: 'tenant' }),
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('标题', 'Title') },
    slugField({ reserved: RESERVED_PAGE_SLUGS }),
    {
      name: 'content',
      type: 'richText',
      localized: true,
      label: label('正文', 'Content'),
    },
  ],
}
