import type { Payload } from 'payload'

import { allocateIDs, type Engine, engineOf, runAtomically } from '@/imports/bulkSql'
import { type NewProduct, type ProductIDs, searchDocsOf, specCountOf } from '@/imports/productRows'
import { entryOf, indexEntries } from '@/search'
import { withCategoryNames } from '@/search/categories'
import type { SearchEntry } from '@/search/entries'

import { productBuilder } from './builder'

import { slugOf, text } from './belts'
import { type NewFactory, writeFactories } from './factoryRows'
import { iso, type ID, type Run } from './run'
import {
  arrayRowID,
  CAPABILITIES,
  CUSTOMISATION,
  MARKETS,
  SPEC_KEYS,
  STYLES,
  SYLLABLES,
  UNITS,
} from './words'

/** Factories, each with its first (published) version: multi-row batches (factoryRows.ts). */
export const generateFactories = async (run: Run) => {
  const { payload, rng, now, counts, belts, intended, perBelt } = run
  for (const [index, belt] of belts.entries()) {
    const count = perBelt(counts.factories, index)
    for (let start = 0; start < count; start += 250) {
      const batch: NewFactory[] = []
      for (let n = start; n < Math.min(count, start + 250); n += 1) {
        const [a, b] = [rng.pick(SYLLABLES), rng.pick(SYLLABLES)]
        const slug = `${belt.slug}-${slugOf(a[1] + b[1])}-${n + 1}`
        const at = iso(now - rng.int(30, 3000) * 86_400_000)
        const verified = rng.next() < 0.4
        const data: NewFactory = {
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
        if (belt.slug === 'zhili' && n === 0) {
          // The sample a test compares with the same factory made through REST: it has a row in
          // every table the batched writer fills (certifications, photos), whatever the draw.
          if (data.certifications.length === 0)
            data.certifications = [
              { id: arrayRowID(rng), name: 'ISO 9001', issuer: 'SGS', validUntil: null },
            ]
          if (data.photos.length === 0 && belt.images.length > 0) data.photos = [belt.images[0]]
          intended.factory = data
        }
        batch.push(data)
      }
      const ids = await writeFactories(payload, batch)
      for (const [i, data] of batch.entries())
        belt.factories.push({ id: ids[i] as ID, slug: data.slug })
      await indexEntries(
        payload,
        batch.map((data, i) => entryOf('factory', { ...data, id: ids[i] })),
      )
    }
  }
}

/**
 * The ids of product batches written one after another while the next is built. PostgreSQL:
 * from the tables' sequences (allocateIDs), which stay Payload's to hand out. SQLite: after the
 * tables' current maximum, read once, then counted on (the generator alone writes to a new
 * file; allocateIDs' maximum would not yet see the batch still being written).
 */
const idAllocator = (payload: Payload, engine: Engine) => {
  const next: Record<string, number> = {}
  const take = async (table: string, count: number) => {
    if (engine === 'postgres') return allocateIDs(payload, table, count)
    next[table] ??= (await allocateIDs(payload, table, 1))[0]
    const first = next[table]
    next[table] += count
    return Array.from({ length: count }, (_, index) => first + index)
  }
  return async (products: NewProduct[]): Promise<ProductIDs> => ({
    productIDs: await take('products', products.length),
    versionIDs: await take('_products_v', products.length),
    specIDs: await take('_products_v_version_specs', specCountOf(products)),
  })
}

/**
 * Products: the rows the import's batched writer writes (src/imports/productRows.ts), one atomic
 * batch per 1,000 products, built on the second core. Two worker threads (productWorker.ts) turn
 * a batch into its SQL text and its search entries while this thread writes the batch before it;
 * at most one batch is being written and one built. No server runs on a dataset being generated, so
 * no page cache is evicted (the import's writer does that).
 */
export const generateProducts = async (run: Run) => {
  const { payload, rng, counts, belts, intended, log, perBelt } = run
  const engine = engineOf(payload)
  if (!engine) throw new Error('the generator writes products in bulk on SQLite or PostgreSQL')
  const allocate = idAllocator(payload, engine)
  const sqlite = () =>
    (payload.db as unknown as { client: { executeMultiple: (sql: string) => Promise<unknown> } })
      .client
  const builder = productBuilder()
  let writing: Promise<void> = Promise.resolve()
  let productsDone = 0
  let lastLog = Date.now()
  const write = async ({ script, entries }: { script: string; entries: SearchEntry[] }) => {
    // SQLite's page cache is 2 MB by default; the products' dozen indexes outgrow it early
    // and every insert then reads pages back. The products' foreign keys are not checked row by
    // row (on again at the end): the rows are made parents first from ids just allocated (a
    // check per child row was a lookup in its parent's index), and generate.int.spec checks the
    // whole dataset with `foreign_key_check`. Per connection; a connection replaced after a busy
    // error starts with the checks on, until the next batch.
    if (engine === 'sqlite')
      await sqlite().executeMultiple('pragma cache_size = -524288; pragma foreign_keys = off;')
    await runAtomically(payload, script)
    await indexEntries(payload, entries)
  }
  try {
    for (const [index, belt] of belts.entries()) {
      const count = perBelt(counts.products, index)
      let batch: NewProduct[] = []
      const flush = async () => {
        const products = batch
        batch = []
        const ids = await allocate(products)
        const docs = await withCategoryNames(payload, searchDocsOf(products, ids.productIDs))
        const built = builder.build({ products, ids, engine, docs })
        const previous = writing
        writing = (async () => {
          const result = await built
          await previous
          await write(result)
        })()
        // Awaited below or at the end; never left unhandled meanwhile.
        writing.catch(() => undefined)
        for (const [i, id] of ids.productIDs.entries()) {
          const factory = products[i].zh.factory as ID
          const list = belt.products.get(factory) ?? []
          list.push(id)
          belt.products.set(factory, list)
        }
        await previous
        productsDone += products.length
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
    await writing
  } finally {
    await builder.close()
    // The checks again for what the generator writes next (sessions, inquiries).
    if (engine === 'sqlite') await sqlite().executeMultiple('pragma foreign_keys = on;')
  }
}
