import type { Access, AccessResult, CollectionConfig, FieldAccess, FieldHook } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, getFactoryID, idOf, isPlatformAdmin } from '@/access/roles'
import { ATTACHMENT_LIMITS, BELT_ROLES, SLUGS } from '@/constants'
import { checkRequestFiles, claimRequestFiles, removeRequestFiles } from '@/sourcing/files'
import { hideEndpoint, sourcingFiguresEndpoint } from '@/sourcing/figures'
import { label } from '@/utilities/i18n'
import { CURRENCIES, QUANTITY_UNITS } from '@/vocabulary'

export const SOURCING_STATUSES = [
  { value: 'pending', label: label('待采购商确认邮箱', 'Awaiting e-mail confirmation') },
  { value: 'open', label: label('新采购需求', 'Open') },
  { value: 'closed', label: label('已关闭', 'Closed') },
  { value: 'expired', label: label('已过期', 'Expired') },
]

const userOf = (req: { user?: unknown }) => (req.user ?? null) as ChandiUser | null

/**
 * A confirmed request is read by the members of the factories it was matched to (not another
 * factory, not the public through the API: the board shows a fixed selection of its fields) and
 * by the operators of the belts it was matched in. Nobody reads the buyer through the API: the
 * buyer's contacts reach a factory only in the inquiry that accepting its quote opens.
 */
export const readSourcingRequests: Access = ({ req }): AccessResult => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const or: NonNullable<Exclude<AccessResult, boolean>>[] = []
  const factory = getFactoryID(user)
  if (factory !== null)
    or.push({
      and: [
        { matchedFactories: { in: [factory] } },
        { status: { in: ['open', 'closed', 'expired'] } },
      ],
    })
  const operated = getBeltIDs(user, BELT_ROLES.operator)
  if (operated.length) or.push({ matchedBelts: { in: operated } })
  return or.length ? { or } : false
}

const nobody: FieldAccess = () => false
// The buyer's files are for the factories (their members read them as they read the request),
// never for operators: the same boundary as inquiries.
const membersOnly: FieldAccess = ({ req }) => {
  const user = userOf(req)
  return isPlatformAdmin(user) || getFactoryID(user) !== null
}
const adminsOnly: FieldAccess = ({ req }) => isPlatformAdmin(userOf(req))
// Where a request was posted, matched and hidden is the operators' business: a factory learns
// from `matchedBelts` in which other belts competitors were matched, from `hiddenIn` another
// belt's moderation.
const operatorsOnly: FieldAccess = ({ req }) => {
  const user = userOf(req)
  return isPlatformAdmin(user) || getBeltIDs(user, BELT_ROLES.operator).length > 0
}

/**
 * An operator reads, of where a request went, only their own belts: a hub request matched in
 * several belts does not tell one belt's operator about another's matches or moderation. The
 * server's own reads (`overrideAccess`, e.g. hiding, which writes the list back) see it whole.
 */
const ownBeltsOnly: FieldHook = ({ value, req, overrideAccess }) => {
  const user = userOf(req)
  if (overrideAccess || isPlatformAdmin(user) || !Array.isArray(value)) return value
  const mine = new Set(getBeltIDs(user).map(String))
  return value.filter((item) => mine.has(String(idOf(item as never))))
}

