import type { CollectionConfig } from 'payload'

import { hiddenFromFactoryMembers } from '@/access/roles'
import { isPlatformAdmin, sameID } from '@/access/roles'
import { BAROMETER_FIGURES, CONTENT_LOCALES, DEFAULT_LOCALE, SLUGS } from '@/constants'
import { colourField } from '@/fields/colour'
import { validateSlug } from '@/fields/slug'
import { assertRichTextInBelt } from '@/hooks/guardBelt'
import { guardFields } from '@/hooks/guardFields'
import { refreshAllowedOriginsAfterCommit } from '@/access/origins'
import { fieldError } from '@/utilities/errors'
import { label, t } from '@/utilities/i18n'

import { platformAdminOnly, readBelts, updateBelts } from './access'
import { ensureDomainsAreFree, normaliseDomains, validateDomain } from './hooks'

const sameBeltMedia = ({ id }: { id?: number | string }) =>
  id === undefined ? false : { tenant: { equals: id } }

/** A belt (产业带) is a tenant: its portal, branding, domains and directory. */
export const Tenants: CollectionConfig = {
  slug: SLUGS.tenants,
  labels: { singular: label('产业带', 'Belt'), plural: label('产业带', 'Belts') },
  admin: {
    hidden: hiddenFromFactoryMembers,
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'specialty', 'published'],
    group: label('平台', 'Platform'),
  },
  access: {
    create: platformAdminOnly,
    read: readBelts,
    update: updateBelts,
    delete: platformAdminOnly,
  },
  hooks: {
    beforeValidate: [
      ensureDomainsAreFree,
      // The belt's story links only to the belt's own documents.
      async ({ data, operation, originalDoc, req }) => {
        if (data && operation === 'update' && originalDoc)
          await assertRichTextInBelt(req, originalDoc.id, data)
        return data
      },
    ],
    beforeChange: [
      guardFields({
        paths: ['slug', 'domains'],
        canChange: ({ user }) => isPlatformAdmin(user),
        reason: 'only a platform admin can change a belt’s slug or domains.',
      }),
      // Logo and hero must be this belt's own images, never another belt's upload.
      async ({ data, originalDoc, req }) => {
        const beltID = originalDoc?.id
        for (const key of ['logo', 'heroImage'] as const) {
          const value = data?.branding?.[key]
          if (!value) continue
          const mediaID = typeof value === 'object' ? value.id : value
          const media = beltID
            ? await req.payload.find({
                collection: SLUGS.media,
                where: { id: { equals: mediaID } },
                overrideAccess: true,
                depth: 0,
                limit: 1,
                req,
              })
            : { docs: [] }
          if (!media.docs[0] || !sameID(media.docs[0].tenant as never, beltID)) {
            throw fieldError({
              path: `branding.${key}`,
              message: t(req, {
                zh: `branding.${key}：只能使用本产业带的图片`,
                en: `branding.${key}: use an image uploaded to this belt`,
              }),
            })
          }
        }
        return data
      },
    ],
    // A belt's domains are where its portal may call the API from and send its login cookie.
    afterChange: [({ doc, req }) => refreshAllowedOriginsAfterCommit(req, doc)],
    afterDelete: [({ doc, req }) => refreshAllowedOriginsAfterCommit(req, doc)],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('名称', 'Name') },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('网址标识 (slug)', 'Slug'),
      admin: {
        position: 'sidebar',
        description: label(
          '门户地址为 <slug>.localhost，仅平台管理员可修改',
          'The portal lives at <slug>.localhost; only a platform admin can change it',
        ),
      },
      validate: (value: unknown, { req }: { req: Parameters<typeof t>[0] }) =>
        validateSlug(value, req),
    },
    {
      type: 'row',
      fields: [
        { name: 'province', type: 'text', localized: true, label: label('省份', 'Province') },
        { name: 'city', type: 'text', localized: true, label: label('城市', 'City') },
      ],
    },
    {
      name: 'specialty',
      type: 'text',
      required: true,
      localized: true,
      label: label('主营产业', 'Specialty'),
      admin: {
        description: label(
          '这个产业带生产什么，例如：童装',
          'What the belt makes, e.g. children’s clothing',
        ),
      },
    },
    { name: 'tagline', type: 'text', localized: true, label: label('口号', 'Tagline') },
    { name: 'story', type: 'richText', localized: true, label: label('产业带故事', 'Story') },
    {
      name: 'keyFigures',
      type: 'array',
      label: label('关键数据', 'Key figures'),
      labels: { singular: label('数据', 'Figure'), plural: label('关键数据', 'Key figures') },
      maxRows: 8,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'text', required: true, label: label('数值', 'Value') },
            {
              name: 'label',
              type: 'text',
              required: true,
              localized: true,
              label: label('说明', 'Label'),
            },
          ],
        },
      ],
    },
    {
      name: 'branding',
      type: 'group',
      label: label('品牌', 'Branding'),
      fields: [
        {
          type: 'row',
          fields: [
            colourField({
              name: 'primaryColour',
              label: label('主色', 'Primary colour'),
              defaultValue: '#B4232A',
            }),
            colourField({
              name: 'accentColour',
              label: label('辅色', 'Accent colour'),
              defaultValue: '#F2B705',
            }),
          ],
        },
        {
          name: 'logo',
          type: 'upload',
          relationTo: SLUGS.media,
          label: label('标志', 'Logo'),
          filterOptions: sameBeltMedia,
        },
        {
          name: 'heroImage',
          type: 'upload',
          relationTo: SLUGS.media,
          label: label('首屏大图', 'Hero image'),
          filterOptions: sameBeltMedia,
        },
      ],
    },
    {
      name: 'domains',
      type: 'array',
      label: label('域名', 'Domains'),
      labels: { singular: label('域名', 'Domain'), plural: label('域名', 'Domains') },
      admin: {
        position: 'sidebar',
        description: label(
          '门户的其他域名，全平台唯一',
          'Other host names of the portal; unique across all belts',
        ),
      },
      hooks: { beforeValidate: [normaliseDomains] },
      fields: [
        {
          name: 'domain',
          type: 'text',
          required: true,
          index: true,
          label: label('域名', 'Domain'),
          validate: (value: unknown, { req }: { req: Parameters<typeof t>[0] }) =>
            validateDomain(value, req),
        },
      ],
    },
    {
      name: 'defaultLocale',
      type: 'select',
      required: true,
      defaultValue: DEFAULT_LOCALE,
      label: label('默认语言', 'Default language'),
      options: CONTENT_LOCALES.map((code) => ({
        value: code,
        label: code === 'zh' ? '中文' : 'English',
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: 'Asia/Shanghai',
      label: label('时区', 'Time zone'),
      admin: { position: 'sidebar' },
      validate: (value: unknown, { req }: { req: Parameters<typeof t>[0] }) => {
        try {
          if (typeof value === 'string' && value) {
            new Intl.DateTimeFormat('en', { timeZone: value })
            return true
          }
        } catch {
          // falls through to the message
        }
        return t(req, {
          zh: '请填写 IANA 时区，例如 Asia/Shanghai',
          en: 'Enter an IANA time zone, e.g. Asia/Shanghai',
        })
      },
    },
    {
      name: 'barometerFigures',
      type: 'select',
      hasMany: true,
      defaultValue: BAROMETER_FIGURES.map((figure) => figure.value),
      label: label('晴雨表公开数据', 'Public barometer figures'),
      options: BAROMETER_FIGURES.map(({ value, zh, en }) => ({ value, label: { zh, en } })),
      admin: {
        position: 'sidebar',
        description: label(
          '门户 /barometer 页面公开显示的数据；未选中的不公开',
          'What the portal’s /barometer page shows; figures left out stay private',
        ),
      },
    },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('门户已发布', 'Portal published'),
      admin: { position: 'sidebar' },
    },
  ],
}
