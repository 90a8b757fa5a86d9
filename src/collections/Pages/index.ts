import type { CollectionBeforeValidateHook, CollectionConfig, CollectionSlug } from 'payload'

import { hiddenFromFactoryMembers } from '@/access/roles'
import { BLOCK_RELATIONS, PAGE_BLOCKS } from '@/blocks'

import { beltScopedAccess } from '@/access/beltScoped'
import { PUBLIC_RULES } from '@/access/publicWhere'
import { SLUGS } from '@/constants'
import { slugField } from '@/fields/slug'
import { ensureUnique } from '@/hooks/ensureUnique'
import { assertSameBelt, guardBelt } from '@/hooks/guardBelt'
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
  'sitemaps',
  'festivals',
  'festivals-ics',
  'robots-txt',
  'media',
  'api',
  'admin',
  'en',
  'zh',
]

/** Every factory, product, category and image a block points at must be of the page's belt. */
const ensureBlocksInBelt: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const tenant = data?.tenant ?? originalDoc?.tenant
  const blocks = (data?.layout ?? []) as Record<string, unknown>[]
  for (const [index, block] of blocks.entries()) {
    for (const relation of BLOCK_RELATIONS[String(block.blockType)] ?? []) {
      if (!(relation.field in block)) continue
      await assertSameBelt({
        req,
        tenant,
        relation: {
          field: `layout.${index}.${relation.field}`,
          collection: relation.collection as CollectionSlug,
        },
        value: block[relation.field],
      })
    }
  }
  return data
}

/** A page of the belt's portal, built by its operator from blocks. */
export const Pages: CollectionConfig = {
  slug: SLUGS.pages,
  labels: { singular: label('页面', 'Page'), plural: label('页面', 'Pages') },
  admin: {
    hidden: hiddenFromFactoryMembers,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: label('门户', 'Portal'),
  },
  versions: { drafts: true, maxPerDoc: 30 },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  access: beltScopedAccess({ publicRead: PUBLIC_RULES.pages, factoryMembers: 'none' }),
  hooks: {
    beforeValidate: [
      guardBelt({ sameBelt: [{ field: 'meta.image', collection: SLUGS.media }] }),
      ensureBlocksInBelt,
      ensureUnique({ collection: SLUGS.pages, field: 'slug', within: 'tenant' }),
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('标题', 'Title') },
    slugField({ reserved: RESERVED_PAGE_SLUGS }),
    {
      name: 'layout',
      type: 'blocks',
      blocks: PAGE_BLOCKS,
      label: label('页面模块', 'Blocks'),
      labels: { singular: label('模块', 'Block'), plural: label('页面模块', 'Blocks') },
    },
    {
      name: 'content',
      type: 'richText',
      localized: true,
      label: label('正文（显示在模块之后）', 'Content (after the blocks)'),
    },
  ],
}
