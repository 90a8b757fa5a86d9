import type { Access, AccessResult, CollectionConfig, Where } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getFactoryID, isPlatformAdmin } from '@/access/roles'
import { ATTACHMENT_LIMITS, SLUGS } from '@/constants'
import { checkAttachment } from '@/collections/InquiryFiles'
import { sourcingFilesDir, asPrivateDownload } from '@/platform/uploadDirs'
import { label } from '@/utilities/i18n'

const userOf = (req: { user?: unknown }) => (req.user ?? null) as ChandiUser | null

/**
 * Who reads a file: a factory's members their own factory's files (a quote's attachments), and
 * the buyer's files of the requests their factory is matched to once confirmed (as they read the
 * request itself); platform admins. Operators and other factories read none: the same boundary
 * as inquiries. The buyer downloads through the private link (src/sourcing/files.ts).
 */
const readFiles: Access = async ({ req }): Promise<AccessResult> => {
  const user = userOf(req)
  if (isPlatformAdmin(user)) return true
  const factory = getFactoryID(user)
  if (factory === null) return false
  const { docs } = await req.payload.find({
    collection: SLUGS.sourcingRequests,
    where: {
      and: [
        { matchedFactories: { in: [factory] } },
        { status: { in: ['open', 'closed', 'expired'] } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    // A system read of which requests this factory was matched to (what it may read anyway).
    overrideAccess: true,
    select: { status: true },
    req,
  })
  const own: Where = { and: [{ from: { equals: 'factory' } }, { factory: { equals: factory } }] }
  if (docs.length === 0) return own
  const matched: Where = {
    and: [{ from: { equals: 'buyer' } }, { request: { in: docs.map((doc) => doc.id) } }],
  }
  return { or: [own, matched] }
}

/**
 * Files attached to a sourcing request (the buyer's, through the form) or to a quote (a factory
 * member's, uploaded with it in the admin). Checked like inquiry attachments (count, size,
 * bytes); kept on disk beside them. A file belongs to one request or quote once attached.
 */
export const SourcingFiles: CollectionConfig = {
  slug: SLUGS.sourcingFiles,
  labels: {
    singular: label('采购需求附件', 'Sourcing attachment'),
    plural: label('采购需求附件', 'Sourcing attachments'),
  },
  admin: {
    group: label('产业带', 'Belt'),
    defaultColumns: ['filename', 'from', 'request', 'quote', 'createdAt'],
    hidden: ({ user }) =>
      !user || (!isPlatformAdmin(user as never) && getFactoryID(user as never) === null),
  },
  access: {
    read: readFiles,
    create: ({ req }) => isPlatformAdmin(userOf(req)) || getFactoryID(userOf(req)) !== null,
    update: () => false,
    delete: ({ req }) => isPlatformAdmin(userOf(req)),
  },
  hooks: {
    beforeOperation: [checkAttachment],
    // What a member uploads is their factory's, for a quote; only the portal's form (a system
    // write, no user) files a buyer's. Where a file belongs is set when it is attached.
    beforeChange: [
      ({ data, operation, req }) => {
        const user = userOf(req)
        if (operation !== 'create' || !user) return data
        const own = isPlatformAdmin(user) ? (data.factory ?? null) : getFactoryID(user)
        return { ...data, from: 'factory', factory: own, request: null, quote: null }
      },
    ],
  },
  upload: {
    staticDir: sourcingFilesDir(),
    modifyResponseHeaders: asPrivateDownload,
    mimeTypes: [...ATTACHMENT_LIMITS.mimeTypes],
  },
  fields: [
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
    },
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      index: true,
      label: label('工厂', 'Factory'),
      admin: { position: 'sidebar', readOnly: true },
    },
    // Set when the file is attached (src/sourcing/files.ts), never by hand.
    {
      name: 'request',
      type: 'relationship',
      relationTo: SLUGS.sourcingRequests,
      index: true,
      label: label('采购需求', 'Sourcing request'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'quote',
      type: 'relationship',
      relationTo: SLUGS.sourcingQuotes,
      index: true,
      label: label('报价', 'Quote'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
