import { describe, expect, it } from 'vitest'

import { isDatabaseError, unavailablePage } from '@/platform/outage'

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('isDatabaseError', () => {
  it('knows PostgreSQL going away by its SQLSTATE, also wrapped in another error', () => {
    for (const [message, code] of [
      ['terminating connection due to administrator command', '57P01'],
      ['the database system is shutting down', '57P03'],
      ['the database system is starting up', '57P03'],
      ['sorry, too many clients already', '53300'],
      ['connection failure', '08006'],
    ])
      expect(isDatabaseError(new Error('query failed', { cause: withCode(message, code) }))).toBe(
        true,
      )
    expect(isDatabaseError(new Error('connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true)
  })

  it('does not take a refused statement for an outage', () => {
    expect(
      isDatabaseError(withCode('duplicate key value violates unique constraint', '23505')),
    ).toBe(false)
    expect(isDatabaseError(withCode('could not write block: Input/output error', '58030'))).toBe(
      false,
    )
  })
})

describe('unavailablePage', () => {
  it("speaks the address's language first, then Chinese and English; Arabic right to left", () => {
    const russian = unavailablePage(30, '/ru/products')
    expect(russian).toMatch(/<html lang="ru">/)
    expect(russian).toMatch(
      /<h1>Страница временно недоступна<\/h1>.*页面暂时无法打开.*temporarily unavailable/s,
    )
    expect(russian).toContain('через 30 с.')
    const arabic = unavailablePage(5, '/ar')
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/)
    expect(arabic).toContain('<section lang="ar" dir="rtl"><h1>')
    expect(unavailablePage(5, '/es/factories/x')).toContain('dentro de unos 5 segundos')
    // A Chinese address, or one without a language, leads in Chinese; no language is repeated.
    const chinese = unavailablePage(5, '/factories')
    expect(chinese).toMatch(/<html lang="zh">.*<h1>页面暂时无法打开/s)
    expect(chinese.match(/<section/g)).toHaveLength(2)
    // Names every object inherits are no language (a TypeError, a 500, before).
    for (const odd of ['/constructor', '/__proto__', '/toString/x'])
      expect(unavailablePage(5, odd)).toMatch(/<html lang="zh">/)
  })
})
