import type { UILocale } from '@/constants'

/**
 * Units of quantity in each language, by plural category (`Intl.PluralRules`): "1 piece",
 * "500 pieces"; in Russian "1 штука", "3 штуки", "500 штук"; in Arabic the dual and the
 * 3–10 plural. `per` is the form after a price ("US$2.90 / piece") and in a column heading.
 * A category a language never uses for whole numbers falls back to `other`.
 */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string; per: string }

const same = (word: string): Forms => ({ other: word, per: word })

export const UNIT_FORMS: Record<UILocale, Record<string, Forms>> = {
  zh: {
    piece: same('件'),
    pair: same('双'),
    set: same('套'),
    dozen: same('打'),
    box: same('盒'),
    carton: same('箱'),
    kg: same('千克'),
    meter: same('米'),
  },
  en: {
    piece: { one: 'piece', other: 'pieces', per: 'piece' },
    pair: { one: 'pair', other: 'pairs', per: 'pair' },
    set: { one: 'set', other: 'sets', per: 'set' },
    dozen: { one: 'dozen', other: 'dozen', per: 'dozen' },
    box: { one: 'box', other: 'boxes', per: 'box' },
    carton: { one: 'carton', other: 'cartons', per: 'carton' },
    kg: same('kg'),
    meter: { one: 'metre', other: 'metres', per: 'metre' },
  },
  ru: {
    piece: { one: 'штука', few: 'штуки', many: 'штук', other: 'штуки', per: 'шт.' },
    pair: { one: 'пара', few: 'пары', many: 'пар', other: 'пары', per: 'пара' },
    set: {
      one: 'комплект',
      few: 'комплекта',
      many: 'комплектов',
      other: 'комплекта',
      per: 'компл.',
    },
    dozen: { one: 'дюжина', few: 'дюжины', many: 'дюжин', other: 'дюжины', per: 'дюжина' },
    box: { one: 'коробка', few: 'коробки', many: 'коробок', other: 'коробки', per: 'коробка' },
    carton: { one: 'короб', few: 'короба', many: 'коробов', other: 'короба', per: 'короб' },
    kg: same('кг'),
    meter: { one: 'метр', few: 'метра', many: 'метров', other: 'метра', per: 'м' },
  },
  ar: {
    piece: { one: 'قطعة', two: 'قطعتان', few: 'قطع', many: 'قطعة', other: 'قطعة', per: 'قطعة' },
    pair: { one: 'زوج', two: 'زوجان', few: 'أزواج', many: 'زوجًا', other: 'زوج', per: 'زوج' },
    set: { one: 'طقم', two: 'طقمان', few: 'أطقم', many: 'طقمًا', other: 'طقم', per: 'طقم' },
    dozen: {
      one: 'دزينة',
      two: 'دزينتان',
      few: 'دزينات',
      many: 'دزينة',
      other: 'دزينة',
      per: 'دزينة',
    },
    box: { one: 'علبة', two: 'علبتان', few: 'علب', many: 'علبة', other: 'علبة', per: 'علبة' },
    carton: {
      one: 'كرتونة',
      two: 'كرتونتان',
      few: 'كراتين',
      many: 'كرتونة',
      other: 'كرتونة',
      per: 'كرتونة',
    },
    kg: same('كغ'),
    meter: { one: 'متر', two: 'متران', few: 'أمتار', many: 'مترًا', other: 'متر', per: 'متر' },
  },
  es: {
    piece: { one: 'pieza', other: 'piezas', per: 'pieza' },
    pair: { one: 'par', other: 'pares', per: 'par' },
    set: { one: 'juego', other: 'juegos', per: 'juego' },
    dozen: { one: 'docena', other: 'docenas', per: 'docena' },
    box: { one: 'caja', other: 'cajas', per: 'caja' },
    carton: { one: 'cartón', other: 'cartones', per: 'cartón' },
    kg: same('kg'),
    meter: { one: 'metro', other: 'metros', per: 'metro' },
  },
}
