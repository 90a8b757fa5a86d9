import type { Payload } from 'payload'

import { SLUGS } from '@/constants'
import { hashToken, newToken, sealToken } from '@/inquiries/token'
import { storeFiles } from '@/inquiries/uploads'
import type { SourcingRequest } from '@/payload-types'
import { confirmRequest } from '@/sourcing/buyer'
import { publishedBeltIDs } from '@/sourcing/submit'
import { env } from '@/utilities/config'

type Demo = {
  belt: string | null
  product: string
  category: string
  quantity: number
  unit: 'piece' | 'set'
  targetPrice: number
  destinationCountry: string
  certifications?: string
  details: string
  buyer: { name: string; company: string; email: string }
}

const DEMO: Demo[] = [
  {
    belt: 'zhili',
    product: 'Organic cotton baby rompers, 0–24 months',
    category: 'baby-wear',
    quantity: 20000,
    unit: 'piece',
    targetPrice: 2.5,
    destinationCountry: 'Germany',
    certifications: 'OEKO-TEX',
    details: 'Five colours, own label and hang tags, shipped to Hamburg.',
    buyer: { name: 'Greta Hansen', company: 'Nordkind GmbH', email: 'greta@nordkind.example.com' },
  },
  {
    belt: 'yiwu',
    product: 'Shatterproof Christmas baubles, 8 cm',
    category: 'christmas-decorations',
    quantity: 50000,
    unit: 'piece',
    targetPrice: 0.3,
    destinationCountry: 'United States',
    details: 'Matte and glitter mix, 12 per box, retail boxes with our logo.',
    buyer: {
      name: 'Mike Turner',
      company: 'HolidayHouse LLC',
      email: 'mike@holidayhouse.example.com',
    },
  },
  {
    belt: null,
    product: 'Kids’ waterproof winter jackets',
    category: 'kids-outerwear',
    quantity: 3000,
    unit: 'piece',
    targetPrice: 14,
    destinationCountry: 'Canada',
    details: 'Sizes 4–12, reflective strips, for the autumn season.',
    buyer: {
      name: 'Élodie Martin',
      company: 'Petit Nord Inc.',
      email: 'elodie@petitnord.example.com',
    },
  },
]

/** A one-page PDF (a buyer's size chart) for the first demo request's attachment. */
const demoSpec = () => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Title (Size chart) >>',
  ]
  let out = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const at = out.length
    out += `${index + 1} 0 obj\n${object}\nendobj\n`
    return at
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/**
 * A few open sourcing requests (on Zhili's and Yiwu's portals and on the hub), confirmed and
 * matched, with quotes from their first two matched factories; the first carries a PDF. Seeded once: skipped when any
 * request exists. No e-mail is sent.
 */
export const seedSourcing = async (payload: Payload, log: (line: string) => void = () => {}) => {
  const existing = await payload.count({ collection: SLUGS.sourcingRequests, overrideAccess: true })
  if (existing.totalDocs > 0) return 0
  const origin = `http://localhost:${env('PORT')}`
  const published = await publishedBeltIDs(payload)
  let created = 0
  for (const demo of DEMO) {
    const belt = demo.belt
      ? (
          await payload.find({
            collection: SLUGS.tenants,
            where: { slug: { equals: demo.belt } },
            limit: 1,
            depth: 0,
            overrideAccess: true,
          })
        ).docs[0]
      : null
    if (demo.belt && !belt) continue
    const token = newToken()
    const linkBase = belt ? `http://${belt.slug}.localhost:${env('PORT')}/en` : `${origin}/en`
    const { belt: _slug, ...need } = demo
    // The first request carries the buyer's size chart, as the form would store it.
    const data = created === 0 ? demoSpec() : null
    const files = data
      ? await storeFiles({
          payload,
          collection: SLUGS.sourcingFiles,
          data: { from: 'buyer' },
          files: [
            {
              field: 'attachments',
              name: 'size-chart.pdf',
              mimetype: 'application/pdf',
              data,
              truncated: false,
            },
          ],
        })
      : { ids: [] }
    const request = (await payload.create({
      collection: SLUGS.sourcingRequests,
      data: {
        ...need,
        currency: 'USD',
        neededBy: new Date(Date.now() + 75 * 86_400_000).toISOString(),
        status: 'pending',
        belt: belt?.id ?? null,
        belts: belt ? [belt.id] : published,
        tokenHash: hashToken(token),
        tokenSealed: sealToken(token),
        linkBase,
        attachments: files.ids as number[],
      },
      overrideAccess: true,
      context: { isSeed: true },
    })) as SourcingRequest
    const open = await confirmRequest(payload, request, { notify: false })
    created += 1
    for (const [index, factory] of (open.matchedFactories ?? []).slice(0, 2).entries()) {
      await payload.create({
        collection: SLUGS.sourcingQuotes,
        data: {
          request: request.id,
          factory: factory as number,
          status: 'quoted',
          priceTiers: [
            {
              minQuantity: Math.ceil(demo.quantity / 10),
              maxQuantity: demo.quantity - 1,
              unitPrice: demo.targetPrice * (1.15 + index * 0.05),
            },
            { minQuantity: demo.quantity, unitPrice: demo.targetPrice * (1.02 + index * 0.06) },
          ],
          currency: 'USD',
          moq: Math.ceil(demo.quantity / 10),
          leadTimeDays: 30 + index * 10,
          validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          sampleTerms:
            index === 0
              ? 'Free samples, courier collect'
              : 'Samples at cost, refunded with the order',
          message: 'We make this every season for buyers in your market; happy to send references.',
        },
        overrideAccess: true,
        context: { isSeed: true },
      })
      created += 1
    }
    log(`demo sourcing request “${demo.product}”: ${linkBase}/sourcing/requests/${token}`)
  }
  return created
}
