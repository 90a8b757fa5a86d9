import type { Access, AccessResult, CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, getFactoryID, isPlatformAdmin } from '@/access/roles'
import { ATTACHMENT_LIMITS, BELT_ROLES, SLUGS } from '@/constants'
import { inquiryFilesDir, asPrivateDownload } from '@/platform/uploadDirs'
import { recordInquiryFileDownload } from '@/collections/Inquiries/accessLog'
import { checkImage } from '@/collections/Media/checkImage'
import { guardBelt } from '@/hooks/guardBelt'
import { fieldError } from '@/utilities/errors'
import { label, t } from '@/utilities/i18n'

const isAdmin = (user: unknown) => isPlatformAdmin(user as ChandiUser | null)

/** The addressed factory's members (and platform admins); the buyer downloads through the private link. */
const readFiles: Access = ({ req }): AccessResult => {
  const user = req.user as ChandiUser | null
  if (isAdmin(user)) return true
  const factory = getFactoryID(user)
  if (factory === null) return false
  return {
    and: [
      { factory: { equals: factory } },
      { tenant: { in: getBeltIDs(user, BELT_ROLES.factoryMember) } },
    ],
  }
}

/** Images must also decode within the pixel limits; other types are checked by Payload's content sniffing. */
export const checkAttachment: CollectionBeforeOperationHook = async (args) => {
  const { req, operation } = args
  if (
    (operation === 'create' || operation === 'update') &&
    req.file &&
    req.file.size > ATTACHMENT_LIMITS.maxBytes
  ) {
    throw fieldError({
      path: 'file',
      message: t(req, {
        zh: `file：附件最大 ${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024} MB`,
        en: `file: attachments are ${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024} MB at most`,
      }),
    })
  }
  if (req.file?.mimetype?.startsWith('image/')) await checkImage(args)
  return args.args
}

/**
 * Files attached to an inquiry — a buyer's specification, a factory's quotation sheet. They are
 * as private as the inquiry: the factory's members read them, the buyer through the private
 * link (src/inquiries/reply.ts); nobody else. Each file belongs to one inquiry once
 * it is attached, and cannot be attached to another.
 */
export const InquiryFiles: CollectionConfig = {
  slug: SLUGS.inquiryFiles,
  labels: {
    singular: label('询盘附件', 'Inquiry attachment'),
    plural: label('询盘附件', 'Inquiry attachments'),
  },
  admin: {
    group: label('产业带', 'Belt'),
    defaultColumns: ['filename', 'from', 'factory', 'createdAt'],
    hidden: ({ user }) => !user || (!isAdmin(user) && getFactoryID(user as never) === null),
  },
  access: {
    read: readFiles,
    create: ({ req }) => isAdmin(req.user) || getFactoryID(req.user as ChandiUser | null) !== null,
    update: () => false,
    delete: ({ req }) => isAdmin(req.user),
  },
  hooks: {
    beforeOperation: [checkAttachment],
    beforeValidate: [guardBelt({ hasFactoryField: true })],
    // What a factory member uploads is the factory's; only the portal's form files a buyer's.
    beforeChange: [
      ({ data, operation, req }) =>
        operation === 'create' && req.user ? { ...data, from: 'factory' } : data,
    ],
  },
  upload: {
    staticDir: inquiryFilesDir(),
    modifyResponseHeaders: asPrivateDownload,
    // Before any storage adapter's handler, which would answer with the file itself.
    handlers: [recordInquiryFileDownload],
    mimeTypes: [...ATTACHMENT_LIMITS.mimeTypes],
  },
  fields: [
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
      name: 'inquiry',
      type: 'relationship',
      relationTo: SLUGS.inquiries,
      index: true,
      label: label('询盘', 'Inquiry'),
      admin: { position: 'sidebar', readOnly: true },
      // Set when the file is attached to a message (see the inquiries' hooks), never by hand.
      access: { create: () => false, update: () => false },
    },
    {
      name: 'from',
      type: 'select',
      required: true,
      defaultValue: 'factory',
      options: [
        { value: 'factory', label: label('工厂', 'Factory') },
        { value: 'buyer', label: label('采购商', 'Buyer') },
      ],
      label: label('上传方', 'From'),
      admin: { position: 'sidebar', readOnly: true },
      access: { update: () => false },
    },
  ],
}
