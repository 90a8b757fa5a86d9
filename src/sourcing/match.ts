import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import type { Factory } from '@/payload-types'

import { certificationsOf } from './values'

type ID = number | string

export type Match = { factory: ID; belt: ID; score: number }

export type MatchQuery = {
  /** The belts the request is for: the portal's, or every published belt's from the hub. */
  belts: ID[]
  category?: string | null
  quantity: number
  certifications?: string | null
  verifiedOnly?: boolean | null
}

/** A category slug and every category under it, per belt (a parent matches its children). */
const categoryIDs = async (payload: Payload, belts: ID[], slug: string, req?: PayloadRequest) => {
  const { docs } = await payload.find({
    collection: SLUGS.categories,
    where: { tenant: { in: belts } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true, parent: true },
    ...(req ? { req } : {}),
  })
  const found = new Set(docs.filter((doc) => doc.slug === slug).map((doc) => String(doc.id)))
  for (let grown = true; grown;) {
    grown = false
    for (const doc of docs) {
      const parent = idOf(doc.parent as never)
      if (parent !== null && found.has(String(parent)) && !found.has(String(doc.id))) {
        found.add(String(doc.id))
        grown = true
      }
    }
  }
  return [...found].map(Number)
}

/** The factory's reply record: the share of its inquiries answered (0.5 with none yet). */
const replyRate = async (payload: Payload, factory: ID, req?: PayloadRequest) => {
  const base = {
    collection: SLUGS.inquiries,
    overrideAccess: true,
    ...(req ? { req } : {}),
  } as const
  const all = await payload.count({ ...base, where: { factory: { equals: factory } } })
  if (all.totalDocs === 0) return 0.5
  const answered = await payload.count({
    ...base,
    where: { and: [{ factory: { equals: factory } }, { status: { not_in: ['new', 'spam'] } }] },
  })
  return answered.totalDocs / all.totalDocs
}

/**
 * The published factories of the request's belts that fit it: a published product in the
 * category (or under it) whose MOQ is not above the quantity, every certification asked for,
 * verified if the buyer asked so. Ranked by fit (fitting products, verification), then by reply
 * record. A system read: the request's own matching, shown to nobody as such.
 */
export const matchFactories = async (
  payload: Payload,
  query: MatchQuery,
  req?: PayloadRequest,
): Promise<Match[]> => {
  if (query.belts.length === 0) return []
  const inReq = req ? { req } : {}
  const categories = query.category
    ? await categoryIDs(payload, query.belts, query.category, req)
    : null
  if (categories && categories.length === 0) return []
  const { docs: products } = await payload.find({
    collection: SLUGS.products,
    where: {
      and: [
        { tenant: { in: query.belts } },
        { _status: { equals: 'published' } },
        { 'moq.quantity': { less_than_equal: query.quantity } },
        ...(categories ? [{ category: { in: categories } }] : []),
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { factory: true },
    ...inReq,
  })
  const fitting = new Map<string, number>()
  for (const product of products) {
    const id = String(idOf(product.factory as never))
    fitting.set(id, (fitting.get(id) ?? 0) + 1)
  }
  if (fitting.size === 0) return []
  const { docs: factories } = await payload.find({
    collection: SLUGS.factories,
    where: {
      and: [
        { id: { in: [...fitting.keys()].map(Number) } },
        { _status: { equals: 'published' } },
        ...(query.verifiedOnly ? [{ 'verification.status': { equals: 'verified' } }] : []),
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { certifications: true, verification: true, tenant: true },
    ...inReq,
  })
  const wanted = certificationsOf(query.certifications)
  const matches: Match[] = []
  for (const factory of factories as Factory[]) {
    const held = (factory.certifications ?? []).map((row) => row.name.toLowerCase())
    if (!wanted.every((name) => held.some((cert) => cert.includes(name)))) continue
    const verified = factory.verification?.status === 'verified' ? 1 : 0
    const fit = Math.min(fitting.get(String(factory.id)) ?? 0, 3) + verified
    const record = await replyRate(payload, factory.id, req)
    matches.push({
      factory: factory.id,
      belt: idOf(factory.tenant as never)!,
      score: fit * 10 + record * 5,
    })
  }
  return matches.sort((a, b) => b.score - a.score)
}
