import { describe, expect, it } from 'vitest'

import { cookieValue, readSession, SESSION_SECONDS, sessionCookie, signSession } from './session'

describe('the buyer session cookie', () => {
  const at = Date.UTC(2026, 11, 1)
  const value = signSession({ id: '42', version: 3 }, at)

  it('reads back what it signed, until it expires', () => {
    expect(readSession(value, at + 1000)).toEqual({ id: '42', version: 3 })
    expect(readSession(value, at + SESSION_SECONDS * 1000 + 1000)).toBeNull()
  })

  it('refuses a changed id, version or expiry, and malformed values', () => {
    const [, version, expiry, mac] = value.split('.')
    expect(readSession(['43', version, expiry, mac].join('.'), at)).toBeNull()
    expect(readSession(['42', '4', expiry, mac].join('.'), at)).toBeNull()
    expect(readSession(['42', version, String(Number(expiry) + 1), mac].join('.'), at)).toBeNull()
    for (const bad of ['', 'x', '1.2.3', `${value}.x`, 'a.b.c.d', value.slice(0, -2)])
      expect(readSession(bad, at)).toBeNull()
  })

  it('is found among other cookies and written HttpOnly, Lax, host-only', () => {
    expect(cookieValue(`a=1; chandi_buyer=${value}; payload-token=x`)).toBe(value)
    expect(cookieValue('payload-token=x')).toBeUndefined()
    const header = sessionCookie(value, true)
    expect(header).toContain('HttpOnly; SameSite=Lax')
    expect(header).toContain('Secure')
    expect(header).not.toMatch(/Domain=/i)
    expect(sessionCookie('', false)).toContain('Max-Age=0')
  })
})
