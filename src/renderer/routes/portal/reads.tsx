import type { Where } from 'payload'

import { SLUGS } from '@/constants'
import type { Category } from '@/payload-types'

import { asPublic, type RenderContext } from '@/portal/context'
import { heldRead } from '@/portal/heldReads'
import { badRequest } from '@/renderer/errors'

export const PAGE_SIZE = 12
export const MAX_PAGE = 10_000

/** What a card needs: lists select only these, so a page reads (and populates) no more. */
export const FACTORY_CARD = {
  name: true,
  slug: true,
  mainProducts: true,
  verification: true,
  photos: true,
} as const
export const PRODUCT_CARD = {
  name: true,
  slug: true,
  moq: true,
  priceTiers: true,
  currency: true,
  images: true,
} as const

/**
 * A page's own document is read whole but for its belt: no page shows it, and depth 1 would
 * populate the whole belt (its localized texts and images) once more per render.
 */
export const WITHOUT_BELT = { tenant: false } as const

/** Image fields of the cards: filled by one query for all the cards' images (`withImages`). */
export const CARD_IMAGES = ['images', 'photos'] as const

/**
 * Puts the media documents in place of their ids in the cards' image fields, with one query for
 * the distinct images of the whole list. Depth 1 did the same per card, and also populated each
 * card's belt: two thirds of a factory profile's 48 product cards' time at Canton Fair scale.
 */
export const withImages = async <T,>(ctx: RenderContext, docs: T[]) => {
  const ids = new Set<number>()
  for (const doc of docs as Record<string, unknown>[])
    for (const field of CARD_IMAGES)
      for (const id of (doc[field] as number[] | undefined) ?? [])
        if (typeof id === 'number') ids.add(id)
  if (ids.size === 0) return docs
  const { docs: media } = await ctx.payload.find({
    collection: SLUGS.media,
    where: { id: { in: [...ids] } },
    limit: ids.size,
    depth: 0,
    pagination: false,
    locale: ctx.locale,
    fallbackLocale: 'zh',
    ...asPublic(ctx),
  })
  const byID = new Map(media.map((item) => [item.id, item]))
  for (const doc of docs as Record<string, unknown>[]) {
    for (const field of CARD_IMAGES)
      if (Array.isArray(doc[field]))
        doc[field] = (doc[field] as number[]).map((id) => byID.get(id)).filter(Boolean)
  }
  return docs
}

/**
 * A public list or document read of the page's belt, held with the belt's pages (`heldRead`):
 * the same read by another render (another query string, another page showing the same list)
 * costs no query until the belt's next edit.
 */
export const find = <T,>(
  ctx: RenderContext,
  collection: 'factories' | 'products' | 'categories' | 'pages',
  args: {
    where: Where
    limit?: number
    page?: number
    sort?: string
    depth?: number
    select?: Record<string, boolean>
    draft?: boolean
  },
) =>
  heldRead(ctx, `find:${collection}:${ctx.locale}:${JSON.stringify(args)}`, async () => {
    const isCardList =
      args.depth === 1 &&
      args.select !== undefined &&
      CARD_IMAGES.some((field) => field in args.select!)
    const result = (await ctx.payload.find({
      collection,
      where: args.where,
      limit: args.limit ?? PAGE_SIZE,
      page: args.page ?? 1,
      // Only the paged lists show a total: elsewhere the COUNT(*) over a belt's 120,000 products
      // at Canton Fair scale would cost more than the page itself.
      pagination: args.page !== undefined,
      sort: args.sort,
      depth: isCardList ? 0 : (args.depth ?? 1),
      ...(args.select ? { select: args.select as never } : {}),
      ...(args.draft ? { draft: true } : {}),
      locale: ctx.locale,
      fallbackLocale: 'zh',
      ...asPublic(ctx),
    })) as unknown as { docs: T[]; totalDocs: number; totalPages: number; page?: number }
    if (isCardList) await withImages(ctx, result.docs)
    return result
  })

/** The belt's categories for a filter, by the operator's order. */
export const beltCategories = (ctx: RenderContext) =>
  find<Category>(ctx, 'categories', {
    where: {},
    limit: 200,
    sort: 'sortOrder',
    depth: 0,
    select: { name: true, slug: true },
  })

export const CategorySelect = ({
  ctx,
  categories,
  selected,
}: {
  ctx: RenderContext
  categories: Category[]
  selected?: string
}) => (
  <label>
    {ctx.t.category}
    <select name="category" defaultValue={selected ?? ''}>
      <option value="">{ctx.t.allCategories}</option>
      {categories.map((doc) => (
        <option key={doc.id} value={doc.slug}>
          {doc.name}
        </option>
      ))}
    </select>
  </label>
)

/** A whole number query parameter within bounds, or undefined; anything else is a 400. */
export const intParam = (
  value: unknown,
  name: string,
  { min, max }: { min: number; max: number },
) => {
  if (value === undefined || value === '') return undefined
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value))
    throw badRequest(`${name} must be a whole number`)
  const number = Number(value)
  if (number < min || number > max) throw badRequest(`${name} must be between ${min} and ${max}`)
  return number
}

export const stringParam = (value: unknown, max = 80) =>
  typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined

/** IDs of a category and every category below it (nested-docs breadcrumbs include the ancestors). */
export const categoryWithDescendants = async (ctx: RenderContext, slug: string) => {
  const { docs } = await find<Category>(ctx, 'categories', {
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) return null
  return categoryFamily(ctx, docs[0].id)
}

/** A category's id and the ids of every category below it, as the public reads them. */
export const categoryFamily = (ctx: RenderContext, id: number) =>
  heldRead(ctx, `categoryFamily:${id}`, async () => {
    const below = await ctx.payload.find({
      collection: SLUGS.categories,
      where: { 'breadcrumbs.doc': { equals: id } },
      limit: 0,
      pagination: false,
      depth: 0,
      select: {},
      ...asPublic(ctx),
    })
    return [id, ...below.docs.map((doc) => doc.id)]
  })

/** The factories with a published product matching `where`: SELECT DISTINCT, not every product. */
export const factoryIDsFromProducts = (ctx: RenderContext, where: Where[]) =>
  heldRead(ctx, `factoryIDsFromProducts:${JSON.stringify(where)}`, async () => {
    const { values } = await ctx.payload.findDistinct({
      collection: SLUGS.products,
      field: 'factory',
      where: { and: where },
      limit: 0,
      depth: 0,
      ...asPublic(ctx),
    })
    return values.map(({ factory }) =>
      factory && typeof factory === 'object' ? factory.id : factory,
    )
  })

export const SORTS: Record<string, string> = {
  name: 'name',
  newest: '-createdAt',
  verified: '-verification.status',
}
