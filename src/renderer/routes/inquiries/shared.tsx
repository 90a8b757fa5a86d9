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
  <label style={{ display: 'flex', flexDirection: 'column', gap: 4, marginBottom: 12 }}>
    {label}
    {required ? ' *' : ''}
    <input
      name={name}
      type={type}
      defaultValue={values[name] ?? ''}
      required={required}
      maxLength={type === 'number' ? undefined : max}
      step={step}
      min={min}
      inputMode={type === 'number' ? (step === 'any' ? 'decimal' : 'numeric') : undefined}
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

export const AttachmentInput = ({ ctx, error }: { ctx: RenderContext; error?: string }) => (
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
