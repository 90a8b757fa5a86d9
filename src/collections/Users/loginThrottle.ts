/**
 * Login throttling instead of Payload's lock-out (issue: five wrong passwords from anyone locked
 * the real user, the platform admin included, out for 15 minutes).
 *
 * Nothing here ever refuses a login: it only decides how long an attempt waits before its
 * password is checked. Three counters of recent failures, each forgotten FORGET_MS after its last
 * failure:
 * - per source address and account: grows fast (the usual guessing from one machine);
 * - per source address across accounts (one machine trying many accounts): grows the same way,
 *   but not for an account this address logged into recently, so the buyer or operator at their
 *   usual desk is never slowed by failures of someone else behind the same address;
 * - per account across addresses (a botnet on one account): small and capped, so it can never
 *   keep the real user out, and also not for an account this address logged into recently.
 *
 * An attempt counts as a failure when it starts and is taken back when it succeeds, so parallel
 * guesses see each other and wait longer each, instead of all reading the same count.
 *
 * The state lives in this process's memory behind `ThrottleStore`: with several nodes each keeps
 * its own, so an attacker spreading attempts over N nodes gets N times the budget; a shared store
 * (the later multi-node issue) can replace `MemoryThrottleStore` behind the same calls.
 */

/** Failures are forgotten this long after the last one. */
export const FORGET_MS = 15 * 60 * 1000
/** A successful login exempts its address from the address- and account-wide delays this long. */
export const TRUSTED_MS = 24 * 60 * 60 * 1000

type Curve = { free: number; baseMs: number; capMs: number }

/** Failures allowed before any delay, the first delay, and its cap (doubling in between). */
export const CURVES = {
  pair: { free: 3, baseMs: 500, capMs: 10_000 },
  source: { free: 20, baseMs: 250, capMs: 5_000 },
  account: { free: 10, baseMs: 250, capMs: 2_000 },
} satisfies Record<string, Curve>

export const delayFor = (failures: number, { free, baseMs, capMs }: Curve) =>
  failures <= free ? 0 : Math.min(capMs, baseMs * 2 ** Math.min(failures - free - 1, 30))

/** Where the counters live: this process's memory now, a shared store later. */
export type ThrottleStore = {
  /** Adds `by` (1, or -1 to take an attempt back) to a counter and returns the new count. */
  add: (key: string, by: number, at: number) => number
  get: (key: string, at: number) => number
  reset: (key: string) => void
  /** Remembers a key until `at + ttlMs`. */
  mark: (key: string, ttlMs: number, at: number) => void
  isMarked: (key: string, at: number) => boolean
}

const MAX_KEYS = 100_000

export class MemoryThrottleStore implements ThrottleStore {
  private readonly counts = new Map<string, { count: number; until: number }>()
  private readonly marks = new Map<string, number>()

  add(key: string, by: number, at: number) {
    const current = this.counts.get(key)
    const count = Math.max(0, (current && current.until > at ? current.count : 0) + by)
    this.counts.delete(key)
    if (count > 0) this.counts.set(key, { count, until: at + FORGET_MS })
    this.bound(this.counts, at, (entry) => entry.until)
    return count
  }

  get(key: string, at: number) {
    const current = this.counts.get(key)
    return current && current.until > at ? current.count : 0
  }

  reset(key: string) {
    this.counts.delete(key)
  }

  mark(key: string, ttlMs: number, at: number) {
    this.marks.delete(key)
    this.marks.set(key, at + ttlMs)
    this.bound(this.marks, at, (until) => until)
  }

  isMarked(key: string, at: number) {
    return (this.marks.get(key) ?? 0) > at
  }

  /** Bounded memory under a flood of addresses: expired entries first, then the oldest. */
  private bound<T>(map: Map<string, T>, at: number, until: (entry: T) => number) {
    if (map.size <= MAX_KEYS) return
    for (const [key, entry] of map) if (until(entry) <= at) map.delete(key)
    for (const key of map.keys()) {
      if (map.size <= MAX_KEYS * 0.9) break
      map.delete(key)
    }
  }
}

export type LoginAttempt = { source: string; account: string }

const keys = ({ source, account }: LoginAttempt) => ({
  pair: `pair:${source}:${account}`,
  source: `source:${source}`,
  account: `account:${account}`,
  trusted: `trusted:${source}:${account}`,
})

export const createLoginThrottle = (
  store: ThrottleStore = new MemoryThrottleStore(),
  now = () => Date.now(),
) => ({
  /**
   * Counts the attempt as a failure until `succeeded` takes it back, and returns how long it
   * waits before its password is checked.
   */
  begin(attempt: LoginAttempt): number {
    const at = now()
    const key = keys(attempt)
    const pair = store.add(key.pair, 1, at)
    const source = store.add(key.source, 1, at)
    const account = store.add(key.account, 1, at)
    // The attempt itself is counted; the delay is for the failures before it.
    const pairDelay = delayFor(pair - 1, CURVES.pair)
    if (store.isMarked(key.trusted, at)) return pairDelay
    return Math.max(
      pairDelay,
      delayFor(source - 1, CURVES.source),
      delayFor(account - 1, CURVES.account),
    )
  },
  succeeded(attempt: LoginAttempt) {
    const at = now()
    const key = keys(attempt)
    store.reset(key.pair)
    // Taken back, not reset: one known password must not wipe an address's failures elsewhere.
    store.add(key.source, -1, at)
    store.add(key.account, -1, at)
    store.mark(key.trusted, TRUSTED_MS, at)
  },
})

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
