import type { CollectionConfig } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { isPlatformAdmin } from '@/access/roles'
import { SLUGS } from '@/constants'
import { guardBelt } from '@/hooks/guardBelt'
import { guardFields } from '@/hooks/guardFields'
import { inquiryStatsEndpoint } from '@/inquiries/stats'
import { CURRENCIES } from '@/vocabulary'
import { label } from '@/utilities/i18n'

import { readInquiries, updateInquiries } from './access'
import { recordInquiryReads } from './accessLog'
import { attachmentsField, quoteField } from './fields'
import { afterInquiryChange, stampReplies } from './hooks'

export { InquiryAccessLog } from './accessLog'

export const INQUIRY_STATUSES = [
  { value: 'new', label: label('新询盘', 'New') },
  { value: 'replied', label: label('已回复', 'Replied') },
  { value: 'quoted', label: label('已报价', 'Quoted') },
  { value: 'won', label: label('已成交', 'Won') },
  { value: 'lost', label: label('未成交', 'Lost') },
  { value: 'spam', label: label('垃圾信息', 'Spam') },
]

/** Fields only the server's own writes (`overrideAccess`) set: the form's submit, the erasure. */
const SERVER_ONLY = { create: () => false, update: () => false }
/**
 * The buyer's own words are not fields of the admin's form (nobody edits them there, and
 * guardFields refuses a change through the API): InquiryConversation shows them read-only.
 */
const BUYER_WORDS = { disabled: true } as const

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
    // Buyers send inquiries through the portal's form, by the use case in src/inquiries/submit.ts.
    create: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
    read: readInquiries,
    update: updateInquiries,
    delete: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
  },
  hooks: {
    beforeValidate: [
      guardBelt({
        hasFactoryField: true,
        sameBelt: [{ field: 'product', collection: SLUGS.products }],
      }),
    ],
    beforeChange: [
      guardFields({
        paths: [
          'buyer.name',
          'buyer.company',
          'buyer.email',
          'buyer.phone',
          'buyer.wechat',
          'buyer.whatsapp',
          'message',
          'quantity',
          'targetPrice',
          'currency',
          'destinationCountry',
          'product',
          'buyerUser',
          'attachments',
          'erasedAt',
        ],
        canChange: ({ user }) => isPlatformAdmin(user),
        reason: 'what the buyer sent is kept as they sent it.',
      }),
      stampReplies,
    ],
    afterChange: [afterInquiryChange],
    // An inquiry's files go with it.
    afterDelete: [
      async ({ doc, req }) => {
        await req.payload.delete({
          collection: SLUGS.inquiryFiles,
          where: { inquiry: { equals: doc.id } },
          overrideAccess: true,
          req,
        })
      },
    ],
    afterOperation: [recordInquiryReads],
  },
  fields: [
    {
      // Made by the portal from the product and the buyer's name.
      name: 'subject',
      type: 'text',
      required: true,
      label: label('主题', 'Subject'),
      admin: { readOnly: true },
    },
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      required: true,
      index: true,
      label: label('工厂', 'Factory'),
      admin: { position: 'sidebar' },
    },
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
    {
      name: 'product',
      type: 'relationship',
      relationTo: SLUGS.products,
      label: label('产品', 'Product'),
      admin: { readOnly: true },
    },
    {
      // What the buyer wrote and every sent message, read-only, in order (the fields below it
      // that hold the buyer's words are not shown in the admin: BUYER_WORDS).
      name: 'conversation',
      type: 'ui',
      admin: { components: { Field: '/src/admin/InquiryConversation#InquiryConversation' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'quantity',
          type: 'number',
          min: 1,
          label: label('数量', 'Quantity'),
          admin: BUYER_WORDS,
        },
        {
          name: 'targetPrice',
          type: 'number',
          min: 0,
          label: label('目标单价', 'Target unit price'),
          admin: BUYER_WORDS,
        },
        {
          name: 'currency',
          type: 'select',
          options: CURRENCIES.map((code) => ({ value: code, label: code })),
          defaultValue: 'USD',
          label: label('币种', 'Currency'),
          admin: BUYER_WORDS,
        },
      ],
    },
    {
      name: 'destinationCountry',
      type: 'text',
      maxLength: 60,
      label: label('目的国家', 'Destination country'),
      admin: BUYER_WORDS,
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: label('询盘内容', 'Message'),
      admin: BUYER_WORDS,
    },
    attachmentsField({
      name: 'attachments',
      label: label('采购商附件', 'Buyer’s attachments'),
      readOnly: true,
    }),
    {
      name: 'buyer',
      type: 'group',
      label: label('采购商', 'Buyer'),
      admin: BUYER_WORDS,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              maxLength: 100,
              label: label('姓名', 'Name'),
            },
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
    {
      name: 'buyerUser',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: label('采购商账号', 'Buyer account'),
      admin: { position: 'sidebar', readOnly: true },
    },
    // The portal account (src/buyers/) the inquiry belongs to: set when a signed-in buyer sends
    // it or claims it after verifying the same e-mail. The server's only; nobody reads it.
    {
      name: 'buyerAccount',
      type: 'relationship',
      relationTo: SLUGS.buyers,
      index: true,
      hidden: true,
      access: SERVER_ONLY,
    },
    {
      name: 'replies',
      type: 'array',
      label: label('回复', 'Reply'),
      labels: { singular: label('回复', 'Reply'), plural: label('回复', 'Replies') },
      maxRows: 500,
      admin: { components: { RowLabel: '/src/admin/InquiryReplies#ReplyRowLabel' } },
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
        {
          name: 'body',
          type: 'textarea',
          required: true,
          maxLength: 5000,
          label: label('内容', 'Message'),
          admin: { components: { Field: '/src/admin/InquiryReplies#ReplyBody' } },
        },
        attachmentsField({ name: 'attachments', label: label('附件', 'Attachments') }),
        quoteField,
        { name: 'sentAt', type: 'date', label: label('时间', 'Sent'), admin: { readOnly: true } },
      ],
    },
    // The private link's token is stored only as its SHA-256; nobody reads it back.
    {
      name: 'tokenHash',
      type: 'text',
      index: true,
      unique: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    // The same token sealed under PAYLOAD_SECRET, so a reply's e-mail can carry the link again.
    // Written by the server only (overrideAccess): `hidden` hides a field from reads, not writes.
    { name: 'tokenSealed', type: 'text', hidden: true, access: SERVER_ONLY },
    // Where the buyer wrote from (`https://zhili.example.com/en`): their portal and language. A
    // factory member who could write it would send the buyer's private link to any domain.
    { name: 'linkBase', type: 'text', hidden: true, access: SERVER_ONLY },
    {
      name: 'erasedAt',
      type: 'date',
      label: label('采购商资料已删除', 'Buyer’s data erased'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.erasedAt),
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'tokenRevoked',
      type: 'checkbox',
      defaultValue: false,
      label: label('私密链接已停用', 'Private link revoked'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'submittedFromIP',
      type: 'text',
      access: { ...SERVER_ONLY, read: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null) },
      admin: { hidden: true },
    },
  ],
}
