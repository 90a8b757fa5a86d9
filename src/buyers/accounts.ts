import type { Payload } from 'payload'

import { SLUGS } from '@/constants'
import { EMAIL } from '@/inquiries/values'
import { queueMail } from '@/inquiries/mail'
import { hashToken, newToken } from '@/inquiries/token'
import { addressKey } from '@/platform/clientAddress'
import { emailKey, RateLimiter } from '@/platform/rateLimit'
import { env } from '@/utilities/config'

import { checkPassword, dummyCheck, hashPassword } from './password'
import type { BuyerSession } from './session'

/**
 * Buyers' accounts (issue #22): sign-up with a verified e-mail, log-in, log-out, and claiming
 * the inquiries and sourcing requests posted earlier with the same address. The password policy
 * and the login throttle are applied by the caller (src/renderer/routes/account).
 */
export type Buyer = {
  id: number | string
  email: string
  verified?: boolean | null
  passwordHash?: string | null
  verifyTokenHash?: string | null
  sessionVersion?: number | null
  notifiedAt?: string | null
  resetTokenHash?: string | null
  resetExpiresAt?: string | null
}

const WINDOW_MS = 15 * 60 * 1000
const perIP = new RateLimiter('buyer-sign-up-ip', env('CHANDI_SIGN_UP_LIMIT_IP'), WINDOW_MS)
const perEmail = new RateLimiter('buyer-sign-up-email', 3, 60 * 60 * 1000)
const NOTICE_MS = 60 * 60 * 1000
const perResetEmail = new RateLimiter('buyer-reset-email', 3, 60 * 60 * 1000)
const RESET_MS = 60 * 60 * 1000

/** How an account's address is kept and compared: trimmed, lower case. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase()

/**
 * The account a post made while signed in belongs to: only when the form's address is the
 * account's own (verified) address. Posted for another address, it is an anonymous post: its
 * private link goes only to that mailbox, so a signed-in buyer cannot confirm a sourcing request,
 * or read an inquiry's thread, in a stranger's name from their own inbox.
 */
export const ownerOf = (account: Pick<Buyer, 'id' | 'email'> | null | undefined, email: unknown) =>
  account && typeof email === 'string' && normaliseEmail(email) === normaliseEmail(account.email)
    ? account.id
    : undefined

export const isEmail = (email: string) => email.length <= 254 && EMAIL.test(email)

const system = { overrideAccess: true } as const

export const findBuyer = async (payload: Payload, where: Record<string, unknown>) => {
  const { docs } = await payload.find({
    collection: SLUGS.buyers,
    where: where as never,
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    ...system,
  })
  return (docs[0] as Buyer | undefined) ?? null
}

export type MailWords = { subject: string; text: string }

/**
 * Makes an unverified account and mails its verification link; the answer is the same whether
 * the address is new or not, so nobody learns who is registered. A verified account is left as
 * it is and its owner told (at most once an hour); an unverified one takes the new password and
 * a new link (the address was never proven, so nothing of it is lost).
 */
export const signUp = async ({
  payload,
  email: given,
  password,
  ip,
  linkBase,
  mail,
}: {
  payload: Payload
  email: string
  password: string
  ip: string
  linkBase: string
  mail: { verify: MailWords; taken: MailWords }
}): Promise<'sent' | 'limited'> => {
  const email = normaliseEmail(given)
  if (!(await perIP.take(addressKey(ip))) || !(await perEmail.take(emailKey(email))))
    return 'limited'
  const passwordHash = await hashPassword(password)
  const existing = await findBuyer(payload, { email: { equals: email } })
  if (existing?.verified) {
    const last = existing.notifiedAt ? Date.parse(existing.notifiedAt) : 0
    if (Date.now() - last < NOTICE_MS) return 'sent'
    await payload.update({
      collection: SLUGS.buyers,
      id: existing.id,
      data: { notifiedAt: new Date().toISOString() },
      ...system,
    })
    await queueMail({ payload }, [
      {
        to: email,
        subject: mail.taken.subject,
        text: `${mail.taken.text}\n${linkBase}/account/login`,
      },
    ])
    return 'sent'
  }
  const token = newToken()
  const data = { email, passwordHash, verified: false, verifyTokenHash: hashToken(token) }
  if (existing) await payload.update({ collection: SLUGS.buyers, id: existing.id, data, ...system })
  else await payload.create({ collection: SLUGS.buyers, data, ...system })
  await queueMail({ payload }, [
    {
      to: email,
      subject: mail.verify.subject,
      text: `${mail.verify.text}\n${linkBase}/account/verify/${token}`,
    },
  ])
  return 'sent'
}

/** The unverified account a verification link is for, or null. */
export const accountOfLink = (payload: Payload, token: string) =>
  findBuyer(payload, {
    and: [{ verifyTokenHash: { equals: hashToken(token) } }, { verified: { equals: false } }],
  })

/**
 * Verifies the account of a link, given its password too: the link proves the mailbox, the
 * password that the one who signed up is the one verifying (a mail scanner following the link,
 * or the owner of an address someone else signed up with, verifies nothing). Claims at once.
 */
