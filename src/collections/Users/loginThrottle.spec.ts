import { describe, expect, it } from 'vitest'

import {
  CURVES,
  FORGET_MS,
  MemoryThrottleStore,
  createLoginThrottle,
  delayFor,
} from './loginThrottle'

const clock = () => {
  let at = 1_000_000
  return { now: () => at, advance: (ms: number) => (at += ms) }
}

describe('login throttle', () => {
  it('grows the delay per failure after the free ones, up to its cap', () => {
    expect(delayFor(CURVES.pair.free, CURVES.pair)).toBe(0)
    expect(delayFor(CURVES.pair.free + 1, CURVES.pair)).toBe(CURVES.pair.baseMs)
    expect(delayFor(CURVES.pair.free + 2, CURVES.pair)).toBe(CURVES.pair.baseMs * 2)
    expect(delayFor(1000, CURVES.pair)).toBe(CURVES.pair.capMs)
    expect(delayFor(1000, CURVES.account)).toBe(CURVES.account.capMs)
  })

  it('slows one source on one account, not another source on it', () => {
    const time = clock()
    const throttle = createLoginThrottle(new MemoryThrottleStore(), time.now)
    const delays = Array.from({ length: 8 }, () => throttle.begin({ source: 'a', account: 'x' }))
    expect(delays.slice(0, 4)).toEqual([0, 0, 0, 0])
    expect(delays[7]).toBeGreaterThan(delays[5])
    expect(throttle.begin({ source: 'b', account: 'x' })).toBe(0)
  })

  it('never delays an account by more than its cap from a new source, however many sources failed', () => {
    const time = clock()
    const throttle = createLoginThrottle(new MemoryThrottleStore(), time.now)
    for (let source = 0; source < 500; source += 1)
      throttle.begin({ source: `s${source}`, account: 'admin' })
    expect(throttle.begin({ source: 'owner', account: 'admin' })).toBe(CURVES.account.capMs)
  })

  it('does not slow an address that logged into the account before for failures of others behind it', () => {
    const time = clock()
    const throttle = createLoginThrottle(new MemoryThrottleStore(), time.now)
    throttle.begin({ source: 'office', account: 'operator' })
    throttle.succeeded({ source: 'office', account: 'operator' })
    for (let account = 0; account < 100; account += 1)
      throttle.begin({ source: 'office', account: `guess${account}` })
    expect(throttle.begin({ source: 'office', account: 'new' })).toBeGreaterThan(0)
    expect(throttle.begin({ source: 'office', account: 'operator' })).toBe(0)
  })

  it('a success takes its own attempt back without wiping the source’s other failures', () => {
    const time = clock()
    const store = new MemoryThrottleStore()
    const throttle = createLoginThrottle(store, time.now)
    for (let account = 0; account < 30; account += 1)
      throttle.begin({ source: 'bot', account: `guess${account}` })
    throttle.begin({ source: 'bot', account: 'own' })
    throttle.succeeded({ source: 'bot', account: 'own' })
    expect(store.get('source:bot', time.now())).toBe(30)
  })

  it('forgets failures a while after the last one', () => {
    const time = clock()
    const throttle = createLoginThrottle(new MemoryThrottleStore(), time.now)
    for (let round = 0; round < 10; round += 1) throttle.begin({ source: 'a', account: 'x' })
    time.advance(FORGET_MS + 1)
    expect(throttle.begin({ source: 'a', account: 'x' })).toBe(0)
  })
})
