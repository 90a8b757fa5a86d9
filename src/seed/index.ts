import type { CollectionSlug, Payload, RequestContext, Where } from 'payload'

import { demoBelts } from '@tenants/index'

import {
  BELT_ROLES,
  DEMO_ADMIN_EMAIL,
  DEMO_PASSWORD,
  demoOperatorEmail,
  GLOBAL_ROLES,
  SLUGS,
} from '@/constants'
import { isProduction } from '@/utilities/config'
import { paragraphsToLexical } from '@/utilities/lexical'

import { drawDemoImage, type DemoShape } from './images'
import type { BeltDefinition, Text } from './types'
import { seedCampaign } from './campaign'
import { seedSourcing } from './sourcing'
import { seedRates } from './rates'
import { seedFactory } from './factory'

/** Seeds skip side effects such as cache invalidation and notifications. */
const context: RequestContext = { isSeed: true }

type ID = number | string

type SeedArgs = {
  payload: Payload
  belts?: BeltDefinition[]
  /** Seed only an empty database (the first start); `npm run seed` fills in whatever is missing. */
  onlyIfEmpty?: boolean
  log?: (line: string) => void
}

export type SeedReport = { created: number; skipped: boolean; logins: string[] }

/**
 * Loads each belt under tenants/ with its operator, categories, factories, members, products,
 * images and about page. Idempotent: it looks every document up by its natural key (slug, SKU,
 * e-mail, file name) and creates only what is missing, so a second run changes nothing and a
 * run cut short is completed by the next. Demo accounts are never created in production.
 */
