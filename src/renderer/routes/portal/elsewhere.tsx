import type { Category, Product, Tenant } from '@/payload-types'

import { publicViewContext } from '@/access/publicWhere'
import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import { ProductCard } from '@/portal/components/cards'
import { asPublic, expireAt, hrefFor, type RenderContext } from '@/portal/context'
import { heldAcrossBelts } from '@/portal/heldReads'
import { likeWords, searchIndex } from '@/search'
import { publicURL } from '@/utilities/config'
import { portalURL } from '../hub'
import { PRODUCT_CARD, withImages } from './reads'

/** How many a product page shows; at most one per belt. */
const COUNT = 4
/** How long a page showing them stays cached at most, so that new matches elsewhere appear. */
const FRESH_FOR_MS = 10 * 60_000

type Found = { product: Product; belt: Pick<Tenant, 'id' | 'name' | 'slug' | 'domains'> }
type Card = { product: Product; beltName: string; href: string }

/**
 * Similar products from other belts (issue #21): the published products of the other published
 * belts that share the most words with this product's name and category, ranked by the search
 * index ("more like this": any of the words, src/search). Read as the anonymous public of the
 * hub reads (every published belt, through the same access rules as REST), so nothing a buyer
 * could not open is shown: no draft, no product of a draft factory or an unpublished belt.
 *
 * The page then shows other belts' content, so it is cached with them (`ctx.otherBelts`): an
 * edit in any belt it shows evicts it, in every process, as its own belt's edits do, and the held
 * read with it; and for ten minutes at most, so that a product newly published elsewhere shows.
 * A route whose render keeps no such list gets none (it could not be evicted with them).
 * Without a search index (`CHANDI_SEARCH_INDEX=false`) the section is left out.
 */
export const similarElsewhere = async (
  ctx: RenderContext,
  product: Product,
  category: Category | undefined,
): Promise<Card[]> => {
  const belt = ctx.belt
  const otherBelts = ctx.otherBelts
  if (!belt || !otherBelts) return []
  // The category's words first: a long name cut at the query's 16 words keeps them.
  const words = [category?.name, product.name].filter(Boolean).join(' ')
  const found = await heldAcrossBelts(
    ctx,
    `elsewhere:${product.id}:${ctx.locale}:${words}`,
    () => readElsewhere(ctx, belt.id, words),
    (items) => items.map((item) => String(item.belt.id)),
  )
  expireAt(ctx, Date.now() + FRESH_FOR_MS)
  for (const item of found) otherBelts.add(String(item.belt.id))
  const currency = ctx.money?.asked ? `?currency=${ctx.money.asked}` : ''
  return found.flatMap(({ product: other, belt: its }) => {
    const portal = portalOf(ctx, its)?.replace(/\/$/, '')
    if (!portal) return []
    return [
      { product: other, beltName: its.name, href: `${portal}/products/${other.slug}${currency}` },
    ]
  })
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
    select: { ...PRODUCT_CARD, tenant: true },
    ...common,
  })
  const byID = new Map(docs.map((doc) => [String(doc.id), doc as Product]))
  const beltsShown = new Set<string>()
  const picked: Product[] = []
  const wanted = new Set(likeWords(words))
  // In the index's order (best first), one per belt (more belts to discover, and a belt's product
  // stuffed with common words takes one place), and only those whose own name shares a word with
  // this product's name or category: a match on a summary's "cotton" alone is not similar.
  for (const id of ids) {
    const doc = byID.get(String(id))
    const beltOf = String(idOf(doc?.tenant as never))
    if (!doc || beltsShown.has(beltOf)) continue
    if (!likeWords(doc.name).some((word) => wanted.has(word))) continue
    beltsShown.add(beltOf)
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

/**
 * Another belt's portal as seen from this one: `portalURL`'s on a development machine or for a
 * belt with a domain; else `<slug>.<PUBLIC_URL's host>`, and without PUBLIC_URL no link at all
 * (this portal's own host may be a domain of its own, under which no other belt lives).
 */
const portalOf = (ctx: RenderContext, belt: Found['belt']) => {
  if (ctx.host.endsWith('.localhost') || belt.domains?.[0]?.domain) return portalURL(ctx, belt)
  const hub = publicURL()
  return hub ? `${hub.protocol}//${belt.slug}.${hub.host}${hrefFor(ctx, '/')}` : null
}

/** The cards, each linking to its own belt's portal (in the page's language and currency). */
export const ElsewhereRow = ({ ctx, cards }: { ctx: RenderContext; cards: Card[] }) =>
  cards.length === 0 ? null : (
    <section aria-labelledby="similar-elsewhere">
      <h2 id="similar-elsewhere">{ctx.t.similarElsewhere}</h2>
      <ul className="grid">
        {cards.map(({ product, beltName, href }) => (
          <li key={product.id}>
            <ProductCard ctx={ctx} product={product} belt={beltName} href={href} />
          </li>
        ))}
      </ul>
    </section>
  )
