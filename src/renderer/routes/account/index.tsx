import {
  accountOfLink,
  type Buyer,
  isEmail,
  logIn,
  logOut,
  normaliseEmail,
  signUp,
  verify,
} from '@/buyers/accounts'
import { inboxOf } from '@/buyers/inbox'
import { sessionCookie, signSession } from '@/buyers/session'
import { MIN_PASSWORD_LENGTH, passwordProblem } from '@/collections/Users/passwordPolicy'
import { loginThrottle } from '@/collections/Users/throttleLogin'
import { TOKEN_SHAPE } from '@/inquiries/token'
import { addressKey } from '@/platform/clientAddress'
import { hrefFor, type RenderContext } from '@/portal/context'
import { isProduction } from '@/utilities/config'

import { html, type Rendered } from '../../http/respond'
import { linkBaseOf, type Errors } from '../inquiries/shared'
import { InboxPage, LogInPage, MessagePage, SignUpPage, VerifyPage, wordsOf } from './pages'
import { forgotForm, forgotPost, resetForm, resetPost } from './reset'

/**
 * `/account` on the hub and every portal (issue #22): sign-up, e-mail verification, log-in and
 * log-out, and the inbox of the signed-in buyer. The session is the portal's own cookie
 * (src/buyers/session.ts); /api and /admin never see a buyer. Every post must come from this
 * site (`sameOrigin`), as the signed-in cookie counts in the other portal forms only then.
 */
type AccountRequest = {
  params: Record<string, string>
  query: URLSearchParams
  form: Record<string, string>
  ip: string
  account?: Buyer | null
  sameOrigin?: boolean
}
type Handler = (ctx: RenderContext, request: AccountRequest) => Promise<Rendered>

const secure = isProduction()

const redirect = (location: string, headers?: Record<string, string>): Rendered => ({
  status: 303,
  body: '',
  contentType: 'text/plain',
  redirect: location,
  headers,
})

const startSession = (buyer: Buyer) => ({
  'Set-Cookie': sessionCookie(
    signSession({ id: String(buyer.id), version: buyer.sessionVersion ?? 0 }),
    secure,
  ),
})

