import { Layout } from '@/portal/components/Layout'
import { type RenderContext, linkTo } from '@/portal/context'

export const renderError = (
  ctx: RenderContext,
  status: 400 | 403 | 404 | 413 | 414,
  message?: string,
) => {
  const t = ctx.t
  const title =
    status === 404
      ? ctx.belt
        ? t.notFound
        : t.noPortal
      : status === 403
        ? t.previewInvalid
        : t.badRequest
  return (
    <Layout ctx={ctx} title={title} isIndexable={false}>
      <h1>{title}</h1>
      <p>{status === 404 ? t.notFoundText : status === 403 ? t.previewInvalidText : message}</p>
      <p>
        <a href={linkTo(ctx, '/')}>{t.home}</a>
      </p>
    </Layout>
  )
}
