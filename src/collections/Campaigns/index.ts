import type { CollectionConfig, Field } from 'payload'

import { hiddenFromFactoryMembers } from '@/access/roles'
import { beltScopedAccess } from '@/access/beltScoped'
import { PUBLIC_RULES } from '@/access/publicWhere'
import { PAGE_BLOCKS } from '@/blocks'
import { SLUGS } from '@/constants'
import { priceTierField } from '@/fields/priceTiers'
import { slugField } from '@/fields/slug'
import { ensureUnique } from '@/hooks/ensureUnique'
import { guardBelt } from '@/hooks/guardBelt'
import { campaignState } from '@/utilities/clock'
import { label } from '@/utilities/i18n'
import { TIME_ZONES } from '@/utilities/timezones'

import { cloneNextEditionEndpoint, coverageEndpoint } from './endpoints'
import { festivalReportEndpoint } from './report'
import { validateCampaign } from './validate'

export const CAMPAIGN_KINDS = [
  { value: 'super-origin-day', label: label('超级产地日', 'Super Origin Day') },
  { value: 'merchant-festival', label: label('商人节', 'Merchant festival') },
  { value: 'procurement-festival', label: label('采购节', 'Procurement festival') },
  { value: 'custom', label: label('其他活动', 'Other') },
]

const instant = (name: 'startsAt' | 'endsAt', zh: string, en: string): Field => ({
  name,
  type: 'date',
  required: true,
  index: true,
  label: label(zh, en),
  timezone: { defaultTimezone: 'Asia/Shanghai', supportedTimezones: TIME_ZONES },
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
})

/** A festival of one belt: Super Origin Day, the merchant festival, a procurement festival. */
export const Campaigns: CollectionConfig = {
  slug: SLUGS.campaigns,
  labels: { singular: label('活动', 'Campaign'), plural: label('节日活动', 'Campaigns') },
  admin: {
    hidden: hiddenFromFactoryMembers,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'state', 'startsAt', 'endsAt'],
    group: label('门户', 'Portal'),
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 30 },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  access: beltScopedAccess({
    publicRead: PUBLIC_RULES.campaigns,
    factoryMembers: 'read',
    canOperatorsCreate: true,
  }),
  endpoints: [coverageEndpoint, cloneNextEditionEndpoint, festivalReportEndpoint],
  hooks: {
    beforeValidate: [
      guardBelt({
        sameBelt: [
          { field: 'heroImage', collection: SLUGS.media },
          { field: 'featuredFactories', collection: SLUGS.factories },
          { field: 'featuredProducts', collection: SLUGS.products },
        ],
      }),
      ensureUnique({ collection: SLUGS.campaigns, field: 'slug', within: 'tenant' }),
      validateCampaign,
    ],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: label('活动名称', 'Name'),
    },
    slugField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'super-origin-day',
      options: CAMPAIGN_KINDS,
      label: label('类型', 'Kind'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'edition',
      type: 'select',
      label: label('届次', 'Edition'),
      options: [
        { value: 'spring', label: label('春季（3月）', 'Spring (March)') },
        { value: 'autumn', label: label('秋季（9月）', 'Autumn (September)') },
        { value: 'winter', label: label('冬季（12月）', 'Winter (December)') },
      ],
      admin: { position: 'sidebar', condition: (data) => data?.kind === 'merchant-festival' },
    },
    instant('startsAt', '开始时间', 'Starts'),
    instant('endsAt', '结束时间', 'Ends'),
    {
      name: 'confirmOverlap',
      type: 'checkbox',
      label: label('确认与同类活动时间重叠', 'Confirm overlap with a campaign of the same kind'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'recurrence',
      type: 'select',
      defaultValue: 'none',
      label: label('重复', 'Recurrence'),
      options: [
        { value: 'none', label: label('不重复', 'None') },
        { value: 'yearly', label: label('每年', 'Yearly') },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'state',
      type: 'select',
      virtual: true,
      label: label('状态', 'State'),
      options: [
        { value: 'draft', label: label('草稿', 'Draft') },
        { value: 'scheduled', label: label('即将开始', 'Scheduled') },
        { value: 'live', label: label('进行中', 'Live') },
        { value: 'ended', label: label('已结束', 'Ended') },
      ],
      admin: { readOnly: true, position: 'sidebar' },
      hooks: {
        afterRead: [
          ({ siblingData }) =>
            siblingData?.startsAt && siblingData?.endsAt
              ? campaignState({
                  status: siblingData._status,
                  startsAt: siblingData.startsAt,
                  endsAt: siblingData.endsAt,
                })
              : undefined,
        ],
      },
    },
    {
      name: 'report',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/admin/CampaignReportLink#CampaignReportLink' },
      },
    },
    {
      name: 'coverage',
      type: 'ui',
      admin: { components: { Field: '/src/admin/CampaignCoverage#CampaignCoverage' } },
    },
    { name: 'tagline', type: 'text', localized: true, label: label('口号', 'Tagline') },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: SLUGS.media,
      label: label('首屏大图', 'Hero image'),
    },
    {
      name: 'featuredFactories',
      type: 'relationship',
      relationTo: SLUGS.factories,
      hasMany: true,
      maxRows: 48,
      label: label('参与工厂', 'Featured factories'),
    },
    {
      name: 'featuredProducts',
      type: 'relationship',
      relationTo: SLUGS.products,
      hasMany: true,
      maxRows: 96,
      label: label('活动产品', 'Featured products'),
    },
    {
      name: 'festivalPrices',
      type: 'array',
      label: label(
        '节日价（仅在活动期间生效）',
        'Festival prices (only inside the campaign window)',
      ),
      labels: {
        singular: label('节日价', 'Festival price'),
        plural: label('节日价', 'Festival prices'),
      },
      maxRows: 96,
      fields: [
        {
          name: 'product',
          type: 'relationship',
          relationTo: SLUGS.products,
          required: true,
          label: label('产品', 'Product'),
        },
        priceTierField({
          name: 'tiers',
          label: label('节日阶梯价', 'Festival tiers'),
          minRows: 1,
          unitPriceLabel: label('节日单价', 'Festival unit price'),
        }),
      ],
    },
    {
      name: 'layout',
      type: 'blocks',
      blocks: PAGE_BLOCKS,
      label: label('落地页模块', 'Landing page blocks'),
      labels: {
        singular: label('模块', 'Block'),
        plural: label('落地页模块', 'Landing page blocks'),
      },
    },
  ],
}
