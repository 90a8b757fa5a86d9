import { describe, expect, it } from 'vitest'

import { firstReplyMinutes, median } from '@/inquiries/stats'

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull()
  })

  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([30, 5, 12])).toBe(12)
  })

  it('is the mean of the two middle values of an even count', () => {
    expect(median([40, 10, 20, 30])).toBe(25)
  })

  it('does not reorder the values it was given', () => {
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })
})

describe('firstReplyMinutes', () => {
  it('is the time to the factory’s first sent reply, not the buyer’s', () => {
    const createdAt = '2026-01-01T00:00:00.000Z'
    expect(firstReplyMinutes({ createdAt, replies: [] })).toBeNull()
    expect(
      firstReplyMinutes({
        createdAt,
        replies: [
          { author: 'buyer', sentAt: '2026-01-01T00:10:00.000Z' },
          { author: 'factory', sentAt: null },
          { author: 'factory', sentAt: '2026-01-01T01:30:00.000Z' },
          { author: 'factory', sentAt: '2026-01-01T02:00:00.000Z' },
        ],
      }),
    ).toBe(90)
  })
})
