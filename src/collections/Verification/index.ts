import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
} from 'payload'

import { readOwnFactoryOrBelt } from '@/access/beltScoped'
import type { ChandiUser } from '@/access/roles'
import {
  getBeltIDs,
  getFactoryID,
  idOf,
  isOperatorOf,
  isPlatformAdmin,
  ownFactoryDefault,
} from '@/access/roles'
import { SLUGS } from '@/constants'
import { verificationFilesDir, asPrivateDownload } from '@/platform/uploadDirs'
import { guardBelt } from '@/hooks/guardBelt'
import { guardFields } from '@/hooks/guardFields'
import { systemReq } from '@/platform/transactions'
import { now } from '@/utilities/clock'
import { fieldError } from '@/utilities/errors'
import { label, t } from '@/utilities/i18n'

const keepAsSent = guardFields({
  paths: ['factory', 'documents', 'message'],
  canChange: () => false,
  reason: 'a request is kept as it was sent.',
})

const isDecider = (user: ChandiUser | null, tenant: unknown) =>
  isPlatformAdmin(user) || isOperatorOf(user, tenant as never)

export const VerificationDocuments: CollectionConfig = {
  slug: SLUGS.verificationDocuments,
  labels: {
    singular: label('认证材料', 'Verification document'),
    plural: label('认证材料', 'Verification documents'),
  },
  admin: { group: label('产业带', 'Belt'), hidden: true },
  access: {
    read: readOwnFactoryOrBelt,
    create: ({ req }) =>
      isPlatformAdmin(req.user as ChandiUser | null) ||
      getBeltIDs(req.user as ChandiUser | null).length > 0,
    update: () => false,
    delete: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
  },
  hooks: { beforeValidate: [guardBelt({ hasFactoryField: true })] },
  upload: {
    staticDir: verificationFilesDir(),
    modifyResponseHeaders: asPrivateDownload,
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  },
  fields: [
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      index: true,
      label: label('工厂', 'Factory'),
    },
  ],
}

/**
 * A request is decided once, by the belt's operator, with a reason when it is rejected; a
 * factory has at most one request waiting.
 */
const checkDecision: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const user = req.user as ChandiUser | null
  if (operation === 'create') {
    data.status = 'pending'
    const factory = idOf(data.factory as never)
    const waiting = await req.payload.count({
      collection: SLUGS.verificationRequests,
      where: { and: [{ factory: { equals: factory } }, { status: { equals: 'pending' } }] },
      overrideAccess: true,
      req,
    })
    if (waiting.totalDocs > 0)
      throw fieldError({
        path: 'factory',
        message: t(req, {
          zh: 'factory：这家工厂已有一个待审核的认证申请',
          en: 'factory: this factory already has a request waiting for review',
        }),
      })
    for (const id of (data.documents ?? []) as unknown[]) {
      const found = await req.payload.find({
        collection: SLUGS.verificationDocuments,
        where: { id: { equals: idOf(id as never) } },
        limit: 1,
        depth: 0,
        user,
        overrideAccess: !user,
        req,
      })
      if (found.docs.length === 0)
        throw fieldError({
          path: 'documents',
          message: t(req, {
            zh: 'documents：材料不存在或不属于你',
            en: 'documents: a document does not exist or is not yours',
          }),
        })
    }
    return data
  }
  const decided = data.status !== undefined && data.status !== originalDoc?.status
  if (!decided) return data
  if (originalDoc?.status !== 'pending')
    throw fieldError({
      path: 'status',
      message: t(req, {
        zh: 'status：这个申请已经处理过了',
        en: 'status: this request has already been decided',
      }),
    })
  if (data.status === 'rejected' && !String(data.reason ?? originalDoc?.reason ?? '').trim()) {
    throw fieldError({
      path: 'reason',
      message: t(req, {
        zh: 'reason：驳回时请写明原因，工厂会看到',
        en: 'reason: say why it is rejected; the factory will see it',
      }),
    })
  }
  data.decidedAt = now().toISOString()
  data.decidedBy = user?.id ?? null
  return data
}

