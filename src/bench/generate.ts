import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { demoBelts } from '@tenants/index'

import { BELT_ROLES, DEMO_PASSWORD, demoFactoryEmail, SLUGS } from '@/constants'
import { optimizeDatabase } from '@/platform/db'
import { type NewProduct, writeProducts } from '@/imports/bulk'
import { entryOf, indexEntries, type SearchEntry } from '@/search'
import { seedDemo } from '@/seed'
import type { BeltDefinition, DemoCampaign, Text } from '@/seed/types'

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
 * compares): products with the import's batched writer (src/imports/bulk.ts), factories, live
 * sessions and inquiries with the adapter's own `create` and `createVersion`, in transactions
 * of a few hundred documents.
 */

export const FULL_SCALE = {
  belts: 15,
  factories: 26_000,
  products: 1_800_000,
  sessions: 5_000,
  inquiries: 100_000,
}

export const countsAt = (scale: number) => ({
  belts: FULL_SCALE.belts,
  factories: Math.max(FULL_SCALE.belts, Math.round(FULL_SCALE.factories * scale)),
  products: Math.round(FULL_SCALE.products * scale),
  sessions: Math.round(FULL_SCALE.sessions * scale),
  inquiries: Math.round(FULL_SCALE.inquiries * scale),
})

/** mulberry32: a small, fast, seedable generator; the dataset depends only on the seed. */
export const random = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const some = <T>(items: readonly T[], min: number, max: number) => {
    const pool = [...items]
    const out: T[] = []
    for (let n = int(min, Math.min(max, pool.length)); n > 0; n -= 1)
      out.push(pool.splice(Math.floor(next() * pool.length), 1)[0])
    return out
  }
  return { next, int, pick, some }
}

type Rng = ReturnType<typeof random>

const text = (zh: string, en: string): Text => ({ zh, en })

/** Six more real belts, so that there are 15; each gets a generated category tree. */
const extraBelts: {
  slug: string
  name: Text
  province: Text
  city: Text
  specialty: Text
  colour: string
  categories: Text[]
}[] = [
  {
    slug: 'jinjiang',
    name: text('晋江鞋服产业带', 'Jinjiang Footwear Belt'),
    province: text('福建省', 'Fujian'),
    city: text('泉州市晋江市', 'Jinjiang, Quanzhou'),
    specialty: text('运动鞋', 'Sports shoes'),
    colour: '#C0392B',
    categories: [
      text('跑鞋', 'running shoes'),
      text('板鞋', 'skate shoes'),
      text('拖鞋', 'slippers'),
      text('童鞋', 'kids shoes'),
    ],
  },
  {
    slug: 'danyang',
    name: text('丹阳眼镜产业带', 'Danyang Eyewear Belt'),
    province: text('江苏省', 'Jiangsu'),
    city: text('镇江市丹阳市', 'Danyang, Zhenjiang'),
    specialty: text('眼镜', 'Eyewear'),
    colour: '#1F618D',
    categories: [
      text('镜架', 'optical frames'),
      text('太阳镜', 'sunglasses'),
      text('镜片', 'lenses'),
      text('老花镜', 'reading glasses'),
    ],
  },
  {
    slug: 'xuchang',
    name: text('许昌发制品产业带', 'Xuchang Hair Products Belt'),
    province: text('河南省', 'Henan'),
    city: text('许昌市', 'Xuchang'),
    specialty: text('发制品', 'Hair products'),
    colour: '#7D3C98',
    categories: [
      text('真人发假发', 'human hair wigs'),
      text('接发', 'hair extensions'),
      text('化纤假发', 'synthetic wigs'),
      text('发块', 'hair toppers'),
    ],
  },
  {
    slug: 'dehua',
    name: text('德化陶瓷产业带', 'Dehua Ceramics Belt'),
    province: text('福建省', 'Fujian'),
    city: text('泉州市德化县', 'Dehua, Quanzhou'),
    specialty: text('陶瓷', 'Ceramics'),
    colour: '#117A65',
    categories: [
      text('茶具', 'tea sets'),
      text('餐具', 'tableware'),
      text('花瓶', 'vases'),
      text('陶瓷摆件', 'ceramic figurines'),
    ],
  },
  {
    slug: 'chenghai',
    name: text('澄海玩具产业带', 'Chenghai Toys Belt'),
    province: text('广东省', 'Guangdong'),
    city: text('汕头市澄海区', 'Chenghai, Shantou'),
    specialty: text('玩具', 'Toys'),
    colour: '#D35400',
    categories: [
      text('积木', 'building blocks'),
      text('遥控车', 'RC cars'),
      text('毛绒玩具', 'plush toys'),
      text('益智玩具', 'educational toys'),
    ],
  },
  {
    slug: 'shengze',
    name: text('盛泽丝绸纺织产业带', 'Shengze Silk & Textiles Belt'),
    province: text('江苏省', 'Jiangsu'),
    city: text('苏州市吴江区盛泽镇', 'Shengze, Wujiang, Suzhou'),
    specialty: text('丝绸面料', 'Silk fabrics'),
    colour: '#A93226',
    categories: [
      text('真丝面料', 'silk fabric'),
      text('化纤面料', 'polyester fabric'),
      text('丝巾', 'silk scarves'),
      text('床品', 'bedding'),
    ],
  },
]

