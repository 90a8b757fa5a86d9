import { CAPABILITIES, EXPORT_MARKETS } from '@/vocabulary'
import { CUSTOMISATIONS, QUANTITY_UNITS } from '@/vocabulary'

import type { RenderContext } from '@/portal/context'

type Option = { value: string; label: { zh: string; en: string } }

const labelIn = (options: Option[], value: string, ctx: Pick<RenderContext, 'locale'>) =>
  options.find((option) => option.value === value)?.label[ctx.locale] ?? value

export const unitLabel = (ctx: Pick<RenderContext, 'locale'>, unit: string) =>
  labelIn(QUANTITY_UNITS, unit, ctx)
export const capabilityLabel = (ctx: Pick<RenderContext, 'locale'>, value: string) =>
  labelIn(CAPABILITIES, value, ctx)
export const marketLabel = (ctx: Pick<RenderContext, 'locale'>, value: string) =>
  labelIn(EXPORT_MARKETS, value, ctx)
export const customisationLabel = (ctx: Pick<RenderContext, 'locale'>, value: string) =>
  labelIn(CUSTOMISATIONS, value, ctx)

export { CAPABILITIES, EXPORT_MARKETS }
