import { describe, expect, it } from 'vitest'

import { profileCompleteness } from './profile'

describe('profileCompleteness', () => {
  it('counts each check and names the first one missing as what to fill next', () => {
    const empty = profileCompleteness({ photos: [], certifications: [], summary: null }, 0)
    expect(empty.percent).toBe(0)
    expect(empty.next?.key).toBe('photos')
    const some = profileCompleteness(
      { photos: [1, 2, 3], certifications: [], summary: { zh: '简介', en: ' ' } },
      5,
    )
    expect(some.checks.map((check) => [check.key, check.done])).toEqual([
      ['photos', true],
      ['certificates', false],
      ['tourVideo', false],
      ['summary', false], // a blank English summary is no summary
      ['products', true],
    ])
    expect(some.percent).toBe(40)
    expect(some.next?.key).toBe('certificates')
    const full = profileCompleteness(
      {
        photos: [1, 2, 3],
        certifications: [{ name: 'ISO 9001' } as never],
        tourVideoUrl: 'https://example.com/tour',
        summary: { zh: '简介', en: 'Summary' },
      },
      7,
    )
    expect(full).toMatchObject({ percent: 100, next: null })
  })
})
