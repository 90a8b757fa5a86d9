import { describe, expect, it } from 'vitest'

import { contrastRatio, portalTheme } from '@/portal/theme'

describe('portal theme', () => {
  it('keeps a dark primary colour as it is', () => {
    expect(portalTheme({ primary: '#1F3A5F', accent: '#F2B705' }).primary).toBe('#1f3a5f')
  })

  it('darkens a primary colour too light for white text until it reaches 4.5:1', () => {
    const theme = portalTheme({ primary: '#FFE066', accent: '#FFFFFF' })
    expect(theme.wasAdjusted).toBe(true)
    expect(contrastRatio(theme.primary, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('falls back on invalid colours', () => {
    expect(portalTheme({ primary: 'javascript:alert(1)', accent: 'red' }).primary).toMatch(
      /^#[0-9a-f]{6}$/,
    )
  })
})
