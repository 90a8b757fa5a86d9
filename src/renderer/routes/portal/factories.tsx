import type { Where } from 'payload'

import type { Factory, Product } from '@/payload-types'

import { EmptyState, FactoryCard, ProductCard, VerifiedBadge } from '@/portal/components/cards'
import { Image } from '@/portal/components/Image'
import { Layout } from '@/portal/components/Layout'
import { CurrencyInput } from '@/portal/components/Money'
import {
  hrefFor,
  imageSource,
  mainDocQuery,
  type RenderContext,
  showsDocument,
  linkTo,
} from '@/portal/context'
import { notFound } from '@/renderer/errors'
import { formatters } from '@/portal/i18n'
import { CAPABILITIES, EXPORT_MARKETS, capabilityLabel, marketLabel } from '@/portal/labels'
import { RichText } from '@/portal/richText'
import { upcomingSessions } from '@/portal/campaigns'
import { SessionItem } from '@/portal/components/SessionItem'
import { Pager } from '@/portal/components/Pager'
import {
  MAX_PAGE,
  WITHOUT_BELT,
  FACTORY_CARD,
  PRODUCT_CARD,
  find,
  beltCategories,
  CategorySelect,
  intParam,
  stringParam,
  categoryWithDescendants,
  factoryIDsFromProducts,
  SORTS,
} from './reads'

