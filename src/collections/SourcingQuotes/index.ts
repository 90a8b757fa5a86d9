import type { Access, AccessResult, CollectionConfig, Where } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getFactoryID, isPlatformAdmin, ownFactoryDefault } from '@/access/roles'
import { ATTACHMENT_LIMITS, SLUGS } from '@/constants'
import { priceTierField } from '@/fields/priceTiers'
import { answerEndpoint } from '@/sourcing/questions'
import { checkQuoteFiles, claimQuoteFiles } from '@/sourcing/files'
import { checkQuote, notifyQuote } from '@/sourcing/quotes'
import { label } from '@/utilities/i18n'
import { CURRENCIES } from '@/vocabulary'

const userOf = (req: { user?: unknown }) => (req.user ?? null) as ChandiUser | null

/**
 * A quote is read by its own factory's members (and platform admins): not by other factories,
 * not by the belt's operator (who gets figures), not by the public. The buyer reads the quotes
 * of their request on its private page. Members create their answer once and cannot change it.
 */
const ownFactory: Access = ({ req }): AccessResult => {
  const user = userOf(req)
  if (isPlatformAdmin(user)) return true
  const factory = getFactoryID(user)
  return factory === null ? false : { factory: { equals: factory } }
}

/** A factory's answer to a sourcing request: a quote, or a decline with its reason. */
export const SourcingQuotes: CollectionConfig = {
  slug: SLUGS.sourcingQuotes,
  labels: { singular: label('报价', 'Quote'), plural: label('采购需求报价', 'Sourcing quotes') },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['request', 'status', 'factory', 'createdAt'],
    group: label('产业带', 'Belt'),
  },
  access: {
    create: ({ req }) => isPlatformAdmin(userOf(req)) || getFactoryID(userOf(req)) !== null,
    read: ownFactory,
    // A sent answer stays as sent: the buyer was mailed about it and compares it as it came (a
    // member's edit would change a quote under the buyer's eyes, unannounced). The accept is a
    // system write.
    update: ({ req }) => isPlatformAdmin(userOf(req)),
    delete: ({ req }) => isPlatformAdmin(userOf(req)),
  },
  endpoints: [answerEndpoint],
  hooks: {
    beforeValidate: [checkQuote],
    beforeChange: [checkQuoteFiles],
    afterChange: [claimQuoteFiles, notifyQuote],
  },
  fields: [
    {
      name: 'request',
      type: 'relationship',
      relationTo: SLUGS.sourcingRequests,
      required: true,
      index: true,
      label: label('采购需求', 'Sourcing request'),
    },
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      required: true,
      index: true,
      defaultValue: ownFactoryDefault,
      label: label('工厂', 'Factory'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'quoted',
      index: true,
      options: [
        { value: 'quoted', label: label('报价', 'Quote') },
        { value: 'declined', label: label('不报价', 'Decline') },
        { value: 'accepted', label: label('采购商已接受', 'Accepted by the buyer') },
      ],
      label: label('答复', 'Answer'),
      admin: { position: 'sidebar' },
    },
    priceTierField({
      name: 'priceTiers',
      label: label('报价阶梯', 'Quoted tiers'),
      labels: { singular: label('价格档', 'Tier'), plural: label('报价阶梯', 'Quoted tiers') },
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'currency',
          type: 'select',
          defaultValue: 'USD',
          options: CURRENCIES.map((code) => ({ value: code, label: code })),
          label: label('币种', 'Currency'),
        },
        { name: 'moq', type: 'number', min: 1, label: label('起订量', 'MOQ') },
        {
          name: 'leadTimeDays',
          type: 'number',
          min: 1,
          max: 365,
          label: label('交期（天）', 'Lead time (days)'),
        },
        {
          name: 'validUntil',
          type: 'date',
          label: label('有效期至', 'Valid until'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    { name: 'sampleTerms', type: 'text', maxLength: 300, label: label('样品条款', 'Sample terms') },
    { name: 'message', type: 'textarea', maxLength: 5000, label: label('留言', 'Message') },
    // The member's own files, uploaded here (src/collections/SourcingFiles); the buyer downloads
    // them from their page.
    {
      name: 'attachments',
      type: 'upload',
      relationTo: SLUGS.sourcingFiles,
      hasMany: true,
      maxRows: ATTACHMENT_LIMITS.perMessage,
      label: label('附件', 'Attachments'),
      filterOptions: ({ req }): Where | true => {
        const user = userOf(req)
        if (isPlatformAdmin(user)) return true
        return {
          and: [
            { from: { equals: 'factory' } },
            { factory: { equals: getFactoryID(user) ?? 0 } },
            { quote: { exists: false } },
          ],
        }
      },
      admin: {
        description: label(
          'PDF、JPEG、PNG、WebP、XLSX 或 DOCX，最多 5 个，每个最大 10 MB',
          'PDF, JPEG, PNG, WebP, XLSX or DOCX; up to 5, 10 MB each at most',
        ),
      },
    },
    {
      name: 'declineReason',
      type: 'text',
      maxLength: 500,
      label: label('不报价原因', 'Reason for declining'),
      admin: { condition: (data) => data?.status === 'declined' },
    },
    {
      name: 'questions',
      type: 'array',
      label: label('采购商提问', 'Buyer’s questions'),
      labels: { singular: label('问答', 'Question'), plural: label('采购商提问', 'Questions') },
      // Written by the buyer's page and the answer endpoint alone (src/sourcing/questions.ts).
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        components: { Field: '/src/admin/QuoteQuestions#QuoteQuestions' },
      },
      fields: [
        {
          name: 'author',
          type: 'select',
          required: true,
          options: [
            { value: 'buyer', label: label('采购商', 'Buyer') },
            { value: 'factory', label: label('工厂', 'Factory') },
          ],
          label: label('谁', 'From'),
        },
        { name: 'body', type: 'textarea', required: true, label: label('内容', 'Text') },
        { name: 'sentAt', type: 'date', required: true, label: label('时间', 'Sent') },
      ],
    },
    {
      name: 'inquiry',
      type: 'relationship',
      relationTo: SLUGS.inquiries,
      label: label('询盘（接受后）', 'Inquiry (once accepted)'),
      admin: { position: 'sidebar', readOnly: true },
      // Set by the buyer's accept alone (a system write); a member's value is dropped.
      access: {
        create: ({ req }) => isPlatformAdmin(userOf(req)),
        update: ({ req }) => isPlatformAdmin(userOf(req)),
      },
    },
  ],
}
