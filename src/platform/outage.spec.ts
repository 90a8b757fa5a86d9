import { describe, expect, it } from 'vitest'

import { isDatabaseError } from '@/platform/outage'

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
