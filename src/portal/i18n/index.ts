import { type ContentLocale, UI_LOCALES, type UILocale } from '@/constants'
import { boundedMemo } from '@/utilities/memo'

import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { ru } from './ru'
import { UNIT_FORMS } from './units'
import { type Messages, zh } from './zh'

/** Languages of the portal's interface; content itself is zh or en (others read English). */
export { UI_LOCALES, type UILocale }
export const RTL_LOCALES: UILocale[] = ['ar']

export const contentLocaleFor = (ui: UILocale): ContentLocale => (ui === 'zh' ? 'zh' : 'en')

/** Path prefix of a language: none for the default, `/en` and so on for the others. */
export const prefixFor = (ui: UILocale) => (ui === 'zh' ? '' : `/${ui}`)

export type { Messages }

export const MESSAGES: Record<UILocale, Messages> = { zh, en, ru, ar, es }

const INTL_LOCALE: Record<UILocale, string> = {
  zh: 'zh-CN',
  en: 'en',
  ru: 'ru',
  ar: 'ar',
  es: 'es',
}

/** The BCP 47 tag for `Intl` and for `lang`/`hreflang` attributes (`zh` is written `zh-CN`). */
export const intlLocale = (ui: UILocale): string => INTL_LOCALE[ui]

/**
 * `Intl` formatters, made once per language and options: making one costs more than a card's
 * rendering (a profile of the portal's renders found them at 2% of all CPU).
 */
const intlMemo = boundedMemo<unknown>(500)
export const intl = <T>(key: string, make: () => T): T => intlMemo(key, make) as T
const numberFormat = (tag: string, currency?: string) =>
  intl(`n\u0000${tag}\u0000${currency ?? ''}`, () =>
    currency
      ? new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 2 })
      : new Intl.NumberFormat(tag),
  )

/**
 * Formatted numbers, remembered: a page of cards formats the same prices and quantities again at
 * every render (an `Intl` call is 0.3–0.5 µs, a lookup here 0.15). Bounded: emptied when full.
 */
const remembered = boundedMemo<string>(20_000)

/** A number as a key: `${-0}` is "0", but Intl writes -0 as "-0". */
const numberKey = (value: number) => (Object.is(value, -0) ? '-0' : String(value))

type Formatters = {
  number: (value: number) => string
  /** "500 pieces", "500 штук": the number and the unit's plural form (`Intl.PluralRules`). */
  quantity: (value: number, unit: string) => string
  money: (value: number, currency: string) => string
}
const formattersOf = new Map<UILocale, Formatters>()

/** Numbers, money and quantities in the buyer's language (one set per language, made once). */
export const formatters = (ui: UILocale): Formatters => {
  let held = formattersOf.get(ui)
  if (!held) {
    const tag = INTL_LOCALE[ui]
    held = {
      number: (value) =>
        remembered(`n\u0000${tag}\u0000${numberKey(value)}`, () => numberFormat(tag).format(value)),
      quantity: (value, unit) => quantityText(ui, value, unit),
      money: (value, currency) =>
        remembered(`m\u0000${tag}\u0000${currency}\u0000${numberKey(value)}`, () =>
          numberFormat(tag, currency).format(value),
        ),
    }
    formattersOf.set(ui, held)
  }
  return held
}

/**
 * A language's name in the buyer's language (`zh` on an English page is "Chinese"), by
 * `Intl.DisplayNames`; the code itself if the runtime does not know it.
 */
export const languageName = (ui: UILocale, code: string): string => {
  try {
    const names = intl(
      `d\u0000${ui}`,
      () => new Intl.DisplayNames([INTL_LOCALE[ui]], { type: 'language' }),
    )
    return names.of(code) ?? code
  } catch {
    return code
  }
}

/** The unit as it stands after a price or in a heading ("/ piece", "Quantity (piece)"). */
export const unitName = (ui: UILocale, unit: string): string => UNIT_FORMS[ui][unit]?.per ?? unit

/** A quantity with its unit: the number in the language's digits, the unit in its plural form. */
export const quantityText = (ui: UILocale, quantity: number, unit: string): string =>
  remembered(`q\u0000${ui}\u0000${unit}\u0000${numberKey(quantity)}`, () =>
    quantityTextOf(ui, quantity, unit),
  )

const quantityTextOf = (ui: UILocale, quantity: number, unit: string): string => {
  const number = numberFormat(INTL_LOCALE[ui]).format(quantity)
  const forms = UNIT_FORMS[ui][unit]
  if (!forms) return `${number} ${unit}`
  const category = intl(`p\u0000${ui}`, () => new Intl.PluralRules(INTL_LOCALE[ui])).select(
    quantity,
  )
  return `${number} ${forms[category] ?? forms.other}`
}
