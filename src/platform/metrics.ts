import cluster from 'node:cluster'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'
import client from 'prom-client'

import { clusterMetrics } from '@/platform/cluster'
import { env } from '@/utilities/config'
import { randomPool } from '@/utilities/randomPool'
import { database } from '@/platform/outage'

/**
 * Metrics for the platform's operators (issue #10), in Prometheus' text format at `/metrics`,
 * with prom-client: requests by kind and status, their latencies, portal cache hits, inquiries
 * submitted, jobs waiting and failed by queue, and Node's own (memory, event loop, GC).
 *
 * `/metrics` answers a request bearing `Authorization: Bearer $CHANDI_METRICS_TOKEN`, or, when
 * no token is set, one from this machine (127.0.0.1 or ::1) only. Under CHANDI_WORKERS it sums
 * every worker's (counters and histograms added; the jobs gauge once).
 */
export const registry = new client.Registry()
client.collectDefaultMetrics({ register: registry, prefix: 'chandi_' })
// Under CHANDI_WORKERS the primary gathers this registry from every worker (src/platform/cluster.ts);
// constructing an aggregator is what makes a worker answer the primary's requests.
client.AggregatorRegistry.setRegistries([registry])
if (cluster.isWorker) new client.AggregatorRegistry()

export type RequestKind = 'portal-cached' | 'portal' | 'api' | 'admin' | 'ops'

/**
 * Cache hits by status class, counted as plain numbers on the hit path (a prom-client `inc` with
 * labels costs more than the rest of a hit) and added to the counters when they are read.
 */
const pendingHits = new Map<string, number>()
let pendingCacheHits = 0

export const countCachedHit = (status: number) => {
  const statusClass = status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 300 ? '3xx' : '2xx'
  pendingHits.set(statusClass, (pendingHits.get(statusClass) ?? 0) + 1)
  pendingCacheHits += 1
}

