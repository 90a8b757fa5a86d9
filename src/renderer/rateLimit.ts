/**
 * Fixed-window counters per key (an IP, an e-mail), in this process. Several nodes each keep
 * their own; issue #10's shared store can replace it behind the same call.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; false when the key has used up its window. */
  take(key: string, at = Date.now()): boolean {
    const current = this.windows.get(key)
    if (!current || current.resetAt <= at) {
      this.windows.set(key, { count: 1, resetAt: at + this.windowMs })
      if (this.windows.size > 50_000) this.sweep(at)
      return true
    }
    current.count += 1
    return current.count <= this.limit
  }

  private sweep(at: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= at) this.windows.delete(key)
  }
}
