import { describe, expect, it } from 'vitest'

import { UNIT_FORMS } from './units'
import { formatters, MESSAGES, quantityText, UI_LOCALES, unitName } from './index'

/**
 * Words that are the same in English and in a translation: brands, formats and trade terms a
 * buyer reads as they are. Any other key whose ru/ar/es value equals the English one is a key
 * someone forgot to translate.
 */
const SAME_AS_ENGLISH = new Set(['WeChat', 'WhatsApp', 'Incoterm', 'Total'])

describe('the portal dictionaries', () => {
  const reference = Object.keys(MESSAGES.zh).sort()

  it.each(UI_LOCALES)('%s has every key of the reference dictionary, none empty', (ui) => {
    expect(Object.keys(MESSAGES[ui]).sort()).toEqual(reference)
    const empty = Object.entries(MESSAGES[ui])
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key)
    expect(empty).toEqual([])
  })

  it.each(['ru', 'ar', 'es'] as const)(
    '%s translates every key (nothing left in English)',
    (ui) => {
      const untranslated = Object.entries(MESSAGES[ui])
        .filter(([key, value]) => value === MESSAGES.en[key as keyof typeof MESSAGES.en])
        .filter(([, value]) => !SAME_AS_ENGLISH.has(value))
        .map(([key]) => key)
      expect(untranslated).toEqual([])
    },
  )

  it.each(UI_LOCALES)('%s keeps the placeholders of the messages that have one', (ui) => {
    expect(MESSAGES[ui].belowMoq).toContain('{moq}')
    expect(MESSAGES[ui].maxLength).toContain('{max}')
    expect(MESSAGES[ui].conversionNote).toContain('{date}')
    expect(MESSAGES[ui].conversionNote).toContain('{currencies}')
  })

  it.each(UI_LOCALES)('%s names every unit of quantity in each of its plural forms', (ui) => {
    const categories = new Intl.PluralRules(ui).resolvedOptions().pluralCategories
    expect(Object.keys(UNIT_FORMS[ui]).sort()).toEqual(Object.keys(UNIT_FORMS.en).sort())
    for (const [unit, forms] of Object.entries(UNIT_FORMS[ui])) {
      expect(forms.per, `${ui} ${unit}`).toBeTruthy()
      for (const category of categories)
        expect(forms[category] ?? forms.other, `${ui} ${unit} ${category}`).toBeTruthy()
    }
  })
})

describe('quantities with their unit', () => {
  it('pluralises by Intl.PluralRules in each language', () => {
    expect(quantityText('en', 1, 'piece')).toBe('1 piece')
    expect(quantityText('en', 500, 'piece')).toBe('500 pieces')
    expect(quantityText('en', 1200, 'box')).toBe('1,200 boxes')
    expect(quantityText('ru', 1, 'piece')).toBe('1 штука')
    expect(quantityText('ru', 3, 'piece')).toBe('3 штуки')
    expect(quantityText('ru', 500, 'piece')).toBe('500 штук')
    expect(quantityText('ru', 21, 'pair')).toBe('21 пара')
    expect(quantityText('es', 1, 'piece')).toBe('1 pieza')
    expect(quantityText('es', 500, 'piece')).toBe('500 piezas')
    expect(quantityText('ar', 2, 'piece')).toBe(`${new Intl.NumberFormat('ar').format(2)} قطعتان`)
    expect(quantityText('ar', 5, 'piece')).toBe(`${new Intl.NumberFormat('ar').format(5)} قطع`)
    expect(quantityText('zh', 500, 'piece')).toBe('500 件')
    expect(formatters('en').quantity(2, 'pair')).toBe('2 pairs')
  })

  it('names the unit after a price in the interface language, an unknown unit as it is', () => {
    expect(unitName('en', 'piece')).toBe('piece')
    expect(unitName('ru', 'piece')).toBe('шт.')
    expect(unitName('es', 'meter')).toBe('metro')
    expect(unitName('en', 'barrel')).toBe('barrel')
    expect(quantityText('en', 3, 'barrel')).toBe('3 barrel')
  })
})

describe('formatters, remembered', () => {
  it('give what Intl gives, -0 and 0 apart, the second time as the first', () => {
    const { number, money, quantity } = formatters('en')
    const plain = new Intl.NumberFormat('en-US')
    expect(number(-0)).toBe(plain.format(-0))
    expect(number(0)).toBe(plain.format(0))
    expect(number(-0)).toBe(plain.format(-0))
    expect(money(12.5, 'USD')).toBe(money(12.5, 'USD'))
    expect(money(12.5, 'USD')).not.toBe(money(12.5, 'EUR'))
    expect(quantity(1, 'piece')).not.toBe(quantity(2, 'piece'))
    expect(formatters('en')).toBe(formatters('en'))
    expect(formatters('ru').number(1234.5)).not.toBe(number(1234.5))
  })
})
