import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { fileTypeFromBuffer } from 'file-type'
import { ValidationError } from 'payload'

import { env } from '@/utilities/config'
import { inquiryFilesDir } from '@/platform/uploadDirs'
import { ATTACHMENT_LIMITS, SLUGS } from '@/constants'
import { countInquiry } from '@/platform/metrics'
import { adminLink, queueMail } from '@/inquiries/mail'
import { eraseBuyerData, exportBuyerData } from '@/inquiries/privacy'
import { hashToken, newToken, sealToken, TOKEN_SHAPE } from '@/inquiries/token'
import type { Factory, Inquiry, InquiryFile, Product } from '@/payload-types'

import { Layout } from '@/portal/components/Layout'
import { Time } from '@/portal/components/Time'
import { asPublic, hrefFor, systemRead, type RenderContext } from '@/portal/context'
import { notFound } from '../errors'
import { formatters } from '@/portal/i18n'
import { unitLabel } from '@/portal/labels'
import { TierTable } from '@/renderer/routes/portal'
import { emailKey, RateLimiter } from '@/platform/rateLimit'
import { addressKey } from '@/platform/clientAddress'

/** What a route hands back to the router: a page, a file, or a redirect. */
export type InquiryResult = {
  status: number
  element?: React.ReactElement
  redirect?: string
  file?: { body: Buffer | string; contentType: string; headers: Record<string, string> }
}

/** A file from a multipart form, in memory (at most the attachment limit, then truncated). */
export type Upload = {
  field: string
  name: string
  mimetype: string
  data: Buffer
  truncated: boolean
}

const perIP = new RateLimiter(env('CHANDI_INQUIRY_LIMIT_IP'), 10 * 60_000)
const perEmail = new RateLimiter(env('CHANDI_INQUIRY_LIMIT_EMAIL'), 10 * 60_000)
const recent = new Map<string, number>()

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/
const WHOLE = /^\d+$/
const DECIMAL = /^\d+(?:\.\d+)?$/
// C0 controls and DEL, except tab, line feed and carriage return (a message has lines).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
/** How the form labels each field in its error messages. */
const FIELD_LABELS: Record<string, (t: RenderContext['t']) => string> = {
  name: (t) => t.yourName,
  email: (t) => t.email,
  message: (t) => t.message,
  quantity: (t) => t.quantity,
  targetPrice: (t) => t.targetPrice,
  product: (t) => t.product,
  company: (t) => t.company,
  phone: (t) => t.phone,
  wechat: (t) => t.wechat,
  whatsapp: (t) => t.whatsapp,
  destinationCountry: (t) => t.destination,
}

type Values = Record<string, string>
type Errors = Record<string, string>

const findFactory = async (ctx: RenderContext, slug: string) => {
  const { docs } = await ctx.payload.find({
    collection: SLUGS.factories,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    locale: ctx.locale,
    fallbackLocale: 'zh',
    ...asPublic(ctx),
  })
  if (!docs[0]) throw notFound()
  return docs[0] as Factory
}

const factoryProducts = async (ctx: RenderContext, factory: Factory) =>
  (
    await ctx.payload.find({
      collection: SLUGS.products,
      where: { factory: { equals: factory.id } },
      limit: 200,
      depth: 0,
      locale: ctx.locale,
      fallbackLocale: 'zh',
      ...asPublic(ctx),
      select: { name: true, slug: true, moq: true, priceTiers: true, currency: true },
    })
  ).docs as Product[]

const Field = ({
  name,
  label,
  values,
  errors,
  type = 'text',
  required = false,
  max = 200,
}: {
  name: string
  label: string
  values: Values
  errors: Errors
  type?: string
  required?: boolean
  max?: number
}) => (
  <label style={{ display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 12 }}>
    {label}
    {required ? ' *' : ''}
    <input
      name={name}
      type={type}
      defaultValue={values[name] ?? ''}
      required={required}
      maxLength={max}
      aria-invalid={errors[name] ? 'true' : undefined}
      aria-describedby={errors[name] ? `${name}-error` : undefined}
    />
    {errors[name] ? (
      <span id={`${name}-error`} role="alert" style={{ color: '#b00020' }}>
        {errors[name]}
      </span>
    ) : null}
  </label>
)

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.xlsx,.docx,' + ATTACHMENT_LIMITS.mimeTypes.join(',')

