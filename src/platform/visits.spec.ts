import { describe, expect, it } from 'vitest'

import { countryOfLanguages } from './visits'

describe('countryOfLanguages', () => {
  it('takes the region of the first tag that has one', () => {
    expect(countryOfLanguages('en-US,en;q=0.9')).toBe('US')
    expect(countryOfLanguages('fr;q=0.9, de-at;q=0.8')).toBe('AT')
    expect(countryOfLanguages('zh-Hans-CN')).toBe('CN')
    expect(countryOfLanguages('pt_BR')).toBe('BR')
  })
  it('answers nothing when no tag has a region', () => {
    expect(countryOfLanguages('en')).toBe('')
    expect(countryOfLanguages('es-419,fr')).toBe('')
    expect(countryOfLanguages('*')).toBe('')
    expect(countryOfLanguages('')).toBe('')
    // A q value is never a region.
    expect(countryOfLanguages('en;q=0.5')).toBe('')
  })
})