export const verify = async (payload: Payload, token: string, password: string) => {
  const buyer = await accountOfLink(payload, token)
  if (!buyer) return null
  if (!(await checkPassword(password, buyer.passwordHash))) return 'wrong-password' as const
  const verified = (await payload.update({
    collection: SLUGS.buyers,
    id: buyer.id,
    data: { verified: true, verifyTokenHash: null },
    ...system,
    // With its session version (hidden), which the session cookie is signed with.
    showHiddenFields: true,
  })) as unknown as Buyer
  await claim(payload, verified)
  return verified
}

/** The account for this e-mail and password; `unverified` only with the right password. */
export const logIn = async (payload: Payload, given: string, password: string) => {
  const buyer = await findBuyer(payload, { email: { equals: normaliseEmail(given) } })
  if (!buyer) {
    await dummyCheck(password)
    return null
  }
  if (!(await checkPassword(password, buyer.passwordHash))) return null
  if (!buyer.verified) return 'unverified' as const
  await claim(payload, buyer)
  return buyer
}

/** The verified account a session names, if it is still valid (not logged out, not deleted). */
export const accountOf = async (payload: Payload, session: BuyerSession | null) => {
  if (!session) return null
  const buyer = await findBuyer(payload, { id: { equals: session.id } })
  if (!buyer?.verified || (buyer.sessionVersion ?? 0) !== session.version) return null
  return buyer
}

/** Ends every session of the account. */
export const logOut = (payload: Payload, buyer: Buyer) =>
  payload.update({
    collection: SLUGS.buyers,
    id: buyer.id,
    data: { sessionVersion: (buyer.sessionVersion ?? 0) + 1 },
    ...system,
  })

/**
 * Attaches to a verified account the inquiries and sourcing requests sent with its address
 * (trimmed, lower case) that belong to no account yet. Automatic at verification and at each
 * log-in: the verified address is the same proof the private link mailed to it is, so a separate
 * claim step would ask the buyer for nothing new. Another account's items are never taken.
 */
export const claim = async (payload: Payload, buyer: Buyer) => {
  if (!buyer.verified) return 0
  const email = normaliseEmail(buyer.email)
  let claimed = 0
  for (const collection of [SLUGS.inquiries, SLUGS.sourcingRequests] as const) {
    // `like` is case-insensitive on both engines; the exact address is compared below.
    const { docs } = await payload.find({
      collection,
      where: {
        and: [{ 'buyer.email': { like: email } }, { buyerAccount: { exists: false } }],
      },
      limit: 0,
      pagination: false,
      depth: 0,
      select: { buyer: true },
      ...system,
    })
    for (const doc of docs as { id: number; buyer?: { email?: string | null } | null }[]) {
      if (normaliseEmail(doc.buyer?.email ?? '') !== email) continue
      // Through the adapter: one column, no hooks (nothing of the inquiry changes for anyone).
      await payload.db.updateOne({
        collection,
        id: doc.id,
        data: { buyerAccount: buyer.id },
        returning: false,
      })
      claimed += 1
    }
  }
  return claimed
}

/**
 * Mails a link to choose a new password to a verified account's address; the answer is the same
 * for every address, and the work is done after it (its time tells nothing either).
 */
export const requestReset = async ({
  payload,
  email: given,
  ip,
  linkBase,
  mail,
}: {
  payload: Payload
  email: string
  ip: string
  linkBase: string
  mail: MailWords
}): Promise<'sent' | 'limited'> => {
  const email = normaliseEmail(given)
  if (!(await perIP.take(addressKey(ip))) || !(await perResetEmail.take(emailKey(email))))
    return 'limited'
  void (async () => {
    const buyer = await findBuyer(payload, { email: { equals: email } })
    if (!buyer?.verified) return
    const token = newToken()
    await payload.update({
      collection: SLUGS.buyers,
      id: buyer.id,
      data: {
        resetTokenHash: hashToken(token),
        resetExpiresAt: new Date(Date.now() + RESET_MS).toISOString(),
      },
      ...system,
    })
    await queueMail({ payload }, [
      {
        to: email,
        subject: mail.subject,
        text: `${mail.text}\n${linkBase}/account/reset/${token}`,
      },
    ])
  })().catch((error: unknown) => payload.logger.warn({ err: error }, 'buyer password reset failed'))
  return 'sent'
}

/** The account a reset link is for while it works, or null. */
export const accountOfReset = (payload: Payload, token: string) =>
  findBuyer(payload, {
    and: [
      { resetTokenHash: { equals: hashToken(token) } },
      { resetExpiresAt: { greater_than: new Date().toISOString() } },
    ],
  })

/** Sets the new password (already checked against the policy), spends the link, ends sessions. */
export const resetPassword = async (payload: Payload, token: string, password: string) => {
  const buyer = await accountOfReset(payload, token)
  if (!buyer) return null
  return (await payload.update({
    collection: SLUGS.buyers,
    id: buyer.id,
    data: {
      passwordHash: await hashPassword(password),
      resetTokenHash: null,
      resetExpiresAt: null,
      sessionVersion: (buyer.sessionVersion ?? 0) + 1,
    },
    ...system,
    // With the session version just raised: a cookie signed with the old one would be refused.
    showHiddenFields: true,
  })) as unknown as Buyer
}
