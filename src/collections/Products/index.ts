import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { ownFactoryDefault } from '@/access/roles'
import { beltScopedAccess } from '@/access/beltScoped'
import { PUBLIC_RULES } from '@/access/publicWhere'
import { SLUGS } from '@/constants'
import { CURRENCIES, CUSTOMISATIONS, QUANTITY_UNITS } from '@/vocabulary'
import { keepIndexed } from '@/search'
import { findTierProblem, priceTierField } from '@/fields/priceTiers'
import { slugField } from '@/fields/slug'
import { ensureUnique } from '@/hooks/ensureUnique'
import { guardBelt } from '@/hooks/guardBelt'
import { fieldError } from '@/utilities/errors'
import { label, t } from '@/utilities/i18n'

/** Checks the tiers against each other and the MOQ, with the stored values filling gaps. */
const validatePriceTiers: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const tiers = data.priceTiers ?? originalDoc?.priceTiers
  const moq = data.moq?.quantity ?? originalDoc?.moq?.quantity
  const problem = findTierProblem({ tiers, moq })
  if (problem) {
    throw fieldError({ path: problem.path, message: `${problem.path}: ${t(req, problem.message)}` })
  }
  return data
}

/** An item a factory lists: MOQ, price tiers, lead time, specs and images. */
const productSearch = keepIndexed('product')

export const Products: CollectionConfig = {
  slug: SLUGS.products,
  labels: { singular: label('产品', 'Product'), plural: label('产品', 'Products') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'factory', 'category', 'moq.quantity', '_status', 'updatedAt'],
    group: label('产业带', 'Belt'),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }, { fields: ['factory', 'sku'] }],
  access: beltScopedAccess({
    publicRead: PUBLIC_RULES.products,
    factoryMembers: 'own-factory',
    canFactoryMembersCreate: true,
  }),
  hooks: {
    beforeValidate: [
      guardBelt({
        hasFactoryField: true,
        sameBelt: [
          { field: 'category', collection: SLUGS.categories },
          { field: 'images', collection: SLUGS.media },
          { field: 'meta.image', collection: SLUGS.media },
        ],
      }),
      ensureUnique({ collection: SLUGS.products, field: 'slug', within: 'tenant' }),
      ensureUnique({ collection: SLUGS.products, field: 'sku', within: 'factory' }),
      validatePriceTiers,
    ],
    afterChange: [productSearch.afterChange],
    afterDelete: [productSearch.afterDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: label('产品名称', 'Name'),
    },
    // The fingerprint of the spreadsheet row that last wrote this document (src/imports).
    { name: 'importHash', type: 'text', admin: { hidden: true } },
    slugField(),
    {
      name: 'sku',
      type: 'text',
      index: true,
      label: label('货号 (SKU)', 'SKU'),
      admin: {
        position: 'sidebar',
        description: label(
          '在本工厂内唯一，批量导入时据此更新',
          'Unique within the factory; imports update by it',
        ),
      },
      validate: (value: unknown, { req }: { req: Parameters<typeof t>[0] }) =>
        value === null ||
        value === undefined ||
        value === '' ||
        /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(String(value))
          ? true
          : t(req, {
              zh: '只能使用字母、数字、点、下划线和连字符（最多 64 个字符）',
              en: 'Use letters, digits, dots, underscores and hyphens (64 characters at most)',
            }),
    },
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      required: true,
      defaultValue: ownFactoryDefault,
      index: true,
      label: label('工厂', 'Factory'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: SLUGS.categories,
      index: true,
      label: label('类目', 'Category'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('价格与起订', 'Price & MOQ'),
          fields: [
            {
              name: 'moq',
              type: 'group',
              label: label('起订量 (MOQ)', 'Minimum order (MOQ)'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'quantity',
                      type: 'number',
                      required: true,
                      label: label('数量', 'Quantity'),
                      validate: (value: unknown, { req }: { req: Parameters<typeof t>[0] }) =>
                        Number.isInteger(value) && (value as number) >= 1
                          ? true
                          : t(req, {
                              zh: '起订量须为不小于 1 的整数',
                              en: 'The MOQ must be a whole number of at least 1',
                            }),
                    },
                    {
                      name: 'unit',
                      type: 'select',
                      required: true,
                      defaultValue: 'piece',
                      options: QUANTITY_UNITS,
                      label: label('单位', 'Unit'),
                    },
                  ],
                },
              ],
            },
            {
              name: 'currency',
              type: 'select',
              required: true,
              defaultValue: 'CNY',
              options: CURRENCIES.map((code) => ({ value: code, label: code })),
              label: label('币种', 'Currency'),
            },
            priceTierField({
              name: 'priceTiers',
              label: label('阶梯价', 'Price tiers'),
              labels: { singular: label('价格档', 'Tier'), plural: label('阶梯价', 'Price tiers') },
              minRows: 1,
              description: label(
                '按数量从小到大排列，不得重叠；第一档从起订量开始；最后一档可不填截止数量',
                'In ascending quantity bands that do not overlap; the first starts at the MOQ; the last may be open-ended',
              ),
            }),
            {
              type: 'row',
              fields: [
                {
                  name: 'leadTimeDays',
                  type: 'number',
                  min: 1,
                  max: 365,
                  label: label('交期（天）', 'Lead time (days)'),
                },
                {
                  name: 'sampleAvailable',
                  type: 'checkbox',
                  defaultValue: true,
                  label: label('可提供样品', 'Samples available'),
                },
              ],
            },
            {
              name: 'customisation',
              type: 'select',
              hasMany: true,
              options: CUSTOMISATIONS,
              label: label('可定制项', 'Customisation options'),
            },
          ],
        },
        {
          label: label('详情', 'Details'),
          fields: [
            {
              name: 'images',
              type: 'upload',
              relationTo: SLUGS.media,
              hasMany: true,
              maxRows: 12,
              label: label('产品图片', 'Images'),
            },
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              maxLength: 600,
              label: label('简介', 'Summary'),
            },
            {
              name: 'description',
              type: 'richText',
              localized: true,
              label: label('详细描述', 'Description'),
            },
            {
              name: 'specs',
              type: 'array',
              label: label('规格参数', 'Specifications'),
              labels: {
                singular: label('参数', 'Spec'),
                plural: label('规格参数', 'Specifications'),
              },
              maxRows: 40,
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'key',
                      type: 'text',
                      required: true,
                      localized: true,
                      label: label('参数名', 'Name'),
                    },
                    {
                      name: 'value',
                      type: 'text',
                      required: true,
                      localized: true,
                      label: label('参数值', 'Value'),
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
