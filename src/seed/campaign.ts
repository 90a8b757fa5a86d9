import type { Payload } from 'payload'

import { SLUGS } from '@/constants'

import type { Helpers } from './factory'
import type { BeltDefinition, DemoCampaign } from './types'

type ID = number | string

const HOUR = 60 * 60 * 1000

/** A demo festival with its festival prices and live sessions, placed relative to now. */
export const seedCampaign = async ({
  payload,
  belt,
  campaign,
  findOrCreate,
}: {
  payload: Payload
  belt: BeltDefinition
  campaign: DemoCampaign
  findOrCreate: Helpers['findOrCreate']
}) => {
  const tenant = (
    await payload.find({
      collection: SLUGS.tenants,
      where: { slug: { equals: belt.slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  if (!tenant) return
  const bySlug = async (collection: 'factories' | 'products', slugs: string[]) => {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ tenant: { equals: tenant.id } }, { slug: { in: slugs } }] },
      limit: slugs.length,
      depth: 0,
      overrideAccess: true,
    })
    return docs
  }
  const factories = await bySlug('factories', campaign.factories)
  const products = (await bySlug('products', campaign.products)) as {
    id: ID
    priceTiers?: { minQuantity: number; maxQuantity?: number | null; unitPrice: number }[] | null
  }[]
  const start = new Date(Date.now() + campaign.startInHours * HOUR)
  const end = new Date(start.getTime() + campaign.durationHours * HOUR)
  const factor = campaign.festivalPriceFactor
  const doc = await findOrCreate<{ id: ID }>({
    collection: SLUGS.campaigns,
    where: { and: [{ slug: { equals: campaign.slug } }, { tenant: { equals: tenant.id } }] },
    data: {
      tenant: tenant.id,
      slug: campaign.slug,
      kind: campaign.kind,
      ...(campaign.edition ? { edition: campaign.edition } : {}),
      name: campaign.name.zh,
      tagline: campaign.tagline.zh,
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      heroImage: tenant.branding?.heroImage ?? undefined,
      featuredFactories: factories.map((factory) => factory.id),
      featuredProducts: products.map((product) => product.id),
      festivalPrices: factor
        ? products.map((product) => ({
            product: product.id,
            tiers: (product.priceTiers ?? []).map((tier) => ({
              minQuantity: tier.minQuantity,
              maxQuantity: tier.maxQuantity ?? null,
              unitPrice: Math.round(tier.unitPrice * factor * 100) / 100,
            })),
          }))
        : [],
      _status: 'published',
    },
    en: () => ({ name: campaign.name.en, tagline: campaign.tagline.en, _status: 'published' }),
  })
  for (const session of campaign.sessions) {
    const factory = factories.find((candidate) => candidate.slug === session.factory)
    if (!factory) continue
    await findOrCreate<{ id: ID }>({
      collection: SLUGS.liveSessions,
      where: {
        and: [
          { factory: { equals: factory.id } },
          { campaign: { equals: doc.id } },
          { title: { equals: session.title.zh } },
        ],
      },
      data: {
        tenant: tenant.id,
        factory: factory.id,
        campaign: doc.id,
        title: session.title.zh,
        startsAt: new Date(Date.now() + session.startInHours * HOUR).toISOString(),
        durationMinutes: session.durationMinutes,
        language: session.language,
        streamURL: `https://live.bilibili.com/${1000 + campaign.sessions.indexOf(session)}`,
      },
      en: () => ({ title: session.title.en }),
    })
  }
}
