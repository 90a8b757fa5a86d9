import { describe, expect, it } from 'vitest'

import { UI_LOCALES } from '@/constants'

import { buyerLanguage, buyerReplyText, MAIL_WORDS } from './mailText'

describe('e-mails to the buyer', () => {
  it('are in the language of the address the inquiry was sent from', () => {
    expect(buyerLanguage('https://zhili.example.com/es')).toBe('es')
    expect(buyerLanguage('http://zhili.localhost:3000/ar')).toBe('ar')
    expect(buyerLanguage('https://zhili.example.com')).toBe('zh')
    expect(buyerLanguage('https://zhili.example.com/')).toBe('zh')
    expect(buyerLanguage('https://zhili.example.com/xx')).toBe('zh')
    expect(buyerLanguage(null)).toBe('zh')
    expect(buyerLanguage('not a url')).toBe('zh')
  })

  it('word a factory reply with its quotation in that language', () => {
    const text = buyerReplyText({
      language: 'es',
      factory: 'Zhili Kids',
      body: 'Podemos hacerlo.',
      quote: {
        currency: 'USD',
        priceTiers: [{ minQuantity: 1000, maxQuantity: 4999, unitPrice: 2.9 }],
        leadTimeDays: 20,
        paymentTerms: '30% T/T',
        validUntil: '2026-12-31T00:00:00.000Z',
      },
      link: 'https://zhili.example.com/es/inquiries/abc',
    })
    expect(text).toContain('La fábrica Zhili Kids ha respondido a su consulta:')
    expect(text).toContain('Cotización:')
    expect(text).toContain('Plazo de entrega: 20 días')
    expect(text).toContain('Válida hasta: 2026-12-31')
    expect(text).toContain('https://zhili.example.com/es/inquiries/abc')
    expect(text).not.toMatch(/[\u4e00-\u9fff]/) // no Chinese
    expect(text).not.toMatch(/Quotation|Lead time|Valid until/)
  })

  it('have every word in every language', () => {
    for (const ui of UI_LOCALES)
      expect(Object.keys(MAIL_WORDS[ui]).sort()).toEqual(Object.keys(MAIL_WORDS.en).sort())
  })
})
