import type { Payload, PayloadRequest } from 'payload'

import { BELT_ROLES, DEMO_PASSWORD, demoFactoryEmail, SLUGS } from '@/constants'
import { markSearchIndexCurrent } from '@/search'
import { seedDemo } from '@/seed'
import type { Text } from '@/seed/types'

import { generateInquiries, generateSessions } from './activity'
import { benchBelts } from './belts'
import { generateFactories, generateProducts } from './catalogue'
import { buildIndexes, dropIndexes, gatherStatistics } from './indexes'
import type { BeltState, ID, Intended, Run } from './run'
import { countsAt, type Counts, random } from './scale'
import { STYLES } from './words'

/**
 * The Canton Fair dataset (issue #8): at scale 1, 15 belts, 26,000 factories, 1,800,000
 * products, 5,000 live sessions over a 10-day window, a campaign per belt and 100,000 inquiries.
 * Deterministic from a seed: the same scale and seed give the same documents (their dates are
 * placed around the moment it runs, so that sessions are live and campaigns running).
 *
 * What is few goes through the Local API, with every hook: the 15 belts (the 9 demo belts and 6
 * more), their operators, categories, images, pages, settings and campaigns, and one member per
 * belt for its first generated factory. What is many is written through the database layer in
 * bulk, in the exact shape the Local API writes (a test reads a sample back through REST and
 * compares): products in the import's batched writer's rows (src/imports/productRows.ts, built
 * on the second core), factories in the same kind of multi-row batches (factoryRows.ts), both
 * with their tables' secondary indexes built once at the end (indexes.ts); inquiries in
 * multi-row batches too; live sessions with the adapter's own `create` and `createVersion`, in
 * transactions of a few hundred documents.
 *
 * Beside it: scale.ts (the counts and the seeded generator), belts.ts (the 15 belts), words.ts
 * (what generated names are made of), catalogue.ts (factories, products) and activity.ts (live
 * sessions, inquiries), the phases in the order they draw from the generator.
 */

export type GenerateReport = {
  scale: number
  seed: number
  counts: Counts
  seconds: Record<string, number>
  /** The generated documents a test or benchmark can address. */
  sample: {
    belt: string
    factory: string
    member: string
    product: string
    queries: { zh: string; en: string }
  }
  intended: Intended
}

/**
 * Fills an empty database. `log` gets a line per phase and a progress line now and then.
 */
