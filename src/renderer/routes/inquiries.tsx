import crypto from 'node:crypto'

import { SLUGS } from '@/constants'
import type { Factory, Inquiry, Product } from '@/payload-types'

import { Layout } from '../components/Layout'
import { Time } from '../components/Time'
import { hrefFor, publishedInBelt, type RenderContext } from '../context'
import { notFound } from '../errors'
import { formatters } from '../i18n'
import { unitLabel } from '../labels'
import { RateLimiter } from '../rateLimit'

/** What a route hands back to the router: a page, or a redirect. */
export type InquiryResult = { status: number; element?: React.ReactElement; redirect?: string }

const perIP = new RateLimiter(Number(process.env.CHANDI_INQUIRY_LIMIT_IP || 10), 10 * 60_000)
const perEmail = new RateLimiter(Number(process.env.CHANDI_INQUIRY_LIMIT_EMAIL || 5), 10 * 60_000)
const recent = new Map<string, number>()

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

type Values = Record<string, string>
type Errors = Record<string, string>

const findFactory = async (ctx: RenderContext, slug: string) => {
  const { docs } = await ctx.payload.find({
    collection: SLUGS.factories,
    where: { and: [...publishedInBelt(ctx), { slug: { equals: slug } }] },
    limit: 1,
    depth: 0,
    locale: ctx.locale,
    fallbackLocale: 'zh',
    overrideAccess: true,
  })
  if (!docs[0]) throw notFound()
  return docs[0] as Factory
}

const factoryProducts = async (ctx: RenderContext, factory: Factory) =>
  (
    await ctx.payload.find({
      collection: SLUGS.products,
      where: { and: [...publishedInBelt(ctx), { factory: { equals: factory.id } }] },
      limit: 200,
      depth: 0,
      locale: ctx.locale,
      fallbackLocale: 'zh',
      overrideAccess: true,
      select: { name: true, slug: true, moq: true, priceTiers: true, currency: true },
    })
  ).docs as Product[]

const Field = ({ name, label, values, errors, type = 'text', required = false, max = 200 }: { name: string; label: string; values: Values; errors: Errors; type?: string; required?: boolean; max?: number }) => (
  <label style={{ display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 12 }}>
    {label}
    {required ? ' *' : ''}
    <input name={name} type={type} defaultValue={values[name] ?? ''} required={required} maxLength={max} aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={errors[name] ? `${name}-error` : undefined} />
    {errors[name] ? <span id={`${name}-error`} role="alert" style={{ color: '#b00020' }}>{errors[name]}</span> : null}
  </label>
)

/** The inquiry form of one factory; works without JavaScript. */
export const renderInquiryForm = async (ctx: RenderContext, factorySlug: string, values: Values = {}, errors: Errors = {}, status = 200): Promise<InquiryResult> => {
  const factory = await findFactory(ctx, factorySlug)
  const products = await factoryProducts(ctx, factory)
  const t = ctx.t
  const errorList = Object.values(errors)
  return {
    status,
    element: (
      <Layout ctx={ctx} title={`${t.inquireTitle} · ${factory.name}`} isIndexable={false}>
        <h1>{t.inquireTitle}</h1>
        <p>
          <a href={hrefFor(ctx, `/factories/${factory.slug}`)}>{factory.name}</a>
        </p>
        <p>{t.inquireIntro}</p>
        {errorList.length ? (
          <div role="alert" className="card" style={{ borderLeft: '4px solid #b00020' }}>
            <div className="body">
              <p>{t.fixErrors}</p>
              <ul>{errorList.map((message) => <li key={message}>{message}</li>)}</ul>
            </div>
          </div>
        ) : null}
        <form method="post" action={hrefFor(ctx, `/factories/${factory.slug}/inquire`)} style={{ maxWidth: 560 }}>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 12 }}>
            {t.product}
            <select name="product" defaultValue={values.product ?? ''} aria-invalid={errors.product ? 'true' : undefined}>
              <option value="">—</option>
              {products.map((product) => (
                <option key={product.id} value={product.slug}>
                  {product.name} ({t.moq} {formatters(ctx.ui).number(product.moq.quantity)} {unitLabel(ctx, product.moq.unit)})
                </option>
              ))}
            </select>
            {errors.product ? <span role="alert" style={{ color: '#b00020' }}>{errors.product}</span> : null}
          </label>
          <Field name="quantity" label={t.quantity} values={values} errors={errors} type="number" />
          <Field name="targetPrice" label={t.targetPrice} values={values} errors={errors} type="number" />
          <Field name="destinationCountry" label={t.destination} values={values} errors={errors} max={60} />
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 12 }}>
            {t.message} *
            <textarea name="message" rows={6} required maxLength={5000} defaultValue={values.message ?? ''} aria-invalid={errors.message ? 'true' : undefined} />
            {errors.message ? <span role="alert" style={{ color: '#b00020' }}>{errors.message}</span> : null}
          </label>
          <Field name="name" label={t.yourName} values={values} errors={errors} required max={100} />
          <Field name="company" label={t.company} values={values} errors={errors} max={150} />
          <Field name="email" label={t.email} values={values} errors={errors} type="email" required />
          <Field name="phone" label={t.phone} values={values} errors={errors} max={40} />
          <Field name="wechat" label={t.wechat} values={values} errors={errors} max={60} />
          <Field name="whatsapp" label={t.whatsapp} values={values} errors={errors} max={40} />
          {/* A field people never see: bots fill it in. */}
          <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
            <label>
              Website
              <input name="website" tabIndex={-1} autoComplete="off" />
            </label>
          </div>
          <button type="submit">{t.send}</button>
        </form>
      </Layout>
    ),
  }
}

