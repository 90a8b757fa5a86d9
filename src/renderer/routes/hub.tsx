import type { Where } from 'payload'

import { SLUGS } from '@/constants'
import { searchIndex } from '@/search'
import type { Campaign, Factory, Media, Product, Tenant } from '@/payload-types'
import { now } from '@/utilities/clock'

import { Image } from '@/portal/components/Image'
import { Layout } from '@/portal/components/Layout'
import { Countdown, Time } from '@/portal/components/Time'
import { asPublic, expireAt, hrefFor, type RenderContext, linkTo } from '@/portal/context'
import { scoreText } from '@/search/tokenize'
import { portalTheme } from '@/portal/theme'

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * A belt's portal address seen from the hub: `<slug>.localhost:PORT` on a development machine
 * (the hub or a portal reached as `<slug>.localhost`); in production its first listed domain,
 * else `<slug>.<hub host>`.
 */
export const portalURL = (ctx: RenderContext, belt: Pick<Tenant, 'slug' | 'domains'>) => {
  const port = ctx.origin.match(/:(\d+)$/)?.[1]
  const scheme = ctx.origin.startsWith('https') ? 'https' : 'http'
  const home = hrefFor(ctx, '/')
  if (LOCAL_HOSTS.has(ctx.host) || ctx.host.endsWith('.localhost'))
    return `${scheme}://${belt.slug}.localhost${port ? `:${port}` : ''}${home}`
  const domain = belt.domains?.[0]?.domain
  if (domain) return `${scheme}://${domain}${home}`
  return `${scheme}://${belt.slug}.${ctx.host}${port ? `:${port}` : ''}${home}`
}

export const publishedBelts = (ctx: RenderContext) =>
  ctx.payload.find({
    collection: SLUGS.tenants,
    where: {},
    sort: 'slug',
    limit: 0,
    pagination: false,
    depth: 1,
    locale: ctx.locale,
    fallbackLocale: 'zh',
    ...asPublic(ctx),
  })

/** Festivals across all published belts: live now, starting soon, and past editions. */
const festivalCalendar = async (ctx: RenderContext, belts: Tenant[]) => {
  const at = now().toISOString()
  const common = {
    limit: 12,
    depth: 0,
    locale: ctx.locale,
    fallbackLocale: 'zh' as const,
    ...asPublic(ctx),
  }
  const inBelts: Where[] = [{ tenant: { in: belts.map((belt) => belt.id) } }]
  const [live, soon, past] = await Promise.all([
    ctx.payload.find({
      collection: SLUGS.campaigns,
      where: {
        and: [...inBelts, { startsAt: { less_than_equal: at } }, { endsAt: { greater_than: at } }],
      },
      sort: 'endsAt',
      ...common,
    }),
    ctx.payload.find({
      collection: SLUGS.campaigns,
      where: { and: [...inBelts, { startsAt: { greater_than: at } }] },
      sort: 'startsAt',
      ...common,
    }),
    ctx.payload.find({
      collection: SLUGS.campaigns,
      where: { and: [...inBelts, { endsAt: { less_than_equal: at } }] },
      sort: '-endsAt',
      ...common,
      limit: 6,
    }),
  ])
  for (const campaign of [...live.docs, ...soon.docs]) {
    expireAt(ctx, campaign.startsAt)
    expireAt(ctx, campaign.endsAt)
  }
  return { live: live.docs, soon: soon.docs, past: past.docs }
}

