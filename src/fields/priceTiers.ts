import type { ArrayField } from 'payload'

import { type Bilingual, label } from '@/utilities/i18n'

export type PriceTier = {
  minQuantity?: number | null
  maxQuantity?: number | null
  unitPrice?: number | null
}

export type TierProblem = { path: string; message: Bilingual }

/**
 * Price tiers (阶梯价) are quantity bands in ascending order that do not overlap; the first
 * starts at the MOQ or above; a band without an upper bound can only be the last. Returns the
 * first problem with the path of the field at fault, or null.
 */
export const findTierProblem = ({
  tiers,
  moq,
  path = 'priceTiers',
}: {
  tiers: PriceTier[] | null | undefined
  moq: number | null | undefined
  /** Where the tiers sit in the document, for the error's path. */
  path?: string
}): TierProblem | null => {
  const list = tiers ?? []
  for (const [index, tier] of list.entries()) {
    const at = `${path}.${index}`
    const min = tier?.minQuantity
    const max = tier?.maxQuantity
    if (typeof min !== 'number' || !Number.isInteger(min) || min < 1) {
      return {
        path: `${at}.minQuantity`,
        message: {
          zh: '起始数量须为不小于 1 的整数',
          en: 'the starting quantity must be a whole number of at least 1',
        },
      }
    }
    if (max !== null && max !== undefined && (!Number.isInteger(max) || max < min)) {
      return {
        path: `${at}.maxQuantity`,
        message: {
          zh: '截止数量须为整数且不小于起始数量',
          en: 'the upper quantity must be a whole number no less than the starting quantity',
        },
      }
    }
    if (typeof tier?.unitPrice !== 'number' || !(tier.unitPrice > 0)) {
      return {
        path: `${at}.unitPrice`,
        message: { zh: '单价须大于 0', en: 'the unit price must be above 0' },
      }
    }
    if (index === 0 && typeof moq === 'number' && min < moq) {
      return {
        path: `${at}.minQuantity`,
        message: {
          zh: `第一档起始数量不能低于起订量 ${moq}`,
          en: `the first tier cannot start below the MOQ of ${moq}`,
        },
      }
    }
    if (index > 0) {
      const previous = list[index - 1]
      const previousEnd = previous?.maxQuantity
      if (previousEnd === null || previousEnd === undefined) {
        return {
          path: `${at}.minQuantity`,
          message: {
            zh: '上一档没有截止数量，只能是最后一档',
            en: 'the previous tier has no upper quantity, so it must be the last',
          },
        }
      }
      if (min <= previousEnd) {
        const descending = min < (previous?.minQuantity ?? 0)
        return {
          path: `${at}.minQuantity`,
          message: descending
            ? {
                zh: '价格档须按数量从小到大排列',
                en: 'tiers must be in ascending order of quantity',
              }
            : {
                zh: `与上一档重叠（上一档截止于 ${previousEnd}）`,
                en: `overlaps the previous tier (which ends at ${previousEnd})`,
              },
        }
      }
    }
  }
  return null
}

type PriceTierFieldOptions = {
  name: string
  label: Bilingual
  labels?: { singular: Bilingual; plural: Bilingual }
  /** A product must have a price; a quotation may leave its tiers empty. */
  minRows?: number
  description?: Bilingual
  unitPriceLabel?: Bilingual
}

/**
 * The one shape of price tiers (from, to, unit price in a row, ten bands at most) that products,
 * campaigns' festival prices and quotations share; the bands are checked by `findTierProblem`
 * in each collection's hooks, where the MOQ is known. Only labels and `minRows` differ, none of
 * which reaches the database.
 */
export const priceTierField = ({
  name,
  label: fieldLabel,
  labels,
  minRows,
  description,
  unitPriceLabel = label('单价', 'Unit price'),
}: PriceTierFieldOptions): ArrayField => ({
  name,
  type: 'array',
  label: fieldLabel,
  // Without labels Payload names rows and buttons after the field's name, in English ("添加 Tier").
  labels: labels ?? { singular: label('价格档', 'Tier'), plural: fieldLabel },
  ...(minRows !== undefined ? { minRows } : {}),
  maxRows: 10,
  ...(description ? { admin: { description } } : {}),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'minQuantity', type: 'number', required: true, label: label('起始数量', 'From') },
        { name: 'maxQuantity', type: 'number', label: label('截止数量', 'To') },
        { name: 'unitPrice', type: 'number', required: true, label: unitPriceLabel },
      ],
    },
  ],
})
