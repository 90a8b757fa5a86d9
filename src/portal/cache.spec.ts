import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { afterEach, describe, expect, it, onTestFinished } from 'vitest'

import { evictEverywhere, sqliteBus, stopInvalidationBus } from '@/platform/events'
import { PageCache, portalCache } from '@/portal/cache'

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

  it('lets addresses with a query string take a share of it only, so a flood of them never pushes plain pages out', () => {
    const cache = new PageCache(10, 0.2)
    const key = (path: string, query = '') => PageCache.key({ host: 'zhili', path, query })
    for (const path of ['/', '/factories', '/factories/a', '/products/b'])
      cache.set(key(path), page('1'))
    cache.set(key('/factories', '?category=kids'), page('1'))
    cache.get(key('/factories', '?category=kids'))
    for (let i = 0; i < 1000; i++) cache.set(key('/', `?x=${i}`), page('1'))
    for (const path of ['/', '/factories', '/factories/a', '/products/b'])
      expect(cache.get(key(path)), path).toBeDefined()
    // Two slots for queried pages: the flood's last two are there, the earlier ones are not.
    expect(cache.get(key('/', '?x=999'))).toBeDefined()
    expect(cache.get(key('/', '?x=998'))).toBeDefined()
    expect(cache.get(key('/', '?x=997'))).toBeUndefined()
    expect(cache.get(key('/factories', '?category=kids'))).toBeUndefined()
    expect(cache.size).toBe(6)
  })

  it('keeps a queried page that is read while others come and go', () => {
    const cache = new PageCache(10, 0.2)
    const key = (query: string) => PageCache.key({ host: 'zhili', path: '/search', query })
    cache.set(key('?q=socks'), page('1'))
    for (let i = 0; i < 50; i++) {
      expect(cache.get(key('?q=socks'))).toBeDefined()
      cache.set(key(`?q=${i}`), page('1'))
    }
    expect(cache.get(key('?q=socks'))).toBeDefined()
  })
})

/** The process's cache hears the evictions published in src/platform/events. */
describe('the portal cache as an eviction subscriber', () => {
  afterEach(async () => {
    // Sends the settle repeats now instead of leaving their timers behind.
    await stopInvalidationBus()
    portalCache.clear()
  })

  it('drops an edited belt’s pages and the hub’s, keeping them for an outage', () => {
    portalCache.set('zhili', page('3'))
    portalCache.set('yiwu', page('4'))
    portalCache.set('hub', page(null))
    evictEverywhere('3')
    expect(portalCache.get('zhili')).toBeUndefined()
    expect(portalCache.get('hub')).toBeUndefined()
    expect(portalCache.get('yiwu')).toBeDefined()
    expect(portalCache.getStale('zhili')).toBeDefined()
  })

  it('applies another process’s eviction, and retires every page when it missed some', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-events-'))
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
    const file = path.join(dir, 'test.db.events')
    const errors: unknown[] = []
    const log = (error: unknown) => errors.push(error)
    const one = sqliteBus(log, file, 'one')
    const two = sqliteBus(log, file, 'two')
    portalCache.set('zhili', page('3'))
    portalCache.set('yiwu', page('4'))
    one.publish('3')
    two.poll()
    expect(portalCache.get('zhili')).toBeUndefined()
    expect(portalCache.get('yiwu')).toBeDefined()

    one.publish('5')
    // Pruned (older than an hour) before `two` read it.
    const other = new Database(file)
    other.exec('delete from evictions')
    other.close()
    two.poll()
    expect(portalCache.size).toBe(0)
    expect(portalCache.getStale('yiwu')).toBeDefined()
    one.close()
    two.close()
    expect(errors).toEqual([])
  })
})

describe('a render that started before an eviction', () => {
  const page = (beltID: string | null) => ({
    status: 200,
    html: `<p>${beltID}</p>`,
    contentType: 'text/html',
    beltID,
  })

  it('is answered but not stored when its belt (or the hub, or all) was evicted meanwhile', () => {
    const cache = new PageCache()
    const since = cache.generation
    cache.evictBelt('1')
    cache.set('a', page('1'), since)
    expect(cache.has('a')).toBe(false)
    cache.set('hub', page(null), since) // every belt's eviction evicts the hub's pages
    expect(cache.has('hub')).toBe(false)
    // Another belt's eviction does not stop belt 2's page; a render started after it is stored.
    cache.set('b', page('2'), since)
    expect(cache.has('b')).toBe(true)
    cache.set('a', page('1'), cache.generation)
    expect(cache.has('a')).toBe(true)
    const beforeAll = cache.generation
    cache.retireAll()
    cache.set('b', page('2'), beforeAll)
    expect(cache.has('b')).toBe(false)
  })
})

describe('a page that shows other belts’ content (similar products elsewhere)', () => {
  const shows = (beltID: string, otherBelts: string[]) => ({
    status: 200,
    html: `<p>${beltID} with ${otherBelts.join(',')}</p>`,
    contentType: 'text/html',
    beltID,
    otherBelts,
  })

  it('is evicted with any belt it shows, and only with those', () => {
    const cache = new PageCache()
    cache.set('a/product', shows('1', ['2', '3']))
    cache.set('a/other', page('1'))
    cache.evictBelt('4')
    expect(cache.has('a/product')).toBe(true)
    cache.evictBelt('3')
    expect(cache.has('a/product')).toBe(false)
    expect(cache.has('a/other')).toBe(true)
  })

  it('is not stored when a belt it shows was evicted while it rendered', () => {
    const cache = new PageCache()
    const since = cache.generation
    cache.evictBelt('2')
    cache.set('a/product', shows('1', ['2']), since)
    expect(cache.has('a/product')).toBe(false)
    cache.set('a/product', shows('1', ['3']), since)
    expect(cache.has('a/product')).toBe(true)
  })

  it('drops a held read with any belt it holds, and does not keep one loaded across such an eviction', async () => {
    const cache = new PageCache()
    let loads = 0
    const read = (belts = ['2', '3']) =>
      cache.hold(
        '1',
        'elsewhere:7',
        async () => {
          loads += 1
          return belts
        },
        { sizeOf: () => 8, otherBeltsOf: (value) => value },
      ).value
    await read()
    await read()
    expect(loads).toBe(1)
    cache.evictBelt('4') // not one it shows
    await read()
    expect(loads).toBe(1)
    cache.evictBelt('3')
    await read()
    expect(loads).toBe(2)
    expect(cache.heldOf('1').count).toBe(1)
    // Belt 2 evicted while the read loads: what it read is answered, not kept.
    cache.evictBelt('2')
    const loading = read()
    cache.evictBelt('2')
    await loading
    expect(cache.heldOf('1').count).toBe(0)
  })
})
