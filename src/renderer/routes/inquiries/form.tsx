import { ownerOf } from '@/buyers/accounts'
import { factoryProducts, submitInquiry as submit } from '@/inquiries/submit'
import type { Upload } from '@/inquiries/uploads'
import type { Values } from '@/inquiries/values'
import { Layout } from '@/portal/components/Layout'
import { festivalPricesFor } from '@/portal/campaigns'
import { TierTable } from '@/portal/components/TierTable'
import { hrefFor, type RenderContext, linkTo } from '@/portal/context'
import { formatters } from '@/portal/i18n'
import { unitLabel } from '@/portal/labels'

import { problemTexts } from './problems'
import {
  AttachmentInput,
  ContactFields,
  ErrorSummary,
  Field,
  findFactory,
  Honeypot,
  linkBaseOf,
  scopeOf,
  Select,
  TextArea,
  type Errors,
  type InquiryResult,
} from './shared'

/** The inquiry form of one factory; works without JavaScript. */
export const renderInquiryForm = async (
  ctx: RenderContext,
  factorySlug: string,
  values: Values = {},
  errors: Errors = {},
  status = 200,
): Promise<InquiryResult> => {
  const factory = await findFactory(ctx, factorySlug)
  const products = await factoryProducts({ scope: scopeOf(ctx), factoryID: factory.id })
  const t = ctx.t
  const selected = products.find((product) => product.slug === values.product)
  // During a festival the tiers shown are the festival's, as on the product page.
  const festival = selected ? await festivalPricesFor(ctx, selected.id) : null
  return {
    status,
    element: (
      <Layout ctx={ctx} title={`${t.inquireTitle} · ${factory.name}`} isIndexable={false}>
        <h1>{t.inquireTitle}</h1>
        <p>
          <a href={linkTo(ctx, `/factories/${factory.slug}`)}>{factory.name}</a>
        </p>
        <p>{t.inquireIntro}</p>
        <ErrorSummary ctx={ctx} errors={errors} />
        <form
          method="post"
          encType="multipart/form-data"
          action={hrefFor(ctx, `/factories/${factory.slug}/inquire`)}
          className="panel"
        >
          <Select
            name="product"
            label={t.product}
            values={values}
            errors={errors}
            options={[
              { value: '', label: '—' },
              ...products.map((product) => ({
                value: product.slug,
                label: `${product.name} (${t.moq} ${formatters(ctx.ui).quantity(product.moq.quantity, product.moq.unit)})`,
              })),
            ]}
          />
          {selected ? (
            <TierTable
              ctx={ctx}
              tiers={festival?.tiers ?? selected.priceTiers ?? []}
              unit={unitLabel(ctx, selected.moq.unit)}
              currency={selected.currency}
              priceLabel={festival ? t.festivalPrice : t.unitPrice}
              quantity={Number(values.quantity) || null}
            />
          ) : null}
          <Field
            name="quantity"
            label={t.quantity}
            values={values}
            errors={errors}
            type="number"
            step="1"
            min={1}
          />
          <Field
            name="targetPrice"
            label={t.targetPrice}
            values={values}
            errors={errors}
            type="number"
            step="any"
            min={0}
          />
          <Field
            name="destinationCountry"
            label={t.destination}
            values={values}
            errors={errors}
            max={60}
          />
          <TextArea name="message" label={t.message} values={values} errors={errors} required />
          <ContactFields ctx={ctx} values={values} errors={errors} />
          <Field name="wechat" label={t.wechat} values={values} errors={errors} max={60} />
          <Field name="whatsapp" label={t.whatsapp} values={values} errors={errors} max={40} />
          <AttachmentInput ctx={ctx} error={errors.attachments} />
          <Honeypot />
          <button type="submit">{t.send}</button>
        </form>
      </Layout>
    ),
  }
}

/**
 * The form's POST: the use case checks and stores the inquiry (src/inquiries/submit.ts); this
 * answers with the form again (its refusals worded, the buyer's text kept) or a redirect.
 */
export const submitInquiry = async (
  ctx: RenderContext,
  factorySlug: string,
  {
    form: values,
    ip,
    buyerUserID,
    files = [],
    account,
  }: {
    form: Values
    ip: string
    buyerUserID?: number | string
    files?: Upload[]
    /** The buyer signed in with the portal's cookie (src/buyers/), if any. */
    account?: { id: number | string; email: string } | null
  },
): Promise<InquiryResult> => {
  const factory = await findFactory(ctx, factorySlug)
  const result = await submit({
    scope: scopeOf(ctx),
    factory,
    values,
    files,
    ip,
    buyerUserID,
    buyerAccountID: ownerOf(account, values.email),
    linkBase: linkBaseOf(ctx),
    receipt: { title: ctx.t.sent, text: ctx.t.sentText },
  })
  switch (result.outcome) {
    case 'ignored':
      return { status: 303, redirect: hrefFor(ctx, `/factories/${factory.slug}`) }
    case 'invalid':
      return renderInquiryForm(ctx, factorySlug, values, problemTexts(ctx, result.problems), 400)
    case 'limited':
      return renderInquiryForm(ctx, factorySlug, values, { form: ctx.t.tooMany }, 429)
    case 'duplicate':
      return renderInquiryForm(ctx, factorySlug, {}, { form: ctx.t.duplicate }, 409)
    case 'sent':
      return { status: 303, redirect: hrefFor(ctx, `/inquiries/${result.token}?sent=1`) }
  }
}
