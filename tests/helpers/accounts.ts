import { api, requestAt } from './api'
import { isTo, waitForMail, type Mail } from './mail'

/** A password the policy accepts (10 characters or more, not a common one). */
export const GOOD_PASSWORD = 'a-rare-passphrase-2026'

/** The token of the link an account e-mail carries: an invitation or reset, or a verification. */
export const linkToken = (mail: Mail, kind: 'reset' | 'verify') =>
  (kind === 'reset' ? /\/admin\/reset\/([0-9a-f]+)/ : /\/admin\/users\/verify\/([0-9a-f]+)/).exec(
    mail.text,
  )?.[1]

/** The suite's server, or (with `port` and `outbox`) a server of the test's own. */
type Door = { port?: number; outbox?: string }

const call = (door: Door, method: string, path: string, body?: unknown, token?: string) =>
  door.port
    ? requestAt(door.port, method, path, { body, token })
    : api(path, { method, body, token })

/** Waits for the newest e-mail to `email` whose link is of `kind`, and returns its token. */
export const mailedToken = async (email: string, kind: 'reset' | 'verify', door: Door = {}) => {
  const found = await waitForMail((mail) => isTo(mail, email) && Boolean(linkToken(mail, kind)), {
    dir: door.outbox,
  })
  const token = linkToken(found[found.length - 1], kind)
  if (!token) throw new Error(`no ${kind} link in the e-mail to ${email}`)
  return token
}

/** A buyer through public sign-up, verified through the mailed link: their id and JWT. */
export const signUpVerified = async (email: string, password = GOOD_PASSWORD, door: Door = {}) => {
  const signUp = await call(door, 'POST', '/api/users', { email, password })
  if (signUp.status !== 201) throw new Error(`sign-up ${email}: ${signUp.status} ${signUp.text}`)
  const verified = await call(
    door,
    'POST',
    `/api/users/verify/${await mailedToken(email, 'verify', door)}`,
  )
  if (verified.status !== 200)
    throw new Error(`verify ${email}: ${verified.status} ${verified.text}`)
  const login = await call(door, 'POST', '/api/users/login', { email, password })
  if (login.status !== 200) throw new Error(`login ${email}: ${login.status} ${login.text}`)
  return { id: login.json.user.id as number | string, token: login.json.token as string }
}

/** Someone invited by staff chooses `password` through the invitation's link: their id and JWT. */
export const acceptInvitation = async (
  email: string,
  password = GOOD_PASSWORD,
  door: Door = {},
) => {
  const reset = await call(door, 'POST', '/api/users/reset-password', {
    token: await mailedToken(email, 'reset', door),
    password,
  })
  if (reset.status !== 200) throw new Error(`invitation ${email}: ${reset.status} ${reset.text}`)
  return { id: reset.json.user.id as number | string, token: reset.json.token as string }
}

/** Staff (`inviter`'s JWT) invite `body.email`, who accepts: the created account's id and JWT. */
export const invite = async (
  inviter: string,
  body: Record<string, unknown>,
  password = GOOD_PASSWORD,
  door: Door = {},
) => {
  const created = await call(door, 'POST', '/api/users', body, inviter)
  if (created.status !== 201)
    throw new Error(`invite ${String(body.email)}: ${created.status} ${created.text}`)
  return acceptInvitation(String(body.email), password, door)
}

/** The password a reset chooses in the auth tests. */
export const NEW_PASSWORD = 'a-new-password-2026'

/** What a refusal must not say: no account is ever locked out. */
export const LOCKED = /locked/i
