import type { InboxInquiry, InboxRequest } from '@/buyers/inbox'
import type { Values } from '@/inquiries/values'
import { Layout } from '@/portal/components/Layout'
import { hrefFor, type RenderContext, linkTo } from '@/portal/context'
import { ACCOUNT_WORDS, type AccountWords } from '@/portal/i18n/account'
import { formatters } from '@/portal/i18n'

import { ErrorSummary, Field, type Errors } from '../inquiries/shared'

/** The buyer's account pages: forms (no JavaScript needed) and the inbox. */
export const wordsOf = (ctx: RenderContext) => ACCOUNT_WORDS[ctx.ui]

/** The password field (never filled in again), with the policy's hint where one is chosen. */
export const Password = ({
  w,
  errors,
  isNew = true,
}: {
  w: AccountWords
  errors: Errors
  isNew?: boolean
}) => (
  <>
    <Field
      name="password"
      type="password"
      label={w.password}
      values={{}}
      errors={errors}
      required
    />
    {isNew ? <p className="hint">{w.passwordHint}</p> : null}
  </>
)

export const SignUpPage = ({
  ctx,
  values,
  errors,
  sent,
}: {
  ctx: RenderContext
  values: Values
  errors: Errors
  sent: boolean
}) => {
  const w = wordsOf(ctx)
  return (
    <Layout ctx={ctx} title={w.signUpTitle} isIndexable={false}>
      <h1>{w.signUpTitle}</h1>
      {sent ? (
        <p role="status" data-sent="1">
          {w.checkMail}
        </p>
      ) : (
        <>
          <p>{w.signUpIntro}</p>
          <ErrorSummary ctx={ctx} errors={errors} />
          <form method="post" action={hrefFor(ctx, '/account/signup')} noValidate className="panel">
            <Field
              name="email"
              type="email"
              label={w.email}
              values={values}
              errors={errors}
              required
              max={254}
            />
            <Password w={w} errors={errors} />
            <button type="submit">{w.signUp}</button>
          </form>
        </>
      )}
      <p>
        <a href={linkTo(ctx, '/account/login')}>{w.haveAccount}</a>
      </p>
    </Layout>
  )
}

export const LogInPage = ({
  ctx,
  values,
  errors,
}: {
  ctx: RenderContext
  values: Values
  errors: Errors
}) => {
  const w = wordsOf(ctx)
  return (
    <Layout ctx={ctx} title={w.logInTitle} isIndexable={false}>
      <h1>{w.logInTitle}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={hrefFor(ctx, '/account/login')} noValidate className="panel">
        <Field
          name="email"
          type="email"
          label={w.email}
          values={values}
          errors={errors}
          required
          max={254}
        />
        <Field
          name="password"
          type="password"
          label={w.password}
          values={{}}
          errors={errors}
          required
        />
        <button type="submit">{w.logIn}</button>
      </form>
      <p>
        <a href={linkTo(ctx, '/account/signup')}>{w.noAccount}</a>
      </p>
      <p>
        <a href={linkTo(ctx, '/account/forgot')}>{w.forgotLink}</a>
      </p>
    </Layout>
  )
}

export const VerifyPage = ({
  ctx,
  token,
  email,
  errors,
}: {
  ctx: RenderContext
  token: string
  email: string
  errors: Errors
}) => {
  const w = wordsOf(ctx)
  return (
    <Layout ctx={ctx} title={w.verifyTitle} isIndexable={false}>
      <h1>{w.verifyTitle}</h1>
      <p>{w.verifyIntro}</p>
      <p>
        <strong>{email}</strong>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form
        method="post"
        action={hrefFor(ctx, `/account/verify/${token}`)}
        noValidate
        className="panel"
      >
        <Password w={w} errors={errors} isNew={false} />
        <button type="submit">{w.verify}</button>
      </form>
    </Layout>
  )
}

export const MessagePage = ({
  ctx,
  title,
  text,
}: {
  ctx: RenderContext
  title: string
  text: string
}) => (
  <Layout ctx={ctx} title={title} isIndexable={false}>
    <h1>{title}</h1>
    <p role="alert">{text}</p>
  </Layout>
)

const INQUIRY_STATUS: Record<string, keyof AccountWords> = {
  new: 'statusNew',
  replied: 'statusReplied',
  quoted: 'statusQuoted',
  won: 'statusWon',
  lost: 'statusLost',
  spam: 'statusSpam',
}

const Open = ({ link, w }: { link: string | null; w: AccountWords }) =>
  link ? <a href={link}>{w.open}</a> : null

export const InboxPage = ({
  ctx,
  email,
  inquiries,
  requests,
}: {
  ctx: RenderContext
  email: string
  inquiries: InboxInquiry[]
  requests: InboxRequest[]
}) => {
  const w = wordsOf(ctx)
  const t = ctx.t
  const format = formatters(ctx.ui)
  const requestStatus: Record<string, string> = {
    pending: t.statusPending,
    open: t.statusOpen,
    closed: t.statusClosed,
    expired: t.statusExpired,
  }
  return (
    <Layout ctx={ctx} title={w.inbox} isIndexable={false}>
      <h1>{w.inbox}</h1>
      <p>{w.signedInAs.replace('{email}', email)}</p>
      <form method="post" action={hrefFor(ctx, '/account/logout')}>
        <button type="submit">{w.logOut}</button>
      </form>
      <h2>{w.inquiries}</h2>
      {inquiries.length === 0 ? <p>{w.none}</p> : null}
      {inquiries.length ? (
        <div className="table-scroll">
          <table className="inbox" data-inbox="inquiries">
            <thead>
              <tr>
                <th>{w.factory}</th>
                <th>{w.product}</th>
                <th>{w.lastMessage}</th>
                <th>{w.status}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {inquiries.map((item) => (
                <tr key={item.id} data-inquiry={item.id}>
                  <td>{item.factory}</td>
                  <td>{item.product}</td>
                  <td>
                    <strong>{item.lastFrom === 'buyer' ? w.fromYou : w.fromFactory}:</strong>{' '}
                    {item.lastMessage}
                  </td>
                  <td>{w[INQUIRY_STATUS[item.status] ?? 'statusNew']}</td>
                  <td>
                    <Open link={item.link} w={w} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h2>{w.requests}</h2>
      {requests.length === 0 ? <p>{w.none}</p> : null}
      {requests.length ? (
        <div className="table-scroll">
          <table className="inbox" data-inbox="requests">
            <thead>
              <tr>
                <th>{w.product}</th>
                <th>{w.quantity}</th>
                <th>{w.quotes}</th>
                <th>{w.status}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {requests.map((item) => (
                <tr key={item.id} data-request={item.id}>
                  <td>{item.product}</td>
                  <td>{format.quantity(item.quantity, item.unit)}</td>
                  <td>{format.number(item.quotes)}</td>
                  <td>{requestStatus[item.status] ?? item.status}</td>
                  <td>
                    <Open link={item.link} w={w} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Layout>
  )
}
