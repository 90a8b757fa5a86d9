import {
  addDataAndFileToRequest,
  headersWithCors,
  ValidationError,
  type Endpoint,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { clientAddress } from '@/platform/clientAddress'
import { GLOBAL_ROLES, SLUGS } from '@/constants'
import { adminLink, queueMail } from '@/inquiries/mail'
import { env } from '@/utilities/config'
import { RateLimiter } from '@/platform/rateLimit'
import { fieldError } from '@/utilities/errors'

import { SIGNING_UP } from './guardCredentials'
import { refuseSignUpPrivileges } from './guardPrivileges'
import { assertPasswordPolicy } from './passwordPolicy'
import { dummyHash } from './throttleLogin'

/**
 * Public sign-up, `POST /api/users` without a user: one answer whether the e-mail is new or
 * already has an account, so the form tells nobody who is registered. A new address gets the
 * account (unverified) and the verification e-mail; a known one gets nothing but a notice to its
 * owner, which says how to get in. Both cost one password hash. Signed-in callers (operators and
 * admins inviting people) reach Payload's own create handler unchanged.
 */

const MARK = 'chandiSignUp'

/** The body of every sign-up's answer (status 201), whatever the address. */
export const SIGN_UP_ANSWER = {
  message:
    '请查收邮件：确认链接已发送到该邮箱。 · Check your e-mail: we sent a link to confirm the address.',
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

// Notices to a known address must not make the sign-up form a way to mail-bomb it.
const noticePerAccount = new RateLimiter('sign-up-notice-account', 1, 60 * 60 * 1000)
const noticePerSource = new RateLimiter(
  'sign-up-notice-source',
  env('CHANDI_RESET_LIMIT_IP'),
  15 * 60 * 1000,
)
const signUpsPerSource = new RateLimiter(
  'sign-up-source',
  env('CHANDI_SIGN_UP_LIMIT_IP'),
  15 * 60 * 1000,
)

const alreadyRegisteredMail = (to: string) => ({
  to,
  subject: '有人尝试用您的邮箱注册 · Someone tried to sign up with your address',
  text: [
    `刚才有人尝试用 ${to} 在产地 Chandi 注册新账号，但这个邮箱已经有账号了，所以没有创建新账号。`,
    `如果是您本人，请直接登录；忘记密码的话，可以在这里重置：\n${adminLink('/admin/forgot')}`,
    '如果不是您，请忽略这封邮件，您的账号没有任何变化。',
    '',
    `Someone just tried to sign up to Chandi with ${to}. That address already has an account, so no new one was made.`,
    `If it was you, log in; if you forgot your password, reset it here:\n${adminLink('/admin/forgot')}`,
    'If it was not you, ignore this e-mail; nothing about your account changed.',
  ].join('\n'),
})

const noticeOwner = async (payload: Payload, email: string, source: string) => {
  if (!(await noticePerSource.take(source)) || !(await noticePerAccount.take(email))) return
  void queueMail({ payload }, [alreadyRegisteredMail(email)]).catch((error: unknown) =>
    payload.logger.error({ err: error }, 'sign-up notice failed'),
  )
}

const isEmailTaken = (error: unknown) =>
  error instanceof ValidationError &&
  (error.data as { errors?: { path?: string }[] } | undefined)?.errors?.some(
    (item) => item.path === 'email',
  ) === true

/**
 * Creating an account (its rows, its verification job) takes longer than the notice to a known
 * address, by about 90 ms here: left alone, the answer's timing would tell who is registered. So
 * every sign-up that reaches the lookup answers no sooner than this after it began; under load
 * beyond it the difference shows again, which the per-address limits keep from being measured at
 * scale.
 */
export const SIGN_UP_FLOOR_MS = env('CHANDI_SIGN_UP_FLOOR_MS')

const signUp = async (req: PayloadRequest) => {
  const started = Date.now()
  await addDataAndFileToRequest(req)
  const data = (req.data ?? {}) as Record<string, unknown>
  const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
  if (!EMAIL.test(email))
    throw fieldError({ path: 'email', message: 'email: a valid e-mail address is required.' })
  // Everything that can refuse a request is checked before the address is looked up.
  refuseSignUpPrivileges(data)
  assertPasswordPolicy(data.password)
  // The name too, since the create (and its checks) runs for a new address only.
  if (
    data.name !== undefined &&
    data.name !== null &&
    (typeof data.name !== 'string' ||
      data.name.length > 200 ||
      /[\u0000-\u001f\u007f]/.test(data.name))
  ) {
    throw fieldError({
      path: 'name',
      message: 'name: must be text of at most 200 characters, without control characters.',
    })
  }
  const password = data.password as string
  const source = clientAddress(req.headers)

  // Each new account is one write (with its password hash) under the process's write lock: a
  // source makes a few, not a flood. Past the limit the answer is the same and nothing is made.
  if (!(await signUpsPerSource.take(source))) return answer(req, started)
  const existing = await req.payload.db.findOne({
    collection: SLUGS.users,
    where: { email: { equals: email } },
    req,
  })
  if (existing) {
    await dummyHash(password)
    await noticeOwner(req.payload, email, source)
  } else {
    req.context[SIGNING_UP] = true
    try {
      await req.payload.create({
        collection: SLUGS.users,
        data: {
          email,
          password,
          roles: [GLOBAL_ROLES.buyer],
          ...(typeof data.name === 'string' ? { name: data.name } : {}),
        } as never,
        overrideAccess: false,
        req,
      })
    } catch (error) {
      // Another sign-up with the same address committed in between.
      if (!isEmailTaken(error)) throw error
      await noticeOwner(req.payload, email, source)
    }
  }
  return answer(req, started)
}

const answer = async (req: PayloadRequest, started: number) => {
  const wait = started + SIGN_UP_FLOOR_MS - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  return Response.json(SIGN_UP_ANSWER, {
    status: 201,
    headers: headersWithCors({ headers: new Headers(), req }),
  })
}

/** In front of Payload's `POST /api/users` (custom endpoints are matched first). */
export const signUpEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  custom: { [MARK]: true },
  handler: async (req) => {
    if (!req.user) return signUp(req)
    const builtIn = req.payload.collections[SLUGS.users].config.endpoints
    const create = Array.isArray(builtIn)
      ? builtIn.find(
          (endpoint) =>
            endpoint.method === 'post' && endpoint.path === '/' && !endpoint.custom?.[MARK],
        )
      : undefined
    if (!create) throw new Error('Payload’s create endpoint for users is missing')
    return create.handler(req)
  },
}
