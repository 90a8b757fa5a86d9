import type { Text } from '@/seed/types'

import { text } from './belts'
import type { Rng } from './scale'

// The names, styles, specs and places generated documents are made of.

export const SYLLABLES: [string, string][] = [
  ['恒', 'Heng'],
  ['盛', 'Sheng'],
  ['华', 'Hua'],
  ['美', 'Mei'],
  ['佳', 'Jia'],
  ['鑫', 'Xin'],
  ['达', 'Da'],
  ['兴', 'Xing'],
  ['源', 'Yuan'],
  ['丰', 'Feng'],
  ['瑞', 'Rui'],
  ['祥', 'Xiang'],
  ['宏', 'Hong'],
  ['新', 'Xin'],
  ['金', 'Jin'],
  ['永', 'Yong'],
  ['富', 'Fu'],
  ['康', 'Kang'],
  ['泰', 'Tai'],
  ['隆', 'Long'],
]
export const STYLES: Text[] = [
  text('新款', 'New-style'),
  text('经典', 'Classic'),
  text('轻便', 'Lightweight'),
  text('加厚', 'Thick'),
  text('环保', 'Eco-friendly'),
  text('高端', 'Premium'),
  text('简约', 'Minimalist'),
  text('彩色', 'Colourful'),
  text('定制', 'Custom'),
  text('出口级', 'Export-grade'),
]
export const SPEC_KEYS: [Text, Text[]][] = [
  [
    text('材质', 'Material'),
    [
      text('纯棉', 'Cotton'),
      text('涤纶', 'Polyester'),
      text('不锈钢', 'Stainless steel'),
      text('环保塑料', 'Recycled plastic'),
      text('真丝', 'Silk'),
    ],
  ],
  [
    text('颜色', 'Colour'),
    [
      text('黑色', 'Black'),
      text('白色', 'White'),
      text('红色', 'Red'),
      text('蓝色', 'Blue'),
      text('可定制', 'Custom'),
    ],
  ],
  [
    text('包装', 'Packing'),
    [text('单件袋装', 'Polybag each'), text('彩盒', 'Colour box'), text('纸箱', 'Carton')],
  ],
]
export const CAPABILITIES = ['oem', 'odm', 'own-brand', 'c2m']
export const MARKETS = [
  'domestic',
  'north-america',
  'latin-america',
  'europe',
  'russia-cis',
  'middle-east',
  'africa',
  'southeast-asia',
  'japan-korea',
  'oceania',
]
export const UNITS = ['piece', 'pair', 'set', 'dozen', 'box', 'carton']
export const CUSTOMISATION = ['logo', 'packaging', 'colour', 'size', 'material', 'design']
export const COUNTRIES = [
  'Brazil',
  'Mexico',
  'Germany',
  'Poland',
  'Russia',
  'Kazakhstan',
  'UAE',
  'Saudi Arabia',
  'Nigeria',
  'Kenya',
  'Indonesia',
  'Vietnam',
  'Japan',
  'Korea',
  'USA',
  'Australia',
]
export const BUYER_NAMES = [
  'Ana Souza',
  'Omar Haddad',
  'Anna Kowalska',
  'Ivan Petrov',
  'Aisha Bello',
  'Nguyen Van An',
  'Yuki Tanaka',
  'Carlos Ruiz',
  'Emma Schmidt',
  'Li Wei',
]

export const arrayRowID = (rng: Rng) =>
  Array.from({ length: 24 }, () => '0123456789abcdef'[rng.int(0, 15)]).join('')