const AttachmentInput = ({ ctx, error }: { ctx: RenderContext; error?: string }) => (
  <label style={{ display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 12 }}>
    {ctx.t.attachments}
    <input
      name="attachments"
      type="file"
      multiple
      accept={ACCEPT}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby="attachments-help"
    />
    <small id="attachments-help">{ctx.t.attachmentsHelp}</small>
    {error ? (
      <span role="alert" style={{ color: '#b00020' }}>
        {error}
      </span>
    ) : null}
  </label>
)

/**
 * Checks uploaded files before anything is stored: their number, their size and what their
 * bytes say they are (the name and the browser's type are not trusted). Returns the files with
 * their sniffed type, or the error for the `attachments` field.
 */
const checkUploads = async (
  ctx: RenderContext,
  files: Upload[],
): Promise<{ files: Upload[]; error?: string }> => {
  const t = ctx.t
  const attached = files.filter((file) => file.field === 'attachments')
  if (attached.length > ATTACHMENT_LIMITS.perMessage)
    return { files: [], error: `${t.attachments}: ${t.tooManyFiles}` }
  const checked: Upload[] = []
  for (const file of attached) {
    const name = file.name.replace(/[\u0000-\u001f]/g, '').slice(0, 120)
    if (file.truncated || file.data.length > ATTACHMENT_LIMITS.maxBytes)
      return { files: [], error: `${t.attachments}: “${name}” ${t.fileTooLarge}` }
    const sniffed = await fileTypeFromBuffer(file.data)
    if (!sniffed || !(ATTACHMENT_LIMITS.mimeTypes as readonly string[]).includes(sniffed.mime))
      return { files: [], error: `${t.attachments}: “${name}” ${t.fileType}` }
    checked.push({ ...file, name, mimetype: sniffed.mime })
  }
  return { files: checked }
}

/**
 * Stores checked uploads as the buyer's files of this factory; if one is refused (Payload checks
 * the content again, and images must decode within limits), those already stored are removed
 * and the refusal is returned for the form.
 */
const storeUploads = async (
  ctx: RenderContext,
  factory: Factory,
  files: Upload[],
): Promise<{ ids: (number | string)[]; error?: string }> => {
  const ids: (number | string)[] = []
  for (const file of files) {
    try {
      const doc = await ctx.payload.create({
        collection: SLUGS.inquiryFiles,
        data: { tenant: ctx.belt!.id, factory: factory.id, from: 'buyer' },
        file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.data.length },
        // A system write: buyers create inquiry files only through this form (no create access).
        overrideAccess: true,
      })
      ids.push(doc.id)
    } catch (error) {
      await removeFiles(ctx, ids)
      if (error instanceof ValidationError || (error as { status?: number }).status === 400)
        return { ids: [], error: `${ctx.t.attachments}: “${file.name}” ${ctx.t.fileType}` }
      throw error
    }
  }
  return { ids }
}

const removeFiles = async (ctx: RenderContext, ids: (number | string)[]) => {
  // A system write: the files this request itself stored a moment ago, undone.
  if (ids.length)
    await ctx.payload.delete({
      collection: SLUGS.inquiryFiles,
      where: { id: { in: ids } },
      overrideAccess: true,
    })
}

