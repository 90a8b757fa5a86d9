import type { CollectionConfig } from 'payload'

import { beltScopedAccess } from '@/access/beltScoped'
import { PUBLIC_RULES } from '@/access/publicWhere'
import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, isOperatorOf, isPlatformAdmin } from '@/access/roles'
import { SLUGS } from '@/constants'
import { CAPABILITIES, EXPORT_MARKETS } from '@/vocabulary'
import { slugField } from '@/fields/slug'
import { ensureUnique } from '@/hooks/ensureUnique'
import { guardBelt } from '@/hooks/guardBelt'
import { guardFields, guardFieldsBeforeOperation } from '@/hooks/guardFields'
import { keepIndexed } from '@/search'
import { label, t } from '@/utilities/i18n'

const factorySearch = keepIndexed('factory')

export const VERIFICATION_STATUSES = [
  { value: 'unverified', label: label('未认证', 'Unverified') },
  { value: 'pending', label: label('审核中', 'Pending review') },
  { value: 'verified', label: label('已认证', 'Verified') },
  { value: 'rejected', label: label('未通过', 'Rejected') },
]

/** The belt's staff (and a platform admin) read a factory's private contact details. */
const staffOfDocBelt = ({ req, doc }: { req: { user?: unknown }; doc?: { tenant?: unknown } }) => {
  const user = req.user as ChandiUser | null
  if (isPlatformAdmin(user)) return true
  const tenant = doc?.tenant
  return getBeltIDs(user).some(
    (id) =>
      String(id) ===
      String(typeof tenant === 'object' && tenant ? (tenant as { id: unknown }).id : tenant),
  )
}

const currentYear = () => new Date().getUTCFullYear()

/** A supplier in a belt's directory. Its members keep the profile; its operator verifies it. */
const verificationGuard = {
  paths: ['verification.status', 'verification.verifiedAt', 'verification.note'],
  canChange: ({ user, originalDoc }: { user: ChandiUser; originalDoc?: Record<string, unknown> }) =>
    isPlatformAdmin(user) || isOperatorOf(user, originalDoc?.tenant as never),
  reason: 'only the belt’s operator or a platform admin can verify a factory.',
}

