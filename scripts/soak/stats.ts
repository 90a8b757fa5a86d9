import fs from 'node:fs'
import path from 'node:path'

// Statistics over what was measured, and the server's own figures from /metrics.

export type Stats = { count: number; errors: number; ms: number[]; cache: Record<string, number> }
export const emptyStats = (): Stats => ({ count: 0, errors: 0, ms: [], cache: {} })
export const percentile = (values: number[], q: number) => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}
/** Least-squares slope of y over x, and its standard error (from the residuals; NaN under 3 points). */
export const fit = (points: [number, number][]) => {
  const n = points.length
  if (n < 2) return { slope: NaN, error: NaN }
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n
  const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0)
  const sxy = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0)
  if (sxx === 0) return { slope: NaN, error: NaN }
  const slope = sxy / sxx
  const residuals = points.reduce((sum, [x, y]) => sum + (y - my - slope * (x - mx)) ** 2, 0)
  return { slope, error: n < 3 ? NaN : Math.sqrt(residuals / (n - 2) / sxx) }
}
export const fixed = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toFixed(digits) : '–'
export const ms = (value: number) =>
  Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : String(Math.round(value))) : '–'
export const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`

export type Metrics = Map<string, number>
export const scrape = async (base: string): Promise<Metrics> => {
  const token = process.env.CHANDI_METRICS_TOKEN
  const response = await fetch(`${base}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok)
    throw new Error(
      `/metrics answered ${response.status}${response.status === 401 ? ' (set CHANDI_METRICS_TOKEN)' : ''}`,
    )
  const metrics: Metrics = new Map()
  for (const line of (await response.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue
    const space = line.lastIndexOf(' ')
    metrics.set(line.slice(0, space), Number(line.slice(space + 1)))
  }
  return metrics
}
export const renderedCount = (metrics: Metrics) =>
  (metrics.get('chandi_portal_cache_total{result="miss"}') ?? 0) +
  (metrics.get('chandi_portal_cache_total{result="bypass"}') ?? 0)

export type Sample = {
  at: number
  rss: number
  heapUsed: number
  heapTotal: number
  external: number
  lagP99: number
  majorGCs: number
  requests: number
  rps: number
  rendersPerSecond: number
  p95Page: number
  p95Render: number
  p95Api: number
  errors: number
  writes: number
  dropped: number
}

export const dbBytes = (dir: string | null) =>
  dir
    ? fs
        .readdirSync(dir)
        .filter((name) => name.startsWith('soak.db'))
        .reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0)
    : NaN
