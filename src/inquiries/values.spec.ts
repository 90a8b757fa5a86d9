import { describe, expect, it } from 'vitest'

import {
  checkInquiryValues,
  checkReplyBody,
  isBot,
  parseDecimal,
  parseWhole,
  type ProductChoice,
} from '@/inquiries/values'

const ROMPER: ProductChoice = {
  id: 7,
  slug: 'romper-01',
  moq: { quantity: 500, unit: 'pieces' },
  currency: 'CNY',
}

const valid = {
  name: 'Ana Silva',
  email: 'Ana@Example.com',
  message: 'Please quote 1,000 rompers in cotton.',
}

const check = (values: Record<string, string>, products: ProductChoice[] = [ROMPER]) =>
  checkInquiryValues({ values, products })

describe('parseWhole', () => {
  it('reads plain digits from 1 to 10⁹, surrounding spaces allowed', () => {
    expect(parseWhole('1')).toBe(1)
    expect(parseWhole(' 1200 ')).toBe(1200)
    expect(parseWhole('1000000000')).toBe(1e9)
  })

  it('refuses what Number() would read but no buyer means', () => {
    for (const value of ['0x10', '1e3', 'Infinity', '-5', '+5', '1.5', '1,000', '', ' '])
      expect(parseWhole(value), value).toBeUndefined()
  })

  it('refuses zero and more than 10⁹', () => {
    expect(parseWhole('0')).toBeUndefined()
    expect(parseWhole('1000000001')).toBeUndefined()
  })
})

describe('parseDecimal', () => {
  it('reads digits with an optional fraction, from 0 to 10⁹', () => {
    expect(parseDecimal('0')).toBe(0)
    expect(parseDecimal('2.35')).toBe(2.35)
    expect(parseDecimal(' 12 ')).toBe(12)
    expect(parseDecimal('1000000000')).toBe(1e9)
  })

  it('refuses hex, exponents, signs, infinity and a bare dot', () => {
    for (const value of ['0x10', '1e3', '1e308', 'Infinity', '-1', '.5', '5.', 'NaN', '1,5'])
      expect(parseDecimal(value), value).toBeUndefined()
    expect(parseDecimal('1000000000.01')).toBeUndefined()
  })
})

describe('checkInquiryValues', () => {
  it('gives the typed input of a valid form, e-mail lower-cased and empty fields left out', () => {
    const { input, problems } = check({
      ...valid,
      product: 'romper-01',
      quantity: '600',
      targetPrice: '2.5',
      company: '  Silva Ltda ',
      phone: '',
    })
    expect(problems).toEqual({})
    expect(input).toMatchObject({
      name: 'Ana Silva',
      email: 'ana@example.com',
      product: ROMPER,
      quantity: 600,
      targetPrice: 2.5,
      company: 'Silva Ltda',
    })
    expect(input.phone).toBeUndefined()
  })

  it('names each missing or malformed field, in the order of the form', () => {
    const { problems } = check({ name: ' ', email: 'ana@example', message: 'short' })
    expect(Object.keys(problems)).toEqual(['name', 'email', 'message'])
    expect(problems).toEqual({
      name: { code: 'required' },
      email: { code: 'email' },
      message: { code: 'tooShort' },
    })
  })

  it('refuses addresses with spaces, brackets or no dotted domain', () => {
    for (const email of ['a b@example.com', 'a@example', '<a@example.com>', 'a@b.c', 'a@@b.com'])
      expect(check({ ...valid, email }).problems.email, email).toEqual({ code: 'email' })
  })

  it('refuses what the stored field would refuse (a 500 after the rate limit counted it)', () => {
    for (const email of [
      'a@example.com.',
      'a..b@example.com',
      'josé@example.com',
      '用户@例子.公司',
    ])
      expect(check({ ...valid, email }).problems.email, email).toEqual({ code: 'email' })
  })

  it('refuses a message with more than two links, and one over 5,000 characters', () => {
    const links = 'see http://a.example https://b.example http://c.example please'
    expect(check({ ...valid, message: links }).problems.message).toEqual({
      code: 'tooManyLinks',
    })
    expect(check({ ...valid, message: 'x'.repeat(5001) }).problems.message).toEqual({
      code: 'tooLong',
      max: 5000,
    })
  })

  it('refuses a product the factory does not have, and a quantity below its MOQ', () => {
    expect(check({ ...valid, product: 'other' }).problems.product).toEqual({
      code: 'noSuchProduct',
    })
    expect(check({ ...valid, product: 'romper-01', quantity: '499' }).problems.quantity).toEqual({
      code: 'belowMoq',
      moq: { quantity: 500, unit: 'pieces' },
    })
  })

  it('refuses a quantity or target price that is not a plain number', () => {
    const { problems } = check({ ...valid, quantity: '1e3', targetPrice: '0x10' })
    expect(problems).toEqual({ quantity: { code: 'whole' }, targetPrice: { code: 'number' } })
  })

  it('refuses contact fields over their limits', () => {
    const { problems } = check({ ...valid, company: 'c'.repeat(151), wechat: 'w'.repeat(61) })
    expect(problems).toEqual({
      company: { code: 'tooLong', max: 150 },
      wechat: { code: 'tooLong', max: 60 },
    })
  })

  it('refuses NUL and other control characters in any field, but not tabs or line breaks', () => {
    const { problems } = check({ ...valid, name: 'Ana\u0000', phone: '1\u007f', extra: '\u001b' })
    expect(problems).toEqual({
      name: { code: 'control' },
      phone: { code: 'control' },
      extra: { code: 'control' },
    })
    expect(check({ ...valid, message: 'Line one\r\n\tLine two, long enough' }).problems).toEqual({})
  })

  it('refuses a line break in any field but the message (the name goes into an e-mail subject)', () => {
    const { problems } = check({
      ...valid,
      name: 'Bob\r\nBcc: evil@example.com',
      company: 'Acme\nLtd',
    })
    expect(problems).toEqual({ name: { code: 'control' }, company: { code: 'control' } })
  })
})

describe('isBot', () => {
  it('is true only when the hidden field holds something', () => {
    expect(isBot({ website: 'http://spam.example' })).toBe(true)
    expect(isBot({ website: '  ' })).toBe(false)
    expect(isBot({})).toBe(false)
  })
})

describe('checkReplyBody', () => {
  it('takes 1 to 5,000 characters after trimming', () => {
    expect(checkReplyBody({ body: ' Thanks! ' })).toEqual({ body: 'Thanks!' })
    expect(checkReplyBody({ body: '   ' }).problem).toEqual({ code: 'length' })
    expect(checkReplyBody({ body: 'x'.repeat(5001) }).problem).toEqual({ code: 'length' })
  })

  it('refuses control characters', () => {
    expect(checkReplyBody({ body: 'ok\u0007' }).problem).toEqual({ code: 'control' })
    expect(checkReplyBody({ body: 'line\nline' }).problem).toBeUndefined()
  })
})
