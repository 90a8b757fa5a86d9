import { loadBlockData, RenderBlocks } from '@/blocks/RenderBlocks'
import type { Factory, Media, Page, Product } from '@/payload-types'

import { EmptyState, FactoryCard, ProductCard } from '@/portal/components/cards'
import { Image } from '@/portal/components/Image'
import { Layout } from '@/portal/components/Layout'
import {
  imageSource,
  mainDocQuery,
  type RenderContext,
  showsDocument,
  linkTo,
} from '@/portal/context'
import { notFound } from '@/renderer/errors'
import { RichText } from '@/portal/richText'
import { currentCampaigns, stateOf } from '@/portal/campaigns'
import { Countdown } from '@/portal/components/Time'
import { FACTORY_CARD, PRODUCT_CARD, find } from './reads'

const organizationLd = (ctx: RenderContext) => ({
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: ctx.belt!.name,
  url: `${ctx.canonicalOrigin}/`,
  description: ctx.belt!.tagline ?? ctx.belt!.specialty,
  ...(imageSource(ctx.belt!.branding?.logo as never)
    ? { logo: `${ctx.canonicalOrigin}${imageSource(ctx.belt!.branding?.logo as never)!.src}` }
    : {}),
})

export const renderHome = async (ctx: RenderContext) => {
  const belt = ctx.belt!
  const [campaigns, factories, products] = await Promise.all([
    currentCampaigns(ctx),
    find<Factory>(ctx, 'factories', {
      where: {},
      limit: 6,
      sort: '-verification.status',
      depth: 1,
      select: FACTORY_CARD,
    }),
    // Newest first by id: the belt's index on tenant holds ids in order, so no sort of the belt's
    // 120,000 products (an index on (tenant, updatedAt) was tried: SQLite then chose it for a
    // factory's own products too, and a factory profile went from 13 to 90 ms).
    find<Product>(ctx, 'products', {
      where: {},
      limit: 8,
      sort: '-id',
      depth: 1,
      select: PRODUCT_CARD,
    }),
  ])
  const hero = belt.branding?.heroImage as Media | undefined
  return (
    <Layout
      ctx={ctx}
      title={belt.name}
      description={belt.tagline ?? belt.specialty}
      ogImage={imageSource(hero)?.src}
      jsonLd={[organizationLd(ctx)]}
    >
      <section className="hero" aria-labelledby="belt-name">
        <Image media={hero} sizes="100vw" isEager />
        <div className="text">
          <h1 id="belt-name">{belt.name}</h1>
          <p dir="auto">{belt.tagline}</p>
        </div>
      </section>
      {campaigns.slice(0, 2).map((campaign) => (
        <section key={campaign.id} className="card" aria-label={campaign.name}>
          <div className="body">
            <h2>
              <a href={linkTo(ctx, `/campaigns/${campaign.slug}`)}>{campaign.name}</a>
            </h2>
            {stateOf(campaign) === 'live' ? (
              <Countdown target={campaign.endsAt} label={`${ctx.t.liveNow} · ${ctx.t.endsIn}`} />
            ) : (
              <Countdown target={campaign.startsAt} label={ctx.t.startsIn} />
            )}
          </div>
        </section>
      ))}
      {belt.keyFigures?.length ? (
        <section aria-label={ctx.t.keyFigures}>
          <ul className="figures">
            {belt.keyFigures.map((figure) => (
              <li key={figure.id ?? figure.value}>
                <strong>{figure.value}</strong>
                {figure.label}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RichText ctx={ctx} data={belt.story} />
      <section aria-labelledby="home-factories">
        <h2 id="home-factories">{ctx.t.factories}</h2>
        {factories.docs.length ? (
          <ul className="grid">
            {factories.docs.map((factory) => (
              <li key={factory.id}>
                <FactoryCard ctx={ctx} factory={factory} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState ctx={ctx} />
        )}
      </section>
      <section aria-labelledby="home-products">
        <h2 id="home-products">{ctx.t.products}</h2>
        {products.docs.length ? (
          <ul className="grid">
            {products.docs.map((product) => (
              <li key={product.id}>
                <ProductCard ctx={ctx} product={product} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState ctx={ctx} />
        )}
      </section>
    </Layout>
  )
}

export const renderPage = async (ctx: RenderContext, slug: string) => {
  const { docs } = await find<Page>(ctx, 'pages', {
    ...mainDocQuery(ctx, 'pages', slug),
    limit: 1,
    depth: 2,
  })
  const page = docs[0]
  if (!page) throw notFound()
  showsDocument(ctx, page.id)
  const blockData = await loadBlockData(ctx, page.layout)
  return (
    <Layout
      ctx={ctx}
      title={page.meta?.title || page.title}
      description={page.meta?.description}
      ogImage={imageSource(page.meta?.image as never)?.src}
    >
      <article>
        <h1>{page.title}</h1>
        <RenderBlocks ctx={ctx} blocks={page.layout} data={blockData} />
        <RichText ctx={ctx} data={page.content} />
      </article>
    </Layout>
  )
}
