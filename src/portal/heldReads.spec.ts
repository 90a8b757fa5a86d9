import { describe, expect, it } from 'vitest'

import { PageCache, portalCache } from '@/portal/cache'
import { deepFreeze, heldRead, mayHold } from '@/portal/heldReads'

const published = { id: 901, published: true } as never
const ctx = (belt = published, extra: object = {}) =>
  ({ belt, isPreview: false, draft: null, ...extra }) as never

describe('held reads', () => {
  it('keeps a read per belt until that belt is evicted, and never across belts', async () => {
    const cache = new PageCache()
    let loads = 0
    const load = (value: string) => async () => {
      loads += 1
      return value
    }
    expect(await cache.memo(1, 'k', load('one'))).toBe('one')
    expect(await cache.memo(1, 'k', load('again'))).toBe('one')
    expect(await cache.memo(2, 'k', load('two'))).toBe('two')
    expect(loads).toBe(2)
    cache.evictBelt(1)
    expect(await cache.memo(1, 'k', load('edited'))).toBe('edited')
    expect(await cache.memo(2, 'k', load('not again'))).toBe('two')
    cache.retireAll()
    expect(await cache.memo(2, 'k', load('after all'))).toBe('after all')
  })

  it('holds a bounded number of reads in all, dropping the least recently used', async () => {
    const cache = new PageCache(5000, 0.2, 3)
    for (const key of ['a', 'b', 'c']) await cache.memo(1, key, async () => key)
    await cache.memo(1, 'a', async () => 'reloaded') // a is now the most recently used
    await cache.memo(2, 'd', async () => 'd') // pushes b out, the least recently used
    expect(cache.heldSize).toBe(3)
    expect(await cache.memo(1, 'a', async () => 'x')).toBe('a')
    expect(await cache.memo(1, 'b', async () => 'b again')).toBe('b again')
    cache.evictBelt(1)
    expect(cache.heldSize).toBe(1) // d, of belt 2
  })

  it('forgets a read that failed, so the next render tries again', async () => {
    const cache = new PageCache()
    await expect(
      cache.memo(1, 'k', async () => Promise.reject(new Error('down'))),
    ).rejects.toThrow()
    expect(await cache.memo(1, 'k', async () => 'up')).toBe('up')
    expect(cache.heldSize).toBe(1)
  })

  it('freezes what it holds, so no render can change what the next one reads', async () => {
    const key = `test-${Math.random()}`
    const doc = await heldRead(ctx(), key, async () => ({ docs: [{ photos: [1, 2] }] }))
    expect(() => {
      ;(doc.docs[0] as { photos: unknown }).photos = []
    }).toThrow(TypeError)
    expect(() => doc.docs[0]!.photos.push(3)).toThrow(TypeError)
    expect(await heldRead(ctx(), key, async () => ({ docs: [] }))).toBe(doc)
    portalCache.evictBelt(901)
  })

  it('holds nothing for a preview, a draft or a belt not yet published', async () => {
    expect(mayHold(ctx())).toBe(true)
    expect(mayHold(ctx(published, { isPreview: true }))).toBe(false)
    expect(mayHold(ctx(published, { draft: { collection: 'products', id: '1' } }))).toBe(false)
    expect(mayHold(ctx({ id: 902, published: false } as never))).toBe(false)
    expect(mayHold(ctx(null as never))).toBe(false)
    let loads = 0
    const preview = ctx(published, { isPreview: true })
    for (let i = 0; i < 2; i++) await heldRead(preview, 'preview', async () => (loads += 1))
    expect(loads).toBe(2)
  })

  it('leaves values it cannot freeze alone', () => {
    expect(deepFreeze({ bytes: Buffer.from('x') }).bytes[0]).toBe(120)
  })
})
