import type { Access, AccessResult, CollectionAfterOperationHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, getFactoryID, isPlatformAdmin, isStaff } from '@/access/roles'
import { BELT_ROLES, SLUGS } from '@/constants'
import { guardBelt } from '@/hooks/guardBelt'
import { guardFields } from '@/hooks/guardFields'
import { CURRENCIES } from '@/collections/Products'
import { label } from '@/utilities/i18n'

import { inquiryStatsEndpoint } from './stats'

export const INQUIRY_STATUSES = [
  { value: 'new', label: label('新询盘', 'New') },
  { value: 'replied', label: label('已回复', 'Replied') },
  { value: 'quoted', label: label('已报价', 'Quoted') },
  { value: 'won', label: label('已成交', 'Won') },
  { value: 'lost', label: label('未成交', 'Lost') },
  { value: 'spam', label: label('垃圾信息', 'Spam') },
]

/**
 * An inquiry is seen by the buyer who sent it (their private link, or their account) and by the
 * members of the one factory it is addressed to — not by another factory, not by the belt's
 * operator (who gets counts elsewhere), not by other buyers. Platform admins read for abuse
 * handling.
 */
const readInquiries: Access = ({ req }): AccessResult => {
  const user = req.user as ChandiUser | null
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const factory = getFactoryID(user)
  if (factory !== null) {
    return { and: [{ factory: { equals: factory } }, { tenant: { in: getBeltIDs(user, BELT_ROLES.factoryMember) } }] }
  }
  if (isStaff(user)) return false
  return { buyerUser: { equals: user.id } }
}

const updateInquiries: Access = ({ req }): AccessResult => {
  const user = req.user as ChandiUser | null
  if (isPlatformAdmin(user)) return true
  const factory = getFactoryID(user)
  return factory === null ? false : { factory: { equals: factory } }
}

/**
 * New messages in the thread get their time, and those a factory member writes are the
 * factory's (a member cannot write as the buyer); the first reply moves a new inquiry on.
 */
const stampReplies: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const before = new Set(((originalDoc?.replies ?? []) as { id?: string }[]).map((row) => row.id))
  const user = req.user as ChandiUser | null
  const isMember = getFactoryID(user) !== null
  let added = false
  for (const row of (data.replies ?? []) as { id?: string; author?: string; sentAt?: string }[]) {
    if (row.id && before.has(row.id)) continue
    added = true
    row.sentAt ??= new Date().toISOString()
    if (isMember) row.author = 'factory'
  }
  if (added && isMember && (data.status ?? originalDoc?.status) === 'new') data.status = 'replied'
  return data
}

/**
 * A platform admin may open an inquiry only to handle abuse, and every such opening (of one
 * inquiry, through REST, GraphQL or the admin) is kept in the access log: who, when, which door.
 */
const recordAdminAccess: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  const user = req.user as ChandiUser | null
  // The admin panel reads through the Local API with the admin's user, so it is logged too.
  if (operation !== 'findByID' || !result || !isPlatformAdmin(user)) return result
  // Its own write, outside the read that triggered it.
  await req.payload.create({
    collection: SLUGS.inquiryAccessLog,
    data: { inquiry: (result as { id: number }).id, user: user!.id as number, via: req.payloadAPI === 'local' ? 'admin' : req.payloadAPI, at: new Date().toISOString() },
    overrideAccess: true,
  })
  return result
}

