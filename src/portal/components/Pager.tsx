import { type RenderContext, linkTo } from '@/portal/context'

/** Previous/next links of a paged list, keeping the rest of the query. */
export const Pager = ({
  ctx,
  page,
  totalPages,
  query,
}: {
  ctx: RenderContext
  page: number
  totalPages: number
  query: URLSearchParams
}) => {
  if (totalPages <= 1) return null
  const link = (target: number) => {
    const next = new URLSearchParams(query)
    next.set('page', String(target))
    return linkTo(ctx, `${ctx.path}?${next.toString()}`)
  }
  return (
    <nav className="pager" aria-label={ctx.t.page}>
      {page > 1 ? (
        <a rel="prev" href={link(page - 1)}>
          {ctx.t.previous}
        </a>
      ) : null}
      <span>
        {ctx.t.page} {page} / {totalPages}
      </span>
      {page < totalPages ? (
        <a rel="next" href={link(page + 1)}>
          {ctx.t.next}
        </a>
      ) : null}
    </nav>
  )
}