/** The inquiry form of one factory; works without JavaScript. */
export const renderInquiryForm = async (
  ctx: RenderContext,
  factorySlug: string,
  values: Values = {},
  errors: Errors = {},
  status = 200,
): Promise<InquiryResult> => {
  const factory = await findFactory(ctx, factorySlug)
  const products = await factoryProducts(ctx, factory)
  const t = ctx.t
  const errorList = Object.values(errors)
  const selected = products.find((product) => product.slug === values.product)
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
              <ul>
                {errorList.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
        <form
          method="post"
          encType="multipart/form-data"
          action={hrefFor(ctx, `/factories/${factory.slug}/inquire`)}
          style={{ maxWidth: 560 }}
        >
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 12 }}>
            {t.product}
            <select
              name="product"
              defaultValue={values.product ?? ''}
              aria-invalid={errors.product ? 'true' : undefined}
            >
              <option value="">—</option>
              {products.map((product) => (
                <option key={product.id} value={product.slug}>
                  {product.name} ({t.moq} {formatters(ctx.ui).number(product.moq.quantity)}{' '}
                  {unitLabel(ctx, product.moq.unit)})
                </option>
              ))}
            </select>
            {errors.product ? (
              <span role="alert" style={{ color: '#b00020' }}>
                {errors.product}
              </span>
            ) : null}
          </label>
          {selected ? (
            <TierTable
              ctx={ctx}
              tiers={selected.priceTiers ?? []}
              unit={unitLabel(ctx, selected.moq.unit)}
              currency={selected.currency}
              priceLabel={t.unitPrice}
              quantity={Number(values.quantity) || null}
            />
          ) : null}
          <Field name="quantity" label={t.quantity} values={values} errors={errors} type="number" />
          <Field
            name="targetPrice"
            label={t.targetPrice}
            values={values}
            errors={errors}
            type="number"
          />
          <Field
            name="destinationCountry"
            label={t.destination}
            values={values}
            errors={errors}
            max={60}
          />
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 12 }}>
            {t.message} *
            <textarea
              name="message"
              rows={6}
              required
              maxLength={5000}
              defaultValue={values.message ?? ''}
              aria-invalid={errors.message ? 'true' : undefined}
            />
            {errors.message ? (
              <span role="alert" style={{ color: '#b00020' }}>
                {errors.message}
              </span>
            ) : null}
          </label>
          <Field
            name="name"
            label={t.yourName}
            values={values}
            errors={errors}
            required
            max={100}
          />
          <Field name="company" label={t.company} values={values} errors={errors} max={150} />
          <Field
            name="email"
            label={t.email}
            values={values}
            errors={errors}
            type="email"
            required
          />
          <Field name="phone" label={t.phone} values={values} errors={errors} max={40} />
          <Field name="wechat" label={t.wechat} values={values} errors={errors} max={60} />
          <Field name="whatsapp" label={t.whatsapp} values={values} errors={errors} max={40} />
          <AttachmentInput ctx={ctx} error={errors.attachments} />
          {/* A field people never see: bots fill it in. */}
          <div
            aria-hidden="true"
            style={{
              position: 'absolute',
              left: '-10000px',
              width: 1,
              height: 1,
              overflow: 'hidden',
            }}
          >
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

const text = (values: Values, name: string, max: number) =>
  (values[name] ?? '').trim().slice(0, max + 1)

/**
 * Checks a buyer's inquiry and stores it for the one factory it names. Every refusal re-shows
 * the form with the buyer's text kept and the field named; nothing is stored half-way.
 */