const requests = new client.Counter({
  name: 'chandi_http_requests_total',
  help: 'HTTP requests answered, by kind and status class (cache hits are counted, not timed)',
  labelNames: ['kind', 'status'] as const,
  registers: [registry],
  collect() {
    for (const [status, count] of pendingHits) {
      this.inc({ kind: 'portal-cached', status }, count)
    }
    pendingHits.clear()
  },
})
const latency = new client.Histogram({
  name: 'chandi_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by kind',
  labelNames: ['kind'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
})
const cache = new client.Counter({
  name: 'chandi_portal_cache_total',
  help: 'Portal pages answered from the page cache (hit), rendered and stored (miss), or rendered and not stored (bypass)',
  labelNames: ['result'] as const,
  registers: [registry],
  collect() {
    if (pendingCacheHits > 0) this.inc({ result: 'hit' }, pendingCacheHits)
    pendingCacheHits = 0
  },
})
/**
 * Renders by what their public reads found (src/portal/heldReads.ts): all held, none held, some;
 * renders that read nothing holdable (a form, a preview) are not counted. Plain numbers, like hits.
 */
const pendingHeld = { held: 0, cold: 0, mixed: 0 }
export const countHeldRender = ({ hits, misses }: { hits: number; misses: number }) => {
  if (hits + misses === 0) return
  pendingHeld[misses === 0 ? 'held' : hits === 0 ? 'cold' : 'mixed'] += 1
}
new client.Counter({
  name: 'chandi_portal_held_renders_total',
  help: 'Portal renders whose public reads were all held from earlier renders of the belt (held), none (cold), or some (mixed)',
  labelNames: ['result'] as const,
  registers: [registry],
  collect() {
    for (const result of ['held', 'cold', 'mixed'] as const) {
      this.inc({ result }, pendingHeld[result])
      pendingHeld[result] = 0
    }
  },
})
const inquiries = new client.Counter({
  name: 'chandi_inquiries_submitted_total',
  help: 'Inquiries buyers submitted, by belt',
  labelNames: ['belt'] as const,
  registers: [registry],
})

let jobsPayload: Payload | null = null
new client.Gauge({
  name: 'chandi_jobs',
  help: 'Jobs in the queue, by queue and state (waiting: not yet done and not failed for good; failed: out of retries)',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
  // Every worker counts the same queue: report it once, not summed.
  aggregator: 'first',
  async collect() {
    this.reset()
    if (!jobsPayload || database.down) return
    // While the database is down the gauge is left empty rather than failing the whole scrape.
    const found = await jobsPayload
      .find({
        collection: 'payload-jobs',
        where: { completedAt: { exists: false } },
        limit: 10_000,
        depth: 0,
        overrideAccess: true,
        pagination: false,
        select: { queue: true, hasError: true } as never,
      })
      .catch(() => null)
    if (!found) return
    for (const job of found.docs as { queue?: string; hasError?: boolean }[])
      this.inc({ queue: job.queue ?? 'default', state: job.hasError ? 'failed' : 'waiting' })
  },
})

export const watchJobs = (payload: Payload) => {
  jobsPayload = payload
}

export const countCache = (result: string) => cache.inc({ result })
export const countInquiry = (belt: string) => inquiries.inc({ belt })

const kindOf = (url: string): RequestKind => {
  if (url.startsWith('/api')) return 'api'
  if (url.startsWith('/admin') || url.startsWith('/_next')) return 'admin'
  if (url === '/healthz' || url === '/readyz' || url === '/metrics') return 'ops'
  return 'portal'
}

const SANE_ID = /^[\w.:-]{1,128}$/

/**
 * A new request id: a random UUID (version 4), cut from a pool of random bytes filled 256 ids at
 * a time. `crypto.randomUUID` per request, through the wrapper Next puts around it, was 0.5 µs
 * of a cached hit's 40; an id stays unpredictable and says nothing of the process's traffic.
 */
const idBytes = randomPool(16)
const newRequestId = () => {
  const bytes = idBytes()
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The load balancer's `X-Request-Id` if it sent a sane one, else a new random id. */
export const requestIdOf = (req: IncomingMessage) => {
  const incoming = req.headers['x-request-id']
  return typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : newRequestId()
}

/**
 * Gives the request an id (the load balancer's `X-Request-Id` if it sent a sane one), returns
 * it in the response's `X-Request-Id`, and on finish counts the request and logs it: errors and
 * slow requests at error/warn, the rest at debug (Payload's logger, `PAYLOAD_LOG_LEVEL`).
 */
export const observe = (req: IncomingMessage, res: ServerResponse, payload: Payload) => {
  const started = process.hrtime.bigint()
  // Read now: Express strips a mount path (`/api`) from req.url while its middleware runs.
  const url = req.url ?? '/'
  const id = requestIdOf(req)
  req.headers['x-request-id'] = id
  res.setHeader('X-Request-Id', id)
  res.once('finish', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    const kind = kindOf(url)
    requests.inc({ kind, status: `${Math.floor(res.statusCode / 100)}xx` })
    latency.observe({ kind }, seconds)
    const line = {
      reqId: id,
      method: req.method,
      url,
      host: req.headers.host,
      status: res.statusCode,
      ms: Math.round(seconds * 1000),
    }
    if (res.statusCode >= 500) payload.logger.error(line, 'request failed')
    else if (seconds > 1) payload.logger.warn(line, 'slow request')
    else payload.logger.debug(line, 'request')
  })
  return id
}

const isLoopback = (address: string | undefined) =>
  address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'

/** `GET /metrics`: the text format, to the token's holder or (without a token) this machine. */
export const metricsHandler = async (req: IncomingMessage, res: ServerResponse) => {
  const token = env('CHANDI_METRICS_TOKEN')
  const allowed = token
    ? req.headers.authorization === `Bearer ${token}`
    : isLoopback(req.socket.remoteAddress)
  if (!allowed) {
    res
      .writeHead(token ? 401 : 403, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' })
      .end(
        token
          ? 'metrics: a bearer token is required\n'
          : 'metrics: only from this machine unless CHANDI_METRICS_TOKEN is set\n',
      )
    return
  }
  try {
    const text = await (clusterMetrics() ?? registry.metrics())
    res
      .writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' })
      .end(text)
  } catch (error) {
    res
      .writeHead(503, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' })
      .end(`metrics: ${error instanceof Error ? error.message : 'unavailable'}\n`)
  }
}
