import type { CollectionConfig } from 'payload'

import { hiddenFromFactoryMembers } from '@/access/roles'
import { beltScopedAccess } from '@/access/beltScoped'
import { PUBLIC_RULES } from '@/access/publicWhere'
import { SLUGS } from '@/constants'
import { keepCategoryIndexed } from '@/search'
import { slugField } from '@/fields/slug'
import { ensureUnique } from '@/hooks/ensureUnique'
import { guardBelt } from '@/hooks/guardBelt'
import { label } from '@/utilities/i18n'

/**
 * A belt's product categories, nested ("童装/连衣裙"). `parent` and `breadcrumbs` come from
 * the official nested-docs plugin (see payload.config.ts).
 */
export const Categories: CollectionConfig = {
  slug: SLUGS.categories,
  labels: { singular: label('类目', 'Category'), plural: label('类目', 'Categories') },
  admin: {
    hidden: hiddenFromFactoryMembers,
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'parent'],
    group: label('产业带', 'Belt'),
  },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  access: beltScopedAccess({ publicRead: PUBLIC_RULES.categories, factoryMembers: 'read' }),
  hooks: {
    beforeValidate: [
      guardBelt({ sameBelt: [{ field: 'parent', collection: SLUGS.categories }] }),
      ensureUnique({ collection: SLUGS.categories, field: 'slug', within: 'tenant' }),
    ],
    // Products' search entries hold their category's names and its parents'.
    afterChange: [keepCategoryIndexed],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('名称', 'Name') },
    slugField(),
    {
      name: 'sortOrder',
      type: 'number',
      defaultValue: 0,
      label: label('排序', 'Order'),
      admin: { position: 'sidebar' },
    },
  ],
}
