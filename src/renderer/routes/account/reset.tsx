import { accountOfReset, isEmail, requestReset, resetPassword } from '@/buyers/accounts'
import { TOKEN_SHAPE } from '@/inquiries/token'
import { Layout } from '@/portal/components/Layout'
import { hrefFor, type RenderContext } from '@/portal/context'

import { html, type Rendered } from '../../http/respond'
import { ErrorSummary, Field, linkBaseOf, type Errors } from '../inquiries/shared'
import { MessagePage, Password, wordsOf } from './pages'

/**
 * A forgotten password: `/account/forgot` mails a link (to a verified account only, the same
 * answer for every address), `/account/reset/<token>` (an hour, once) sets a new password under
 * the policy and ends every other session.
 */
type Request = { params: Record<string, string>; form: Record<string, string>; ip: string }

const ForgotPage = ({
  ctx,
  email,
  errors,
  sent,
}: {
  ctx: RenderContext
  email: string
  errors: Errors
  sent: boolean
}) => {
  const w = wordsOf(ctx)
  return (
    <Layout ctx={ctx} title={w.forgotTitle} isIndexable={false}>
      <h1>{w.forgotTitle}</h1>
      {sent ? (
        <p role="status">{w.forgotSent}</p>
      ) : (
        <>
          <p>{w.forgotIntro}</p>
          <ErrorSummary ctx={ctx} errors={errors} />
          <form method="post" action={hrefFor(ctx, '/account/forgot')} noValidate className="panel">
            <Field
              name="email"
              type="email"
              label={w.email}
              values={{ email }}
              errors={errors}
              required
              max={254}
            />
            <button type="submit">{w.forgotSend}</button>
          </form>
        </>
      )}
    </Layout>
  )
}

const ResetPage = ({
  ctx,
  token,
  errors,
}: {
  ctx: RenderContext
  token: string
  errors: Errors
}) => {
  const w = wordsOf(ctx)
  return (
    <Layout ctx={ctx} title={w.resetTitle} isIndexable={false}>
      <h1>{w.resetTitle}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form
        method="post"
        action={hrefFor(ctx, `/account/reset/${token}`)}
        noValidate
        className="panel"
      >
        <Password w={w} errors={errors} />
        <button type="submit">{w.resetSave}</button>
      </form>
    </Layout>
  )
}

export const forgotForm = async (ctx: RenderContext, sent: boolean): Promise<Rendered> =>
  html(<ForgotPage ctx={ctx} email="" errors={{}} sent={sent} />)

export const forgotPost = async (ctx: RenderContext, { form, ip }: Request): Promise<Rendered> => {
  const w = wordsOf(ctx)
  const email = (form.email ?? '').trim()
  if (!isEmail(email))
    return html(
      <ForgotPage
        ctx={ctx}
        email={email}
        errors={{ email: `${w.email}: ${ctx.t.invalidEmail}` }}
        sent={false}
      />,
      400,
    )
  const outcome = await requestReset({
    payload: ctx.payload,
    email,
    ip,
    linkBase: linkBaseOf(ctx),
    mail: { subject: w.resetMailSubject, text: w.resetMailText },
  })
  if (outcome === 'limited')
    return html(
      <ForgotPage ctx={ctx} email={email} errors={{ form: w.tooMany }} sent={false} />,
      429,
    )
  return {
    status: 303,
    body: '',
    contentType: 'text/plain',
    redirect: hrefFor(ctx, '/account/forgot?sent=1'),
  }
}

const badResetLink = (ctx: RenderContext) => {
  const w = wordsOf(ctx)
  return html(<MessagePage ctx={ctx} title={w.resetTitle} text={w.resetBadLink} />, 404)
}

export const resetForm = async (ctx: RenderContext, { params }: Request): Promise<Rendered> => {
  const valid = TOKEN_SHAPE.test(params.token) && (await accountOfReset(ctx.payload, params.token))
  return valid ? html(<ResetPage ctx={ctx} token={params.token} errors={{}} />) : badResetLink(ctx)
}

/** Sets the new password (the caller checked the policy); the account, or null for a bad link. */
export const resetPost = async (
  ctx: RenderContext,
  { params, form }: Request,
  policy: (password: string) => Errors,
) => {
  if (!TOKEN_SHAPE.test(params.token)) return { page: badResetLink(ctx), buyer: null }
  const errors = policy(form.password ?? '')
  if (Object.keys(errors).length)
    return {
      page: html(<ResetPage ctx={ctx} token={params.token} errors={errors} />, 400),
      buyer: null,
    }
  const buyer = await resetPassword(ctx.payload, params.token, form.password ?? '')
  return buyer ? { page: null, buyer } : { page: badResetLink(ctx), buyer: null }
}
