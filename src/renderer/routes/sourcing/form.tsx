import type { Upload } from '@/inquiries/uploads'
import type { Values } from '@/inquiries/values'
import type { Category } from '@/payload-types'
import { Layout } from '@/portal/components/Layout'
import { asPublic, hrefFor, type RenderContext } from '@/portal/context'
import { unitLabel } from '@/portal/labels'
import { submitSourcing } from '@/sourcing/submit'
import { CURRENCIES, QUANTITY_UNITS } from '@/vocabulary'

import { problemTexts } from '../inquiries/problems'
import {
  AttachmentInput,
  ContactFields,
  ErrorSummary,
  Field,
  Honeypot,
  linkBaseOf,
  Select,
  TextArea,
  type Errors,
  type InquiryResult,
} from '../inquiries/shared'

/** The categories the form offers: this belt's tree, or on the hub every published belt's (by slug). */
const categoryChoices = async (ctx: RenderContext) => {
  const { docs } = await ctx.payload.find({
    collection: 'categories',
    where: {},
    sort: 'sortOrder',
    limit: 500,
    depth: 0,
    locale: ctx.locale,
    fallbackLocale: 'zh',
    select: { slug: true, name: true, parent: true },
    ...asPublic(ctx),
  })
  const seen = new Map<string, string>()
  for (const doc of docs as Category[]) if (!seen.has(doc.slug)) seen.set(doc.slug, doc.name)
  return [...seen].map(([slug, name]) => ({ slug, name }))
}

/** `/sourcing/new`: the posting form, on the hub and on every portal; works without JavaScript. */
export const renderSourcingForm = async (
  ctx: RenderContext,
  values: Values = {},
  errors: Errors = {},
  status = 200,
  sent = false,
): Promise<InquiryResult> => {
  const t = ctx.t
  if (sent)
    return {
      status,
      element: (
        <Layout ctx={ctx} title={t.checkEmail} isIndexable={false}>
          <div className="card" role="status">
            <div className="body">
              <h1>{t.checkEmail}</h1>
              <p>{t.checkEmailText}</p>
            </div>
          </div>
        </Layout>
      ),
    }
  const categories = await categoryChoices(ctx)
  return {
    status,
    element: (
      <Layout ctx={ctx} title={t.sourcingTitle} isIndexable={false}>
        <h1>{t.sourcingTitle}</h1>
        <p>{t.sourcingIntro}</p>
        <ErrorSummary ctx={ctx} errors={errors} />
        <form
          method="post"
          action={hrefFor(ctx, '/sourcing/new')}
          encType="multipart/form-data"
          className="panel"
        >
          <Field
            name="product"
            label={t.sourcingProduct}
            values={values}
            errors={errors}
            required
            max={200}
          />
          <Select
            name="category"
            label={t.category}
            values={values}
            errors={errors}
            options={[
              { value: '', label: t.anyCategory },
              ...categories.map((c) => ({ value: c.slug, label: c.name })),
            ]}
          />
          <Field
            name="quantity"
            label={t.quantity}
            values={values}
            errors={errors}
            type="number"
            step="1"
            min={1}
            required
          />
          <Select
            name="unit"
            label={t.unit}
            values={values}
            errors={errors}
            options={QUANTITY_UNITS.map((unit) => ({
              value: unit.value,
              label: unitLabel(ctx, unit.value),
            }))}
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
          <Select
            name="currency"
            label={t.currency}
            values={values}
            errors={errors}
            options={CURRENCIES.map((code) => ({ value: code, label: code }))}
          />
          <Field
            name="destinationCountry"
            label={t.destination}
            values={values}
            errors={errors}
            max={60}
          />
          <Field name="neededBy" label={t.neededBy} values={values} errors={errors} type="date" />
          <Field
            name="certifications"
            label={t.certificationsWanted}
            values={values}
            errors={errors}
            max={200}
          />
          <label className="check">
            <input
              type="checkbox"
              name="verifiedOnly"
              value="yes"
              defaultChecked={values.verifiedOnly === 'yes'}
            />{' '}
            {t.verifiedOnly}
          </label>
          <TextArea name="details" label={t.details} values={values} errors={errors} />
          <AttachmentInput ctx={ctx} error={errors.attachments} />
          <ContactFields ctx={ctx} values={values} errors={errors} />
          <Honeypot />
          <button type="submit">{t.postRequest}</button>
        </form>
      </Layout>
    ),
  }
}

/** The form's POST: stored unconfirmed and a private link mailed, or the form again with its refusals. */
export const postSourcingForm = async (
  ctx: RenderContext,
  values: Values,
  ip: string,
  files: Upload[] = [],
  buyerAccountID?: number | string,
): Promise<InquiryResult> => {
  const categories = (await categoryChoices(ctx)).map((category) => category.slug)
  const result = await submitSourcing({
    payload: ctx.payload,
    beltID: ctx.belt?.id ?? null,
    values,
    files,
    categories,
    ip,
    linkBase: linkBaseOf(ctx),
    mail: { subject: ctx.t.confirmMailSubject, text: ctx.t.confirmMailText },
    buyerAccountID,
  })
  switch (result.outcome) {
    case 'ignored':
    case 'sent':
      return { status: 303, redirect: hrefFor(ctx, '/sourcing/new?sent=1') }
    case 'invalid':
      return renderSourcingForm(ctx, values, problemTexts(ctx, result.problems), 400)
    case 'limited':
      return renderSourcingForm(ctx, values, { form: ctx.t.tooMany }, 429)
  }
}
