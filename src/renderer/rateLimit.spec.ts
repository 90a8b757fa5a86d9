import { describe, expect, it } from 'vitest'

import { RateLimiter } from './rateLimit'

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