export const submitInquiry = async (
  ctx: RenderContext,
  factorySlug: string,
  values: Values,
  ip: string,
  buyerUserID?: number | string,
  files: Upload[] = [],
): Promise<InquiryResult> => {
  const t = ctx.t
  const factory = await findFactory(ctx, factorySlug)
  // Bots fill the hidden field: answer as if accepted, store nothing.
  if ((values.website ?? '').trim() !== '')
    return { status: 303, redirect: hrefFor(ctx, `/factories/${factory.slug}`) }

  const errors: Errors = {}
  const name = text(values, 'name', 100)
  const email = text(values, 'email', 254).toLowerCase()
  const message = text(values, 'message', 5000)
  if (!name) errors.name = `${t.yourName}: ${ctx.ui === 'zh' ? '必填' : 'required'}`
  if (name.length > 100) errors.name = `${t.yourName}: 100 max`
  if (!EMAIL.test(email))
    errors.email = `${t.email}: ${ctx.ui === 'zh' ? '请填写有效的邮箱地址' : 'enter a valid e-mail address'}`
  if (message.length < 10)
    errors.message = `${t.message}: ${ctx.ui === 'zh' ? '至少 10 个字' : 'at least 10 characters'}`
  if (message.length > 5000) errors.message = `${t.message}: 5000 max`
  const links = (message.match(/https?:\/\//gi) ?? []).length
  if (links > 2) errors.message = `${t.message}: ${ctx.ui === 'zh' ? '链接过多' : 'too many links'}`
  let product: Product | undefined
  if (values.product) {
    product = (await factoryProducts(ctx, factory)).find(
      (candidate) => candidate.slug === values.product,
    )
    if (!product)
      errors.product = `${t.product}: ${ctx.ui === 'zh' ? '该工厂没有这个产品' : 'this factory has no such product'}`
  }
  // Plain digits only: Number() also reads 0x10, 1e3 and Infinity, which no buyer means.
  let quantity: number | undefined
  if (values.quantity) {
    quantity = WHOLE.test(values.quantity.trim()) ? Number(values.quantity) : Number.NaN
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1e9)
      errors.quantity = `${t.quantity}: ${ctx.ui === 'zh' ? '请填写正整数' : 'enter a whole number'}`
    else if (product && quantity < product.moq.quantity) {
      const moq = `${formatters(ctx.ui).number(product.moq.quantity)} ${unitLabel(ctx, product.moq.unit)}`
      errors.quantity = `${t.quantity}: ${ctx.ui === 'zh' ? `低于起订量 ${moq}` : `below the MOQ of ${moq}`}`
    }
  }
  let targetPrice: number | undefined
  if (values.targetPrice) {
    targetPrice = DECIMAL.test(values.targetPrice.trim()) ? Number(values.targetPrice) : Number.NaN
    if (!Number.isFinite(targetPrice) || targetPrice < 0 || targetPrice > 1e9)
      errors.targetPrice = `${t.targetPrice}: ${ctx.ui === 'zh' ? '请填写数字' : 'enter a number'}`
  }
  for (const [field, max] of [
    ['company', 150],
    ['phone', 40],
    ['wechat', 60],
    ['whatsapp', 40],
    ['destinationCountry', 60],
  ] as const) {
    if (text(values, field, max).length > max) errors[field] = `${field}: ${max} max`
  }
  // NUL and other control characters: never typed, and they break e-mails and exports.
  for (const [field, value] of Object.entries(values)) {
    if (CONTROL.test(value))
      errors[field] =
        `${FIELD_LABELS[field]?.(t) ?? field}: ${ctx.ui === 'zh' ? '含有不允许的控制字符' : 'contains control characters that are not allowed'}`
  }
  const uploads = await checkUploads(ctx, files)
  if (uploads.error) errors.attachments = uploads.error
  if (Object.keys(errors).length > 0)
    return renderInquiryForm(ctx, factorySlug, values, errors, 400)

  if (!perIP.take(`ip:${addressKey(ip)}`) || !perEmail.take(`email:${emailKey(email)}`)) {
    return renderInquiryForm(ctx, factorySlug, values, { form: t.tooMany }, 429)
  }
  const fingerprint = crypto
    .createHash('sha256')
    .update(`${email}\n${factory.id}\n${message}`)
    .digest('hex')
  const seenAt = recent.get(fingerprint)
  if (seenAt && Date.now() - seenAt < 10 * 60_000)
    return renderInquiryForm(ctx, factorySlug, {}, { form: t.duplicate }, 409)

  const stored = await storeUploads(ctx, factory, uploads.files)
  if (stored.error)
    return renderInquiryForm(ctx, factorySlug, values, { attachments: stored.error }, 400)

  const token = newToken()
  const linkBase = `${ctx.origin}${hrefFor(ctx, '')}`.replace(/\/$/, '')
  let inquiry: Inquiry
  try {
    inquiry = (await ctx.payload.create({
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
        attachments: stored.ids as number[],
        tokenHash: hashToken(token),
        tokenSealed: sealToken(token),
        linkBase,
        submittedFromIP: ip,
        status: 'new',
      },
      // A system write: buyers send inquiries only through this form (create access is admins').
      overrideAccess: true,
    })) as Inquiry
  } catch (error) {
    // Nothing half-way: the files stored for this inquiry go with it.
    await removeFiles(ctx, stored.ids)
    throw error
  }
  countInquiry(ctx.belt!.slug)
  // Only a stored inquiry counts as a duplicate of the next one.
  recent.set(fingerprint, Date.now())
  if (recent.size > 10_000) {
    for (const [key, at] of recent) if (Date.now() - at > 10 * 60_000) recent.delete(key)
  }
  await notify(ctx, inquiry, factory, email, `${linkBase}/inquiries/${token}`)
  return { status: 303, redirect: hrefFor(ctx, `/inquiries/${token}?sent=1`) }
}

