import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, afterEach, describe, expect, it } from 'vitest'

import {
  type CountStore,
  emailKey,
  memoryStore,
  postgresStore,
  RateLimiter,
  sqliteStore,
  STORE_TIMEOUT_MS,
  useCountStore,
} from './rateLimit'

afterEach(() => useCountStore(null))

/** The behaviour every store shares; `a` and `b` are two processes' views of the same store. */
const countsAcross = (name: string, open: () => Promise<[CountStore, CountStore]>) =>
  describe(name, () => {
    it('counts one window per key across both, renews it once ended, and sweeps ended ones', async () => {
      const [a, b] = await open()
      const key = `k-${Math.random()}`
      expect(await a.increment(key, 1000, 0)).toBe(1)
      expect(await b.increment(key, 1000, 10)).toBe(2)
      expect(await a.increment(key, 1000, 999)).toBe(3)
      expect(await b.increment(`${key}-other`, 1000, 20)).toBe(1)
      // The window ended at 1000: a new one starts, ending at 2000.
      expect(await b.increment(key, 1000, 1000)).toBe(1)
      expect(await a.increment(key, 1000, 1999)).toBe(2)
      await a.sweep(2000)
      expect(await b.increment(`${key}-other`, 1000, 2000)).toBe(1)
    })

    it('gives concurrent attempts distinct counts', async () => {
      const [a, b] = await open()
      const key = `race-${Math.random()}`
      const counts = await Promise.all(
        Array.from({ length: 20 }, (_, index) => (index % 2 ? a : b).increment(key, 60_000, 5)),
      )
      expect(counts.map(Number).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 20 }, (_, index) => index + 1),
      )
    })
  })

countsAcross('memory store', async () => {
  const store = memoryStore()
  return [store, store]
})

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-limits-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
countsAcross('SQLite file store (the workers of one machine)', async () => {
  const file = path.join(dir, `limits-${Math.random()}.db`)
  return [sqliteStore(file), sqliteStore(file)]
})

// Run when the suite runs on PostgreSQL (DATABASE_URL=postgres://…): two pools are two nodes.
const pgURL = process.env.DATABASE_URL ?? ''
describe.runIf(/^postgres(ql)?:\/\//.test(pgURL))('PostgreSQL', () => {
  const pools: pg.Pool[] = []
  afterAll(() => Promise.all(pools.map((pool) => pool.end())))
  countsAcross('PostgreSQL store (every node)', async () => {
    const [one, two] = [
      new pg.Pool({ connectionString: pgURL }),
      new pg.Pool({ connectionString: pgURL }),
    ]
    pools.push(one, two)
    return Promise.all([postgresStore(one), postgresStore(two)]) as Promise<
      [CountStore, CountStore]
    >
  })
})

describe('rate limiter', () => {
  it('allows the limit per window, then refuses until the window resets', async () => {
    const limiter = new RateLimiter('test', 2, 1000)
    expect(await limiter.take('ip', 0)).toBe(true)
    expect(await limiter.take('ip', 10)).toBe(true)
    expect(await limiter.take('ip', 20)).toBe(false)
    expect(await limiter.take('other', 20)).toBe(true)
    expect(await limiter.take('ip', 1001)).toBe(true)
  })

  it('counts in the shared store, under its own name', async () => {
    const store = memoryStore()
    // Now, not 0: setting the store sweeps the windows that have ended by the clock.
    const now = Date.now()
    useCountStore(store)
    const [one, two] = [new RateLimiter('one', 2, 1000), new RateLimiter('one', 2, 1000)]
    expect(await one.take('ip', now)).toBe(true)
    expect(await two.take('ip', now)).toBe(true)
    expect(await one.take('ip', now)).toBe(false)
    // Another limiter's counts are its own.
    expect(await new RateLimiter('two', 2, 1000).take('ip', now)).toBe(true)
  })

  it('counts in its own memory when the shared store fails, and says so', async () => {
    const errors: unknown[] = []
    useCountStore(
      {
        increment: () => Promise.reject(new Error('connection refused')),
        sweep: () => undefined,
      },
      (error) => errors.push(error),
    )
    const limiter = new RateLimiter('failing', 2, 1000)
    expect(await limiter.take('ip', 0)).toBe(true)
    expect(await limiter.take('ip', 0)).toBe(true)
    expect(await limiter.take('ip', 0)).toBe(false)
    expect(errors.length).toBeGreaterThan(0)
  })

  it('sweeps ended windows as soon as the store is set, not only ten minutes later', async () => {
    const swept: number[] = []
    useCountStore({ increment: () => 1, sweep: (at) => void swept.push(at) })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(swept).toHaveLength(1)
    expect(Math.abs(swept[0] - Date.now())).toBeLessThan(1000)
  })

  it('does not wait for a store that does not answer', async () => {
    useCountStore({ increment: () => new Promise<number>(() => undefined), sweep: () => undefined })
    const started = Date.now()
    expect(await new RateLimiter('hanging', 1, 1000).take('ip', 0)).toBe(true)
    expect(Date.now() - started).toBeLessThan(STORE_TIMEOUT_MS + 1000)
  }, 10_000)
})

describe('emailKey', () => {
  it('counts an address by its mailbox: case, +tags and Gmail dots do not make another', () => {
    expect(emailKey('Ana+1@Example.com')).toBe('ana@example.com')
    expect(emailKey('ana+spam+2@example.com')).toBe('ana@example.com')
    expect(emailKey('a.n.a+x@googlemail.com')).toBe('ana@gmail.com')
    expect(emailKey('a.na@example.com')).toBe('a.na@example.com')
    expect(emailKey('+only@example.com')).toBe('+only@example.com')
  })
})
