import { describe, expect, it } from 'vitest'

import { PageCache, portalCache } from '@/portal/cache'
import { deepFreeze, heldRead, mayHold } from '@/portal/heldReads'

const published = { id: 901, published: true } as never
const ctx = (belt = published, extra: object = {}) =>
  ({ belt, isPreview: false, draft: null, ...extra }) as never

describe('held reads', () => {
  it('keeps a belt’s data until that belt is evicted, and never across belts', async () => {
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

  it('bounds each belt by count and by size, least recently used out first, never touching another belt', async () => {
    const cache = new PageCache(5000, 0.2, 3, 1_000)
    const hold = (belt: number, key: string, size = 10) =>
      cache.hold(belt, key, async () => key, { sizeOf: () => size }).value
    await hold(2, 'x')
    for (const key of ['a', 'b', 'c']) await hold(1, key)
    await hold(1, 'a') // a is now the most recently used
    await hold(1, 'd') // pushes b out, the least recently used
    expect(cache.heldOf(1).count).toBe(3)
    let loads = 0
    const counting = (key: string) =>
      cache.hold(1, key, async () => (loads += 1), { sizeOf: () => 10 }).value
    await counting('a')
    await counting('b')
    expect(loads).toBe(1) // a was held, b was read again
    // A flood of one belt's keys leaves another belt's reads alone.
    for (let i = 0; i < 100; i++) await hold(1, `flood-${i}`)
    expect(cache.heldOf(1).count).toBe(3)
    expect(cache.hold(2, 'x', async () => 'reloaded', { sizeOf: () => 10 }).isMiss).toBe(false)
    // Size: three reads of 400 (and their key) are more than 1,000: the oldest goes.
    for (const key of ['big-1', 'big-2', 'big-3']) await hold(1, key, 400)
    expect(cache.heldOf(1).count).toBe(2)
    expect(cache.heldOf(1).bytes).toBeLessThanOrEqual(1_000)
    cache.evictBelt(1)
    expect(cache.heldOf(1)).toEqual({ count: 0, bytes: 0 })
    expect(cache.heldOf(2).count).toBe(1)
  })

  it('forgets a read that failed, and a read that fails after an eviction leaves the new one alone', async () => {
    const cache = new PageCache()
    const sizeOf = () => 10
    const failed = cache.hold(1, 'k', async () => Promise.reject(new Error('down')), { sizeOf })
    await expect(failed.value).rejects.toThrow()
    expect(cache.hold(1, 'k', async () => 'up', { sizeOf }).isMiss).toBe(true)
    // Started before an eviction, failing after it: the read held since is still counted.
    cache.evictBelt(1)
    const slow = cache.hold(
      1,
      'k',
      () => new Promise((_resolve, reject) => setTimeout(() => reject(new Error('late')), 20)),
      { sizeOf },
    )
    cache.evictBelt(1)
    await cache.hold(1, 'k', async () => 'fresh', { sizeOf }).value
    await expect(slow.value).rejects.toThrow('late')
    expect(cache.heldOf(1)).toEqual({ count: 1, bytes: 11 })
    expect(cache.hold(1, 'k', async () => 'again', { sizeOf }).isMiss).toBe(false)
  })

  it('freezes what it holds, so no render can change what the next one reads', async () => {
    const key = `test-${Math.random()}`
    const render = ctx(published, { held: { hits: 0, misses: 0 } }) as { held: object }
    const doc = await heldRead(render as never, key, async () => ({
      docs: [{ photos: [1, 2] }],
    }))
    expect(() => {
      ;(doc.docs[0] as { photos: unknown }).photos = []
    }).toThrow(TypeError)
    expect(() => doc.docs[0]!.photos.push(3)).toThrow(TypeError)
    expect(await heldRead(render as never, key, async () => ({ docs: [] }))).toBe(doc)
    expect(render.held).toEqual({ hits: 1, misses: 1 })
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