const text = (values: Values, name: string, max: number) => (values[name] ?? '').trim().slice(0, max + 1)

/**
 * Checks a buyer's inquiry and stores it for the one factory it names. Every refusal re-shows
 * the form with the buyer's text kept and the field named; nothing is stored half-way.
 */
export const submitInquiry = async (ctx: RenderContext, factorySlug: string, values: Values, ip: string, buyerUserID?: number | string): Promise<InquiryResult> => {
  const t = ctx.t
  const factory = await findFactory(ctx, factorySlug)
  // Bots fill the hidden field: answer as if accepted, store nothing.
  if ((values.website ?? '').trim() !== '') return { status: 303, redirect: hrefFor(ctx, `/factories/${factory.slug}`) }

  const errors: Errors = {}
  const name = text(values, 'name', 100)
  const email = text(values, 'email', 254).toLowerCase()
  const message = text(values, 'message', 5000)
  if (!name) errors.name = `${t.yourName}: ${ctx.ui === 'zh' ? '必填' : 'required'}`
  if (name.length > 100) errors.name = `${t.yourName}: 100 max`
  if (!EMAIL.test(email)) errors.email = `${t.email}: ${ctx.ui === 'zh' ? '请填写有效的邮箱地址' : 'enter a valid e-mail address'}`
  if (message.length < 10) errors.message = `${t.message}: ${ctx.ui === 'zh' ? '至少 10 个字' : 'at least 10 characters'}`
  if (message.length > 5000) errors.message = `${t.message}: 5000 max`
  const links = (message.match(/https?:\/\//gi) ?? []).length
  if (links > 2) errors.message = `${t.message}: ${ctx.ui === 'zh' ? '链接过多' : 'too many links'}`
  let product: Product | undefined
  if (values.product) {
    product = (await factoryProducts(ctx, factory)).find((candidate) => candidate.slug === values.product)
    if (!product) errors.product = `${t.product}: ${ctx.ui === 'zh' ? '该工厂没有这个产品' : 'this factory has no such product'}`
  }
  let quantity: number | undefined
  if (values.quantity) {
    quantity = Number(values.quantity)
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1e9) errors.quantity = `${t.quantity}: ${ctx.ui === 'zh' ? '请填写正整数' : 'enter a whole number'}`
    else if (product && quantity < product.moq.quantity) {
      const moq = `${formatters(ctx.ui).number(product.moq.quantity)} ${unitLabel(ctx, product.moq.unit)}`
      errors.quantity = `${t.quantity}: ${ctx.ui === 'zh' ? `低于起订量 ${moq}` : `below the MOQ of ${moq}`}`
    }
  }
  let targetPrice: number | undefined
  if (values.targetPrice) {
    targetPrice = Number(values.targetPrice)
    if (!Number.isFinite(targetPrice) || targetPrice < 0) errors.targetPrice = `${t.targetPrice}: ${ctx.ui === 'zh' ? '请填写数字' : 'enter a number'}`
  }
  for (const [field, max] of [['company', 150], ['phone', 40], ['wechat', 60], ['whatsapp', 40], ['destinationCountry', 60]] as const) {
    if (text(values, field, max).length > max) errors[field] = `${field}: ${max} max`
  }
  if (Object.keys(errors).length > 0) return renderInquiryForm(ctx, factorySlug, values, errors, 400)

  if (!perIP.take(`ip:${ip}`) || !perEmail.take(`email:${email}`)) {
    return renderInquiryForm(ctx, factorySlug, values, { form: t.tooMany }, 429)
  }
  const fingerprint = crypto.createHash('sha256').update(`${email}\n${factory.id}\n${message}`).digest('hex')
  const seenAt = recent.get(fingerprint)
  if (seenAt && Date.now() - seenAt < 10 * 60_000) return renderInquiryForm(ctx, factorySlug, {}, { form: t.duplicate }, 409)
  recent.set(fingerprint, Date.now())
  if (recent.size > 10_000) {
    for (const [key, at] of recent) if (Date.now() - at > 10 * 60_000) recent.delete(key)
  }

  const token = crypto.randomBytes(24).toString('base64url')
  const inquiry = await ctx.payload.create({
    collection: SLUGS.inquiries,
    data: {
      tenant: ctx.belt!.id,
      factory: factory.id,
      subject: `${product ? product.name : factory.name} — ${name}`.slice(0, 200),
      ...(product ? { product: product.id } : {}),
      ...(quantity ? { quantity } : {}),
      ...(targetPrice !== undefined ? { targetPrice, currency: product?.currency ?? 'USD' } : {}),
      destinationCountry: text(values, 'destinationCountry', 60) || undefined,
      message,
      buyer: {
        name,
        email,
        company: text(values, 'company', 150) || undefined,
        phone: text(values, 'phone', 40) || undefined,
        wechat: text(values, 'wechat', 60) || undefined,
        whatsapp: text(values, 'whatsapp', 40) || undefined,
      },
      ...(buyerUserID !== undefined ? { buyerUser: buyerUserID as number } : {}),
      tokenHash: hashToken(token),
      submittedFromIP: ip,
      status: 'new',
    },
    overrideAccess: true,
  })
  const link = `${ctx.origin}${hrefFor(ctx, `/inquiries/${token}`)}`
  await notify(ctx, inquiry as Inquiry, factory, email, link)
  return { status: 303, redirect: hrefFor(ctx, `/inquiries/${token}?sent=1`) }
}

/** Tells the factory's members and the buyer; a failed e-mail is logged and loses nothing. */
const notify = async (ctx: RenderContext, inquiry: Inquiry, factory: Factory, buyerEmail: string, link: string) => {
  try {
    const members = await ctx.payload.find({ collection: SLUGS.users, where: { factory: { equals: factory.id } }, limit: 50, depth: 0, overrideAccess: true })
    for (const member of members.docs) {
      await ctx.payload.sendEmail({ to: member.email, subject: `新询盘 New inquiry: ${inquiry.subject}`, text: `${inquiry.message}\n\n/admin/collections/inquiries/${inquiry.id}` })
    }
    await ctx.payload.sendEmail({ to: buyerEmail, subject: `${ctx.t.sent}: ${factory.name}`, text: `${ctx.t.sentText}\n${link}` })
  } catch (error) {
    ctx.payload.logger.error({ err: error, inquiry: inquiry.id }, 'inquiry e-mail failed; the inquiry is stored')
  }
}

const findThread = async (ctx: RenderContext, token: string) => {
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) throw notFound()
  const { docs } = await ctx.payload.find({
    collection: SLUGS.inquiries,
    where: { and: [{ tokenHash: { equals: hashToken(token) } }, { tenant: { equals: ctx.belt!.id } }, { tokenRevoked: { not_equals: true } }] },
    limit: 1,
    depth: 1,
    locale: ctx.locale,
    overrideAccess: true,
  })
  if (!docs[0]) throw notFound()
  return docs[0] as Inquiry
}

