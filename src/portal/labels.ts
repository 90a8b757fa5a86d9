import { CAPABILITIES, EXPORT_MARKETS } from '@/vocabulary'
import { CUSTOMISATIONS } from '@/vocabulary'

import type { RenderContext } from '@/portal/context'
import { unitName } from '@/portal/i18n'

type Option = { value: string; label: { zh: string; en: string } }

const labelIn = (options: Option[], value: string, ctx: Pick<RenderContext, 'locale'>) =>
  options.find((option) => option.value === value)?.label[ctx.locale] ?? value

/**
 * The unit in the buyer's interface language as it stands after a price or in a heading;
 * a quantity with its unit is `formatters(ui).quantity` (plural forms, src/portal/i18n/units.ts).
 */
export const unitLabel = (ctx: Pick<RenderContext, 'ui'>, unit: string) => unitName(ctx.ui, unit)
export const capabilityLabel = (ctx: Pick<RenderContext, 'locale'>, value: string) =>
  labelIn(CAPABILITIES, value, ctx)
export const marketLabel = (ctx: Pick<RenderContext, 'locale'>, value: string) =>
  labelIn(EXPORT_MARKETS, value, ctx)
export const customisationLabel = (ctx: Pick<RenderContext, 'locale'>, value: string) =>
  labelIn(CUSTOMISATIONS, value, ctx)

export { CAPABILITIES, EXPORT_MARKETS }