/**
 * Tells the factory's members and the buyer, through the e-mail queue: a send that fails is
 * retried there, and the inquiry is already stored whatever happens to the e-mail.
 */
const notify = async (
  ctx: RenderContext,
  inquiry: Inquiry,
  factory: Factory,
  buyerEmail: string,
  link: string,
) => {
  try {
    // A system read: the factory's members' addresses, for the server's own notice; never shown.
    const members = await ctx.payload.find({
      collection: SLUGS.users,
      where: { factory: { equals: factory.id } },
      limit: 50,
      depth: 0,
      ...systemRead,
    })
    await queueMail({ payload: ctx.payload }, [
      ...members.docs.map((member) => ({
        to: member.email,
        subject: `新询盘 New inquiry: ${inquiry.subject}`,
        text: `${inquiry.message}\n\n${adminLink(`/admin/collections/inquiries/${inquiry.id}`)}`,
      })),
      {
        to: buyerEmail,
        subject: `${ctx.t.sent}: ${factory.name}`,
        text: `${ctx.t.sentText}\n${link}`,
      },
    ])
  } catch (error) {
    ctx.payload.logger.error(
      { err: error, inquiry: inquiry.id },
      'could not queue the inquiry e-mails; the inquiry is stored',
    )
  }
}

const findThread = async (ctx: RenderContext, token: string) => {
  if (!TOKEN_SHAPE.test(token)) throw notFound()
  const { docs } = await ctx.payload.find({
    collection: SLUGS.inquiries,
    where: {
      and: [
        { tokenHash: { equals: hashToken(token) } },
        { tenant: { equals: ctx.belt!.id } },
        { tokenRevoked: { not_equals: true } },
      ],
    },
    limit: 1,
    depth: 1,
    locale: ctx.locale,
    // A system read: the private link's token is the buyer's key to their one inquiry, which no
    // collection access grants to anonymous (and must not: access is per user, not per token).
    ...systemRead,
  })
  if (!docs[0]) throw notFound()
  return docs[0] as Inquiry
}

type Reply = NonNullable<Inquiry['replies']>[number]

const fileOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as InquiryFile) : null

const FileLinks = ({
  ctx,
  token,
  files,
}: {
  ctx: RenderContext
  token: string
  files: unknown[] | null | undefined
}) => {
  const list = (files ?? []).map(fileOf).filter((file): file is InquiryFile => file !== null)
  if (list.length === 0) return null
  return (
    <ul aria-label={ctx.t.attachments}>
      {list.map((file) => (
        <li key={file.id}>
          <a href={hrefFor(ctx, `/inquiries/${token}/files/${file.id}`)} download>
            {file.filename}
          </a>{' '}
          ({Math.max(1, Math.round((file.filesize ?? 0) / 1024))} KB)
        </li>
      ))}
    </ul>
  )
}