export const generate = async ({
  payload,
  scale,
  seed = 1,
  log = () => {},
}: {
  payload: Payload
  scale: number
  seed?: number
  log?: (line: string) => void
}): Promise<GenerateReport> => {
  const existing = await payload.count({ collection: SLUGS.tenants, overrideAccess: true })
  if (existing.totalDocs > 0)
    throw new Error('bench:data fills an empty database only; point DATABASE_URL at a new file')
  const counts = countsAt(scale)
  const rng = random(seed)
  const seconds: Record<string, number> = {}
  const timed = async <T>(phase: string, work: () => Promise<T>) => {
    const started = Date.now()
    log(`${phase}…`)
    const result = await work()
    seconds[phase] = Math.round((Date.now() - started) / 100) / 10
    log(`${phase}: ${seconds[phase]} s`)
    return result
  }
  const now = Date.now()
  const intended: Intended = { factory: {}, product: null }

  // 1. Belts, operators, categories, images, pages, settings, campaigns: the Local API.
  await timed('belts (Local API)', () => seedDemo({ payload, belts: benchBelts() }))
  const belts: BeltState[] = []
  for (const definition of benchBelts()) {
    const belt = (
      await payload.find({
        collection: SLUGS.tenants,
        where: { slug: { equals: definition.slug } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
    const categories = await payload.find({
      collection: SLUGS.categories,
      where: { tenant: { equals: belt.id } },
      limit: 0,
      depth: 0,
      locale: 'all',
      overrideAccess: true,
      sort: 'id',
    })
    const images = await payload.find({
      collection: SLUGS.media,
      where: { tenant: { equals: belt.id } },
      limit: 12,
      depth: 0,
      overrideAccess: true,
      sort: 'id',
    })
    const campaign = await payload.find({
      collection: SLUGS.campaigns,
      where: { tenant: { equals: belt.id } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      sort: 'id',
    })
    const leaves = categories.docs.filter((doc) =>
      categories.docs.every(
        (other) => String((other as { parent?: unknown }).parent ?? '') !== String(doc.id),
      ),
    )
    belts.push({
      id: belt.id as ID,
      slug: definition.slug,
      specialty: definition.specialty,
      categories: leaves.map((doc) => ({ id: doc.id as ID, name: doc.name as unknown as Text })),
      images: images.docs.map((doc) => doc.id as ID),
      campaign: (campaign.docs[0]?.id as ID) ?? null,
      factories: [],
      products: new Map(),
    })
  }

  const transaction = async (work: (req: Partial<PayloadRequest>) => Promise<void>) => {
    const transactionID = await payload.db.beginTransaction()
    const req = { transactionID: transactionID ?? undefined, payload } as Partial<PayloadRequest>
    try {
      await work(req)
      if (transactionID) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
  const perBelt = (total: number, index: number) =>
    Math.floor(total / belts.length) + (index < total % belts.length ? 1 : 0)
  const run: Run = { payload, rng, seed, now, counts, belts, intended, log, transaction, perBelt }

  // A new file the generator fills: should the machine stop, it is thrown away, not recovered.
  if (payload.db.name === 'sqlite')
    await (
      payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
    ).client.execute('pragma synchronous = off')
  // 2 and 3 with their tables' secondary indexes dropped, then built once, each in one sorted
  // pass (indexes.ts).
  const dropped = await dropIndexes(payload, [
    'factories',
    '_factories_v',
    'products',
    '_products_v',
  ])
  // 2. Factories, each with its first (published) version, in multi-row batches of 250.
  await timed(`factories (${counts.factories})`, () => generateFactories(run))
  // 3. Products: the import's batched writer's rows (one atomic batch per 1,000 products).
  await timed(`products (${counts.products})`, () => generateProducts(run))
  await timed(`indexes built again (${dropped.length})`, () => buildIndexes(payload, dropped))
  // 4. Live sessions over a 10-day window (three days back, seven ahead), on the hour.
  await timed(`live sessions (${counts.sessions})`, () => generateSessions(run))
  // 5. Inquiries of the last 90 days, each to one factory about one of its products.
  await timed(`inquiries (${counts.inquiries})`, () => generateInquiries(run))

  // 6. A member for the first generated factory of each belt (the admin benchmark logs in as one).
  await timed('members (Local API)', async () => {
    for (const belt of belts) {
      const factory = belt.factories[0]
      await payload.create({
        collection: SLUGS.users,
        data: {
          email: demoFactoryEmail(factory.slug),
          name: `Member of ${factory.slug}`,
          password: DEMO_PASSWORD,
          _verified: true,
          roles: [],
          tenants: [{ tenant: belt.id, role: BELT_ROLES.factoryMember }],
          factory: factory.id,
        } as never,
        overrideAccess: true,
        context: { isSeed: true },
      })
    }
  })

  await timed('planner statistics (ANALYZE)', () => gatherStatistics(payload))
  // Every document above was indexed as it was written: the server's start need not rebuild.
  await timed('search index marked current', () => markSearchIndexCurrent(payload))
  const zhili = belts.find((belt) => belt.slug === 'zhili')!
  const sampleFactory = zhili.factories[0]
  const sampleProduct = (
    await payload.find({
      collection: SLUGS.products,
      where: { id: { equals: zhili.products.get(sampleFactory.id)?.[0] } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { slug: true },
    })
  ).docs[0]
  return {
    scale,
    seed,
    counts,
    seconds,
    intended,
    sample: {
      belt: zhili.slug,
      factory: sampleFactory.slug,
      member: demoFactoryEmail(sampleFactory.slug),
      product: String((sampleProduct as { slug?: string } | undefined)?.slug ?? ''),
      queries: {
        zh: `${STYLES[5].zh}${zhili.categories[0]?.name.zh ?? '童装'}`,
        en: `${STYLES[5].en.toLowerCase()} ${(zhili.categories[0]?.name.en ?? 'dress').toLowerCase()}`,
      },
    },
  }
}
