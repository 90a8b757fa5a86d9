import crypto from 'node:crypto'

import {
  addDataAndFileToRequest,
  headersWithCors,
  type Endpoint,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { clientAddress } from '@/platform/clientAddress'
import { SLUGS } from '@/constants'
import { adminLink, queueMail } from '@/inquiries/mail'
import { env } from '@/utilities/config'
import { RateLimiter } from '@/platform/rateLimit'

/**
 * Password reset without Payload's forgot-password operation. That one opens a write transaction
 * (on SQLite the process's one write lock), then writes its "one request per 15 s" reservation
 * outside it, a write that waits for the lock its own request holds: every forgot-password
 * answered 500 after 10 s, and every write of the process waited meanwhile. And it sends the mail
 * inside the transaction, so a slow SMTP server held the lock too.
 *
 * Here the request is answered at once, the same for every e-mail, and the work follows: a read,
 * one UPDATE that both reserves the interval and stores the token, then the mail as a job of the
 * e-mail queue (retried with the queue's back-off). No transaction; each write holds the lock for
 * its own statement only.
 */

/** One reset e-mail per account per this interval, as Payload's own default. */
export const RESET_INTERVAL_MS = 15_000
/** How long a reset link works. */
export const RESET_EXPIRATION_MS = 60 * 60 * 1000

// Per source address: anonymous requests must not fill the e-mail queue. Past the limit the
// answer is the same, and nothing is done.
const perSource = new RateLimiter('reset-source', env('CHANDI_RESET_LIMIT_IP'), 15 * 60 * 1000)

const resetMail = (to: string, link: string) => ({
  to,
  subject: '重置密码 · Reset your password',
  text: [
    `有人请求重置您在产地 Chandi 的密码。请在一小时内打开下面的链接设置新密码：\n${link}`,
    '如果不是您本人的请求，请忽略这封邮件，您的密码不会改变。',
    '',
    `Someone asked to reset your Chandi password. Open this link within an hour to choose a new one:\n${link}`,
    'If it was not you, ignore this e-mail; your password stays as it is.',
  ].join('\n'),
})

/** Stores a reset token for the account with this e-mail, if any, and queues its e-mail. */
export const requestPasswordReset = async ({
  payload,
  email,
  source,
}: {
  payload: Payload
  email: string
  source: string
}) => {
  if (!(await perSource.take(source))) return
  const user = await payload.db.findOne<{ id: number | string; email: string }>({
    collection: SLUGS.users,
    where: { email: { equals: email } },
  })
  if (!user) return
  const now = Date.now()
  const token = crypto.randomBytes(20).toString('hex')
  // One statement: the token is stored only if no other request got one in the interval.
  const reserved = await payload.db.updateOne({
    collection: SLUGS.users,
    data: {
      resetPasswordRequestedAt: new Date(now).toISOString(),
      resetPasswordToken: token,
      resetPasswordExpiration: new Date(now + RESET_EXPIRATION_MS).toISOString(),
    },
    options: { atomic: true },
    returning: true,
    where: {
      and: [
        { id: { equals: user.id } },
        {
          or: [
            { resetPasswordRequestedAt: { exists: false } },
            {
              resetPasswordRequestedAt: {
                less_than_equal: new Date(now - RESET_INTERVAL_MS).toISOString(),
              },
            },
          ],
        },
      ],
    },
  })
  if (!reserved) return
  await queueMail({ payload }, [resetMail(user.email, adminLink(`/admin/reset/${token}`))])
}

const startReset = (payload: Payload, email: string, source: string) => {
  void requestPasswordReset({ payload, email, source }).catch((error: unknown) =>
    payload.logger.error({ err: error }, 'password reset request failed'),
  )
}

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() !== '' ? email.toLowerCase().trim() : null
}

/** Replaces Payload's POST /api/users/forgot-password (custom endpoints are matched first). */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    await addDataAndFileToRequest(req)
    const headers = headersWithCors({ headers: new Headers(), req })
    const email = emailOf(req.data)
    if (!email) {
      const message = 'email: required, the e-mail address of the account'
      return Response.json(
        {
          errors: [
            { name: 'ValidationError', message, data: { errors: [{ path: 'email', message }] } },
          ],
        },
        { status: 400, headers },
      )
    }
    startReset(req.payload, email, clientAddress(req.headers))
    return Response.json({ message: req.t('general:success') }, { status: 200, headers })
  },
}

type GraphQLModule = {
  GraphQLNonNull: new (type: unknown) => unknown
  GraphQLBoolean: unknown
  GraphQLString: unknown
}

/** Replaces the GraphQL `forgotPasswordUser` mutation the same way (it runs the same operation). */
export const forgotPasswordMutation = (GraphQL: GraphQLModule) => ({
  forgotPasswordUser: {
    type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean),
    args: { email: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) } },
    resolve: (_: unknown, args: { email?: unknown }, context: { req: PayloadRequest }) => {
      const email = emailOf(args)
      if (email) startReset(context.req.payload, email, clientAddress(context.req.headers))
      return true
    },
  },
})
