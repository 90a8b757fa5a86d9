import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { afterEach, describe, expect, it, onTestFinished } from 'vitest'

import { sqliteBus } from '@/platform/events'
import { portalCache } from '@/portal/cache'

/** Two processes' buses on one events file, run here in one process with two origins. */
describe('page-cache evictions between processes on SQLite', () => {
  /** An events file of the test's own, removed when it ends. */
  const eventsFile = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-events-'))
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
    return path.join(dir, 'test.db.events')
  }
  const errors: unknown[] = []
  const log = (error: unknown) => errors.push(error)
  const page = (beltID: string | null) => ({
    status: 200,
    html: `<p>${beltID}</p>`,
    contentType: 'text/html',
    beltID,
  })
  afterEach(() => portalCache.clear())

  it('applies another process’s eviction on the next poll, only for that belt, and never its own', () => {
    const file = eventsFile()
    const one = sqliteBus(log, file, 'one')
    const two = sqliteBus(log, file, 'two')
    portalCache.set('zhili', page('3'))
    portalCache.set('yiwu', page('4'))
    two.poll()
    expect(portalCache.size).toBe(2)

    one.publish('3')
    // `one` does not evict on its own publication (evictEverywhere has already done it here).
    one.poll()
    expect(portalCache.get('zhili')).toBeDefined()
    two.poll()
    expect(portalCache.get('zhili')).toBeUndefined()
    expect(portalCache.get('yiwu')).toBeDefined()
    // Nothing new: the next poll evicts nothing.
    portalCache.set('zhili', page('3'))
    two.poll()
    expect(portalCache.get('zhili')).toBeDefined()
    one.close()
    two.close()
    expect(errors).toEqual([])
  })

  it('reads interleaved writers’ rows in order, skipping only its own', () => {
    const file = eventsFile()
    const [one, two, three] = ['one', 'two', 'three'].map((self) => sqliteBus(log, file, self))
    one.publish('3')
    two.publish('4')
    one.publish('5')
    for (const belt of ['3', '4', '5', '6']) portalCache.set(belt, page(belt))
    two.poll()
    // `two` applies `one`'s evictions (3 and 5), not its own (4).
    expect(['3', '4', '5', '6'].map((belt) => portalCache.get(belt) !== undefined)).toEqual([
      false,
      true,
      false,
      true,
    ])
    three.poll()
    expect(['4', '6'].map((belt) => portalCache.get(belt) !== undefined)).toEqual([false, true])
    for (const bus of [one, two, three]) bus.close()
    expect(errors).toEqual([])
  })

  it('retires the whole cache (kept for outages) when evictions it never read were pruned', () => {
    const file = eventsFile()
    const one = sqliteBus(log, file, 'one')
    const two = sqliteBus(log, file, 'two')
    one.publish('3')
    one.publish('5')
    // Pruned (older than an hour) before `two` read them.
    const other = new Database(file)
    other.exec('delete from evictions')
    other.close()
    portalCache.set('yiwu', page('4'))
    two.poll()
    expect(portalCache.size).toBe(0)
    expect(portalCache.getStale('yiwu')).toBeDefined()
    one.close()
    two.close()
  })
})
