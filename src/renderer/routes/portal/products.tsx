import type { Where } from 'payload'

import type { Product } from '@/payload-types'

import { EmptyState, ProductCard } from '@/portal/components/cards'
import { CurrencyInput } from '@/portal/components/Money'
import { Layout } from '@/portal/components/Layout'
import { hrefFor, type RenderContext, linkTo } from '@/portal/context'
import { notFound } from '@/renderer/errors'
import { Pager } from '@/portal/components/Pager'
import {
  MAX_PAGE,
  PRODUCT_CARD,
  find,
  beltCategories,
  CategorySelect,
  intParam,
  stringParam,
  categoryWithDescendants,
} from './reads'

export const renderProducts = async (ctx: RenderContext, query: URLSearchParams) => {
  const page = intParam(query.get('page') ?? undefined, 'page', { min: 1, max: MAX_PAGE }) ?? 1
  const moqMax = intParam(query.get('moqMax') ?? undefined, 'moqMax', { min: 1, max: 1e9 })
  const category = stringParam(query.get('category'))
  const where: Where[] = []
  if (category)
    where.push({ category: { in: (await categoryWithDescendants(ctx, category)) ?? [] } })
  if (moqMax !== undefined) where.push({ 'moq.quantity': { less_than_equal: moqMax } })
  const [result, categories] = await Promise.all([
    find<Product>(ctx, 'products', {
      where: { and: where },
      page,
      sort: 'name',
      depth: 1,
      select: PRODUCT_CARD,
    }),
    beltCategories(ctx),
  ])
  if (page > 1 && page > result.totalPages) throw notFound()
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t.products} description={`${ctx.belt!.name} · ${t.products}`}>
      <h1>{t.products}</h1>
      <form className="filters" method="get" action={hrefFor(ctx, '/products')}>
        <CurrencyInput ctx={ctx} />
        <CategorySelect ctx={ctx} categories={categories.docs} selected={category} />
        <label>
          {t.moqMax}
          <input name="moqMax" type="number" min={1} defaultValue={moqMax ?? ''} />
        </label>
        <button type="submit">{t.apply}</button>
      </form>
      {result.docs.length === 0 ? (
        <EmptyState ctx={ctx} clearHref={query.toString() ? linkTo(ctx, '/products') : undefined} />
      ) : null}
      <ul className="grid">
        {result.docs.map((product) => (
          <li key={product.id}>
            <ProductCard ctx={ctx} product={product} />
          </li>
        ))}
      </ul>
      <Pager ctx={ctx} page={page} totalPages={result.totalPages} query={query} />
    </Layout>
  )
}