/** A factory's structured quotation, as the buyer reads it. */
const QuoteTable = ({ ctx, quote }: { ctx: RenderContext; quote: Reply['quote'] }) => {
  const tiers = quote?.priceTiers ?? []
  if (tiers.length === 0) return null
  const t = ctx.t
  const format = formatters(ctx.ui)
  const price = (value: number) =>
    new Intl.NumberFormat(ctx.ui === 'zh' ? 'zh-CN' : ctx.ui, {
      style: 'currency',
      currency: quote?.currency ?? 'USD',
    }).format(value)
  return (
    <section aria-label={t.quotation} className="card">
      <div className="body">
        <h3>{t.quotation}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.quantity}</th>
              <th scope="col">{t.unitPrice}</th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((tier, index) => (
              <tr key={tier.id ?? index}>
                <td>
                  {format.number(tier.minQuantity)}
                  {tier.maxQuantity ? `–${format.number(tier.maxQuantity)}` : ` ${t.orMore}`}
                </td>
                <td>{price(tier.unitPrice)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl>
          {quote?.validUntil ? (
            <>
              <dt>{t.validUntil}</dt>
              <dd>
                <time dateTime={quote.validUntil.slice(0, 10)}>
                  {new Intl.DateTimeFormat(ctx.ui === 'zh' ? 'zh-CN' : ctx.ui, {
                    dateStyle: 'long',
                    timeZone: 'UTC',
                  }).format(new Date(quote.validUntil))}
                </time>
              </dd>
            </>
          ) : null}
          {quote?.leadTimeDays ? (
            <>
              <dt>{t.leadTime}</dt>
              <dd>
                {format.number(quote.leadTimeDays)} {t.days}
              </dd>
            </>
          ) : null}
          {quote?.incoterm ? (
            <>
              <dt>{t.incoterm}</dt>
              <dd>{quote.incoterm}</dd>
            </>
          ) : null}
          {quote?.paymentTerms ? (
            <>
              <dt>{t.paymentTerms}</dt>
              <dd>{quote.paymentTerms}</dd>
            </>
          ) : null}
        </dl>
      </div>
    </section>
  )
}

/** The buyer's private view of one inquiry and its replies, reached by the token only. */
export const renderThread = async (
  ctx: RenderContext,
  token: string,
  {
    justSent = false,
    error,
    eraseError,
  }: { justSent?: boolean; error?: string; eraseError?: string } = {},
): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  const t = ctx.t
  const factory = typeof inquiry.factory === 'object' ? (inquiry.factory as Factory) : null
  const product =
    inquiry.product && typeof inquiry.product === 'object' ? (inquiry.product as Product) : null
  return {
    status: error || eraseError ? 400 : 200,
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
          <p>
            <strong>{t.fromBuyer}</strong> · <Time ctx={ctx} instant={inquiry.createdAt} />
          </p>
          {product && inquiry.quantity ? (
            <>
              <p>
                {product.name} · {t.quantity} {formatters(ctx.ui).number(inquiry.quantity)}{' '}
                {unitLabel(ctx, product.moq.unit)}
              </p>
              <TierTable
                ctx={ctx}
                tiers={product.priceTiers ?? []}
                unit={unitLabel(ctx, product.moq.unit)}
                currency={product.currency}
                priceLabel={t.unitPrice}
                quantity={inquiry.quantity}
              />
            </>
          ) : null}
          <p style={{ whiteSpace: 'pre-wrap' }}>{inquiry.message}</p>
          <FileLinks ctx={ctx} token={token} files={inquiry.attachments} />
        </article>
        {(inquiry.replies ?? []).map((reply, index) => (
          <article key={reply.id ?? index} className="session">
            <p>
              <strong>{reply.author === 'factory' ? t.fromFactory : t.fromBuyer}</strong>
              {reply.sentAt ? (
                <>
                  {' '}
                  · <Time ctx={ctx} instant={reply.sentAt} />
                </>
              ) : null}
            </p>
            <p style={{ whiteSpace: 'pre-wrap' }}>{reply.body}</p>
            <QuoteTable ctx={ctx} quote={reply.quote} />
            <FileLinks ctx={ctx} token={token} files={reply.attachments} />
          </article>
        ))}
        <form method="post" encType="multipart/form-data" style={{ maxWidth: 560 }}>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {t.reply}
            <textarea
              name="body"
              rows={4}
              required
              maxLength={5000}
              aria-invalid={error ? 'true' : undefined}
            />
          </label>
          <AttachmentInput ctx={ctx} />
          {error ? (
            <p role="alert" style={{ color: '#b00020' }}>
              {error}
            </p>
          ) : null}
          <button type="submit">{t.sendReply}</button>
        </form>
        <section aria-labelledby="your-data" style={{ marginTop: 32 }}>
          <h2 id="your-data">{t.yourData}</h2>
          <p>{t.yourDataText}</p>
          <p>
            <a href={hrefFor(ctx, `/inquiries/${token}/export`)} download>
              {t.exportData}
            </a>
          </p>
          <form method="post" action={hrefFor(ctx, `/inquiries/${token}/erase`)}>
            <label>
              <input type="checkbox" name="confirm" value="yes" required /> {t.eraseConfirm}
            </label>
            {eraseError ? (
              <p role="alert" style={{ color: '#b00020' }}>
                {eraseError}
              </p>
            ) : null}
            <p>
              <button type="submit">{t.eraseData}</button>
            </p>
          </form>
        </section>
      </Layout>
    ),
  }
}

