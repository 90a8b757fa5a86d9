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

// Providers known to ignore dots in the local part: a.b@gmail.com is ab@gmail.com.
const DOTLESS_DOMAINS: Record<string, string> = {
  'gmail.com': 'gmail.com',
  'googlemail.com': 'gmail.com',
}

/**
 * The key a per-e-mail limit counts an address by, so one mailbox cannot pass as many: lower
 * case, without a `+tag` in the local part (`ana+1@example.com` is `ana@example.com`), and, at
 * Gmail, without dots. Only for counting: mail still goes to the address as written.
 */
export const emailKey = (email: string): string => {
  const address = email.trim().toLowerCase()
  const at = address.lastIndexOf('@')
  if (at < 1) return address
  let local = address.slice(0, at).split('+')[0] || address.slice(0, at)
  let domain = address.slice(at + 1).replace(/\.$/, '')
  if (DOTLESS_DOMAINS[domain]) {
    domain = DOTLESS_DOMAINS[domain]
    local = local.replaceAll('.', '')
  }
  return `${local}@${domain}`
}
