import { describe, expect, it } from 'vitest'

import { PageCache } from '@/portal/cache'

const page = (beltID: string | null, html = 'x') => ({
  status: 200,
  html,
  contentType: 'text/html',
  beltID,
})

describe('page cache', () => {
  it('evicts one belt’s pages and the hub, never another belt’s', () => {
    const cache = new PageCache()
    cache.set('a/1', page('1'))
    cache.set('b/1', page('2'))
    cache.set('hub', page(null))
    cache.evictBelt(1)
    expect(cache.get('a/1')).toBeUndefined()
    expect(cache.get('hub')).toBeUndefined()
    expect(cache.get('b/1')?.beltID).toBe('2')
  })

  it('treats a page as missing once the instant it depends on has passed', () => {
    const cache = new PageCache()
    cache.set('festival', { ...page('1'), validUntil: Date.now() - 1 })
    cache.set('later', { ...page('1'), validUntil: Date.now() + 60_000 })
    expect(cache.get('festival')).toBeUndefined()
    expect(cache.get('later')).toBeDefined()
  })

  it('gives equal pages equal ETags and drops the least recently used first', () => {
    const cache = new PageCache(2)
    const first = cache.set('one', page('1', 'same'))
    expect(cache.set('two', page('1', 'same')).etag).toBe(first.etag)
    cache.get('one')
    cache.set('three', page('1'))
    expect(cache.get('two')).toBeUndefined()
    expect(cache.get('one')).toBeDefined()
  })
})
