import { describe, expect, it } from 'vitest'

import { emailKey, RateLimiter } from './rateLimit'

describe('rate limiter', () => {
  it('allows the limit per window, then refuses until the window resets', () => {
    const limiter = new RateLimiter(2, 1000)
    expect(limiter.take('ip', 0)).toBe(true)
    expect(limiter.take('ip', 10)).toBe(true)
    expect(limiter.take('ip', 20)).toBe(false)
    expect(limiter.take('other', 20)).toBe(true)
    expect(limiter.take('ip', 1001)).toBe(true)
  })
})

describe('emailKey', () => {
  it('counts an address by its mailbox: case, +tags and Gmail dots do not make another', () => {
    expect(emailKey('Ana+1@Example.com')).toBe('ana@example.com')
    expect(emailKey('ana+spam+2@example.com')).toBe('ana@example.com')
    expect(emailKey('a.n.a+x@googlemail.com')).toBe('ana@gmail.com')
    expect(emailKey('a.na@example.com')).toBe('a.na@example.com')
    expect(emailKey('+only@example.com')).toBe('+only@example.com')
  })
})
