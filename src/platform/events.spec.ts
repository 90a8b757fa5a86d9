import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { afterAll, afterEach, describe, expect, it, onTestFinished } from 'vitest'

import { ALL, onEviction, sqliteBus } from '@/platform/events'

/**
 * Two processes' buses on one events file, run here in one process with two origins. What a bus
 * applies reaches the subscribers (`onEviction`); that the page cache is one of them, and drops
 * pages, is src/portal/cache.spec.ts's to say.
 */
describe('evictions between processes on SQLite', () => {
  /** An events file of the test's own, removed when it ends. */
  const eventsFile = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-events-'))
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
    return path.join(dir, 'test.db.events')
  }
  const errors: unknown[] = []
  const log = (error: unknown) => errors.push(error)
  /** The evictions applied in this process since the last call, in order. */
  let heard: (string | null)[] = []
  const stop = onEviction((belt) => heard.push(belt))
  const takeHeard = () => {
    const taken = heard
    heard = []
    return taken
  }
  afterEach(() => {
    heard = []
  })
  afterAll(stop)

  it('applies another process’s eviction on the next poll, only that belt, and never its own', () => {
    const file = eventsFile()
    const one = sqliteBus(log, file, 'one')
    const two = sqliteBus(log, file, 'two')
    two.poll()
    expect(takeHeard()).toEqual([])

    one.publish('3')
    // `one` does not apply its own publication (evictEverywhere has already done it here).
    one.poll()
    expect(takeHeard()).toEqual([])
    two.poll()
    expect(takeHeard()).toEqual(['3'])
    // Nothing new: the next poll applies nothing.
    two.poll()
    expect(takeHeard()).toEqual([])
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
    two.poll()
    // `two` applies `one`'s evictions (3 and 5), not its own (4).
    expect(takeHeard()).toEqual(['3', '5'])
    three.poll()
    expect(takeHeard()).toEqual(['3', '4', '5'])
    for (const bus of [one, two, three]) bus.close()
    expect(errors).toEqual([])
  })

  it('evicts everything when evictions it never read were pruned', () => {
    const file = eventsFile()
    const one = sqliteBus(log, file, 'one')
    const two = sqliteBus(log, file, 'two')
    one.publish('3')
    one.publish('5')
    // Pruned (older than an hour) before `two` read them.
    const other = new Database(file)
    other.exec('delete from evictions')
    other.close()
    two.poll()
    expect(takeHeard()).toEqual([ALL])
    one.close()
    two.close()
  })
})
