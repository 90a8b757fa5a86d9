import type { Category, Product, Tenant } from '@/payload-types'

import { publicViewContext } from '@/access/publicWhere'
import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import { ProductCard } from '@/portal/components/cards'
import { asPublic, type RenderContext } from '@/portal/context'
import { heldAcrossBelts } from '@/portal/heldReads'
import { likeWords, searchIndex } from '@/search'
import { portalURL } from '../hub'
import { PRODUCT_CARD, withImages } from './reads'

/** How many a product page shows; at most one per factory. */
const COUNT = 4

type Found = { product: Product; belt: Pick<Tenant, 'id' | 'name' | 'slug' | 'domains'> }

/**
 * Similar products from other belts (issue #21): the published products of the other published
 * belts that share the most words with this product's name and category, ranked by the search
 * index ("more like this": any of the words, src/search). Read as the anonymous public of the
 * hub reads (every published belt, through the same access rules as REST), so nothing a buyer
 * could not open is shown: no draft, no product of a draft factory or an unpublished belt.
 *
 * The page then shows other belts' content, so it is cached with them (`ctx.otherBelts`): an
 * edit in any belt it shows evicts it, in every process, as its own belt's edits do. A route
 * whose render keeps no such list gets none (it could not be evicted with them). Without a
 * search index (`CHANDI_SEARCH_INDEX=false`) the section is left out.
 */
export const similarElsewhere = async (
  ctx: RenderContext,
  product: Product,
  category: Category | undefined,
): Promise<Found[]> => {
  const belt = ctx.belt
  const otherBelts = ctx.otherBelts
  if (!belt || !otherBelts) return []
  const words = [product.name, category?.name].filter(Boolean).join(' ')
  const found = await heldAcrossBelts(
    ctx,
    `elsewhere:${belt.id}:${product.id}:${ctx.locale}:${words}`,
    () => readElsewhere(ctx, belt.id, words),
  )
  for (const item of found) otherBelts.add(String(item.belt.id))
  return found
}

const readElsewhere = async (
  ctx: RenderContext,
  beltID: number,
  words: string,
): Promise<Found[]> => {
  // The hub's view: every published belt, as an anonymous REST read sees them.
  const everywhere = { ...ctx, reads: publicViewContext({}) }
  const common = {
    depth: 0,
    limit: 0,
    pagination: false,
    locale: ctx.locale,
    fallbackLocale: 'zh',
    ...asPublic(everywhere),
  } as const
  const { docs: belts } = await ctx.payload.find({
    collection: SLUGS.tenants,
    where: { id: { not_equals: beltID } },
    select: { name: true, slug: true, domains: true },
    ...common,
  })
  if (belts.length === 0) return []
  const hits = await searchIndex(
    ctx.payload,
    words,
    belts.map((other) => other.id),
    40,
    { anyWord: true },
  )
  const ids = (hits ?? []).filter((hit) => hit.kind === 'product').map((hit) => hit.id)
  if (ids.length === 0) return []
  const { docs } = await ctx.payload.find({
    collection: SLUGS.products,
    where: {
      and: [{ id: { in: ids } }, { tenant: { in: belts.map((other) => other.id) } }],
    },
    select: { ...PRODUCT_CARD, factory: true, tenant: true },
    ...common,
  })
  const byID = new Map(docs.map((doc) => [String(doc.id), doc as Product]))
  const factories = new Set<string>()
  const picked: Product[] = []
  const wanted = new Set(likeWords(words))
  // In the index's order (best first), one per factory, and only those whose own name shares a
  // word with this product's name or category: a match on a summary's "cotton" alone is not a
  // similar product.
  for (const id of ids) {
    const doc = byID.get(String(id))
    const factory = String(idOf(doc?.factory as never))
    if (!doc || factories.has(factory)) continue
    if (!likeWords(doc.name).some((word) => wanted.has(word))) continue
    factories.add(factory)
    picked.push(doc)
    if (picked.length === COUNT) break
  }
  await withImages(everywhere, picked)
  const beltByID = new Map(belts.map((other) => [String(other.id), other]))
  return picked.flatMap((doc) => {
    const belt = beltByID.get(String(idOf(doc.tenant as never)))
    return belt ? [{ product: doc, belt }] : []
  })
}

/** The cards, each linking to its own belt's portal (in the page's language and currency). */
export const ElsewhereRow = ({ ctx, found }: { ctx: RenderContext; found: Found[] }) => {
  if (found.length === 0) return null
  const currency = ctx.money?.asked ? `?currency=${ctx.money.asked}` : ''
  return (
    <section aria-labelledby="similar-elsewhere">
      <h2 id="similar-elsewhere">{ctx.t.similarElsewhere}</h2>
      <ul className="grid">
        {found.map(({ product, belt }) => (
          <li key={product.id}>
            <ProductCard
              ctx={ctx}
              product={product}
              belt={belt.name}
              href={`${portalURL(ctx, belt).replace(/\/$/, '')}/products/${product.slug}${currency}`}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