/** A buyer's need posted once (采购需求), matched to factories of one belt or of every belt. */
export const SourcingRequests: CollectionConfig = {
  slug: SLUGS.sourcingRequests,
  labels: {
    singular: label('采购需求', 'Sourcing request'),
    plural: label('新采购需求', 'Sourcing requests'),
  },
  admin: {
    useAsTitle: 'product',
    defaultColumns: ['product', 'quantity', 'unit', 'neededBy', 'status', 'createdAt'],
    group: label('产业带', 'Belt'),
  },
  endpoints: [sourcingFiguresEndpoint, hideEndpoint],
  hooks: {
    beforeChange: [checkRequestFiles],
    afterChange: [claimRequestFiles],
    beforeDelete: [removeRequestFiles],
  },
  access: {
    // Buyers post through the portal's form (src/sourcing/submit.ts); the buyer's page, the
    // operators' hide endpoint and the matching are the only other writers.
    create: ({ req }) => isPlatformAdmin(userOf(req)),
    read: readSourcingRequests,
    update: ({ req }) => isPlatformAdmin(userOf(req)),
    delete: ({ req }) => isPlatformAdmin(userOf(req)),
  },
  fields: [
    {
      name: 'product',
      type: 'text',
      required: true,
      maxLength: 200,
      label: label('产品', 'Product'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: SOURCING_STATUSES,
      label: label('状态', 'Status'),
      admin: { position: 'sidebar' },
    },
    // A category's slug: the same slug in every belt's tree (a hub request spans belts).
    { name: 'category', type: 'text', maxLength: 80, label: label('品类', 'Category') },
    {
      type: 'row',
      fields: [
        {
          name: 'quantity',
          type: 'number',
          required: true,
          min: 1,
          label: label('数量', 'Quantity'),
        },
        {
          name: 'unit',
          type: 'select',
          required: true,
          defaultValue: 'piece',
          options: QUANTITY_UNITS,
          label: label('单位', 'Unit'),
        },
        {
          name: 'targetPrice',
          type: 'number',
          min: 0,
          label: label('目标单价', 'Target unit price'),
        },
        {
          name: 'currency',
          type: 'select',
          defaultValue: 'USD',
          options: CURRENCIES.map((code) => ({ value: code, label: code })),
          label: label('币种', 'Currency'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'destinationCountry',
          type: 'text',
          maxLength: 60,
          label: label('目的国家', 'Destination country'),
        },
        {
          name: 'neededBy',
          type: 'date',
          index: true,
          label: label('交货截止', 'Needed by'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    {
      name: 'certifications',
      type: 'text',
      maxLength: 200,
      label: label('所需认证', 'Certifications'),
    },
    {
      name: 'verifiedOnly',
      type: 'checkbox',
      defaultValue: false,
      label: label('只要认证工厂', 'Verified factories only'),
    },
    { name: 'details', type: 'textarea', maxLength: 5000, label: label('详细要求', 'Details') },
    // The buyer's files, from the form (src/sourcing/submit.ts).
    {
      name: 'attachments',
      type: 'upload',
      relationTo: SLUGS.sourcingFiles,
      hasMany: true,
      maxRows: ATTACHMENT_LIMITS.perMessage,
      label: label('采购商附件', 'Buyer’s attachments'),
      admin: { readOnly: true },
      access: { read: membersOnly, create: adminsOnly, update: adminsOnly },
    },
    {
      name: 'belt',
      type: 'relationship',
      relationTo: SLUGS.tenants,
      label: label('发布于产业带（空：平台首页）', 'Posted on (empty: the hub)'),
      admin: { position: 'sidebar', readOnly: true },
      access: { read: operatorsOnly },
    },
    {
      name: 'belts',
      type: 'relationship',
      relationTo: SLUGS.tenants,
      hasMany: true,
      label: label('面向产业带', 'For belts'),
      admin: { position: 'sidebar', readOnly: true },
      access: { read: operatorsOnly },
      hooks: { afterRead: [ownBeltsOnly] },
    },
    {
      name: 'matchedBelts',
      type: 'relationship',
      relationTo: SLUGS.tenants,
      hasMany: true,
      label: label('匹配的产业带', 'Matched in belts'),
      admin: { position: 'sidebar', readOnly: true },
      access: { read: operatorsOnly },
      hooks: { afterRead: [ownBeltsOnly] },
    },
    // Which factories were matched is not told to the factories themselves.
    {
      name: 'matchedFactories',
      type: 'relationship',
      relationTo: SLUGS.factories,
      hasMany: true,
      admin: { hidden: true },
      access: { read: adminsOnly },
    },
    {
      name: 'hiddenFactories',
      type: 'relationship',
      relationTo: SLUGS.factories,
      hasMany: true,
      admin: { hidden: true },
      access: { read: adminsOnly },
    },
    {
      name: 'hiddenIn',
      type: 'relationship',
      relationTo: SLUGS.tenants,
      hasMany: true,
      label: label('已被运营方隐藏', 'Hidden by the operator in'),
      admin: { position: 'sidebar', readOnly: true },
      access: { read: operatorsOnly },
      hooks: { afterRead: [ownBeltsOnly] },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true },
      label: label('确认时间', 'Confirmed'),
    },
    {
      name: 'closedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true },
      label: label('关闭时间', 'Closed'),
    },
    {
      name: 'buyer',
      type: 'group',
      access: { read: nobody },
      admin: { hidden: true },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 100 },
        { name: 'company', type: 'text', maxLength: 150 },
        { name: 'email', type: 'email', required: true },
        { name: 'phone', type: 'text', maxLength: 40 },
      ],
    },
    // The private link, as for inquiries: a SHA-256 to look it up, a sealed copy for e-mails.
    {
      name: 'tokenHash',
      type: 'text',
      index: true,
      unique: true,
      access: { read: nobody },
      admin: { hidden: true },
    },
    { name: 'tokenSealed', type: 'text', access: { read: nobody }, admin: { hidden: true } },
    // The portal account (src/buyers/) the request belongs to: posted signed in, or claimed.
    {
      name: 'buyerAccount',
      type: 'relationship',
      relationTo: SLUGS.buyers,
      index: true,
      hidden: true,
      access: { read: nobody, create: nobody, update: nobody },
    },
    // Where the buyer posted from (`https://zhili.example.com/en`): their portal and language.
    { name: 'linkBase', type: 'text', access: { read: nobody }, admin: { hidden: true } },
    {
      name: 'submittedFromIP',
      type: 'text',
      access: { read: adminsOnly },
      admin: { hidden: true },
    },
  ],
}