const slugOf = (en: string) =>
  en
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const campaignFor = (slug: string): DemoCampaign => ({
  slug: `super-origin-day-${slug}`,
  kind: 'super-origin-day',
  edition: 'winter',
  name: text('超级源头日', 'Super Origin Day'),
  tagline: text(
    '源头工厂直供，十天直播不停',
    'Straight from the factories: ten days of live sessions',
  ),
  startInHours: -72,
  durationHours: 240,
  factories: [],
  products: [],
  sessions: [],
})

/** The 15 belts: the demo belts, each with a campaign, and six more built on Yiwu's page. */
export const benchBelts = (): BeltDefinition[] => {
  const template = demoBelts[0]
  const extras: BeltDefinition[] = extraBelts.map((belt) => ({
    ...template,
    slug: belt.slug,
    name: belt.name,
    province: belt.province,
    city: belt.city,
    specialty: belt.specialty,
    tagline: text(
      `${belt.specialty.zh}源头工厂集群`,
      `Where the ${belt.specialty.en.toLowerCase()} are made`,
    ),
    story: [
      text(
        `${belt.city.zh}是中国重要的${belt.specialty.zh}产地。`,
        `${belt.city.en} is one of China’s main ${belt.specialty.en.toLowerCase()} clusters.`,
      ),
    ],
    keyFigures: [{ value: '1,000+', label: text('生产企业', 'Manufacturers') }],
    branding: { primaryColour: belt.colour, accentColour: '#F4D03F' },
    domains: [],
    published: true,
    categories: [
      { slug: slugOf(belt.specialty.en), name: belt.specialty },
      ...belt.categories.map((name) => ({
        slug: slugOf(name.en),
        name: text(
          name.zh,
          name.en.replace(/^./, (c) => c.toUpperCase()),
        ),
        parent: slugOf(belt.specialty.en),
      })),
    ],
    factories: [],
    campaigns: [],
  }))
  return [...demoBelts, ...extras].map((belt) => ({
    ...belt,
    campaigns: belt.campaigns?.length ? belt.campaigns : [campaignFor(belt.slug)],
  }))
}

