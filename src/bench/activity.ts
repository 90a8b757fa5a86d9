import crypto from 'node:crypto'

import { SLUGS } from '@/constants'
import { chunk, engineOf, insert, type Row, runAtomically } from '@/imports/bulkSql'

import { text } from './belts'
import { iso, type Run } from './run'
import { BUYER_NAMES, COUNTRIES } from './words'

/** Live sessions over a 10-day window (three days back, seven ahead), on the hour. */
export const generateSessions = async (run: Run) => {
  const { payload, rng, now, counts, belts, transaction, perBelt } = run
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
}

/**
 * Inquiries of the last 90 days, each to one factory about one of its products: multi-row
 * INSERTs of 500 rows, 2,000 inquiries an atomic batch, in the columns the adapter's `create`
 * wrote for the same data (an inquiry with no replies and no attachments is its one row; the
 * columns not named keep their defaults, as they did). 100,000 through `create` took 75 s.
 */
export const generateInquiries = async (run: Run) => {
  const { payload, rng, seed, now, counts, belts, perBelt } = run
  const engine = engineOf(payload)
  if (!engine) throw new Error('the generator writes inquiries in bulk on SQLite or PostgreSQL')
  for (const [index, belt] of belts.entries()) {
    const count = perBelt(counts.inquiries, index)
    for (let start = 0; start < count; start += 2000) {
      const rows: Row[] = []
      for (let n = start; n < Math.min(count, start + 2000); n += 1) {
        const factory = rng.pick(belt.factories)
        const product = rng.pick(belt.products.get(factory.id) ?? [null])
        const buyer = rng.pick(BUYER_NAMES)
        const at = iso(now - rng.int(0, 90 * 24 * 60) * 60_000)
        rows.push({
          tenant_id: belt.id,
          subject: `Inquiry about ${belt.specialty.en.toLowerCase()}`,
          factory_id: factory.id,
          status: rng.pick(['new', 'new', 'replied', 'quoted', 'won', 'lost', 'spam']),
          product_id: product,
          quantity: rng.pick([500, 1000, 2000, 5000]),
          target_price: null,
          currency: 'USD',
          destination_country: rng.pick(COUNTRIES),
          message: `Hello, we would like a quotation for ${belt.specialty.en.toLowerCase()}. Please send prices and lead time.`,
          buyer_name: buyer,
          buyer_company: `${buyer.split(' ')[0]} Trading`,
          buyer_email: `buyer${n + 1}@${belt.slug}.buyers.example.com`,
          buyer_phone: null,
          buyer_wechat: null,
          buyer_whatsapp: null,
          token_hash: crypto.createHash('sha256').update(`${seed}:${belt.slug}:${n}`).digest('hex'),
          token_revoked: false,
          created_at: at,
          updated_at: at,
        })
      }
      await runAtomically(
        payload,
        chunk(rows, 500)
          .map((part) => insert('inquiries', part, engine))
          .join('\n'),
      )
    }
  }
}
