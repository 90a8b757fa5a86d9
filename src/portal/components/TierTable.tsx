import { type RenderContext } from '@/portal/context'
import { formatters } from '@/portal/i18n'

import { Approx } from '@/portal/components/Money'

export type Tier = {
  id?: string | null
  minQuantity: number
  maxQuantity?: number | null
  unitPrice: number
}

/**
 * Price tiers as a table: quantity band → unit price, with the unit on both sides. Given a
 * quantity, the tier it falls in is marked (the buyer's inquiry shows which price applies).
 */
export const TierTable = ({
  ctx,
  tiers,
  unit,
  currency,
  priceLabel,
  isFestival = false,
  quantity,
}: {
  ctx: RenderContext
  tiers: Tier[]
  unit: string
  currency: string
  priceLabel: string
  isFestival?: boolean
  quantity?: number | null
}) => {
  const { number, money } = formatters(ctx.ui)
  const matches = (tier: Tier) =>
    typeof quantity === 'number' &&
    quantity >= tier.minQuantity &&
    (tier.maxQuantity === null || tier.maxQuantity === undefined || quantity <= tier.maxQuantity)
  return (
    <table className={isFestival ? 'tiers festival' : 'tiers'}>
      <thead>
        <tr>
          <th scope="col">
            {ctx.t.quantity} ({unit})
          </th>
          <th scope="col">{priceLabel}</th>
        </tr>
      </thead>
      <tbody>
        {tiers.map((tier) => (
          <tr
            key={tier.id ?? tier.minQuantity}
            aria-current={matches(tier) ? 'true' : undefined}
            style={matches(tier) ? { fontWeight: 700 } : undefined}
          >
            <td>
              <bdi>
                {tier.maxQuantity
                  ? `${number(tier.minQuantity)}–${number(tier.maxQuantity)}`
                  : `≥ ${number(tier.minQuantity)}`}
              </bdi>
              {tier.maxQuantity ? null : ` (${ctx.t.orMore})`}
            </td>
            <td>
              <bdi>{money(tier.unitPrice, currency)}</bdi> / {unit}
              <Approx ctx={ctx} prices={[tier.unitPrice]} currency={currency} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