/** A buyer's private message to one factory (RFQ), with its thread of replies. */
export const Inquiries: CollectionConfig = {
  slug: SLUGS.inquiries,
  labels: { singular: label('询盘', 'Inquiry'), plural: label('询盘', 'Inquiries') },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'factory', 'createdAt'],
    group: label('产业带', 'Belt'),
  },
  endpoints: [inquiryStatsEndpoint],
  access: {
    // Buyers send inquiries through the portal's form (src/renderer/routes/inquiries.tsx).
    create: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
    read: readInquiries,
    update: updateInquiries,
    delete: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
  },
  hooks: {
    beforeValidate: [guardBelt({ hasFactoryField: true, sameBelt: [{ field: 'product', collection: SLUGS.products }] })],
    beforeChange: [
      guardFields({
        paths: ['buyer.name', 'buyer.company', 'buyer.email', 'buyer.phone', 'buyer.wechat', 'buyer.whatsapp', 'message', 'quantity', 'product', 'buyerUser'],
        canChange: ({ user }) => isPlatformAdmin(user),
        reason: 'what the buyer sent is kept as they sent it.',
      }),
      stampReplies,
    ],
    afterOperation: [recordAdminAccess],
  },
  fields: [
    { name: 'subject', type: 'text', required: true, label: label('主题', 'Subject') },
    { name: 'factory', type: 'relationship', relationTo: SLUGS.factories, required: true, index: true, label: label('工厂', 'Factory'), admin: { position: 'sidebar' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: INQUIRY_STATUSES,
      label: label('状态', 'Status'),
      admin: { position: 'sidebar' },
    },
    { name: 'product', type: 'relationship', relationTo: SLUGS.products, label: label('产品', 'Product') },
    {
      type: 'row',
      fields: [
        { name: 'quantity', type: 'number', min: 1, label: label('数量', 'Quantity') },
        { name: 'targetPrice', type: 'number', min: 0, label: label('目标单价', 'Target unit price') },
        { name: 'currency', type: 'select', options: CURRENCIES.map((code) => ({ value: code, label: code })), defaultValue: 'USD', label: label('币种', 'Currency') },
      ],
    },
    { name: 'destinationCountry', type: 'text', maxLength: 60, label: label('目的国家', 'Destination country') },
    { name: 'message', type: 'textarea', required: true, maxLength: 5000, label: label('询盘内容', 'Message') },
    {
      name: 'buyer',
      type: 'group',
      label: label('采购商', 'Buyer'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: 100, label: label('姓名', 'Name') },
            { name: 'company', type: 'text', maxLength: 150, label: label('公司', 'Company') },
            { name: 'email', type: 'email', required: true, label: label('邮箱', 'E-mail') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', maxLength: 40, label: label('电话', 'Phone') },
            { name: 'wechat', type: 'text', maxLength: 60, label: label('微信', 'WeChat') },
            { name: 'whatsapp', type: 'text', maxLength: 40, label: label('WhatsApp', 'WhatsApp') },
          ],
        },
      ],
    },
    { name: 'buyerUser', type: 'relationship', relationTo: SLUGS.users, label: label('采购商账号', 'Buyer account'), admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'replies',
      type: 'array',
      label: label('往来消息', 'Thread'),
      labels: { singular: label('消息', 'Message'), plural: label('往来消息', 'Thread') },
      maxRows: 500,
      fields: [
        {
          name: 'author',
          type: 'select',
          required: true,
          defaultValue: 'factory',
          options: [
            { value: 'factory', label: label('工厂', 'Factory') },
            { value: 'buyer', label: label('采购商', 'Buyer') },
          ],
          label: label('发送方', 'From'),
        },
        { name: 'body', type: 'textarea', required: true, maxLength: 5000, label: label('内容', 'Message') },
        { name: 'sentAt', type: 'date', label: label('时间', 'Sent'), admin: { readOnly: true } },
      ],
    },
    // The private link's token is stored only as its SHA-256; nobody reads it back.
    { name: 'tokenHash', type: 'text', index: true, unique: true, access: { read: () => false, update: () => false }, admin: { hidden: true } },
    { name: 'tokenRevoked', type: 'checkbox', defaultValue: false, label: label('私密链接已停用', 'Private link revoked'), admin: { position: 'sidebar' } },
    { name: 'submittedFromIP', type: 'text', access: { read: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null) }, admin: { hidden: true } },
  ],
}

/** Who opened which inquiry as a platform admin: read by platform admins, written by nobody. */
export const InquiryAccessLog: CollectionConfig = {
  slug: SLUGS.inquiryAccessLog,
  labels: { singular: label('询盘查看记录', 'Inquiry access record'), plural: label('询盘查看记录', 'Inquiry access log') },
  admin: { group: label('平台', 'Platform'), defaultColumns: ['inquiry', 'user', 'via', 'at'] },
  access: {
    read: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'inquiry', type: 'relationship', relationTo: SLUGS.inquiries, required: true, index: true, label: label('询盘', 'Inquiry') },
    { name: 'user', type: 'relationship', relationTo: SLUGS.users, required: true, label: label('查看人', 'Opened by') },
    { name: 'via', type: 'text', label: label('途径', 'Via') },
    { name: 'at', type: 'date', required: true, label: label('时间', 'At'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
