import type { CollectionBeforeValidateHook, Where } from 'payload'

import { idOf, sameID } from '@/access/roles'
import { findTierProblem, type PriceTier } from '@/fields/priceTiers'
import { SLUGS } from '@/constants'
import { fieldError } from '@/utilities/errors'
import { t } from '@/utilities/i18n'

const YEAR_MS = 366 * 24 * 60 * 60 * 1000

/** The normal unit price a product charges for `quantity`, from its tiers. */
export const normalPriceAt = (tiers: PriceTier[], quantity: number): number | null => {
  const tier = tiers.find(
    (candidate) =>
      (candidate.minQuantity ?? 0) <= quantity &&
      (candidate.maxQuantity === null ||
        candidate.maxQuantity === undefined ||
        quantity <= candidate.maxQuantity),
  )
  return tier?.unitPrice ?? null
}

/**
 * A campaign's window is a real one (start before end, at most a year); a belt does not run two
 * campaigns of the same kind at once unless the operator confirms it; festival prices are for
 * the campaign's own products, valid tiers, and never above the normal price.
 */
export const validateCampaign: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data }
  const start = new Date(merged.startsAt)
  const end = new Date(merged.endsAt)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return data // `required` reports it
  if (end <= start) {
    throw fieldError({
      path: 'endsAt',
      message: t(req, {
        zh: 'endsAt：结束时间必须晚于开始时间',
        en: 'endsAt: the end must come after the start',
      }),
    })
  }
  if (end.getTime() - start.getTime() > YEAR_MS) {
    throw fieldError({
      path: 'endsAt',
      message: t(req, {
        zh: 'endsAt：活动最长一年',
        en: 'endsAt: a campaign lasts a year at most',
      }),
    })
  }

  const tenant = idOf(merged.tenant)
  if (tenant !== null && !merged.confirmOverlap) {
    const where: Where[] = [
      { tenant: { equals: tenant } },
      { kind: { equals: merged.kind } },
      { startsAt: { less_than: end.toISOString() } },
      { endsAt: { greater_than: start.toISOString() } },
    ]
    if (originalDoc?.id) where.push({ id: { not_equals: originalDoc.id } })
    const overlapping = await req.payload.find({
      collection: SLUGS.campaigns,
      where: { and: where },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      draft: true,
    })
    if (overlapping.docs[0]) {
      throw fieldError({
        path: 'confirmOverlap',
        message: t(req, {
          zh: `confirmOverlap：与同类活动“${overlapping.docs[0].name}”时间重叠；如确需同时进行，请勾选确认`,
          en: `confirmOverlap: overlaps "${overlapping.docs[0].name}" of the same kind; tick to confirm both should run`,
        }),
      })
    }
  }

  const featured = ((merged.featuredProducts ?? []) as unknown[]).map((value) =>
    idOf(value as never),
  )
  const rows = (merged.festivalPrices ?? []) as { product?: unknown; tiers?: PriceTier[] }[]
  for (const [index, row] of rows.entries()) {
    const productID = idOf(row.product as never)
    if (productID === null) continue
    if (!featured.some((id) => sameID(id, productID))) {
      throw fieldError({
        path: `festivalPrices.${index}.product`,
        message: t(req, {
          zh: `festivalPrices.${index}.product：节日价只能用于本活动的推荐产品`,
          en: `festivalPrices.${index}.product: festival prices apply only to the campaign's featured products`,
        }),
      })
    }
    const product = await req.payload.findByID({
      collection: SLUGS.products,
      id: productID as number,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!product) continue
    const problem = findTierProblem({ tiers: row.tiers, moq: product.moq?.quantity })
    if (problem) {
      const path = `festivalPrices.${index}.${problem.path.replace('priceTiers', 'tiers')}`
      throw fieldError({ path, message: `${path}: ${t(req, problem.message)}` })
    }
    for (const [tierIndex, tier] of (row.tiers ?? []).entries()) {
      const normal = normalPriceAt(product.priceTiers ?? [], tier.minQuantity ?? 0)
      if (normal !== null && (tier.unitPrice ?? 0) > normal) {
        const path = `festivalPrices.${index}.tiers.${tierIndex}.unitPrice`
        throw fieldError({
          path,
          message: t(req, {
            zh: `${path}：节日价 ${tier.unitPrice} 高于平时价 ${normal}`,
            en: `${path}: the festival price ${tier.unitPrice} is above the normal price ${normal}`,
          }),
        })
      }
    }
  }
  return data
}