/** The factory's badge follows the requests: waiting → pending; decided → verified or rejected. */
const updateFactory: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const factory = idOf(doc.factory as never)
  if (factory === null) return doc
  let verification: Record<string, unknown> | null = null
  if (operation === 'create') {
    const current = await req.payload.findByID({
      collection: SLUGS.factories,
      id: factory,
      depth: 0,
      draft: true,
      overrideAccess: true,
      select: { verification: true },
      req: systemReq(req),
    })
    if (current.verification?.status !== 'verified') verification = { status: 'pending' }
  } else if (doc.status !== previousDoc?.status && doc.status === 'approved') {
    verification = { status: 'verified', verifiedAt: doc.decidedAt, note: doc.reason ?? '' }
  } else if (doc.status !== previousDoc?.status && doc.status === 'rejected') {
    verification = { status: 'rejected', note: doc.reason }
  }
  // Written by the system (no user: the factory's own members may not set these fields), in the
  // request's transaction: the badge and the request are saved together or not at all.
  if (verification)
    await req.payload.update({
      collection: SLUGS.factories,
      id: factory,
      data: { verification } as never,
      overrideAccess: true,
      depth: 0,
      req: systemReq(req),
    })
  return doc
}

/**
 * Verification: a factory asks with documents (licence, certificates); the belt's operator
 * approves or rejects with a reason; the factory's badge follows; every request is kept, so the
 * history is the list of a factory's requests.
 */
export const VerificationRequests: CollectionConfig = {
  slug: SLUGS.verificationRequests,
  labels: {
    singular: label('认证申请', 'Verification request'),
    plural: label('认证申请', 'Verification requests'),
  },
  admin: {
    group: label('产业带', 'Belt'),
    useAsTitle: 'id',
    defaultColumns: ['factory', 'status', 'createdAt', 'decidedAt'],
  },
  access: {
    read: readOwnFactoryOrBelt,
    create: ({ req }) =>
      isPlatformAdmin(req.user as ChandiUser | null) ||
      getFactoryID(req.user as ChandiUser | null) !== null ||
      getBeltIDs(req.user as ChandiUser | null).length > 0,
    update: ({ req }) => {
      const user = req.user as ChandiUser | null
      if (isPlatformAdmin(user)) return true
      const belts = getBeltIDs(user, 'belt-operator')
      return belts.length ? { tenant: { in: belts } } : false
    },
    delete: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
  },
  hooks: {
    beforeValidate: [
      guardBelt({
        hasFactoryField: true,
        sameBelt: [{ field: 'factory', collection: SLUGS.factories }],
      }),
    ],
    beforeChange: [
      guardFields({
        paths: ['status', 'reason'],
        canChange: ({ user, originalDoc }) => isDecider(user, originalDoc?.tenant),
        reason: 'only the belt’s operator decides a verification request.',
        defaults: { status: 'pending' },
      }),
      (args) => (args.operation === 'update' ? keepAsSent(args) : args.data),
      guardFields({
        paths: ['decidedAt', 'decidedBy'],
        canChange: () => false,
        reason: 'recorded when the request is decided.',
      }),
      checkDecision,
    ],
    afterChange: [updateFactory],
  },
  fields: [
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      required: true,
      index: true,
      label: label('工厂', 'Factory'),
      // A factory member asks for their own factory: filled in for them.
      defaultValue: ownFactoryDefault,
    },
    {
      name: 'documents',
      type: 'upload',
      relationTo: SLUGS.verificationDocuments,
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 10,
      label: label('营业执照与证书', 'Business licence and certificates'),
    },
    { name: 'message', type: 'textarea', maxLength: 1000, label: label('说明', 'Message') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: label('待审核', 'Waiting for review') },
        { value: 'approved', label: label('批准', 'Approved') },
        { value: 'rejected', label: label('驳回', 'Rejected') },
      ],
      label: label('审核结果', 'Decision'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'reason',
      type: 'text',
      maxLength: 500,
      label: label('审核说明（驳回时必填）', 'Reason (required to reject)'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: label('审核时间', 'Decided'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: label('审核人', 'Decided by'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
