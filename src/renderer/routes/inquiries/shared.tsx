import { ATTACHMENT_LIMITS, SLUGS } from '@/constants'
import { findThread as findThreadByToken } from '@/inquiries/reply'
import type { InquiryScope } from '@/inquiries/submit'
import type { Values } from '@/inquiries/values'
import type { Factory } from '@/payload-types'
import { asPublic, hrefFor, type RenderContext } from '@/portal/context'

import { notFound } from '@/renderer/errors'

/** What a route hands back to the router: a page, a file, or a redirect. */
export type InquiryResult = {
  status: number
  element?: React.ReactElement
  redirect?: string
  file?: { body: Buffer | string; contentType: string; headers: Record<string, string> }
}

/**
 * A private file as a download for the private link's holder: never shown inline (a PDF or an
 * image with script cannot run on the portal's origin), its type as sniffed at upload.
 */
export const downloadOf = (found: {
  body: Buffer
  file: { filename?: string | null; mimeType?: string | null }
}): InquiryResult => ({
  status: 200,
  file: {
    body: found.body,
    contentType: found.file.mimeType ?? 'application/octet-stream',
    headers: {
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(found.file.filename ?? 'file')}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  },
})

/** Field → the message shown beside it (and in the list at the top of the form). */
export type Errors = Record<string, string>

/** The use case's view of this render: its belt, language and public reads. */
export const scopeOf = (ctx: RenderContext): InquiryScope => ({
  payload: ctx.payload,
  belt: { id: ctx.belt!.id, slug: ctx.belt!.slug },
  locale: ctx.locale,
  reads: ctx.reads,
})

/** The factory by its slug, as the public sees it; a 404 otherwise. */
export const findFactory = async (ctx: RenderContext, slug: string) => {
  const { docs } = await ctx.payload.find({
    collection: SLUGS.factories,
    where: { slug: { equals: slug } },
    limit: 1,
    // No total is shown: no COUNT(*) before the row.
    pagination: false,
    depth: 0,
    locale: ctx.locale,
    fallbackLocale: 'zh',
    ...asPublic(ctx),
  })
  if (!docs[0]) throw notFound()
  return docs[0] as Factory
}

/** The thread the private link's token opens on this belt; a 404 otherwise. */
export const findThread = async (ctx: RenderContext, token: string) => {
  const inquiry = await findThreadByToken({
    payload: ctx.payload,
    beltID: ctx.belt!.id,
    token,
    locale: ctx.locale,
  })
  if (!inquiry) throw notFound()
  return inquiry
}

/** Attributes that tie a control to its refusal: marked invalid, described by the message. */
const invalid = (name: string, errors: Errors) =>
  errors[name]
    ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${name}-error` }
    : { 'aria-invalid': undefined }

/** A control with its label above it and, when refused, the reason below it (announced). */
const Labelled = ({
  name,
  label,
  errors,
  required = false,
  children,
}: {
  name: string
  label: string
  errors: Errors
  required?: boolean
  children: React.ReactNode
}) => (
  <label className="field">
    <span>
      {label}
      {required ? ' *' : ''}
    </span>
    {children}
    {errors[name] ? (
      <span id={`${name}-error`} role="alert" className="field-error">
        {errors[name]}
      </span>
    ) : null}
  </label>
)

/** This portal in this language, absolute (`https://zhili.example.com/en`): where links point. */
export const linkBaseOf = (ctx: RenderContext) =>
  `${ctx.origin}${hrefFor(ctx, '')}`.replace(/\/$/, '')

export const Field = ({
  name,
  label,
  values,
  errors,
  type = 'text',
  required = false,
  max = 200,
  step,
  min,
}: {
  name: string
  label: string
  values: Values
  errors: Errors
  type?: string
  required?: boolean
  max?: number
  /** For a number: `any` takes decimals (a target price of 2.5), 1 whole numbers only. */
  step?: string
  min?: number
}) => (
  <Labelled name={name} label={label} errors={errors} required={required}>
    <input
      name={name}
      type={type}
      defaultValue={values[name] ?? ''}
      required={required}
      maxLength={type === 'number' ? undefined : max}
      step={step}
      min={min}
      inputMode={type === 'number' ? (step === 'any' ? 'decimal' : 'numeric') : undefined}
      {...invalid(name, errors)}
    />
  </Labelled>
)

/** A choice from a list, kept on a refusal. */
export const Select = ({
  name,
  label,
  options,
  values,
  errors,
}: {
  name: string
  label: string
  options: { value: string; label: string }[]
  values: Values
  errors: Errors
}) => (
  <Labelled name={name} label={label} errors={errors}>
    <select name={name} defaultValue={values[name] ?? ''} {...invalid(name, errors)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </Labelled>
)

/** The list of refusals above a form, in the page's language. */
export const ErrorSummary = ({ ctx, errors }: { ctx: RenderContext; errors: Errors }) => {
  const messages = Object.values(errors)
  return messages.length ? (
    <div role="alert" className="card alert">
      <div className="body">
        <p>{ctx.t.fixErrors}</p>
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </div>
    </div>
  ) : null
}

/** A long text (the inquiry's message, a sourcing request's details), kept on a refusal. */
export const TextArea = ({
  name,
  label,
  values,
  errors,
  required = false,
}: {
  name: string
  label: string
  values: Values
  errors: Errors
  required?: boolean
}) => (
  <Labelled name={name} label={label} errors={errors} required={required}>
    <textarea
      name={name}
      rows={6}
      required={required}
      maxLength={5000}
      defaultValue={values[name] ?? ''}
      {...invalid(name, errors)}
    />
  </Labelled>
)

/** The buyer's name, company, e-mail and phone: what a factory sees once it may. */
export const ContactFields = ({
  ctx,
  values,
  errors,
}: {
  ctx: RenderContext
  values: Values
  errors: Errors
}) => (
  <>
    <Field name="name" label={ctx.t.yourName} values={values} errors={errors} required max={100} />
    <Field name="company" label={ctx.t.company} values={values} errors={errors} max={150} />
    <Field name="email" label={ctx.t.email} values={values} errors={errors} type="email" required />
    <Field name="phone" label={ctx.t.phone} values={values} errors={errors} max={40} />
  </>
)

/** A field people never see: bots fill it in, and their submission is dropped. */
export const Honeypot = () => (
  <div
    aria-hidden="true"
    // Clipped where it stands, not moved off screen: 10,000 px to the left is scrollable on a
    // right-to-left page (the Arabic form scrolled sideways into nothing).
    style={{
      position: 'absolute',
      width: 1,
      height: 1,
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    }}
  >
    <label>
      Website
      <input name="website" tabIndex={-1} autoComplete="off" />
    </label>
  </div>
)

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.xlsx,.docx,' + ATTACHMENT_LIMITS.mimeTypes.join(',')

export const AttachmentInput = ({ ctx, error }: { ctx: RenderContext; error?: string }) => (
  <label className="field">
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
      <span role="alert" className="field-error">
        {error}
      </span>
    ) : null}
  </label>
)