export const seedDemo = async ({
  payload,
  belts = demoBelts,
  onlyIfEmpty = false,
  log = () => {},
}: SeedArgs): Promise<SeedReport> => {
  if (isProduction()) {
    throw new Error('The demo seed creates demo accounts and never runs in production.')
  }
  if (onlyIfEmpty) {
    const existing = await payload.count({ collection: SLUGS.tenants, overrideAccess: true })
    if (existing.totalDocs > 0) return { created: 0, skipped: true, logins: [] }
  }
  let created = 0

  /** Finds one document by `where`, or creates it (in zh) and then writes its English text. */
  const findOrCreate = async <T extends { id: ID }>({
    collection,
    where,
    data,
    en,
    file,
  }: {
    collection: CollectionSlug
    where: Where
    data: Record<string, unknown>
    en?: (doc: T) => Record<string, unknown>
    file?: { data: Buffer; mimetype: string; name: string; size: number }
  }): Promise<T> => {
    const found = await payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      overrideAccess: true,
      context,
    })
    if (found.docs[0]) return found.docs[0] as unknown as T
    const doc = (await payload.create({
      collection,
      data: data as never,
      locale: 'zh',
      overrideAccess: true,
      depth: 0,
      context,
      ...(file ? { file } : {}),
    })) as unknown as T
    if (en) {
      await payload.update({
        collection,
        id: doc.id,
        data: en(doc) as never,
        locale: 'en',
        overrideAccess: true,
        depth: 0,
        context,
      })
    }
    created += 1
    return doc
  }

  const image = async ({
    tenant,
    name,
    shape,
    monogram,
    colours,
    alt,
    belt,
    factory,
  }: {
    tenant: ID
    name: string
    shape?: DemoShape
    monogram?: string
    colours?: { primary: string; accent: string }
    alt: Text
    belt: BeltDefinition
    factory?: ID
  }) => {
    const filename = `${name}.png`
    const where: Where = {
      and: [{ filename: { equals: filename } }, { tenant: { equals: tenant } }],
    }
    const existing = await payload.find({
      collection: SLUGS.media,
      where,
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) return existing.docs[0].id
    const buffer = await drawDemoImage({
      seed: name,
      shape,
      monogram,
      primary: colours?.primary ?? belt.branding.primaryColour,
      accent: colours?.accent ?? belt.branding.accentColour,
      // Other colourways smaller: fewer sizes to encode, so each seed (the suite starts several)
      // stays about as quick as with one photo per product.
      ...(colours ? { width: 640, height: 480 } : {}),
    })
    const doc = await findOrCreate<{ id: ID }>({
      collection: SLUGS.media,
      where,
      data: { tenant, alt: alt.zh, ...(factory ? { factory } : {}) },
      en: () => ({ alt: alt.en }),
      file: { data: buffer, mimetype: 'image/png', name: filename, size: buffer.length },
    })
    return doc.id
  }

  const user = async ({
    email,
    name,
    roles = [],
    tenants = [],
    factory,
  }: {
    email: string
    name: string
    roles?: string[]
    tenants?: { tenant: ID; role: string }[]
    factory?: ID
  }) =>
    findOrCreate<{ id: ID }>({
      collection: SLUGS.users,
      where: { email: { equals: email } },
      data: {
        email,
        name,
        password: DEMO_PASSWORD,
        _verified: true,
        roles,
        tenants,
        ...(factory ? { factory } : {}),
      },
    })

  const logins: string[] = []
  await user({
    email: DEMO_ADMIN_EMAIL,
    name: 'Platform admin',
    roles: [GLOBAL_ROLES.platformAdmin],
  })
  logins.push(`${DEMO_ADMIN_EMAIL} (platform admin)`)

  for (const belt of belts) {
    const tenant = await findOrCreate<{ id: ID }>({
      collection: SLUGS.tenants,
      where: { slug: { equals: belt.slug } },
      data: {
        slug: belt.slug,
        name: belt.name.zh,
        province: belt.province.zh,
        city: belt.city.zh,
        specialty: belt.specialty.zh,
        tagline: belt.tagline.zh,
        story: paragraphsToLexical(belt.story.map((p) => p.zh)),
        keyFigures: belt.keyFigures.map((figure) => ({
          value: figure.value,
          label: figure.label.zh,
        })),
        branding: belt.branding,
        domains: belt.domains.map((domain) => ({ domain })),
        defaultLocale: belt.defaultLocale,
        timeZone: belt.timeZone,
        published: belt.published,
      },
      en: (doc) => ({
        name: belt.name.en,
        province: belt.province.en,
        city: belt.city.en,
        specialty: belt.specialty.en,
        tagline: belt.tagline.en,
        story: paragraphsToLexical(belt.story.map((p) => p.en)),
        keyFigures: ((doc as { keyFigures?: { id: string }[] }).keyFigures ?? []).map(
          (row, index) => ({
            id: row.id,
            value: belt.keyFigures[index]?.value,
            label: belt.keyFigures[index]?.label.en,
          }),
        ),
      }),
    })
    const beltDoc = await payload.findByID({
      collection: SLUGS.tenants,
      id: tenant.id as number,
      depth: 0,
      overrideAccess: true,
    })
    if (!beltDoc.branding?.heroImage) {
      const heroImage = await image({
        tenant: tenant.id,
        name: `${belt.slug}-hero`,
        shape: 'skyline',
        alt: { zh: `${belt.name.zh}产业带`, en: `${belt.name.en} industrial belt` },
        belt,
      })
      const logo = await image({
        tenant: tenant.id,
        name: `${belt.slug}-logo`,
        monogram: belt.slug.slice(0, 2).toUpperCase(),
        alt: { zh: `${belt.name.zh}标志`, en: `${belt.name.en} logo` },
        belt,
      })
      await payload.update({
        collection: SLUGS.tenants,
        id: tenant.id,
        data: {
          branding: { ...belt.branding, heroImage: heroImage as number, logo: logo as number },
        },
        overrideAccess: true,
        context,
      })
    }

    const operatorEmail = demoOperatorEmail(belt.slug)
    await user({
      email: operatorEmail,
      name: `${belt.name.zh} 运营`,
      tenants: [{ tenant: tenant.id, role: BELT_ROLES.operator }],
    })
    logins.push(`${operatorEmail} (operator, ${belt.slug})`)

    const categoryIDs = new Map<string, ID>()
    for (const category of belt.categories) {
      const doc = await findOrCreate<{ id: ID }>({
        collection: SLUGS.categories,
        where: { and: [{ slug: { equals: category.slug } }, { tenant: { equals: tenant.id } }] },
        data: {
          tenant: tenant.id,
          slug: category.slug,
          name: category.name.zh,
          ...(category.parent ? { parent: categoryIDs.get(category.parent) } : {}),
        },
        en: () => ({ name: category.name.en }),
      })
      categoryIDs.set(category.slug, doc.id)
    }

    for (const factory of belt.factories) {
      await seedFactory({
        payload,
        belt,
        factory,
        tenant: tenant.id,
        categoryIDs,
        findOrCreate,
        image,
        user,
        logins,
      })
    }

    const about = await findOrCreate<{ id: ID }>({
      collection: SLUGS.pages,
      where: { and: [{ slug: { equals: 'about' } }, { tenant: { equals: tenant.id } }] },
      data: {
        tenant: tenant.id,
        slug: 'about',
        title: belt.about.title.zh,
        content: paragraphsToLexical(belt.about.paragraphs.map((p) => p.zh)),
        _status: 'published',
      },
      en: () => ({
        title: belt.about.title.en,
        content: paragraphsToLexical(belt.about.paragraphs.map((p) => p.en)),
        _status: 'published',
      }),
    })

    // The portal's settings: the "about" page in the menu, a footer line, an enquiry address.
    await findOrCreate<{ id: ID; navigation?: { id?: string }[] }>({
      collection: SLUGS.beltSettings,
      where: { tenant: { equals: tenant.id } },
      data: {
        tenant: tenant.id,
        navigation: [
          { label: belt.about.title.zh, doc: { relationTo: SLUGS.pages, value: about.id } },
        ],
        contact: {
          email: `service@${belt.slug}.chandi.example`,
          address: `${belt.province.zh}${belt.city.zh}`,
        },
        footer: `${belt.name.zh}：工厂直供，询盘直达工厂。`,
      },
      en: (doc) => ({
        navigation: (doc.navigation ?? []).map((item) => ({ ...item, label: belt.about.title.en })),
        contact: { address: `${belt.city.en}, ${belt.province.en}` },
        footer: `${belt.name.en}: straight from the factories; every inquiry goes to the factory itself.`,
      }),
    })
  }

  for (const belt of belts) {
    for (const campaign of belt.campaigns ?? []) {
      await seedCampaign({ payload, belt, campaign, findOrCreate })
    }
  }

  created += await seedSourcing(payload, log)
  created += await seedRates(payload)

  if (created > 0) log(`seeded ${belts.length} demo belts (${created} documents created)`)
  return { created, skipped: false, logins }
}
