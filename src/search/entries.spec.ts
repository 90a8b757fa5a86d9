import { describe, expect, it } from 'vitest'

import { wordsOf } from './entries'

describe('wordsOf', () => {
  it('indexes a spec’s key and value in both languages, never its row id', () => {
    const words = wordsOf('product', {
      name: { zh: '连衣裙', en: 'Summer frock' },
      specs: [{ id: '6b167f9a8e9f6a4d1a3ed2dd', key: { zh: '材质', en: 'Material' }, value: 'PS' }],
    }).split(' ')
    expect(words).toEqual(expect.arrayContaining(['材质', 'material', 'ps', 'summer']))
    expect(words).not.toContain('6b167f9a8e9f6a4d1a3ed2dd')
  })

  it('gives the same words when the same Chinese runs come again (remembered cuts)', () => {
    const doc = { name: { zh: '纯棉连衣裙 ZL001', en: 'Cotton dress' }, summary: '纯棉连衣裙' }
    const first = wordsOf('product', doc)
    expect(wordsOf('product', doc)).toBe(first)
    expect(first.split(' ')).toEqual(expect.arrayContaining(['连衣裙', 'zl001', 'cotton']))
  })
})