export const replyToThread = async (
  ctx: RenderContext,
  token: string,
  values: Values,
  files: Upload[] = [],
): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  const body = (values.body ?? '').trim()
  if (body.length < 1 || body.length > 5000)
    return renderThread(ctx, token, { error: `${ctx.t.message}: 1–5000` })
  if (CONTROL.test(body))
    return renderThread(ctx, token, {
      error: `${ctx.t.message}: ${ctx.ui === 'zh' ? '含有不允许的控制字符' : 'contains control characters that are not allowed'}`,
    })
  const uploads = await checkUploads(ctx, files)
  if (uploads.error) return renderThread(ctx, token, { error: uploads.error })
  const factory = {
    id: typeof inquiry.factory === 'object' ? (inquiry.factory as Factory).id : inquiry.factory,
  } as Factory
  const stored = await storeUploads(ctx, factory, uploads.files)
  if (stored.error) return renderThread(ctx, token, { error: stored.error })
  const keep = (row: Reply) => ({
    ...row,
    attachments: (row.attachments ?? []).map((file) => fileOf(file)?.id ?? file) as number[],
  })
  try {
    await ctx.payload.update({
      collection: SLUGS.inquiries,
      id: inquiry.id,
      data: {
        replies: [
          ...(inquiry.replies ?? []).map(keep),
          {
            author: 'buyer',
            body,
            sentAt: new Date().toISOString(),
            attachments: stored.ids as number[],
          },
        ],
      },
      // A system write: the token's holder adds a reply to the thread found by that token.
      overrideAccess: true,
    })
  } catch (error) {
    await removeFiles(ctx, stored.ids)
    throw error
  }
  return { status: 303, redirect: hrefFor(ctx, `/inquiries/${token}`) }
}

/** One attachment of the thread, downloaded (never shown inline), for the token's holder only. */
export const sendThreadFile = async (
  ctx: RenderContext,
  token: string,
  fileID: string,
): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  if (!/^[0-9a-f]{1,24}$/i.test(fileID)) throw notFound()
  const { docs } = await ctx.payload.find({
    collection: SLUGS.inquiryFiles,
    where: { and: [{ id: { equals: fileID } }, { inquiry: { equals: inquiry.id } }] },
    limit: 1,
    depth: 0,
    // A system read: a file of the thread the token opened (findThread), for its holder only.
    ...systemRead,
  })
  const file = docs[0] as InquiryFile | undefined
  if (!file?.filename) throw notFound()
  let body: Buffer
  try {
    body = await fs.readFile(path.join(inquiryFilesDir(), path.basename(file.filename)))
  } catch {
    throw notFound()
  }
  return {
    status: 200,
    file: {
      body,
      contentType: file.mimeType ?? 'application/octet-stream',
      headers: {
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    },
  }
}

/** Everything kept about the buyer in this inquiry, as a JSON download. */
export const exportThread = async (ctx: RenderContext, token: string): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  const data = await exportBuyerData(ctx.payload, inquiry.id, ctx.locale)
  return {
    status: 200,
    file: {
      body: JSON.stringify(data, null, 2),
      contentType: 'application/json; charset=utf-8',
      headers: {
        'Content-Disposition': `attachment; filename="chandi-inquiry-${inquiry.id}.json"`,
        'X-Content-Type-Options': 'nosniff',
      },
    },
  }
}

/** The buyer erases their data from this inquiry; the link stops working at once. */
export const eraseThread = async (
  ctx: RenderContext,
  token: string,
  values: Values,
): Promise<InquiryResult> => {
  const inquiry = await findThread(ctx, token)
  if (values.confirm !== 'yes')
    return renderThread(ctx, token, { eraseError: ctx.t.eraseNeedsConfirm })
  await eraseBuyerData(ctx.payload, inquiry.id)
  return {
    status: 200,
    element: (
      <Layout ctx={ctx} title={ctx.t.erased} isIndexable={false}>
        <div className="card" role="status">
          <div className="body">
            <h1>{ctx.t.erased}</h1>
            <p>{ctx.t.erasedText}</p>
          </div>
        </div>
      </Layout>
    ),
  }
}
