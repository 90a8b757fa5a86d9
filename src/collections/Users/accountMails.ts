import crypto from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf, sameID } from '@/access/roles'
import { SLUGS } from '@/constants'
import { adminLink, queueMail } from '@/inquiries/mail'

import { INVITING, SIGNING_UP } from './guardCredentials'

/** How long an invitation's link works (a reset link works an hour; an invitee may be away). */
export const INVITATION_EXPIRATION_MS = 7 * 24 * 60 * 60 * 1000

const invitationMail = (to: string, link: string) => ({
  to,
  subject: '邀请您加入产地 Chandi · You are invited to Chandi',
  text: [
    `已为您在产地 Chandi 开通账号（${to}）。请在七天内打开下面的链接，设置您自己的密码：\n${link}`,
    '此链接只能使用一次。没有人知道或设置过您的密码。',
    '',
    `An account on Chandi was opened for you (${to}). Open this link within seven days to choose your own password:\n${link}`,
    'The link works once. Nobody else knows or chose your password.',
  ].join('\n'),
})

const verificationMail = (to: string, link: string) => ({
  to,
  subject: '确认您的邮箱 · Confirm your e-mail address',
  text: [
    `感谢注册产地 Chandi。请打开下面的链接确认邮箱，确认后即可登录：\n${link}`,
    '如果您没有注册，请忽略这封邮件。',
    '',
    `Thank you for signing up to Chandi. Open this link to confirm your address; you can log in after that:\n${link}`,
    'If you did not sign up, ignore this e-mail.',
  ].join('\n'),
})

const newMemberMail = (to: string, member: string, factory: string, by: string) => ({
  to,
  subject: `新成员加入「${factory}」· A new member of ${factory}`,
  text: [
    `${by} 已将 ${member} 加入「${factory}」的账号。该成员可以阅读本工厂收到的全部询盘。如果您不认识此人，请立即联系您的产业带运营方或平台。`,
    '',
    `${by} added ${member} to ${factory}'s account. Members read every inquiry the factory receives. If you do not know them, tell your belt's operator or the platform at once.`,
  ].join('\n'),
})

/**
 * Whoever adds an account to a factory (an operator inviting a member, or moving one from another
 * factory) could be adding an address they control, and members read the factory's inquiries. So
 * the factory's other members are told at once, naming who did it: an operator can add members,
 * but never silently.
 */
const factoryName = async (
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
  factory: unknown,
) => {
  const id = idOf(factory as never)
  if (id === null) return null
  const found = await req.payload
    .findByID({
      collection: SLUGS.factories,
      id,
      depth: 0,
      overrideAccess: true,
      req,
      select: { name: true },
    })
    .catch(() => null)
  return String((found as { name?: unknown } | null)?.name ?? id)
}

const tellFactoryMembers = async ({
  doc,
  req,
}: {
  doc: { id: number | string; email: string; factory?: unknown }
  req: Parameters<CollectionAfterChangeHook>[0]['req']
}) => {
  const factoryID = idOf(doc.factory as never)
  if (factoryID === null) return
  const { docs } = await req.payload.find({
    collection: SLUGS.users,
    where: { factory: { equals: factoryID } },
    depth: 0,
    limit: 50,
    overrideAccess: true,
    req,
    select: { email: true },
  })
  const others = (docs as { id: number | string; email: string }[]).filter(
    (member) => !sameID(member.id, doc.id),
  )
  if (others.length === 0) return
  const by = (req.user as { email?: string } | null)?.email ?? 'Chandi'
  const name = (await factoryName(req, factoryID)) ?? String(factoryID)
  await queueMail(
    req,
    others.map((member) => newMemberMail(member.email, doc.email, name, by)),
  )
}

const removedMail = (to: string, factory: string, by: string, deleted: boolean) => ({
  to,
  subject: deleted
    ? `您的账号已被删除 · Your Chandi account was removed`
    : `您已被移出「${factory}」· You were removed from ${factory}`,
  text: [
    deleted
      ? `${by} 删除了您在产地 Chandi 的账号（${to}，原属「${factory}」）。如果您不知情，请立即联系平台。`
      : `${by} 已将您的账号（${to}）移出「${factory}」，您将不再收到该工厂的询盘。如果您不知情，请立即联系平台。`,
    '',
    deleted
      ? `${by} removed your Chandi account (${to}, a member of ${factory}). If you did not expect this, tell the platform at once.`
      : `${by} moved your account (${to}) out of ${factory}: you no longer receive its inquiries. If you did not expect this, tell the platform at once.`,
  ].join('\n'),
})

/**
 * A member taken out of a factory (moved, or the account deleted) by someone else is told too:
 * otherwise an operator could empty a factory and then invite an address of their own into it,
 * and nobody who reads that factory's inquiries would hear of either step.
 */
const tellRemovedMember = async ({
  doc,
  factory,
  req,
  deleted,
}: {
  doc: { id: number | string; email: string }
  factory: unknown
  req: Parameters<CollectionAfterChangeHook>[0]['req']
  deleted: boolean
}) => {
  const name = await factoryName(req, factory)
  if (name === null || !req.user || sameID(req.user.id as never, doc.id)) return
  const by = (req.user as { email?: string }).email ?? 'Chandi'
  await queueMail(req, [removedMail(doc.email, name, by, deleted)])
}

export const tellDeletedMember: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc?.factory) await tellRemovedMember({ doc, factory: doc.factory, req, deleted: true })
  return doc
}

/**
 * After a create, in its transaction: an invited account gets a one-time link to choose its
 * password (Payload's reset token, so `POST /api/users/reset-password` sets it, and using it
 * verifies the address); a public sign-up gets the link that verifies its address. Both are jobs
 * of the e-mail queue, first tried once the create commits.
 */
export const sendAccountMails: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'create') {
    const moved = !sameID(idOf(doc.factory), idOf(previousDoc?.factory))
    if (req.user && moved && previousDoc?.factory)
      await tellRemovedMember({ doc, factory: previousDoc.factory, req, deleted: false })
    if (req.user && moved && doc.factory) await tellFactoryMembers({ doc, req })
    return doc
  }
  if (req.context[INVITING]) {
    if (doc.factory) await tellFactoryMembers({ doc, req })
    const token = crypto.randomBytes(20).toString('hex')
    await req.payload.db.updateOne({
      collection: SLUGS.users,
      id: doc.id,
      data: {
        resetPasswordToken: token,
        resetPasswordExpiration: new Date(Date.now() + INVITATION_EXPIRATION_MS).toISOString(),
      },
      req,
      returning: false,
    })
    await queueMail(req, [invitationMail(doc.email, adminLink(`/admin/reset/${token}`))])
  } else if (req.context[SIGNING_UP]) {
    const row = await req.payload.db.findOne<{
      id: number | string
      _verified?: boolean | null
      _verificationToken?: string | null
    }>({
      collection: SLUGS.users,
      where: { id: { equals: doc.id } },
      req,
    })
    if (row?._verified === false && row._verificationToken) {
      await queueMail(req, [
        verificationMail(
          doc.email,
          adminLink(`/admin/${SLUGS.users}/verify/${row._verificationToken}`),
        ),
      ])
    }
  }
  return doc
}
