import { SLUGS } from '@/constants'
import { loadBlockData, RenderBlocks } from '@/blocks/RenderBlocks'
import type { Campaign, Factory, Media, Product } from '@/payload-types'

import { stateOf, upcomingSessions } from '@/portal/campaigns'
import { FactoryCard, ProductCard } from '@/portal/components/cards'
import { Image } from '@/portal/components/Image'
import { Layout } from '@/portal/components/Layout'
import { Countdown, Time } from '@/portal/components/Time'
import {
  asPublic,
  expireAt,
  hrefFor,
  imageSource,
  mainDocQuery,
  readable,
  type RenderContext,
  showsDocument,
  linkTo,
} from '@/portal/context'
import { notFound } from '../errors'

import { SessionsByDay } from '@/portal/components/SessionItem'
import { heldRead } from '@/portal/heldReads'
import { renderIcs } from './live'

const findCampaign = async (ctx: RenderContext, slug: string) => {
  // Held with the belt's other public reads (src/portal/heldReads.ts): a festival's pages are
  // its busiest, and its featured products and factories cost more than the page itself.
  const { docs } = await heldRead(ctx, `campaign:${ctx.locale}:${slug}`, () =>
    ctx.payload.find({
      collection: SLUGS.campaigns,
      ...mainDocQuery(ctx, SLUGS.campaigns, slug),
      limit: 1,
      depth: 2,
      locale: ctx.locale,
      fallbackLocale: 'zh',
      ...asPublic(ctx),
    }),
  )
  if (!docs[0]) throw notFound()
  expireAt(ctx, docs[0].startsAt)
  expireAt(ctx, docs[0].endsAt)
  return docs[0]
}

export const campaignEventLd = (ctx: RenderContext, campaign: Campaign) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: campaign.name,
  startDate: new Date(campaign.startsAt).toISOString(),
  endDate: new Date(campaign.endsAt).toISOString(),
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  eventStatus: 'https://schema.org/EventScheduled',
  location: {
    '@type': 'VirtualLocation',
    url: `${ctx.canonicalOrigin}${hrefFor(ctx, `/campaigns/${campaign.slug}`)}`,
  },
  organizer: { '@type': 'Organization', name: ctx.belt!.name },
})

/** "Starts in …", "Ends in …" or "Ended", as the server sees it now. */
export const CampaignClock = ({ ctx, campaign }: { ctx: RenderContext; campaign: Campaign }) => {
  const state = stateOf(campaign)
  if (state === 'scheduled') return <Countdown target={campaign.startsAt} label={ctx.t.startsIn} />
  if (state === 'live')
    return <Countdown target={campaign.endsAt} label={`${ctx.t.liveNow} · ${ctx.t.endsIn}`} />
  return <p className="countdown">{ctx.t.ended}</p>
}

export const renderCampaign = async (ctx: RenderContext, slug: string) => {
  const campaign = await findCampaign(ctx, slug)
  showsDocument(ctx, campaign.id)
  const state = stateOf(campaign)
  const [sessions, blockData] = await Promise.all([
    upcomingSessions(ctx, { campaign: campaign.id }),
    loadBlockData(ctx, campaign.layout),
  ])
  const ownFactories = readable<Factory>(campaign.featuredFactories ?? [])
  const ownProducts = readable<Product>(campaign.featuredProducts ?? [])
  const festival = (product: Product) =>
    state === 'live'
      ? campaign.festivalPrices?.find(
          (row) =>
            String(typeof row.product === 'object' ? row.product.id : row.product) ===
            String(product.id),
        )?.tiers
      : undefined
  return (
    <Layout
      ctx={ctx}
      title={campaign.name}
      description={campaign.tagline}
      ogImage={imageSource(campaign.heroImage as never)?.src}
      jsonLd={[campaignEventLd(ctx, campaign)]}
    >
      <section className="hero">
        <Image media={campaign.heroImage as Media} sizes="100vw" isEager />
        <div className="text">
          <h1>{campaign.name}</h1>
          {campaign.tagline ? <p>{campaign.tagline}</p> : null}
          <p>
            <Time ctx={ctx} instant={campaign.startsAt} /> –{' '}
            <Time ctx={ctx} instant={campaign.endsAt} />
          </p>
        </div>
      </section>
      <CampaignClock ctx={ctx} campaign={campaign} />
      <p>
        <a href={linkTo(ctx, `/campaigns/${campaign.slug}.ics`)} download>
          {ctx.t.addToCalendar}
        </a>
      </p>
      <RenderBlocks ctx={ctx} blocks={campaign.layout} data={blockData} />
      {ownFactories.length ? (
        <section>
          <h2>{ctx.t.factories}</h2>
          <ul className="grid">
            {ownFactories.map((factory) => (
              <li key={factory.id}>
                <FactoryCard ctx={ctx} factory={factory}>
                  <a href={linkTo(ctx, `/factories/${factory.slug}/inquire`)}>{ctx.t.inquire}</a>
                </FactoryCard>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ownProducts.length ? (
        <section>
          <h2>{ctx.t.products}</h2>
          <ul className="grid">
            {ownProducts.map((product) => {
              const maker = typeof product.factory === 'object' ? product.factory : null
              return (
                <li key={product.id}>
                  <ProductCard ctx={ctx} product={product} festivalTiers={festival(product)}>
                    {maker?.slug ? (
                      <a
                        href={linkTo(
                          ctx,
                          `/factories/${maker.slug}/inquire?product=${encodeURIComponent(product.slug)}`,
                        )}
                      >
                        {ctx.t.inquire}
                      </a>
                    ) : null}
                  </ProductCard>
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
      <section>
        <h2>{ctx.t.lineup}</h2>
        <SessionsByDay ctx={ctx} sessions={sessions} />
      </section>
    </Layout>
  )
}

export const campaignIcs = async (ctx: RenderContext, slug: string) => {
  const campaign = await findCampaign(ctx, slug)
  return renderIcs(ctx, await upcomingSessions(ctx, { campaign: campaign.id }), campaign.name)
}