/** The buyer's private view of one inquiry and its replies, reached by the token only. */
export const renderThread = async (ctx: RenderContext, token: string, justSent: boolean, error?: string): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  const t = ctx.t
  const factory = typeof inquiry.factory === 'object' ? (inquiry.factory as Factory) : null
  return {
    status: error ? 400 : 200,
    element: (
      <Layout ctx={ctx} title={inquiry.subject} isIndexable={false}>
        {justSent ? (
          <div className="card" role="status">
            <div className="body">
              <h1>{t.sent}</h1>
              <p>{t.sentText}</p>
            </div>
          </div>
        ) : (
          <h1>{inquiry.subject}</h1>
        )}
        {factory ? <p>{factory.name}</p> : null}
        <h2>{t.thread}</h2>
        <article className="session">
          <p><strong>{t.fromBuyer}</strong> · <Time ctx={ctx} instant={inquiry.createdAt} /></p>
          <p style={{ whiteSpace: 'pre-wrap' }}>{inquiry.message}</p>
        </article>
        {(inquiry.replies ?? []).map((reply, index) => (
          <article key={reply.id ?? index} className="session">
            <p><strong>{reply.author === 'factory' ? t.fromFactory : t.fromBuyer}</strong>{reply.sentAt ? <> · <Time ctx={ctx} instant={reply.sentAt} /></> : null}</p>
            <p style={{ whiteSpace: 'pre-wrap' }}>{reply.body}</p>
          </article>
        ))}
        <form method="post" style={{ maxWidth: 560 }}>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {t.reply}
            <textarea name="body" rows={4} required maxLength={5000} aria-invalid={error ? 'true' : undefined} />
          </label>
          {error ? <p role="alert" style={{ color: '#b00020' }}>{error}</p> : null}
          <button type="submit">{t.sendReply}</button>
        </form>
      </Layout>
    ),
  }
}

export const replyToThread = async (ctx: RenderContext, token: string, values: Values): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  const body = (values.body ?? '').trim()
  if (body.length < 1 || body.length > 5000) return renderThread(ctx, token, false, `${ctx.t.message}: 1–5000`)
  await ctx.payload.update({
    collection: SLUGS.inquiries,
    id: inquiry.id,
    data: { replies: [...(inquiry.replies ?? []), { author: 'buyer', body, sentAt: new Date().toISOString() }] },
    overrideAccess: true,
  })
  return { status: 303, redirect: hrefFor(ctx, `/inquiries/${token}`) }
}