const SYLLABLES: [string, string][] = [
  ['恒', 'Heng'],
  ['盛', 'Sheng'],
  ['华', 'Hua'],
  ['美', 'Mei'],
  ['佳', 'Jia'],
  ['鑫', 'Xin'],
  ['达', 'Da'],
  ['兴', 'Xing'],
  ['源', 'Yuan'],
  ['丰', 'Feng'],
  ['瑞', 'Rui'],
  ['祥', 'Xiang'],
  ['宏', 'Hong'],
  ['新', 'Xin'],
  ['金', 'Jin'],
  ['永', 'Yong'],
  ['富', 'Fu'],
  ['康', 'Kang'],
  ['泰', 'Tai'],
  ['隆', 'Long'],
]
const STYLES: Text[] = [
  text('新款', 'New-style'),
  text('经典', 'Classic'),
  text('轻便', 'Lightweight'),
  text('加厚', 'Thick'),
  text('环保', 'Eco-friendly'),
  text('高端', 'Premium'),
  text('简约', 'Minimalist'),
  text('彩色', 'Colourful'),
  text('定制', 'Custom'),
  text('出口级', 'Export-grade'),
]
const SPEC_KEYS: [Text, Text[]][] = [
  [
    text('材质', 'Material'),
    [
      text('纯棉', 'Cotton'),
      text('涤纶', 'Polyester'),
      text('不锈钢', 'Stainless steel'),
      text('环保塑料', 'Recycled plastic'),
      text('真丝', 'Silk'),
    ],
  ],
  [
    text('颜色', 'Colour'),
    [
      text('黑色', 'Black'),
      text('白色', 'White'),
      text('红色', 'Red'),
      text('蓝色', 'Blue'),
      text('可定制', 'Custom'),
    ],
  ],
  [
    text('包装', 'Packing'),
    [text('单件袋装', 'Polybag each'), text('彩盒', 'Colour box'), text('纸箱', 'Carton')],
  ],
]
const CAPABILITIES = ['oem', 'odm', 'own-brand', 'c2m']
const MARKETS = [
  'domestic',
  'north-america',
  'latin-america',
  'europe',
  'russia-cis',
  'middle-east',
  'africa',
  'southeast-asia',
  'japan-korea',
  'oceania',
]
const UNITS = ['piece', 'pair', 'set', 'dozen', 'box', 'carton']
const CUSTOMISATION = ['logo', 'packaging', 'colour', 'size', 'material', 'design']
const COUNTRIES = [
  'Brazil',
  'Mexico',
  'Germany',
  'Poland',
  'Russia',
  'Kazakhstan',
  'UAE',
  'Saudi Arabia',
  'Nigeria',
  'Kenya',
  'Indonesia',
  'Vietnam',
  'Japan',
  'Korea',
  'USA',
  'Australia',
]
const BUYER_NAMES = [
  'Ana Souza',
  'Omar Haddad',
  'Anna Kowalska',
  'Ivan Petrov',
  'Aisha Bello',
  'Nguyen Van An',
  'Yuki Tanaka',
  'Carlos Ruiz',
  'Emma Schmidt',
  'Li Wei',
]

const arrayRowID = (rng: Rng) =>
  Array.from({ length: 24 }, () => '0123456789abcdef'[rng.int(0, 15)]).join('')

type ID = number
type BeltState = {
  id: ID
  slug: string
  specialty: Text
  categories: { id: ID; name: Text }[]
  images: ID[]
  campaign: ID | null
  factories: { id: ID; slug: string }[]
  products: Map<ID, ID[]>
}

export type GenerateReport = {
  scale: number
  seed: number
  counts: ReturnType<typeof countsAt>
  seconds: Record<string, number>
  /** The generated documents a test or benchmark can address. */
  sample: {
    belt: string
    factory: string
    member: string
    product: string
    queries: { zh: string; en: string }
  }
  /** What the generator meant the sample factory and product to be, to compare with what is read back. */
  intended: { factory: Record<string, unknown>; product: NewProduct | null }
}