export const renderFactories = async (ctx: RenderContext, query: URLSearchParams) => {
  const page = intParam(query.get('page') ?? undefined, 'page', { min: 1, max: MAX_PAGE }) ?? 1
  const moqMin = intParam(query.get('moqMin') ?? undefined, 'moqMin', { min: 1, max: 1e9 })
  const moqMax = intParam(query.get('moqMax') ?? undefined, 'moqMax', { min: 1, max: 1e9 })
  const category = stringParam(query.get('category'))
  const capability = CAPABILITIES.find((option) => option.value === query.get('capability'))?.value
  const market = EXPORT_MARKETS.find((option) => option.value === query.get('market'))?.value
  const certification = stringParam(query.get('certification'), 60)
  const isVerifiedOnly = query.get('verified') === '1'
  // An own key only: `?sort=valueOf` named Object's method (a 500).
  const asked = query.get('sort') ?? ''
  const sort = Object.hasOwn(SORTS, asked) ? SORTS[asked] : 'name'

  const where: Where[] = []
  if (capability) where.push({ capabilities: { contains: capability } })
  if (market) where.push({ exportMarkets: { contains: market } })
  if (certification) where.push({ 'certifications.name': { like: certification } })
  if (isVerifiedOnly) where.push({ 'verification.status': { equals: 'verified' } })
  const productWhere: Where[] = []
  if (category) {
    const ids = await categoryWithDescendants(ctx, category)
    productWhere.push({ category: { in: ids ?? [] } })
  }
  if (moqMin !== undefined) productWhere.push({ 'moq.quantity': { greater_than_equal: moqMin } })
  if (moqMax !== undefined) productWhere.push({ 'moq.quantity': { less_than_equal: moqMax } })
  if (productWhere.length > 0)
    where.push({ id: { in: await factoryIDsFromProducts(ctx, productWhere) } })

  const [result, categories] = await Promise.all([
    find<Factory>(ctx, 'factories', {
      where: { and: where },
      page,
      sort,
      depth: 1,
      select: FACTORY_CARD,
    }),
    beltCategories(ctx),
  ])
  if (page > 1 && page > result.totalPages) throw notFound()
  const t = ctx.t
  return (
    <Layout ctx={ctx} title={t.factories} description={`${ctx.belt!.name} · ${t.factories}`}>
      <h1>{t.factories}</h1>
      <form className="filters" method="get" action={hrefFor(ctx, '/factories')}>
        <CurrencyInput ctx={ctx} />
        <CategorySelect ctx={ctx} categories={categories.docs} selected={category} />
        <label>
          {t.capability}
          <select name="capability" defaultValue={capability ?? ''}>
            <option value="">—</option>
            {CAPABILITIES.map((option) => (
              <option key={option.value} value={option.value}>
                {capabilityLabel(ctx, option.value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.market}
          <select name="market" defaultValue={market ?? ''}>
            <option value="">—</option>
            {EXPORT_MARKETS.map((option) => (
              <option key={option.value} value={option.value}>
                {marketLabel(ctx, option.value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.certification}
          <input name="certification" defaultValue={certification ?? ''} maxLength={60} />
        </label>
        <label>
          {t.moqMin}
          <input name="moqMin" type="number" min={1} defaultValue={moqMin ?? ''} />
        </label>
        <label>
          {t.moqMax}
          <input name="moqMax" type="number" min={1} defaultValue={moqMax ?? ''} />
        </label>
        <label>
          <span>
            <input name="verified" type="checkbox" value="1" defaultChecked={isVerifiedOnly} />{' '}
            {t.verifiedOnly}
          </span>
        </label>
        <label>
          {t.sort}
          <select name="sort" defaultValue={query.get('sort') ?? 'name'}>
            <option value="name">{t.sortName}</option>
            <option value="newest">{t.sortNewest}</option>
            <option value="verified">{t.sortVerified}</option>
          </select>
        </label>
        <button type="submit">{t.apply}</button>
      </form>
      <p>
        {t.total} {formatters(ctx.ui).number(result.totalDocs)}
      </p>
      {result.docs.length === 0 ? (
        <EmptyState
          ctx={ctx}
          clearHref={query.toString() ? linkTo(ctx, '/factories') : undefined}
        />
      ) : null}
      <ul className="grid">
        {result.docs.map((factory) => (
          <li key={factory.id}>
            <FactoryCard ctx={ctx} factory={factory} />
          </li>
        ))}
      </ul>
      <Pager ctx={ctx} page={page} totalPages={result.totalPages} query={query} />
    </Layout>
  )
}

export const renderFactory = async (ctx: RenderContext, slug: string) => {
  const { docs } = await find<Factory>(ctx, 'factories', {
    ...mainDocQuery(ctx, 'factories', slug),
    limit: 1,
    depth: 1,
    select: WITHOUT_BELT,
  })
  const factory = docs[0]
  if (!factory) throw notFound()
  showsDocument(ctx, factory.id)
  const [products, sessions] = await Promise.all([
    find<Product>(ctx, 'products', {
      where: { factory: { equals: factory.id } },
      limit: 48,
      depth: 1,
      select: PRODUCT_CARD,
    }),
    upcomingSessions(ctx, { factory: factory.id, limit: 10 }),
  ])
  const t = ctx.t
  const { number } = formatters(ctx.ui)
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: factory.name,
    url: `${ctx.canonicalOrigin}${hrefFor(ctx, `/factories/${factory.slug}`)}`,
    ...(factory.foundedYear ? { foundingDate: String(factory.foundedYear) } : {}),
    ...(factory.staffCount
      ? { numberOfEmployees: { '@type': 'QuantitativeValue', value: factory.staffCount } }
      : {}),
    ...(factory.address ? { address: factory.address } : {}),
    parentOrganization: { '@type': 'Organization', name: ctx.belt!.name },
  }
  return (
    <Layout
      ctx={ctx}
      title={factory.meta?.title || factory.name}
      description={factory.meta?.description || factory.summary || factory.mainProducts}
      ogImage={imageSource((factory.meta?.image ?? factory.photos?.[0]) as never)?.src}
      jsonLd={[ld]}
    >
      <article>
        <h1>
          <bdi>{factory.name}</bdi>
        </h1>
        <VerifiedBadge ctx={ctx} factory={factory} />
        <p className="inquire-bar">
          <a className="button" href={linkTo(ctx, `/factories/${factory.slug}/inquire`)}>
            {t.inquire}
          </a>
        </p>
        {factory.summary ? <p dir="auto">{factory.summary}</p> : null}
        <dl className="facts">
          {factory.foundedYear ? (
            <>
              <dt>{t.founded}</dt>
              <dd>{factory.foundedYear}</dd>
            </>
          ) : null}
          {factory.staffCount ? (
            <>
              <dt>{t.staff}</dt>
              <dd>{number(factory.staffCount)}</dd>
            </>
          ) : null}
          {factory.capacity?.amount ? (
            <>
              <dt>{t.capacity}</dt>
              <dd>
                <bdi>
                  {number(factory.capacity.amount)} {factory.capacity.unit}
                </bdi>
              </dd>
            </>
          ) : null}
          {factory.mainProducts ? (
            <>
              <dt>{t.mainProducts}</dt>
              <dd>
                <bdi>{factory.mainProducts}</bdi>
              </dd>
            </>
          ) : null}
          {factory.capabilities?.length ? (
            <>
              <dt>{t.capability}</dt>
              <dd>
                {factory.capabilities.map((value) => capabilityLabel(ctx, value)).join(' · ')}
              </dd>
            </>
          ) : null}
          {factory.exportMarkets?.length ? (
            <>
              <dt>{t.exportMarkets}</dt>
              <dd>{factory.exportMarkets.map((value) => marketLabel(ctx, value)).join(' · ')}</dd>
            </>
          ) : null}
        </dl>
        <RichText ctx={ctx} data={factory.description} />
        {factory.certifications?.length ? (
          <section aria-labelledby="certs">
            <h2 id="certs">{t.certifications}</h2>
            <ul>
              {factory.certifications.map((cert) => (
                <li key={cert.id ?? cert.name}>
                  {cert.name}
                  {cert.issuer ? ` — ${cert.issuer}` : ''}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {factory.photos?.length ? (
          <section aria-labelledby="photos">
            <h2 id="photos">{t.photos}</h2>
            <ul className="grid">
              {factory.photos.map((photo) => (
                <li key={typeof photo === 'object' ? photo.id : photo}>
                  <Image media={photo as never} sizes="(max-width: 600px) 100vw, 360px" />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {factory.tourVideoUrl ? (
          <p>
            <a href={factory.tourVideoUrl} rel="noopener noreferrer nofollow">
              {t.tour}
            </a>
          </p>
        ) : null}
        <section aria-labelledby="factory-live">
          <h2 id="factory-live">{t.lineup}</h2>
          {sessions.length === 0 ? (
            <p>{t.noSessions}</p>
          ) : (
            sessions.map((session) => <SessionItem key={session.id} ctx={ctx} session={session} />)
          )}
          <p>
            <a href={linkTo(ctx, `/factories/${factory.slug}/live.ics`)} download>
              {t.addToCalendar}
            </a>
          </p>
        </section>
        <section aria-labelledby="factory-products">
          <h2 id="factory-products">{t.productsOf}</h2>
          <ul className="grid">
            {products.docs.map((product) => (
              <li key={product.id}>
                <ProductCard ctx={ctx} product={product} />
              </li>
            ))}
          </ul>
        </section>
      </article>
    </Layout>
  )
}
