import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { afterEach, describe, expect, it } from 'vitest'

import { sqliteBus } from './invalidation'
import { portalCache } from './renderer/cache'

/** Two processes' buses on one events file, run here in one process with two origins. */
describe('page-cache evictions between processes on SQLite', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-events-'))
  const file = path.join(dir, 'test.db.events')
  const errors: unknown[] = []
  const log = (error: unknown) => errors.push(error)
  const page = (beltID: string | null) => ({ status: 200, html: `<p>${beltID}</p>`, contentType: 'text/html', beltID })
  afterEach(() => portalCache.clear())

  it('applies another process’s eviction on the next poll, only for that belt, and never its own', () => {
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

  it('drops the whole cache when evictions it never read were pruned', () => {
    const one = sqliteBus(log, file, 'one')
    const two = sqliteBus(log, file, 'two')
    one.publish('3')
    one.publish('5')
    // Pruned (older than an hour) before `two` read them.
    new Database(file).exec('delete from evictions')
    portalCache.set('yiwu', page('4'))
    two.poll()
    expect(portalCache.size).toBe(0)
    one.close()
    two.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