const crossSite = (ctx: RenderContext) => {
  const w = wordsOf(ctx)
  return html(<MessagePage ctx={ctx} title={w.logInTitle} text={w.crossSite} />, 403)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits as the staff login does (src/collections/Users/loginThrottle.ts), per buyer account. */
const throttled = async (ip: string, email: string) => {
  const attempt = { source: addressKey(ip), account: `buyer:${normaliseEmail(email)}` }
  const delay = loginThrottle.begin(attempt)
  if (delay > 0) await sleep(delay)
  return () => loginThrottle.succeeded(attempt)
}

/** The password policy's refusal in the page's language, naming the field. */
const passwordError = (ctx: RenderContext, password: string): Errors => {
  if (!passwordProblem(password)) return {}
  const w = wordsOf(ctx)
  const why = !password
    ? ctx.t.required
    : [...password].length < MIN_PASSWORD_LENGTH
      ? ctx.t.tooShort
      : w.passwordCommon
  return { password: `${w.password}: ${why}` }
}

const inbox: Handler = async (ctx, { account }) => {
  if (!account) return redirect(hrefFor(ctx, '/account/login'))
  const { inquiries, requests } = await inboxOf(ctx.payload, account.id, ctx.locale)
  return html(
    <InboxPage ctx={ctx} email={account.email} inquiries={inquiries} requests={requests} />,
  )
}

const signUpForm: Handler = async (ctx, { account, query }) => {
  if (account) return redirect(hrefFor(ctx, '/account'))
  return html(<SignUpPage ctx={ctx} values={{}} errors={{}} sent={query.get('sent') === '1'} />)
}

const signUpPost: Handler = async (ctx, { form, ip, sameOrigin }) => {
  if (!sameOrigin) return crossSite(ctx)
  const w = wordsOf(ctx)
  const email = (form.email ?? '').trim()
  const password = form.password ?? ''
  const errors: Errors = {
    ...(isEmail(email)
      ? {}
      : { email: `${w.email}: ${email ? ctx.t.invalidEmail : ctx.t.required}` }),
    ...passwordError(ctx, password),
  }
  const again = (status: number, shown: Errors) =>
    html(<SignUpPage ctx={ctx} values={{ email }} errors={shown} sent={false} />, status)
  if (Object.keys(errors).length) return again(400, errors)
  const outcome = await signUp({
    payload: ctx.payload,
    email,
    password,
    ip,
    linkBase: linkBaseOf(ctx),
    mail: {
      verify: { subject: w.verifyMailSubject, text: w.verifyMailText },
      taken: { subject: w.takenMailSubject, text: w.takenMailText },
    },
  })
  if (outcome === 'limited') return again(429, { form: w.tooMany })
  return redirect(hrefFor(ctx, '/account/signup?sent=1'))
}

const logInForm: Handler = async (ctx, { account }) => {
  if (account) return redirect(hrefFor(ctx, '/account'))
  return html(<LogInPage ctx={ctx} values={{}} errors={{}} />)
}

const logInPost: Handler = async (ctx, { form, ip, sameOrigin }) => {
  if (!sameOrigin) return crossSite(ctx)
  const w = wordsOf(ctx)
  const email = (form.email ?? '').trim()
  const password = form.password ?? ''
  const again = (status: number, text: string) =>
    html(<LogInPage ctx={ctx} values={{ email }} errors={{ form: text }} />, status)
  if (!isEmail(email) || !password) return again(401, w.wrongLogin)
  const succeeded = await throttled(ip, email)
  const buyer = await logIn(ctx.payload, email, password)
  if (!buyer) return again(401, w.wrongLogin)
  succeeded()
  if (buyer === 'unverified') return again(403, w.unverified)
  return redirect(hrefFor(ctx, '/account'), startSession(buyer))
}

const logOutPost: Handler = async (ctx, { account, sameOrigin }) => {
  if (!sameOrigin) return crossSite(ctx)
  if (account) await logOut(ctx.payload, account)
  return redirect(hrefFor(ctx, '/account/login'), { 'Set-Cookie': sessionCookie('', secure) })
}

const badLink = (ctx: RenderContext) => {
  const w = wordsOf(ctx)
  return html(<MessagePage ctx={ctx} title={w.verifyTitle} text={w.badLink} />, 404)
}

const verifyForm: Handler = async (ctx, { params }) => {
  const buyer = TOKEN_SHAPE.test(params.token)
    ? await accountOfLink(ctx.payload, params.token)
    : null
  if (!buyer) return badLink(ctx)
  return html(<VerifyPage ctx={ctx} token={params.token} email={buyer.email} errors={{}} />)
}

const verifyPost: Handler = async (ctx, { params, form, ip, sameOrigin }) => {
  if (!sameOrigin) return crossSite(ctx)
  const buyer = TOKEN_SHAPE.test(params.token)
    ? await accountOfLink(ctx.payload, params.token)
    : null
  if (!buyer) return badLink(ctx)
  const succeeded = await throttled(ip, buyer.email)
  const verified = await verify(ctx.payload, params.token, form.password ?? '')
  if (!verified) return badLink(ctx)
  if (verified === 'wrong-password') {
    const w = wordsOf(ctx)
    const errors = { password: `${w.password}: ${w.wrongLogin}` }
    return html(
      <VerifyPage ctx={ctx} token={params.token} email={buyer.email} errors={errors} />,
      401,
    )
  }
  succeeded()
  return redirect(hrefFor(ctx, '/account'), startSession(verified))
}

const forgotGet: Handler = (ctx, { query }) => forgotForm(ctx, query.get('sent') === '1')

const forgot: Handler = async (ctx, request) =>
  request.sameOrigin ? forgotPost(ctx, request) : crossSite(ctx)

const resetGet: Handler = (ctx, request) => resetForm(ctx, request)

const reset: Handler = async (ctx, request) => {
  if (!request.sameOrigin) return crossSite(ctx)
  const { page, buyer } = await resetPost(ctx, request, (password) => passwordError(ctx, password))
  return buyer ? redirect(hrefFor(ctx, '/account'), startSession(buyer)) : page!
}

export const ACCOUNT_ROUTES: { pattern: string; method: 'GET' | 'POST'; handler: Handler }[] = [
  { pattern: '/account', method: 'GET', handler: inbox },
  { pattern: '/account/signup', method: 'GET', handler: signUpForm },
  { pattern: '/account/signup', method: 'POST', handler: signUpPost },
  { pattern: '/account/login', method: 'GET', handler: logInForm },
  { pattern: '/account/login', method: 'POST', handler: logInPost },
  { pattern: '/account/logout', method: 'POST', handler: logOutPost },
  { pattern: '/account/verify/:token', method: 'GET', handler: verifyForm },
  { pattern: '/account/verify/:token', method: 'POST', handler: verifyPost },
  { pattern: '/account/forgot', method: 'GET', handler: forgotGet },
  { pattern: '/account/forgot', method: 'POST', handler: forgot },
  { pattern: '/account/reset/:token', method: 'GET', handler: resetGet },
  { pattern: '/account/reset/:token', method: 'POST', handler: reset },
]
