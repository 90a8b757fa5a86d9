import type { CollectionSlug, Payload, RequestContext, Where } from 'payload'

import { BELT_ROLES, demoFactoryEmail, SLUGS } from '@/constants'

import { shapeForCategory, type DemoShape } from './images'
import type { BeltDefinition, DemoFactory, Text } from './types'

/** Seeds skip side effects such as cache invalidation and notifications. */
const context: RequestContext = { isSeed: true }

type ID = number | string

/** What seedDemo lends the per-factory seeding: the belt's ids and its find-or-create helpers. */
export type Helpers = {
  payload: Payload
  belt: BeltDefinition
  factory: DemoFactory
  tenant: ID
  categoryIDs: Map<string, ID>
  findOrCreate: <T extends { id: ID }>(args: {
    collection: CollectionSlug
    where: Where
    data: Record<string, unknown>
    en?: (doc: T) => Record<string, unknown>
  }) => Promise<T>
  image: (args: {
    tenant: ID
    name: string
    shape?: DemoShape
    monogram?: string
    colours?: { primary: string; accent: string }
    alt: Text
    belt: BeltDefinition
    factory?: ID
  }) => Promise<ID>
  user: (args: {
    email: string
    name: string
    tenants?: { tenant: ID; role: string }[]
    factory?: ID
  }) => Promise<{ id: ID }>
  logins: string[]
}

/** One demo factory: the document, its member's login, its photos and products. */
export const seedFactory = async ({
  payload,
  belt,
  factory,
  tenant,
  categoryIDs,
  findOrCreate,
  image,
  user,
  logins,
}: Helpers) => {
  const doc = await findOrCreate<{ id: ID }>({
    collection: SLUGS.factories,
    where: { and: [{ slug: { equals: factory.slug } }, { tenant: { equals: tenant } }] },
    data: {
      tenant,
      slug: factory.slug,
      name: factory.name.zh,
      summary: factory.summary.zh,
      mainProducts: factory.mainProducts.zh,
      address: factory.address.zh,
      location: factory.location,
      foundedYear: factory.foundedYear,
      staffCount: factory.staffCount,
      capabilities: factory.capabilities,
      exportMarkets: factory.exportMarkets,
      capacity: { ...factory.capacity, unit: factory.capacity.unit.zh },
      certifications: factory.certifications,
      contact: factory.contact,
      verification: factory.verified
        ? { status: 'verified', verifiedAt: '2026-03-01T00:00:00.000Z' }
        : { status: 'unverified' },
      _status: 'published',
    },
    en: () => ({
      name: factory.name.en,
      summary: factory.summary.en,
      mainProducts: factory.mainProducts.en,
      address: factory.address.en,
      capacity: { ...factory.capacity, unit: factory.capacity.unit.en },
      _status: 'published',
    }),
  })

  const email = demoFactoryEmail(factory.slug)
  await user({
    email,
    name: `${factory.name.zh} 业务员`,
    tenants: [{ tenant, role: BELT_ROLES.factoryMember }],
    factory: doc.id,
  })
  logins.push(`${email} (factory member, ${belt.slug})`)

  const photo = await image({
    tenant,
    factory: doc.id,
    name: `${factory.slug}-workshop`,
    shape: 'factory',
    alt: { zh: `${factory.name.zh}车间`, en: `${factory.name.en} workshop` },
    belt,
  })
  const current = await payload.findByID({
    collection: SLUGS.factories,
    id: doc.id as number,
    depth: 0,
    overrideAccess: true,
  })
  if (!current.photos?.length) {
    await payload.update({
      collection: SLUGS.factories,
      id: doc.id,
      data: { photos: [photo as number], _status: 'published' },
      overrideAccess: true,
      context,
    })
  }

  for (const product of factory.products) {
    // Three photos for the product page's gallery: the belt's colours, then two other colourways.
    const { primaryColour, accentColour } = belt.branding
    const colourways = [
      undefined,
      { primary: accentColour, accent: primaryColour },
      { primary: '#374151', accent: accentColour },
    ]
    const pictures: ID[] = []
    for (const [index, colours] of colourways.entries())
      pictures.push(
        await image({
          tenant,
          factory: doc.id,
          name: `${factory.slug}-${product.slug}${index ? `-${index + 1}` : ''}`,
          shape: shapeForCategory(product.category),
          colours,
          alt: index
            ? {
                zh: `${product.name.zh}，配色 ${index + 1}`,
                en: `${product.name.en}, colourway ${index + 1}`,
              }
            : { zh: product.name.zh, en: product.name.en },
          belt,
        }),
      )
    await findOrCreate<{ id: ID; specs?: { id: string }[] }>({
      collection: SLUGS.products,
      where: { and: [{ slug: { equals: product.slug } }, { tenant: { equals: tenant } }] },
      data: {
        tenant,
        factory: doc.id,
        slug: product.slug,
        sku: product.sku,
        name: product.name.zh,
        summary: product.summary.zh,
        category: categoryIDs.get(product.category),
        images: pictures,
        moq: { quantity: product.moq, unit: product.unit },
        currency: product.currency,
        priceTiers: product.tiers.map(([minQuantity, maxQuantity, unitPrice]) => ({
          minQuantity,
          maxQuantity,
          unitPrice,
        })),
        leadTimeDays: product.leadTimeDays,
        sampleAvailable: product.sampleAvailable,
        customisation: product.customisation,
        specs: product.specs.map((spec) => ({ key: spec.key.zh, value: spec.value.zh })),
        _status: 'published',
      },
      en: (created) => ({
        name: product.name.en,
        summary: product.summary.en,
        specs: (created.specs ?? []).map((row, index) => ({
          id: row.id,
          key: product.specs[index]?.key.en,
          value: product.specs[index]?.value.en,
        })),
        _status: 'published',
      }),
    })
  }
  return { id: doc.id, photo }
}
