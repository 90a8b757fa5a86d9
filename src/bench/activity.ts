import crypto from 'node:crypto'

import { SLUGS } from '@/constants'

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

/** Inquiries of the last 90 days, each to one factory about one of its products. */
export const generateInquiries = async (run: Run) => {
  const { payload, rng, seed, now, counts, belts, transaction, perBelt } = run
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
}
