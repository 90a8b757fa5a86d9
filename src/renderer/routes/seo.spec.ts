import { describe, expect, it } from 'vitest'

import { filesFor, parseSitemapName, PATHS_PER_SITEMAP } from './seo'

describe('sitemap files', () => {
  it('hold at most 50,000 URLs: a path is listed in five languages', () => {
    expect(PATHS_PER_SITEMAP * 5).toBeLessThanOrEqual(50_000)
  })

  it('split a collection into as many files as it needs, at least one', () => {
    expect(filesFor(0)).toBe(1)
    expect(filesFor(PATHS_PER_SITEMAP)).toBe(1)
    expect(filesFor(PATHS_PER_SITEMAP + 1)).toBe(2)
    // Scale 1: about 120,000 products in a belt.
    expect(filesFor(120_000)).toBe(15)
  })

  it('read only names of our own files', () => {
    expect(parseSitemapName('products-3')).toEqual({ kind: 'products', page: 3 })
    for (const name of ['products-0', 'products', 'users-1', 'products-01', 'pages-1x'])
      expect(parseSitemapName(name)).toBeNull()
  })
})