const iso = (ms: number) => new Date(ms).toISOString()

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
  const intended: GenerateReport['intended'] = { factory: {}, product: null }

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

  // 2. Factories, each with its first (published) version: the adapter's create, in bulk.
  await timed(`factories (${counts.factories})`, async () => {
    for (const [index, belt] of belts.entries()) {
      const count = perBelt(counts.factories, index)
      for (let start = 0; start < count; start += 250) {
        const entries: SearchEntry[] = []
        await transaction(async (req) => {
          for (let n = start; n < Math.min(count, start + 250); n += 1) {
            const [a, b] = [rng.pick(SYLLABLES), rng.pick(SYLLABLES)]
            const slug = `${belt.slug}-${slugOf(a[1] + b[1])}-${n + 1}`
            const at = iso(now - rng.int(30, 3000) * 86_400_000)
            const verified = rng.next() < 0.4
            const data = {
              tenant: belt.id,
              name: text(
                `${a[0]}${b[0]}${belt.specialty.zh}厂 ${n + 1} 号`,
                `${a[1]}${b[1].toLowerCase()} ${belt.specialty.en} Factory No. ${n + 1}`,
              ),
              slug,
              summary: text(
                `专业生产${belt.specialty.zh}，支持来样定制与贴牌。`,
                `Makes ${belt.specialty.en.toLowerCase()} to sample or under your brand.`,
              ),
              mainProducts: text(belt.specialty.zh, belt.specialty.en),
              foundedYear: rng.int(1985, 2023),
              staffCount: rng.int(10, 2000),
              capabilities: rng.some(CAPABILITIES, 1, 3),
              exportMarkets: rng.some(MARKETS, 1, 4),
              capacity: {
                amount: rng.int(1, 500) * 1000,
                unit: text('件', 'pieces'),
                period: 'month',
              },
              certifications:
                rng.next() < 0.5
                  ? [
                      {
                        id: arrayRowID(rng),
                        name: rng.pick(['ISO 9001', 'BSCI', 'OEKO-TEX Standard 100', 'SEDEX']),
                        issuer: 'SGS',
                        validUntil: null,
                      },
                    ]
                  : [],
              photos: rng.some(belt.images, 0, 2),
              address: text(
                `${belt.slug} 工业园 ${rng.int(1, 300)} 号`,
                `No. ${rng.int(1, 300)} Industrial Park, ${belt.slug}`,
              ),
              location: { lat: 20 + rng.next() * 20, lng: 105 + rng.next() * 15 },
              contact: {
                person: `${a[0]}经理`,
                email: `sales@${slug}.example.com`,
                phone: `+86 138${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
                wechat: null,
              },
              verification: {
                status: verified ? 'verified' : 'unverified',
                verifiedAt: verified ? at : null,
                note: null,
              },
              _status: 'published',
              createdAt: at,
              updatedAt: at,
            }
            const doc = await payload.db.create({
              collection: SLUGS.factories,
              data,
              req,
              returning: true,
              select: { id: true },
            } as never)
            await payload.db.createVersion({
              collectionSlug: SLUGS.factories,
              parent: doc.id,
              versionData: { ...data, id: doc.id },
              autosave: false,
              createdAt: at,
              updatedAt: at,
              req,
              returning: false,
            } as never)
            belt.factories.push({ id: doc.id as ID, slug })
            if (belt.slug === 'zhili' && n === 0) intended.factory = data
            entries.push(entryOf('factory', { ...data, id: doc.id }))
          }
        })
        await indexEntries(payload, entries)
      }
    }
  })

  // 3. Products: the import's batched writer (one atomic batch per 1,000 products).
  let productsDone = 0
  await timed(`products (${counts.products})`, async () => {
    let lastLog = Date.now()
    for (const [index, belt] of belts.entries()) {
      const count = perBelt(counts.products, index)
      let batch: NewProduct[] = []
      const flush = async () => {
        // SQLite's page cache is 2 MB by default; the products' dozen indexes outgrow it early
        // and every insert then reads pages back. Per connection, and transactions open new ones.
        await (
          payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
        ).client.execute('pragma cache_size = -524288')
        const ids = await writeProducts(payload, batch)
        for (const [i, id] of ids.entries()) {
          const factory = batch[i].zh.factory as ID
          const list = belt.products.get(factory) ?? []
          list.push(id)
          belt.products.set(factory, list)
        }
        productsDone += batch.length
        batch = []
        if (Date.now() - lastLog > 10_000) {
          lastLog = Date.now()
          const memory = process.memoryUsage()
          log(
            `  ${productsDone} products (rss ${Math.round(memory.rss / 2 ** 20)} MiB, heap ${Math.round(memory.heapUsed / 2 ** 20)} MiB, external ${Math.round(memory.external / 2 ** 20)} MiB)`,
          )
        }
      }
      for (let n = 0; n < count; n += 1) {
        const factory = belt.factories[n % belt.factories.length]
        const category = belt.categories.length ? rng.pick(belt.categories) : null
        const style = rng.pick(STYLES)
        const noun = category?.name ?? belt.specialty
        const model = `${belt.slug.slice(0, 2).toUpperCase()}${String(n + 1).padStart(7, '0')}`
        const moq = rng.pick([50, 100, 200, 300, 500, 1000])
        const price = Math.round((1 + rng.next() * 80) * 100) / 100
        const specs = rng
          .some(SPEC_KEYS, 1, 3)
          .map(([key, values]) => ({ key, value: rng.pick(values) }))
        const common = {
          tenant: belt.id,
          factory: factory.id,
          slug: `${slugOf(`${style.en} ${noun.en}`)}-${model.toLowerCase()}`,
          sku: model,
          category: category?.id ?? null,
          moq: { quantity: moq, unit: rng.pick(UNITS) },
          currency: rng.next() < 0.7 ? 'USD' : 'CNY',
          leadTimeDays: rng.int(7, 45),
          sampleAvailable: rng.next() < 0.6,
          priceTiers: [
            { minQuantity: moq, maxQuantity: moq * 10 - 1, unitPrice: price },
            {
              minQuantity: moq * 10,
              maxQuantity: null,
              unitPrice: Math.round(price * 0.85 * 100) / 100,
            },
          ],
          customisation: rng.some(CUSTOMISATION, 0, 3),
          images: belt.images.length ? [rng.pick(belt.images)] : [],
          _status: 'published',
        }
        batch.push({
          row: n,
          zh: {
            ...common,
            name: `${style.zh}${noun.zh} ${model}`,
            summary: `${style.zh}${noun.zh}，起订量 ${moq}，支持定制。`,
            specs: specs.map((spec) => ({ key: spec.key.zh, value: spec.value.zh })),
          },
          en: {
            name: `${style.en} ${noun.en} ${model}`,
            summary: `${style.en} ${noun.en.toLowerCase()}, MOQ ${moq}, customisable.`,
            specs: specs.map((spec) => ({ key: spec.key.en, value: spec.value.en })),
          },
        })
        if (belt.slug === 'zhili' && n === 0) intended.product = batch[batch.length - 1]
        if (batch.length === 1000) await flush()
      }
      if (batch.length) await flush()
    }
  })

  // 4. Live sessions over a 10-day window (three days back, seven ahead), on the hour.
  await timed(`live sessions (${counts.sessions})`, async () => {
    const hour = 3_600_000
    const windowStart = Math.floor(now / hour) * hour - 72 * hour
    for (const [index, belt] of belts.entries()) {
      const count = perBelt(counts.sessions, index)
      for (let start = 0; start < count; start += 250) {
        await transaction(async (req) => {
          for (let n = start; n < Math.min(count, start + 250); n += 1) {
            // Each factory streams at most once an hour: sessions go round the factories.
            const factory = belt.factories[n % belt.factories.length]
            const startsAt =
              windowStart +
              ((Math.floor(n / belt.factories.length) * 24 + rng.int(0, 23)) % 240) * hour
            const duration = rng.pick([30, 45, 60])
            const products = rng.some(belt.products.get(factory.id) ?? [], 0, 3)
            const language = rng.pick(['zh', 'zh', 'en', 'ru', 'es', 'ar'])
            await payload.db.create({
              collection: SLUGS.liveSessions,
              data: {
                tenant: belt.id,
                title: text(
                  `${belt.specialty.zh}源头直播 第 ${n + 1} 场`,
                  `${belt.specialty.en} live from the factory, session ${n + 1}`,
                ),
                factory: factory.id,
                startsAt: iso(startsAt),
                startsAt_tz: 'Asia/Shanghai',
                durationMinutes: duration,
                endsAt: iso(startsAt + duration * 60_000),
                language,
                streamURL: `https://live.example.com/${belt.slug}/${n + 1}`,
                replayURL: null,
                products,
                campaign: belt.campaign,
                createdAt: iso(now),
                updatedAt: iso(now),
              },
              req,
              returning: false,
            } as never)
          }
        })
      }
    }
  })

  // 5. Inquiries of the last 90 days, each to one factory about one of its products.
  await timed(`inquiries (${counts.inquiries})`, async () => {
    for (const [index, belt] of belts.entries()) {
      const count = perBelt(counts.inquiries, index)
      for (let start = 0; start < count; start += 500) {
        await transaction(async (req) => {
          for (let n = start; n < Math.min(count, start + 500); n += 1) {
            const factory = rng.pick(belt.factories)
            const product = rng.pick(belt.products.get(factory.id) ?? [null])
            const buyer = rng.pick(BUYER_NAMES)
            const at = iso(now - rng.int(0, 90 * 24 * 60) * 60_000)
            await payload.db.create({
              collection: SLUGS.inquiries,
              data: {
                tenant: belt.id,
                subject: `Inquiry about ${belt.specialty.en.toLowerCase()}`,
                factory: factory.id,
                status: rng.pick(['new', 'new', 'replied', 'quoted', 'won', 'lost', 'spam']),
                product,
                quantity: rng.pick([500, 1000, 2000, 5000]),
                targetPrice: null,
                currency: 'USD',
                destinationCountry: rng.pick(COUNTRIES),
                message: `Hello, we would like a quotation for ${belt.specialty.en.toLowerCase()}. Please send prices and lead time.`,
                attachments: [],
                buyer: {
                  name: buyer,
                  company: `${buyer.split(' ')[0]} Trading`,
                  email: `buyer${n + 1}@${belt.slug}.buyers.example.com`,
                  phone: null,
                  wechat: null,
                  whatsapp: null,
                },
                replies: [],
                tokenHash: crypto
                  .createHash('sha256')
                  .update(`${seed}:${belt.slug}:${n}`)
                  .digest('hex'),
                tokenRevoked: false,
                createdAt: at,
                updatedAt: at,
              },
              req,
              returning: false,
            } as never)
          }
        })
      }
    }
  })

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

  await timed('planner statistics (ANALYZE)', () => optimizeDatabase(payload))
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
