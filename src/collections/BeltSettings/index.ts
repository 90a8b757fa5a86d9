import type { CollectionBeforeValidateHook, CollectionConfig, CollectionSlug } from 'payload'

import { beltScopedAccess } from '@/access/beltScoped'
import { PUBLIC_RULES } from '@/access/publicWhere'
import { hiddenFromFactoryMembers, idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import { assertSameBelt, guardBelt } from '@/hooks/guardBelt'
import { fieldError } from '@/utilities/errors'
import { label, t } from '@/utilities/i18n'

/** What a menu item may point at inside the portal. */
export const MENU_TARGETS = [SLUGS.pages, SLUGS.campaigns, SLUGS.factories, SLUGS.products] as const

/** Links outside the portal are HTTPS; inside it, a path. */
const LINK = /^(?:https:\/\/[^\s]+|\/[^\s]*)$/

/**
 * One settings document per belt (tenant). The multi-tenant plugin's `isGlobal` makes the admin
 * open it as a single document of the selected belt; the unique index and this check keep it
 * single through the API too.
 */
const onePerBelt: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const tenant = idOf(data?.tenant)
  if (tenant === null) return data
  const { totalDocs } = await req.payload.count({
    collection: SLUGS.beltSettings,
    where: { tenant: { equals: tenant } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw fieldError({
      path: 'tenant',
      message: t(req, {
        zh: 'tenant：这个产业带已有门户设置，请直接修改它',
        en: 'tenant: this belt already has its portal settings; edit those instead',
      }),
    })
  }
  return data
}

/** A menu item's page, campaign, factory or product must be this belt's. */
const menuInBelt: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const tenant = data?.tenant ?? originalDoc?.tenant
  const items = Array.isArray(data?.navigation)
    ? (data.navigation as { doc?: { relationTo?: string; value?: unknown } | null }[])
    : []
  for (const [index, item] of items.entries()) {
    if (!item?.doc?.relationTo || item.doc.value === undefined || item.doc.value === null) continue
    if (!(MENU_TARGETS as readonly string[]).includes(item.doc.relationTo)) {
      throw fieldError({
        path: `navigation.${index}.doc`,
        message: t(req, {
          zh: `navigation.${index}.doc：菜单项只能链接到页面、活动、工厂或产品`,
          en: `navigation.${index}.doc: a menu item links to a page, campaign, factory or product`,
        }),
      })
    }
    await assertSameBelt({
      req,
      tenant,
      relation: {
        field: `navigation.${index}.doc`,
        collection: item.doc.relationTo as CollectionSlug,
      },
      value: item.doc.value,
    })
  }
  return data
}

export const BeltSettings: CollectionConfig = {
  slug: SLUGS.beltSettings,
  labels: {
    singular: label('门户设置', 'Portal settings'),
    plural: label('门户设置', 'Portal settings'),
  },
  admin: {
    hidden: hiddenFromFactoryMembers,
    group: label('产业带', 'Belt'),
    description: label(
      '门户的菜单、页脚和联系方式，每个产业带一份',
      'The portal’s menu, footer and contact details, one per belt',
    ),
  },
  indexes: [{ fields: ['tenant'], unique: true }],
  access: beltScopedAccess({
    publicRead: PUBLIC_RULES.beltSettings,
    factoryMembers: 'none',
    canOperatorsCreate: true,
  }),
  hooks: { beforeValidate: [guardBelt({}), onePerBelt, menuInBelt] },
  fields: [
    {
      name: 'navigation',
      type: 'array',
      maxRows: 8,
      label: label('菜单', 'Menu'),
      labels: { singular: label('菜单项', 'Menu item'), plural: label('菜单', 'Menu') },
      admin: {
        description: label(
          '显示在“首页、工厂、产品、直播”之后',
          'Shown after Home, Factories, Products and Live',
        ),
      },
      fields: [
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 40,
          label: label('名称', 'Label'),
        },
        {
          name: 'doc',
          type: 'relationship',
          relationTo: [...MENU_TARGETS],
          label: label('链接到', 'Links to'),
          admin: {
            description: label(
              '本产业带的页面、活动、工厂或产品；或在下方填写网址',
              'A page, campaign, factory or product of this belt; or enter an address below',
            ),
          },
        },
        {
          name: 'url',
          type: 'text',
          maxLength: 500,
          label: label('网址', 'Address'),
          admin: {
            condition: (_, sibling) => !sibling?.doc,
            description: label('以 https:// 或 / 开头', 'Starting with https:// or /'),
          },
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: { doc?: unknown }; req: Parameters<typeof t>[0] },
          ) => {
            if (siblingData?.doc) return true
            if (typeof value === 'string' && LINK.test(value)) return true
            return t(req, {
              zh: '请选择链接目标，或填写以 https:// 或 / 开头的网址',
              en: 'Choose what it links to, or enter an address starting with https:// or /',
            })
          },
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: label('联系方式', 'Contact'),
      fields: [
        { name: 'email', type: 'email', label: label('邮箱', 'E-mail') },
        { name: 'phone', type: 'text', maxLength: 40, label: label('电话', 'Phone') },
        { name: 'wechat', type: 'text', maxLength: 40, label: label('微信', 'WeChat') },
        {
          name: 'address',
          type: 'text',
          localized: true,
          maxLength: 200,
          label: label('地址', 'Address'),
        },
        {
          name: 'hours',
          type: 'text',
          localized: true,
          maxLength: 100,
          label: label('办公时间', 'Office hours'),
        },
      ],
    },
    {
      name: 'footer',
      type: 'textarea',
      localized: true,
      maxLength: 500,
      label: label('页脚文字', 'Footer text'),
    },
  ],
}