const FestivalList = ({
  ctx,
  title,
  campaigns,
  belts,
  clock,
}: {
  ctx: RenderContext
  title: string
  campaigns: Campaign[]
  belts: Tenant[]
  clock?: 'start' | 'end'
}) =>
  campaigns.length === 0 ? null : (
    <section>
      <h3>{title}</h3>
      <ul className="grid">
        {campaigns.map((campaign) => {
          const belt = belts.find((candidate) => String(candidate.id) === String(campaign.tenant))
          if (!belt) return null
          return (
            <li key={campaign.id} className="card">
              <div className="body">
                <h4>
                  <a href={`${portalURL(ctx, belt).replace(/\/$/, '')}/campaigns/${campaign.slug}`}>
                    {campaign.name}
                  </a>
                </h4>
                <p>{belt.name}</p>
                <p>
                  <Time ctx={ctx} instant={campaign.startsAt} />
                </p>
                {clock === 'start' ? (
                  <Countdown target={campaign.startsAt} label={ctx.t.startsIn} />
                ) : null}
                {clock === 'end' ? (
                  <Countdown target={campaign.endsAt} label={ctx.t.endsIn} />
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )

export const renderHub = async (ctx: RenderContext) => {
  const { docs: belts } = await publishedBelts(ctx)
  const festivals = await festivalCalendar(ctx, belts)
  const t = ctx.t
  return (
    <Layout
      ctx={ctx}
      title={t.hubTitle}
      description={t.hubIntro}
      jsonLd={[
        {
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: t.hubTitle,
          url: `${ctx.canonicalOrigin}/`,
        },
      ]}
    >
      <h1>{t.hubTitle}</h1>
      <p>{t.hubIntro}</p>
      <section aria-labelledby="festivals">
        <h2 id="festivals">{t.festivals}</h2>
        <p>
          <a href={linkTo(ctx, '/festivals')}>{t.festivalCalendar}</a>
        </p>
        <FestivalList
          ctx={ctx}
          title={t.liveNow}
          campaigns={festivals.live}
          belts={belts}
          clock="end"
        />
        <FestivalList
          ctx={ctx}
          title={t.startingSoon}
          campaigns={festivals.soon}
          belts={belts}
          clock="start"
        />
        <FestivalList ctx={ctx} title={t.pastEditions} campaigns={festivals.past} belts={belts} />
      </section>
      <h2>{t.belts}</h2>
      <ul className="grid">
        {belts.map((belt) => {
          const theme = portalTheme({
            primary: belt.branding?.primaryColour,
            accent: belt.branding?.accentColour,
          })
          const figure = belt.keyFigures?.[0]
          return (
            <li key={belt.id}>
              <article className="card" style={{ borderTop: `6px solid ${theme.primary}` }}>
                <Image
                  media={belt.branding?.heroImage as Media}
                  sizes="(max-width: 600px) 100vw, 280px"
                />
                <div className="body">
                  <h3>
                    <a href={portalURL(ctx, belt)}>{belt.name}</a>
                  </h3>
                  <p>{belt.specialty}</p>
                  {figure ? (
                    <p>
                      <strong style={{ color: theme.primary }}>{figure.value}</strong>{' '}
                      {figure.label}
                    </p>
                  ) : null}
                </div>
              </article>
            </li>
          )
        })}
      </ul>
    </Layout>
  )
}

const textsOf = (doc: Record<string, unknown>, fields: string[]) =>
  fields.flatMap((field) => {
    const value = doc[field]
    if (value && typeof value === 'object')
      return Object.values(value as Record<string, unknown>).map(String)
    return value ? [String(value)] : []
  })

/** How many matches a search lists, at most (the index's default limit too). */
export const SEARCH_MATCHES = 50

type Hit = { kind: 'factory' | 'product'; belt: Tenant; doc: Factory | Product; score: number }

/** Searches published factories and products, in both content languages, of the given belts. */
export const searchBelts = async (
  ctx: RenderContext,
  query: string,
  belts: Tenant[],
): Promise<Hit[]> => {
  if (belts.length === 0) return []
  const beltIDs = belts.map((belt) => belt.id)
  const common = { limit: 0, pagination: false, depth: 0, locale: 'all' as const, ...asPublic(ctx) }
  const where: Where = { and: [{ tenant: { in: beltIDs } }] }
  const beltOf = (tenant: unknown) =>
    belts.find(
      (belt) =>
        String(belt.id) ===
        String(typeof tenant === 'object' && tenant ? (tenant as Tenant).id : tenant),
    )!
  // The search index (src/search/, on every engine unless turned off): the best 50 (its default
  // limit, SEARCH_MATCHES), then those documents by id.
  const indexed = await searchIndex(ctx.payload, query, beltIDs)
  if (indexed) {
    const idsOf = (kind: string) => indexed.filter((hit) => hit.kind === kind).map((hit) => hit.id)
    const [factories, products] = await Promise.all([
      ctx.payload.find({
        collection: SLUGS.factories,
        where: { and: [...(where.and ?? []), { id: { in: idsOf('factory') } }] },
        ...common,
        select: { name: true, slug: true, tenant: true },
      }),
      ctx.payload.find({
        collection: SLUGS.products,
        where: { and: [...(where.and ?? []), { id: { in: idsOf('product') } }] },
        ...common,
        select: { name: true, slug: true, tenant: true },
      }),
    ])
    const docs = new Map<string, Factory | Product>([
      ...factories.docs.map((doc) => [`factory:${doc.id}`, doc as Factory] as const),
      ...products.docs.map((doc) => [`product:${doc.id}`, doc as Product] as const),
    ])
    return indexed.flatMap((hit, index) => {
      const doc = docs.get(`${hit.kind}:${hit.id}`)
      return doc
        ? [{ kind: hit.kind, belt: beltOf(doc.tenant), doc, score: indexed.length - index }]
        : []
    })
  }
  const [factories, products] = await Promise.all([
    ctx.payload.find({
      collection: SLUGS.factories,
      where,
      ...common,
      select: { name: true, slug: true, mainProducts: true, summary: true, tenant: true },
    }),
    ctx.payload.find({
      collection: SLUGS.products,
      where,
      ...common,
      select: { name: true, slug: true, summary: true, specs: true, tenant: true, sku: true },
    }),
  ])
  const hits: Hit[] = []
  for (const doc of factories.docs) {
    const score = scoreText(query, textsOf(doc as never, ['name', 'mainProducts', 'summary']))
    if (score > 0)
      hits.push({
        kind: 'factory',
        belt: beltOf(doc.tenant),
        doc: doc as Factory,
        score: score + 1,
      })
  }
  for (const doc of products.docs) {
    const specs = ((doc as Product).specs ?? []).flatMap((spec) => [
      ...textsOf(spec as never, ['key', 'value']),
    ])
    const score = scoreText(query, [...textsOf(doc as never, ['name', 'summary', 'sku']), ...specs])
    if (score > 0)
      hits.push({ kind: 'product', belt: beltOf(doc.tenant), doc: doc as Product, score })
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, SEARCH_MATCHES)
}
