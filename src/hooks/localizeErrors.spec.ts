import type { Field, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { describePath, localizeFieldError } from './localizeErrors'

const req = (language: 'zh' | 'en') =>
  ({
    i18n: { language, fallbackLanguage: 'zh' },
    payload: { config: { blocks: [] } },
  }) as unknown as PayloadRequest

const fields: Field[] = [
  { name: 'name', type: 'text', label: { zh: '产品名称', en: 'Name' } },
  {
    type: 'tabs',
    tabs: [
      {
        label: { zh: '价格', en: 'Price' },
        fields: [
          {
            name: 'priceTiers',
            type: 'array',
            label: { zh: '阶梯价', en: 'Price tiers' },
            labels: {
              singular: { zh: '价格档', en: 'Tier' },
              plural: { zh: '阶梯价', en: 'Price tiers' },
            },
            fields: [
              {
                type: 'row',
                fields: [
                  { name: 'minQuantity', type: 'number', label: { zh: '起始数量', en: 'From' } },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    name: 'layout',
    type: 'blocks',
    label: { zh: '页面模块', en: 'Blocks' },
    blocks: [
      { slug: 'cta', fields: [{ name: 'url', type: 'text', label: { zh: '链接', en: 'Link' } }] },
    ],
  },
]

describe('describePath', () => {
  it('names a field by its labels and rows, through tabs and rows, in the admin’s language', () => {
    expect(describePath(fields, 'priceTiers.2.minQuantity', req('zh'))).toBe(
      '阶梯价 第 3 行 › 起始数量',
    )
    expect(describePath(fields, 'priceTiers.2.minQuantity', req('en'))).toBe(
      'Price tiers row 3 › From',
    )
    expect(describePath(fields, 'layout.0.url', req('zh'))).toBe('页面模块 第 1 块 › 链接')
    expect(describePath(fields, 'name', req('zh'))).toBe('产品名称')
  })

  it('leaves what is not a field alone', () => {
    expect(describePath(fields, 'where[name][near]', req('zh'))).toBeNull()
    expect(describePath(fields, 'name.more', req('zh'))).toBeNull()
    expect(describePath(fields, 'priceTiers.x.minQuantity', req('zh'))).toBeNull()
  })
})

describe('localizeFieldError', () => {
  it('replaces the raw path before the message with the label', () => {
    const error = {
      path: 'priceTiers.2.minQuantity',
      message: 'priceTiers.2.minQuantity: 与上一档重叠',
    }
    expect(localizeFieldError(fields, error, req('zh')).message).toBe(
      '阶梯价 第 3 行 › 起始数量：与上一档重叠',
    )
    const unknown = { path: 'limit', message: 'limit: must be a number' }
    expect(localizeFieldError(fields, unknown, req('zh'))).toBe(unknown)
  })
})
