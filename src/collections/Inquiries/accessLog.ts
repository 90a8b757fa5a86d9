import type { CollectionAfterOperationHook, CollectionConfig, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getFactoryID, idOf, isBeltOperator, isPlatformAdmin, sameID } from '@/access/roles'
import { BELT_ROLES, GLOBAL_ROLES, SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

type Doc = Record<string, unknown> & { id: number | string }

/**
 * What makes a returned inquiry a read worth recording: the buyer's message, the thread, the
 * buyer's contact. A read that selects none of them (the admin's relationship cells ask for the
 * subject alone) shows nothing private.
 */
const PRIVATE_KEYS = ['message', 'replies', 'buyer', 'buyerUser', 'attachments'] as const

const hasPrivateContent = (doc: Doc) => PRIVATE_KEYS.some((key) => doc[key] !== undefined)

const isPrivatePath = (path: string) =>
  PRIVATE_KEYS.some(
    (key) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}_`),
  )

/**
 * Whether a query's `where` (or sort) looks into the message, the thread or the buyer: even a
 * read that returns ids alone then tells its reader what they hold (`where[buyer.email][like]=…`
 * with `select[id]` answers "is this buyer writing to this factory?"), so it is recorded too.
 */
const queriesPrivateContent = (where: unknown, sort: unknown): boolean => {
  const sorts = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map(
    (field) => String(field).replace(/^-/, '').trim(),
  )
  if (sorts.some(isPrivatePath)) return true
  const visit = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    if (Array.isArray(node)) return node.some(visit)
    return Object.entries(node as Record<string, unknown>).some(([key, value]) =>
      key === 'and' || key === 'or' ? visit(value) : isPrivatePath(key),
    )
  }
  return visit(where)
}

/** The documents an operation hands back, whatever its shape (one, a page, a bulk result). */
const returnedDocs = (operation: string, result: unknown): Doc[] => {
  if (!result || typeof result !== 'object') return []
  switch (operation) {
    case 'find':
    case 'update':
    case 'delete':
      return ((result as { docs?: Doc[] }).docs ?? []).filter(Boolean)
    case 'findByID':
    case 'create':
    case 'updateByID':
    case 'deleteByID':
      return [result as Doc]
    default:
      return []
  }
}

const roleOf = (user: ChandiUser) => {
  if (isPlatformAdmin(user)) return GLOBAL_ROLES.platformAdmin
  if (getFactoryID(user) !== null) return BELT_ROLES.factoryMember
  if (isBeltOperator(user)) return BELT_ROLES.operator
  return GLOBAL_ROLES.buyer
}

/** The door: REST, GraphQL, or the admin panel (which reads through the Local API as the user). */
const doorOf = (req: PayloadRequest) => (req.payloadAPI === 'local' ? 'admin' : req.payloadAPI)

type Entry = {
  inquiry: number | string | null
  inquiryRef: string
  user: number | string
  readerEmail: string
  role: string
  via: string
  operation: string
  at: string
}

/**
 * The entries of one read go in one short transaction of their own (a GET holds none), through the
 * adapter: no hooks or validation of each row while this process's write lock is held. A read
 * inside a write's transaction (an update returning the document) records in that transaction.
 */
const writeEntries = async (req: PayloadRequest, entries: Entry[]) => {
  const { db } = req.payload
  const outer = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const insert = async (transactionID: number | string | undefined | null) => {
    for (const entry of entries) {
      await db.create({
        collection: SLUGS.inquiryAccessLog,
        data: { ...entry, createdAt: entry.at, updatedAt: entry.at },
        req: { transactionID: transactionID ?? undefined } as Partial<PayloadRequest>,
        returning: false,
      })
    }
  }
  if (outer) return insert(outer)
  const own = await db.beginTransaction()
  if (!own) return insert(null)
  try {
    await insert(own)
    await db.commitTransaction(own)
  } catch (error) {
    await db.rollbackTransaction(own).catch(() => undefined)
    throw error
  }
}

/**
 * Every read that hands an inquiry's message, thread or buyer contact to someone who is not a
 * member of that inquiry's factory is recorded, one entry per inquiry: a platform admin's list,
 * `where[id]`, single read, GraphQL query or admin view, an inquiry populated into another
 * document (`populate`), an update's answer; a buyer reading their own on their account too. The
 * factory's own members are the inquiry's addressees and are not recorded.
 *
 * Reads that override access are the system's own (e-mails, the private link, statistics,
 * retention): what they hand on is decided by their own code, and no user is behind them.
 *
 * Fails closed: if the record cannot be written the read fails (503) and returns nothing, since
 * an unrecorded read is exactly what the log exists to prevent.
 */
export const recordInquiryReads: CollectionAfterOperationHook = async ({
  args,
  operation,
  overrideAccess,
  req,
  result,
}) => {
  const user = req.user as ChandiUser | null
  if (!user || overrideAccess === true) return result
  const { where, sort } = args as { where?: unknown; sort?: unknown }
  const probed = queriesPrivateContent(where, sort)
  const docs = returnedDocs(operation, result).filter((doc) => probed || hasPrivateContent(doc))
  if (docs.length === 0) return result
  const populated = Number((args as { currentDepth?: number }).currentDepth ?? 0) > 0
  // A deleted inquiry's row is gone: the entry names it by number only.
  const isGone = operation === 'delete' || operation === 'deleteByID'
  await recordReads({
    req,
    inquiries: docs.map((doc) => ({ id: doc.id, factory: doc.factory, isGone })),
    operation: populated ? 'populate' : operation,
  })
  return result
}

/**
 * Records that `req.user` was handed these inquiries' private content (the ones of their own
 * factory excepted); throws a 503 if the record cannot be written, so the caller hands nothing.
 */
export const recordReads = async ({
  req,
  inquiries,
  operation,
}: {
  req: PayloadRequest
  inquiries: { id: number | string; factory: unknown; isGone?: boolean }[]
  operation: string
}) => {
  const user = req.user as ChandiUser | null
  if (!user) return
  // A platform admin reads every factory's inquiries: being a member of one exempts nothing.
  const memberOf = isPlatformAdmin(user) ? null : getFactoryID(user)
  const role = roleOf(user)
  const via = doorOf(req) ?? 'unknown'
  const at = new Date().toISOString()
  const entries = inquiries
    // A member's reads are of their own factory (the collection's access); a read that returned
    // ids alone carries no factory and is theirs too.
    .filter(
      (inquiry) =>
        !(
          memberOf !== null &&
          (inquiry.factory === undefined || sameID(memberOf, inquiry.factory as never))
        ),
    )
    .map((inquiry) => ({
      inquiry: inquiry.isGone ? null : inquiry.id,
      inquiryRef: String(inquiry.id),
      user: user.id,
      // A buyer reading their own inquiry is its subject, not a third party: no copy of their
      // address outlives their account (and their entries go when their data is erased).
      readerEmail:
        role === GLOBAL_ROLES.buyer ? '' : String((user as { email?: string }).email ?? ''),
      role,
      via,
      operation,
      at,
    }))
  if (entries.length === 0) return
  try {
    await writeEntries(req, entries)
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: 'inquiry access log: could not record a read; the read is refused',
    })
    throw new APIError(
      'This read of inquiries could not be recorded in the access log, so nothing is shown. Try again in a few seconds. / 询盘查看记录无法写入，本次不显示内容，请几秒后再试。',
      503,
      null,
      true,
    )
  }
}

/**
 * An attachment's bytes (a buyer's specification, a factory's quotation) are the inquiry's
 * content too: a download by anyone but the factory's members is recorded against its inquiry
 * (`file`) before it is served. Runs as the first upload handler and returns nothing, so the file
 * is then served as usual.
 */
export const recordInquiryFileDownload = async (
  req: PayloadRequest,
  { params }: { params: { filename: string } },
) => {
  const user = req.user as ChandiUser | null
  if (!user) return
  const { docs } = await req.payload.find({
    collection: SLUGS.inquiryFiles,
    where: { filename: { equals: params.filename } },
    select: { inquiry: true, factory: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const file = docs[0] as { inquiry?: unknown; factory?: unknown } | undefined
  const inquiry = file ? idOf(file.inquiry as never) : null
  if (!file || inquiry === null) return
  await recordReads({ req, inquiries: [{ id: inquiry, factory: file.factory }], operation: 'file' })
}

/**
 * Who read which inquiry, as whom, through which door: read by platform admins only, written by
 * nobody through the API (only `recordInquiryReads`).
 */
export const InquiryAccessLog: CollectionConfig = {
  slug: SLUGS.inquiryAccessLog,
  labels: {
    singular: label('询盘查看记录', 'Inquiry access record'),
    plural: label('询盘查看记录', 'Inquiry access log'),
  },
  admin: {
    group: label('平台', 'Platform'),
    defaultColumns: ['inquiryRef', 'readerEmail', 'role', 'via', 'operation', 'at'],
  },
  access: {
    read: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    // Never populated: reading the log must not itself be a read of every inquiry in it. Cleared
    // when the inquiry is deleted (spam, retention); `inquiryRef` keeps which one it was.
    {
      name: 'inquiry',
      type: 'relationship',
      relationTo: SLUGS.inquiries,
      index: true,
      maxDepth: 0,
      label: label('询盘', 'Inquiry'),
    },
    {
      name: 'inquiryRef',
      type: 'text',
      required: true,
      index: true,
      label: label('询盘编号', 'Inquiry number'),
      admin: { readOnly: true },
    },
    // Cleared when the account is deleted; `readerEmail` keeps who it was (staff only).
    {
      name: 'user',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: label('查看人', 'Read by'),
    },
    { name: 'readerEmail', type: 'text', label: label('查看人邮箱', 'Reader’s e-mail') },
    { name: 'role', type: 'text', label: label('身份', 'As') },
    { name: 'via', type: 'text', label: label('途径', 'Via') },
    { name: 'operation', type: 'text', label: label('操作', 'Operation') },
    {
      name: 'at',
      type: 'date',
      required: true,
      label: label('时间', 'At'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
