import { type ContentLocale, UI_LOCALES, type UILocale } from '@/constants'

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
const intlMemo = new Map<string, unknown>()
export const intl = <T>(key: string, make: () => T): T => {
  let held = intlMemo.get(key) as T | undefined
  if (held === undefined) {
    if (intlMemo.size >= 500) intlMemo.clear()
    intlMemo.set(key, (held = make()))
  }
  return held
}
const numberFormat = (tag: string, currency?: string) =>
  intl(`n\u0000${tag}\u0000${currency ?? ''}`, () =>
    currency
      ? new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 2 })
      : new Intl.NumberFormat(tag),
  )

/** Numbers, money and quantities in the buyer's language. */
export const formatters = (ui: UILocale) => {
  const tag = INTL_LOCALE[ui]
  return {
    number: (value: number) => numberFormat(tag).format(value),
    /** "500 pieces", "500 штук": the number and the unit's plural form (`Intl.PluralRules`). */
    quantity: (value: number, unit: string) => quantityText(ui, value, unit),
    money: (value: number, currency: string) => numberFormat(tag, currency).format(value),
  }
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
export const quantityText = (ui: UILocale, quantity: number, unit: string): string => {
  const number = numberFormat(INTL_LOCALE[ui]).format(quantity)
  const forms = UNIT_FORMS[ui][unit]
  if (!forms) return `${number} ${unit}`
  const category = intl(`p\u0000${ui}`, () => new Intl.PluralRules(INTL_LOCALE[ui])).select(
    quantity,
  )
  return `${number} ${forms[category] ?? forms.other}`
}