export const Factories: CollectionConfig = {
  slug: SLUGS.factories,
  labels: { singular: label('工厂', 'Factory'), plural: label('工厂', 'Factories') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'verification.status', '_status', 'updatedAt'],
    group: label('产业带', 'Belt'),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  access: beltScopedAccess({
    publicRead: PUBLIC_RULES.factories,
    factoryMembers: 'self',
  }),
  hooks: {
    beforeValidate: [
      guardBelt({
        sameBelt: [
          { field: 'photos', collection: SLUGS.media },
          { field: 'meta.image', collection: SLUGS.media },
        ],
      }),
      ensureUnique({ collection: SLUGS.factories, field: 'slug', within: 'tenant' }),
    ],
    // Before the operation: the fields are read-only for members in the admin (field access),
    // and Payload would otherwise drop a member's change silently instead of refusing it.
    beforeOperation: [guardFieldsBeforeOperation(verificationGuard)],
    beforeChange: [
      guardFields({ ...verificationGuard, defaults: { 'verification.status': 'unverified' } }),
    ],
    afterChange: [factorySearch.afterChange],
    afterDelete: [factorySearch.afterDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: label('工厂名称', 'Name'),
    },
    // The fingerprint of the spreadsheet row that last wrote this document (src/imports).
    { name: 'importHash', type: 'text', admin: { hidden: true } },
    slugField(),
    {
      type: 'tabs',
      tabs: [
        {
          label: label('概况', 'Profile'),
          fields: [
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
              label: label('详细介绍', 'Description'),
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'foundedYear',
                  type: 'number',
                  label: label('成立年份', 'Founded'),
                  min: 1800,
                  validate: (value: unknown, { req }: { req: Parameters<typeof t>[0] }) =>
                    value === null ||
                    value === undefined ||
                    (Number.isInteger(value) &&
                      (value as number) >= 1800 &&
                      (value as number) <= currentYear())
                      ? true
                      : t(req, {
                          zh: `请填写 1800 到 ${currentYear()} 之间的年份`,
                          en: `Enter a year between 1800 and ${currentYear()}`,
                        }),
                },
                {
                  name: 'staffCount',
                  type: 'number',
                  min: 1,
                  max: 1_000_000,
                  label: label('员工人数', 'Staff'),
                },
              ],
            },
            {
              name: 'mainProducts',
              type: 'text',
              localized: true,
              label: label('主营产品', 'Main products'),
            },
            {
              name: 'capabilities',
              type: 'select',
              hasMany: true,
              options: CAPABILITIES,
              label: label('合作方式', 'Capabilities'),
            },
            {
              name: 'exportMarkets',
              type: 'select',
              hasMany: true,
              options: EXPORT_MARKETS,
              label: label('主要出口市场', 'Main export markets'),
            },
            {
              name: 'capacity',
              type: 'group',
              label: label('产能', 'Production capacity'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'amount', type: 'number', min: 0, label: label('数量', 'Amount') },
                    { name: 'unit', type: 'text', localized: true, label: label('单位', 'Unit') },
                    {
                      name: 'period',
                      type: 'select',
                      defaultValue: 'month',
                      label: label('周期', 'Per'),
                      options: [
                        { value: 'day', label: label('每天', 'day') },
                        { value: 'month', label: label('每月', 'month') },
                        { value: 'year', label: label('每年', 'year') },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: label('资质与实景', 'Trust'),
          fields: [
            {
              name: 'certifications',
              type: 'array',
              label: label('认证证书', 'Certifications'),
              labels: {
                singular: label('证书', 'Certification'),
                plural: label('认证证书', 'Certifications'),
              },
              maxRows: 30,
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'name',
                      type: 'text',
                      required: true,
                      label: label('证书', 'Certificate'),
                    },
                    { name: 'issuer', type: 'text', label: label('颁发机构', 'Issuer') },
                    { name: 'validUntil', type: 'date', label: label('有效期至', 'Valid until') },
                  ],
                },
              ],
            },
            {
              name: 'photos',
              type: 'upload',
              relationTo: SLUGS.media,
              hasMany: true,
              maxRows: 30,
              label: label('工厂照片', 'Photos'),
            },
            {
              name: 'tourVideoUrl',
              type: 'text',
              label: label('工厂参观视频链接', 'Factory tour video URL'),
              validate: (value: unknown, { req }: { req: Parameters<typeof t>[0] }) => {
                if (value === null || value === undefined || value === '') return true
                try {
                  const url = new URL(String(value))
                  if (url.protocol === 'https:') return true
                } catch {
                  // falls through to the message
                }
                return t(req, {
                  zh: '请填写 https:// 开头的链接',
                  en: 'Enter an https:// link',
                })
              },
            },
          ],
        },
        {
          label: label('位置与联系', 'Location & contact'),
          fields: [
            { name: 'address', type: 'text', localized: true, label: label('地址', 'Address') },
            {
              name: 'location',
              type: 'group',
              label: label('地图坐标', 'Map location'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'lat',
                      type: 'number',
                      min: -90,
                      max: 90,
                      label: label('纬度', 'Latitude'),
                    },
                    {
                      name: 'lng',
                      type: 'number',
                      min: -180,
                      max: 180,
                      label: label('经度', 'Longitude'),
                    },
                  ],
                },
              ],
            },
            {
              name: 'contact',
              type: 'group',
              label: label('联系方式（不公开）', 'Contact (private)'),
              admin: {
                description: label(
                  '仅本产业带工作人员可见；采购商通过询盘联系工厂',
                  'Seen by the belt’s staff only; buyers reach the factory through inquiries',
                ),
              },
              access: { read: staffOfDocBelt },
              fields: [
                { name: 'person', type: 'text', label: label('联系人', 'Contact person') },
                { name: 'email', type: 'email', label: label('邮箱', 'E-mail') },
                { name: 'phone', type: 'text', label: label('电话', 'Phone') },
                { name: 'wechat', type: 'text', label: label('微信', 'WeChat') },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'profileMeter',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/admin/ProfileMeter#ProfileMeter' } },
    },
    {
      name: 'verification',
      type: 'group',
      label: label('认证状态', 'Verification'),
      access: {
        update: ({ req, doc }) =>
          isPlatformAdmin(req.user as ChandiUser | null) ||
          isOperatorOf(req.user as ChandiUser | null, doc?.tenant as never),
      },
      admin: {
        position: 'sidebar',
        description: label('由产业带运营方审核', 'Set by the belt’s operator'),
      },
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'unverified',
          index: true,
          options: VERIFICATION_STATUSES,
          label: label('状态', 'Status'),
        },
        { name: 'verifiedAt', type: 'date', label: label('认证日期', 'Verified on') },
        { name: 'note', type: 'text', label: label('审核说明', 'Note') },
      ],
    },
  ],
}
