import { unique } from './fixtures'

export const HOUR = 3600_000
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A published custom campaign a month ahead; `extra` overrides fields. */
export const campaignBody = (extra: Record<string, unknown> = {}) => ({
  name: 'Test festival',
  slug: unique('fest'),
  kind: 'custom',
  startsAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString(),
  endsAt: new Date(Date.now() + 31 * 24 * HOUR).toISOString(),
  _status: 'published',
  ...extra,
})
