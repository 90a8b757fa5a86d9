import { describe, expect, it } from 'vitest'

import { lagTracker, lsnValue } from './replicaLag'

describe('a replica’s lag from WAL positions', () => {
  it('orders positions across the high word', () => {
    expect(lsnValue('0/FFFFFFFF') < lsnValue('1/0')).toBe(true)
    expect(lsnValue('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n)
    expect(() => lsnValue('nonsense')).toThrow(/not a WAL position/)
  })

  it('an idle primary and a caught-up replica are no lag, however long since the last write', () => {
    const lag = lagTracker()
    lag.observe('0/3000000', '0/3000000', 0)
    lag.observe('0/3000000', '0/3000000', 60_000)
    expect(lag.lagMs(120_000)).toBe(0)
  })

  it('a replica that stops replaying is as far behind as the oldest position it has not replayed', () => {
    const lag = lagTracker()
    lag.observe('0/3000000', '0/3000000', 0)
    lag.observe('0/3000100', '0/3000000', 1000)
    lag.observe('0/3000200', '0/3000000', 2000)
    expect(lag.lagMs(2000)).toBe(1000)
    expect(lag.lagMs(9000)).toBe(8000)
    // It replays part of it: measured from the next position it is missing.
    lag.observe('0/3000200', '0/3000100', 9000)
    expect(lag.lagMs(9000)).toBe(7000)
    // All of it: no lag.
    lag.observe('0/3000200', '0/3000200', 10_000)
    expect(lag.lagMs(10_000)).toBe(0)
  })

  it('keeps the oldest sample however long the replica stays behind', () => {
    const lag = lagTracker()
    for (let second = 0; second < 1000; second += 1)
      lag.observe(`0/${(0x1000 + second).toString(16)}`, '0/1000', second * 1000)
    expect(lag.lagMs(1_000_000)).toBe(1_000_000 - 1000)
  })
})
