/**
 * `npm run soak [-- --minutes 10]`: a soak test, not part of `npm test`. Holds a steady, mixed
 * load against one Chandi server for --minutes (warm-up included) and reports whether its
 * memory grows.
 *
 * - **Server**: by default its own, started as `npm start` starts it (the suite's startServer,
 *   tests/setup/server.ts) on a fresh SQLite database in a temp folder, which it seeds with the
 *   demo belts; media, uploads and the mail outbox go there too, so data/ is never touched. The
 *   server is stopped and the folder removed on exit, Ctrl-C included (--keep-data keeps it). Or
 *   `--url http://127.0.0.1:PORT`: a server already running here with the demo belts; its
 *   /metrics must answer this machine (CHANDI_METRICS_TOKEN is sent if set), and the titles and
 *   names the writes toggle are put back at the end. Load goes to 127.0.0.1 only.
 * - **Load**, open loop: --rate requests per second (default 150), at most --concurrency (16) in
 *   flight; a request due while that many wait is not sent and counted as dropped. The mix:
 *   78% cached portal pages (every published belt, zh and en: home, directories, factory,
 *   product and about pages, and the hub); 12% renders (search with varying terms on belts and
 *   on the hub, factory and product directories with varying filters); 2% pages that do not
 *   exist (404s, never cached); 8% REST reads (public lists and documents, and a factory
 *   member's admin product list with its JWT). Browsers' `Accept-Encoding: gzip` on pages.
 *   Inquiries are left out: they are rate limited per address, and each one stays in the database.
 * - **Writes**, one every --write-every seconds (default 2; 0 for none), in turn across the
 *   belts: an operator's PATCH of the about page's English title and a factory member's PATCH
 *   of a product's English name, each toggling a trailing " ·". Each evicts its belt's pages
 *   and the hub's, so the renders above keep rendering; each also stores a version, which
 *   Payload caps (maxPerDoc: pages 30, products 20), so the database stops growing after a
 *   few minutes.
 * - **Working set**: every page and render URL (a fixed vocabulary, ~800 URLs) is requested
 *   once at the start of the warm-up, so the page cache (at most 5,000 pages plus as many stale)
 *   holds all of them, live or stale, before measuring: growth after the warm-up is not the
 *   cache filling up. Renders after that are cache misses because writes evicted their belt.
 * - **Samples**, every --sample-every seconds (10): the server's RSS, V8 heap (used, total),
 *   external memory, full collections and event-loop lag from its /metrics (prom-client reads
 *   VmRSS from /proc/self/status; under CHANDI_WORKERS the workers' sum), with requests/s,
 *   renders/s, latencies and errors over the interval.
 * - **Warm-up**: at least --warmup minutes (1), and until the server's second full garbage
 *   collection since the load began (V8 puts the first one off while the heap grows, ~1.5 min
 *   here), at the latest halfway through the run.
 * - **Report**, printed and written to --out (default artifacts/soak-<date>-<time>.md): the
 *   samples; RSS, RSS less the V8 heap, the heap used and the heap right after full collections
 *   when measuring starts and at the end, their growth in MiB and in MiB/min (least-squares
 *   slope over the samples measured, with its standard error); throughput, latencies, errors.
 *
 * Exit status 1 if any request failed (a 5xx, a connection error or timeout, or a status other
 * than the one expected), the server died, or memory grew: the heap after full collections
 * faster than --max-growth-mib-per-min (default 3) or RSS faster than
 * --max-rss-growth-mib-per-min (default 20), each by more than twice the slope's standard error
 * (so noise in a short run does not fail it). 130 when interrupted (the report is still written).
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { ensureAdminBuild } from '../src/server/build'
import { DEMO_PASSWORD, demoFactoryEmail, demoOperatorEmail } from '../src/constants'
import { startServer, stopServer, type RunningServer } from '../tests/setup/server'

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    url: { type: 'string' },
    rate: { type: 'string', default: '150' },
    concurrency: { type: 'string', default: '16' },
    'write-every': { type: 'string', default: '2' },
    'sample-every': { type: 'string', default: '10' },
    'max-growth-mib-per-min': { type: 'string', default: '3' },
    'max-rss-growth-mib-per-min': { type: 'string', default: '20' },
    out: { type: 'string' },
    'keep-data': { type: 'boolean', default: false },
  },
})

const number = (
  name: keyof typeof args,
  { min, integer = false }: { min: number; integer?: boolean },
) => {
  const value = Number(args[name])
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    console.error(
      `[soak] --${name} must be ${integer ? 'a whole number' : 'a number'} ≥ ${min} (got "${args[name]}")`,
    )
    process.exit(2)
  }
  return value
}
const MINUTES = number('minutes', { min: 0.5 })
const WARMUP = number('warmup', { min: 0 })
const RATE = number('rate', { min: 1 })
const CONCURRENCY = number('concurrency', { min: 1, integer: true })
const WRITE_EVERY = number('write-every', { min: 0 })
const SAMPLE_EVERY = number('sample-every', { min: 1 })
const MAX_HEAP_SLOPE = number('max-growth-mib-per-min', { min: 0 })
const MAX_RSS_SLOPE = number('max-rss-growth-mib-per-min', { min: 0 })
if (WARMUP >= MINUTES) {
  console.error(`[soak] --warmup (${WARMUP} min) must be shorter than --minutes (${MINUTES})`)
  process.exit(2)
}
const stamp = (() => {
  const now = new Date()
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`
})()
const OUT = args.out ?? `artifacts/soak-${stamp}.md`
const REQUEST_TIMEOUT_MS = 30_000
const MIB = 2 ** 20
const log = (line: string) => console.log(`[soak] ${line}`)

// ---------------------------------------------------------------- the server

type Target = {
  base: string
  port: number
  pid: number | null
  own: RunningServer | null
  dir: string | null
}

let server: RunningServer | null = null
let tempDir: string | null = null
let stoppingServer = false
let serverExit: string | null = null
let interrupted = false

/** Last resort (an uncaught error, a second Ctrl-C): nothing of ours may outlive the script. */
process.on('exit', () => {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL')
  if (tempDir && !args['keep-data']) fs.rmSync(tempDir, { recursive: true, force: true })
})

const startOwnServer = async (): Promise<Target> => {
  ensureAdminBuild({ log: (line) => log(line) })
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-soak-'))
  log(`starting Chandi on a fresh database in ${tempDir} (it seeds the demo belts first)…`)
  server = await startServer({
    timeoutMs: 600_000,
    env: {
      DATABASE_URL: `file:${path.join(tempDir, 'soak.db')}`,
      MEDIA_DIR: path.join(tempDir, 'media'),
      INQUIRY_FILES_DIR: path.join(tempDir, 'inquiry-files'),
      IMPORT_FILES_DIR: path.join(tempDir, 'import-files'),
      VERIFICATION_FILES_DIR: path.join(tempDir, 'verification-files'),
      MAIL_OUTBOX_DIR: path.join(tempDir, 'outbox'),
    },
  })
  const child: ChildProcess = server.child
  child.once('exit', (code, signal) => {
    // Ctrl-C in a terminal reaches the server too: it drains and exits on its own.
    if (!stoppingServer && !interrupted) serverExit = `exited unexpectedly (${signal ?? code})`
  })
  return {
    base: server.baseURL,
    port: server.port,
    pid: child.pid ?? null,
    own: server,
    dir: tempDir,
  }
}

const useRunningServer = async (url: string): Promise<Target> => {
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' || parsed.hostname !== '127.0.0.1' || !parsed.port) {
    throw new Error(
      `--url must be http://127.0.0.1:PORT (load goes to this machine only; got ${url})`,
    )
  }
  const health = (await (
    await fetch(`${parsed.origin}/healthz`, { signal: AbortSignal.timeout(10_000) })
  ).json()) as { pid?: number }
  return {
    base: parsed.origin,
    port: Number(parsed.port),
    pid: health.pid ?? null,
    own: null,
    dir: null,
  }
}

// ---------------------------------------------------------------- requests

type Kind = 'page' | 'render' | 'missing' | 'api'
type Request = { kind: Kind; host: string | null; path: string; expect: number; token?: string }
type Outcome = {
  status: number
  ms: number
  cache: string | null
  error?: string
  retried?: boolean
}

/**
 * A page or REST read through one keep-alive pool, the body read and dropped. A GET on a reused
 * connection that the server closed as idle (its keep-alive timeout) just then is sent again once
 * on a new connection, as browsers do; counted as retried, not failed.
 */
const send = (
  agent: http.Agent,
  port: number,
  request: Request,
  isRetry = false,
): Promise<Outcome> =>
  new Promise((resolve) => {
    const begin = process.hrtime.bigint()
    const elapsed = () => Number(process.hrtime.bigint() - begin) / 1e6
    const headers: Record<string, string> = { host: `${request.host ?? '127.0.0.1'}:${port}` }
    if (request.kind !== 'api') headers['accept-encoding'] = 'gzip'
    if (request.token) headers.authorization = `JWT ${request.token}`
    const req = http.request(
      { host: '127.0.0.1', port, path: request.path, agent, headers, timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        res.resume()
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: elapsed(),
            cache: (res.headers['x-chandi-cache'] as string | undefined) ?? null,
          }),
        )
        res.on('error', (error) =>
          resolve({ status: 0, ms: elapsed(), cache: null, error: error.message }),
        )
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)))
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!isRetry && req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        void send(agent, port, request, true).then((outcome) =>
          resolve({ ...outcome, retried: true }),
        )
        return
      }
      resolve({ status: 0, ms: elapsed(), cache: null, error: error.message })
    })
    req.end()
  })

/** REST through fetch (discovery, logins, writes): the JSON and the time taken. */
const rest = async <T>(
  base: string,
  pathname: string,
  init: { method?: string; token?: string; body?: unknown } = {},
) => {
  const begin = performance.now()
  const response = await fetch(`${base}${pathname}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  let json: T | null = null
  try {
    json = JSON.parse(text) as T
  } catch {
    json = null
  }
  return { status: response.status, ms: performance.now() - begin, json }
}

// ---------------------------------------------------------------- what to request

type Localized = { zh?: string | null; en?: string | null }
type Belt = {
  id: number | string
  slug: string
  factories: { id: number | string; slug: string; capabilities?: string[] | null }[]
  products: { id: number | string; slug: string; factory: number | string; name: Localized }[]
  categories: { slug: string; name: Localized }[]
  pages: { id: number | string; slug: string; title: Localized }[]
}
type Docs<T> = { docs?: T[] }

const discover = async (base: string): Promise<Belt[]> => {
  const list = async <T>(pathname: string) => {
    const answer = await rest<Docs<T>>(base, pathname)
    if (answer.status !== 200 || !answer.json?.docs)
      throw new Error(`GET ${pathname} answered ${answer.status}`)
    return answer.json.docs
  }
  const tenants = await list<{ id: number | string; slug: string }>(
    '/api/tenants?where[published][equals]=true&limit=100&depth=0&select[slug]=true&sort=slug',
  )
  if (tenants.length === 0) throw new Error('no published belt to load (is this the demo data?)')
  return Promise.all(
    tenants.map(async (tenant) => {
      const scope = `where[tenant][equals]=${tenant.id}&depth=0&limit=50`
      const [factories, products, categories, pages] = await Promise.all([
        list<Belt['factories'][number]>(
          `/api/factories?${scope}&sort=slug&select[slug]=true&select[capabilities]=true`,
        ),
        list<Belt['products'][number]>(
          `/api/products?${scope}&sort=slug&locale=all&select[slug]=true&select[name]=true&select[factory]=true`,
        ),
        list<Belt['categories'][number]>(
          `/api/categories?${scope}&sort=slug&locale=all&select[slug]=true&select[name]=true`,
        ),
        list<Belt['pages'][number]>(
          `/api/pages?${scope}&sort=slug&locale=all&select[slug]=true&select[title]=true`,
        ),
      ])
      return { id: tenant.id, slug: tenant.slug, factories, products, categories, pages }
    }),
  )
}

const LANGUAGES = [
  { prefix: '', locale: 'zh' as const, extra: ['童装', '羽绒服', '无人机'] },
  { prefix: '/en', locale: 'en' as const, extra: ['cotton', 'oem', 'titanium'] },
]
const at = (prefix: string, pagePath: string) =>
  pagePath === '/' ? prefix || '/' : `${prefix}${pagePath}`
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 4)
const unique = <T>(values: T[]) => [...new Set(values)]

/** Cached pages, renders (search, filters), 404s and REST reads; a fixed, finite vocabulary. */
const vocabulary = (belts: Belt[], memberTokens: string[]) => {
  const pages: Request[] = []
  const renders: Request[] = []
  const missing: Request[] = []
  const reads: Request[] = []
  const hubTerms: string[] = []
  for (const belt of belts) {
    const host = `${belt.slug}.localhost`
    for (const { prefix, locale, extra } of LANGUAGES) {
      const cached = [
        '/',
        '/factories',
        '/products',
        ...belt.pages.slice(0, 2).map((page) => `/${page.slug}`),
        ...belt.factories.slice(0, 2).map((factory) => `/factories/${factory.slug}`),
        ...belt.products.slice(0, 2).map((product) => `/products/${product.slug}`),
      ]
      for (const pagePath of cached)
        pages.push({ kind: 'page', host, path: at(prefix, pagePath), expect: 200 })
      const names = [
        ...belt.categories.map((category) => category.name[locale] ?? ''),
        ...belt.products.slice(0, 4).map((product) => product.name[locale] ?? ''),
      ].filter(Boolean)
      const terms = unique([...(locale === 'en' ? names.flatMap(words) : names), ...extra]).slice(
        0,
        12,
      )
      hubTerms.push(...terms.slice(0, 3))
      for (const term of terms)
        renders.push({
          kind: 'render',
          host,
          path: at(prefix, `/search?q=${encodeURIComponent(term)}`),
          expect: 200,
        })
      const capabilities = unique(
        belt.factories.flatMap((factory) => factory.capabilities ?? []),
      ).slice(0, 3)
      for (const capability of ['', ...capabilities]) {
        for (const verified of ['', '1']) {
          for (const sort of ['', 'newest']) {
            const query = new URLSearchParams(
              Object.entries({ capability, verified, sort }).filter(([, value]) => value),
            ).toString()
            if (query)
              renders.push({
                kind: 'render',
                host,
                path: at(prefix, `/factories?${query}`),
                expect: 200,
              })
          }
        }
      }
      for (const category of ['', ...belt.categories.slice(0, 4).map((entry) => entry.slug)]) {
        for (const moqMax of ['', '500', '5000']) {
          const query = new URLSearchParams(
            Object.entries({ category, moqMax }).filter(([, value]) => value),
          ).toString()
          if (query)
            renders.push({
              kind: 'render',
              host,
              path: at(prefix, `/products?${query}`),
              expect: 200,
            })
        }
      }
      for (let index = 0; index < 2; index += 1) {
        missing.push({
          kind: 'missing',
          host,
          path: at(prefix, `/products/soak-missing-${index}`),
          expect: 404,
        })
        missing.push({
          kind: 'missing',
          host,
          path: at(prefix, `/factories/soak-missing-${index}`),
          expect: 404,
        })
      }
    }
    reads.push({
      kind: 'api',
      host: null,
      path: `/api/products?where[tenant][equals]=${belt.id}&limit=12&depth=1&locale=en`,
      expect: 200,
    })
    reads.push({
      kind: 'api',
      host: null,
      path: `/api/pages?where[tenant][equals]=${belt.id}&limit=5&depth=0&locale=zh`,
      expect: 200,
    })
    for (const factory of belt.factories.slice(0, 2))
      reads.push({
        kind: 'api',
        host: null,
        path: `/api/factories/${factory.id}?depth=1&locale=zh`,
        expect: 200,
      })
  }
  pages.push(
    { kind: 'page', host: 'localhost', path: '/', expect: 200 },
    { kind: 'page', host: 'localhost', path: '/en', expect: 200 },
  )
  for (const term of unique(hubTerms)) {
    renders.push({
      kind: 'render',
      host: 'localhost',
      path: `${/[a-z]/.test(term) ? '/en' : ''}/search?q=${encodeURIComponent(term)}`,
      expect: 200,
    })
  }
  // The admin's list view as a factory member sees it (access control narrows it to the factory).
  for (const token of memberTokens)
    reads.push({
      kind: 'api',
      host: null,
      path: '/api/products?depth=0&limit=10&page=1&sort=-updatedAt&draft=true',
      expect: 200,
      token,
    })
  return { pages, renders, missing, reads }
}

const MIX: [Kind, number][] = [
  ['page', 0.78],
  ['render', 0.12],
  ['missing', 0.02],
  ['api', 0.08],
]

// ---------------------------------------------------------------- writes

type WriteJob = {
  label: 'page title (operator)' | 'product name (factory member)'
  belt: string
  collection: 'pages' | 'products'
  id: number | string
  field: 'title' | 'name'
  original: string
  token: string
  toggled: boolean
}

const login = async (base: string, email: string) => {
  const answer = await rest<{ token?: string }>(base, '/api/users/login', {
    method: 'POST',
    body: { email, password: DEMO_PASSWORD },
  })
  return answer.json?.token ?? null
}

/** Per belt: the operator's about page and the first factory member's first product (English). */
const writeJobs = async (base: string, belts: Belt[]) => {
  const jobs: WriteJob[] = []
  const memberTokens: string[] = []
  const failed: string[] = []
  for (const belt of belts) {
    const page = belt.pages.find((entry) => entry.title.en)
    const operator = demoOperatorEmail(belt.slug)
    const operatorToken = page ? await login(base, operator) : null
    if (page && operatorToken)
      jobs.push({
        label: 'page title (operator)',
        belt: belt.slug,
        collection: 'pages',
        id: page.id,
        field: 'title',
        original: page.title.en!,
        token: operatorToken,
        toggled: false,
      })
    else if (page) failed.push(operator)
    const factory = belt.factories.find((entry) =>
      belt.products.some(
        (product) => String(product.factory) === String(entry.id) && product.name.en,
      ),
    )
    if (!factory) continue
    const product = belt.products.find(
      (entry) => String(entry.factory) === String(factory.id) && entry.name.en,
    )!
    const member = demoFactoryEmail(factory.slug)
    const memberToken = await login(base, member)
    if (!memberToken) {
      failed.push(member)
      continue
    }
    memberTokens.push(memberToken)
    jobs.push({
      label: 'product name (factory member)',
      belt: belt.slug,
      collection: 'products',
      id: product.id,
      field: 'name',
      original: product.name.en!,
      token: memberToken,
      toggled: false,
    })
  }
  // In turn: belt 1's page, belt 1's product, belt 2's page, …
  return { jobs, memberTokens, failed }
}

const applyWrite = (base: string, job: WriteJob, toggled: boolean) =>
  rest(base, `/api/${job.collection}/${job.id}?locale=en&depth=0`, {
    method: 'PATCH',
    token: job.token,
    body: { [job.field]: toggled ? `${job.original} ·` : job.original },
  })

// ---------------------------------------------------------------- statistics

type Stats = { count: number; errors: number; ms: number[]; cache: Record<string, number> }
const emptyStats = (): Stats => ({ count: 0, errors: 0, ms: [], cache: {} })
const percentile = (values: number[], q: number) => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}
/** Least-squares slope of y over x, and its standard error (from the residuals; NaN under 3 points). */
const fit = (points: [number, number][]) => {
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
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
const ms = (value: number) =>
  Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : String(Math.round(value))) : '–'
const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`

type Metrics = Map<string, number>
const scrape = async (base: string): Promise<Metrics> => {
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
const renderedCount = (metrics: Metrics) =>
  (metrics.get('chandi_portal_cache_total{result="miss"}') ?? 0) +
  (metrics.get('chandi_portal_cache_total{result="bypass"}') ?? 0)

type Sample = {
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

const dbBytes = (dir: string | null) =>
  dir
    ? fs
        .readdirSync(dir)
        .filter((name) => name.startsWith('soak.db'))
        .reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0)
    : NaN

// ---------------------------------------------------------------- the run

const main = async () => {
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) {
      log(`${signal} again: stopping at once`)
      process.exit(130)
    }
    interrupted = true
    log(`${signal}: stopping the load; the report covers what was measured (again to stop at once)`)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  const target = args.url ? await useRunningServer(args.url) : await startOwnServer()
  const { base, port } = target
  log(`target ${base}${target.pid ? ` (pid ${target.pid})` : ''}; finding the belts…`)
  await scrape(base)
  const belts = await discover(base)
  const writes =
    WRITE_EVERY > 0 ? await writeJobs(base, belts) : { jobs: [], memberTokens: [], failed: [] }
  if (writes.failed.length)
    log(`could not log in as ${writes.failed.join(', ')}: their writes and reads are left out`)
  const { pages, renders, missing, reads } = vocabulary(belts, writes.memberTokens)
  const byKind: Record<Kind, Request[]> = { page: pages, render: renders, missing, api: reads }
  log(
    `${belts.length} belts: ${pages.length} cached pages, ${renders.length} render URLs, ${reads.length} REST reads, ${writes.jobs.length} documents to write; ${RATE} req/s for ${MINUTES} min (warm-up ${WARMUP} min)`,
  )

  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  const warmupSeconds = WARMUP * 60
  /**
   * When measuring starts (seconds into the load): after --warmup and after the server's second
   * full (major) collection since the load began, at the latest halfway through. V8 puts off its
   * first full collection while the heap grows (here to ~700 MiB, for about 1.5 min at 150
   * req/s); a slope taken across that rise and fall says nothing about leaks.
   */
  let measureFrom: number | null = null
  let measureReason = ''
  const measuring = () => measureFrom !== null
  const measured: Record<Kind | 'write', Stats> = {
    page: emptyStats(),
    render: emptyStats(),
    missing: emptyStats(),
    api: emptyStats(),
    write: emptyStats(),
  }
  const errorsByClass = { '5xx': 0, connection: 0, other: 0 }
  const firstErrors: string[] = []
  let window = {
    requests: 0,
    errors: 0,
    writes: 0,
    dropped: 0,
    ms: { page: [] as number[], render: [] as number[], api: [] as number[] },
  }
  const total = {
    requests: 0,
    errors: 0,
    retried: 0,
    dropped: 0,
    droppedMeasured: 0,
    writes: 0,
    writesSkipped: 0,
  }
  let inFlight = 0
  let writing = false
  const started = Date.now()
  const secondsIn = () => (Date.now() - started) / 1000

  const record = (
    kind: Kind | 'write',
    method: string,
    requestPath: string,
    expect: number,
    outcome: Outcome,
  ) => {
    const isMeasured = measuring()
    const ok = outcome.status === expect
    total.requests += kind === 'write' ? 0 : 1
    total.retried += outcome.retried ? 1 : 0
    window.requests += kind === 'write' ? 0 : 1
    if (kind !== 'write' && kind !== 'missing') window.ms[kind].push(outcome.ms)
    if (!ok) {
      total.errors += 1
      window.errors += 1
      errorsByClass[
        outcome.status >= 500 ? '5xx' : outcome.status === 0 ? 'connection' : 'other'
      ] += 1
      if (firstErrors.length < 20)
        firstErrors.push(
          `${clock(secondsIn())} ${kind} ${method} ${requestPath}: ${outcome.status || outcome.error} (expected ${expect})`,
        )
    }
    if (!isMeasured) return
    const stats = measured[kind]
    stats.count += 1
    stats.errors += ok ? 0 : 1
    stats.ms.push(outcome.ms)
    if (outcome.cache) stats.cache[outcome.cache] = (stats.cache[outcome.cache] ?? 0) + 1
  }

  // The working set first, in a shuffled order, then the mix.
  const sweep = [...pages, ...renders]
  for (let index = sweep.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1))
    ;[sweep[index], sweep[other]] = [sweep[other], sweep[index]]
  }
  const pick = (): Request => {
    const next = sweep.shift()
    if (next) return next
    let roll = Math.random()
    for (const [kind, weight] of MIX) {
      if ((roll -= weight) < 0 && byKind[kind].length)
        return byKind[kind][Math.floor(Math.random() * byKind[kind].length)]
    }
    return pages[Math.floor(Math.random() * pages.length)]
  }
  const fire = (request: Request) => {
    inFlight += 1
    void send(agent, port, request).then((outcome) => {
      inFlight -= 1
      record(request.kind, 'GET', request.path, request.expect, outcome)
    })
  }

  let issued = 0
  const endAt = started + MINUTES * 60_000
  const loadTimer = setInterval(() => {
    const due = Math.floor(((Date.now() - started) / 1000) * RATE) - issued
    for (let index = 0; index < due; index += 1) {
      issued += 1
      if (inFlight >= CONCURRENCY) {
        total.dropped += 1
        window.dropped += 1
        if (measuring()) total.droppedMeasured += 1
        continue
      }
      fire(pick())
    }
  }, 5)

  let nextJob = 0
  const writeTimer = setInterval(
    () => {
      if (writes.jobs.length === 0) return
      if (writing) {
        total.writesSkipped += 1
        return
      }
      writing = true
      const job = writes.jobs[nextJob++ % writes.jobs.length]
      const requestPath = `/api/${job.collection}/${job.id}`
      applyWrite(base, job, !job.toggled)
        .then(
          (answer) => {
            if (answer.status === 200) job.toggled = !job.toggled
            total.writes += 1
            window.writes += 1
            record('write', 'PATCH', requestPath, 200, {
              status: answer.status,
              ms: answer.ms,
              cache: null,
            })
          },
          (error: unknown) =>
            record('write', 'PATCH', requestPath, 200, {
              status: 0,
              ms: NaN,
              cache: null,
              error: error instanceof Error ? error.message : String(error),
            }),
        )
        .finally(() => (writing = false))
    },
    Math.max(1, WRITE_EVERY) * 1000,
  )
  if (WRITE_EVERY === 0) clearInterval(writeTimer)

  const samples: Sample[] = []
  let majorGCsAtStart: number | null = null
  let previous: { at: number; rendered: number } | null = null
  const takeSample = async () => {
    const at = secondsIn()
    const current = window
    window = {
      requests: 0,
      errors: 0,
      writes: 0,
      dropped: 0,
      ms: { page: [], render: [], api: [] },
    }
    try {
      const metrics = await scrape(base)
      const rendered = renderedCount(metrics)
      const span = previous ? at - previous.at : NaN
      const sample: Sample = {
        at,
        rss: (metrics.get('chandi_process_resident_memory_bytes') ?? NaN) / MIB,
        heapUsed: (metrics.get('chandi_nodejs_heap_size_used_bytes') ?? NaN) / MIB,
        heapTotal: (metrics.get('chandi_nodejs_heap_size_total_bytes') ?? NaN) / MIB,
        external: (metrics.get('chandi_nodejs_external_memory_bytes') ?? NaN) / MIB,
        lagP99: (metrics.get('chandi_nodejs_eventloop_lag_p99_seconds') ?? NaN) * 1000,
        majorGCs: metrics.get('chandi_nodejs_gc_duration_seconds_count{kind="major"}') ?? NaN,
        requests: current.requests,
        rps: previous ? current.requests / span : NaN,
        rendersPerSecond: previous ? (rendered - previous.rendered) / span : NaN,
        p95Page: percentile(current.ms.page, 0.95),
        p95Render: percentile(current.ms.render, 0.95),
        p95Api: percentile(current.ms.api, 0.95),
        errors: current.errors,
        writes: current.writes,
        dropped: current.dropped,
      }
      previous = { at, rendered }
      samples.push(sample)
      const majorGCs = Number.isFinite(sample.majorGCs) ? sample.majorGCs : 0
      majorGCsAtStart ??= majorGCs
      if (measureFrom === null && at >= warmupSeconds - 1) {
        const collections = majorGCs - majorGCsAtStart
        if (collections >= 2 || at >= (MINUTES * 60) / 2) {
          measureFrom = at
          measureReason =
            collections >= 2
              ? `after ${WARMUP} min and the server's ${collections >= 3 ? `${collections}th` : 'second'} full collection since the load began`
              : `halfway through the run: the server had done ${collections} full collection${collections === 1 ? '' : 's'} by then, so its heap may not have settled`
          log(`measuring from ${clock(at)}: ${measureReason}`)
        }
      }
      log(
        `${clock(at)}  RSS ${fixed(sample.rss, 0)} MiB  heap ${fixed(sample.heapUsed, 0)}/${fixed(sample.heapTotal, 0)} MiB  major GCs ${sample.majorGCs}  ${fixed(sample.rps, 0)} req/s  ${fixed(sample.rendersPerSecond, 0)} renders/s  p95 render ${ms(sample.p95Render)} ms  errors ${sample.errors}  dropped ${sample.dropped}${measuring() ? '' : '  (warm-up)'}`,
      )
    } catch (error) {
      log(
        `${clock(at)}  could not read /metrics: ${error instanceof Error ? error.message : error}`,
      )
    }
  }
  const dbAtStart = dbBytes(target.dir)
  await takeSample()
  let nextSampleAt = SAMPLE_EVERY
  while (Date.now() < endAt && !interrupted && !serverExit) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    if (secondsIn() >= nextSampleAt) {
      nextSampleAt += SAMPLE_EVERY
      await takeSample()
    }
  }
  clearInterval(loadTimer)
  clearInterval(writeTimer)
  const loadSeconds = secondsIn()
  const drainUntil = Date.now() + REQUEST_TIMEOUT_MS + 1000
  while ((inFlight > 0 || writing) && Date.now() < drainUntil)
    await new Promise((resolve) => setTimeout(resolve, 50))
  if (!serverExit && !interrupted && loadSeconds - (samples.at(-1)?.at ?? 0) > SAMPLE_EVERY / 2)
    await takeSample()
  agent.destroy()

  // Put back what the writes toggled on a server that is not ours.
  if (!target.own && !serverExit) {
    for (const job of writes.jobs.filter((entry) => entry.toggled)) {
      const answer = await applyWrite(base, job, false).catch(() => null)
      if (answer?.status !== 200)
        log(`could not put back ${job.collection} ${job.id}'s ${job.field} ("${job.original}")`)
    }
  }

  // ---------------------------------------------------------------- the report
  const after = measureFrom === null ? [] : samples.filter((sample) => sample.at >= measureFrom!)
  const first = after[0]
  const last = after.at(-1)
  /**
   * Four series, each fitted over the whole measured period and over each half: RSS; RSS less the
   * V8 heap's size (code, buffers, the allocator: where a native leak would show); the heap used,
   * which saws with every collection; and the heap right after full collections (the first
   * sample after the server's count of major GCs moved: what survived, plus at most one
   * interval's allocations), which is where a leak in JavaScript shows.
   */
  type Series = { label: string; points: [number, number][] }
  const rssSeries: Series = {
    label: 'RSS',
    points: after.map((sample) => [sample.at / 60, sample.rss]),
  }
  const nativeSeries: Series = {
    label: 'RSS less the V8 heap',
    points: after.map((sample) => [sample.at / 60, sample.rss - sample.heapTotal]),
  }
  const heapSeries: Series = {
    label: 'V8 heap used',
    points: after.map((sample) => [sample.at / 60, sample.heapUsed]),
  }
  const collected = after.filter((sample, index) => {
    const before = index === 0 ? samples[samples.indexOf(sample) - 1] : after[index - 1]
    return before !== undefined && sample.majorGCs > before.majorGCs
  })
  const collectedSeries: Series = {
    label: 'V8 heap after full collections',
    points: collected.map((sample) => [sample.at / 60, sample.heapUsed]),
  }
  const analyse = ({ points }: Series) => {
    const half = Math.floor(points.length / 2)
    return {
      all: fit(points),
      firstHalf: fit(points.slice(0, half + 1)),
      secondHalf: fit(points.slice(half)),
      first: points[0],
      last: points.at(-1),
    }
  }
  /** Missed when the slope is above the threshold by more than twice its standard error: faster than allowed, and by more than the noise. */
  const judge = (series: Series, threshold: number) => {
    const { all } = analyse(series)
    if (series.points.length < 3 || !Number.isFinite(all.error))
      return 'not judged (under 3 points)'
    return all.slope - 2 * all.error > threshold ? 'missed' : 'met'
  }
  const rssVerdict = judge(rssSeries, MAX_RSS_SLOPE)
  const heapVerdict = judge(collectedSeries, MAX_HEAP_SLOPE)
  const measuredSeconds = first && last ? last.at - first.at : 0
  const measuredRequests = (['page', 'render', 'missing', 'api'] as Kind[]).reduce(
    (sum, kind) => sum + measured[kind].count,
    0,
  )
  const throughput = measuredSeconds > 0 ? measuredRequests / measuredSeconds : NaN
  const enoughSamples = after.length >= 3
  const failures = [
    ...(serverExit ? [`the server ${serverExit}`] : []),
    ...(total.errors
      ? [
          `${total.errors} failed requests (5xx ${errorsByClass['5xx']}, connection ${errorsByClass.connection}, other ${errorsByClass.other})`,
        ]
      : []),
    ...(!enoughSamples && !interrupted
      ? ['too few samples after the warm-up to measure growth']
      : []),
    ...(heapVerdict === 'missed'
      ? [
          `the heap after full collections grew ${fixed(analyse(collectedSeries).all.slope, 1)} ± ${fixed(analyse(collectedSeries).all.error, 1)} MiB/min (threshold ${MAX_HEAP_SLOPE})`,
        ]
      : []),
    ...(rssVerdict === 'missed'
      ? [
          `RSS grew ${fixed(analyse(rssSeries).all.slope, 1)} ± ${fixed(analyse(rssSeries).all.error, 1)} MiB/min (threshold ${MAX_RSS_SLOPE})`,
        ]
      : []),
  ]
  const passed = failures.length === 0 && !interrupted
  const memoryRow = (series: Series, verdict: string) => {
    const { all, firstHalf, secondHalf, first: start, last: end } = analyse(series)
    const growth =
      start && end ? `${end[1] - start[1] >= 0 ? '+' : ''}${fixed(end[1] - start[1], 1)} MiB` : '–'
    const point = (entry: [number, number] | undefined) =>
      entry ? `${fixed(entry[1], 0)} MiB (${clock(entry[0] * 60)})` : '–'
    return `| ${series.label} | ${series.points.length} | ${point(start)} | ${point(end)} | ${growth} | **${fixed(all.slope, 2)}** ± ${fixed(all.error, 2)} | ${fixed(firstHalf.slope, 2)} | ${fixed(secondHalf.slope, 2)} | ${verdict === 'missed' ? '**missed**' : verdict} |`
  }
  const command = `npm run soak -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '')
  const kindRow = (label: string, kind: Kind | 'write') => {
    const stats = measured[kind]
    const cache =
      Object.entries(stats.cache)
        .map(([state, count]) => `${state} ${Math.round((count / stats.count) * 100)}%`)
        .join(', ') || '–'
    return `| ${label} | ${stats.count.toLocaleString('en')} | ${fixed(measuredSeconds > 0 ? stats.count / measuredSeconds : NaN, 1)} | ${ms(percentile(stats.ms, 0.5))} / ${ms(percentile(stats.ms, 0.95))} / ${ms(percentile(stats.ms, 0.99))} | ${cache} | ${stats.errors} |`
  }
  // What the server logged (errors and slow requests), when something failed.
  const serverLog =
    target.own && failures.length
      ? target.own
          .output()
          .replace(/\u001b\[[0-9;]*m/g, '')
          .trimEnd()
          .split('\n')
          .slice(-40)
          .join('\n')
      : ''
  const byLabel = (label: WriteJob['label']) =>
    writes.jobs.filter((job) => job.label === label).length
  const report = `# Soak test, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

\`${command}\`: ${fixed(loadSeconds / 60, 1)} min of load${interrupted ? ' (**interrupted**)' : ''} against ${target.own ? `its own server (pid ${target.pid}) on a fresh seeded SQLite database in a temp folder` : `${base}${target.pid ? ` (pid ${target.pid} answered /healthz)` : ''}`}. ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at the end ${os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}.

**${passed ? 'PASSED' : interrupted && failures.length === 0 ? 'INTERRUPTED' : 'FAILED'}**${failures.length ? `: ${failures.join('; ')}` : ''}

## Memory

| | samples | start | end | growth | slope ± s.e., MiB/min | first half | second half | threshold |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${memoryRow(rssSeries, `≤ ${MAX_RSS_SLOPE} MiB/min (\`--max-rss-growth-mib-per-min\`): ${rssVerdict}`)}
${memoryRow(nativeSeries, 'for information')}
${memoryRow(heapSeries, 'for information')}
${memoryRow(collectedSeries, `≤ ${MAX_HEAP_SLOPE} MiB/min (\`--max-growth-mib-per-min\`): ${heapVerdict}`)}

Measured from ${measureFrom === null ? '– (never: the run ended first)' : `${clock(measureFrom)}, ${measureReason}`}. Slopes are least-squares fits in MiB per minute, ± their standard error; a threshold is missed when the slope is above it by more than twice that error (growth faster than allowed and clearly more than noise, so a short run fails only on fast growth). The heap after full collections is the leak signal: V8 lets the heap grow to several hundred MiB between full collections, and RSS follows it up and down, so RSS gets a coarse threshold against growth outside the JavaScript heap. A slope high in the first half and near zero in the second is memory settling, not a leak.${target.dir ? ` Database, search index and events files: ${fixed(dbAtStart / MIB, 1)} MiB at the start, ${fixed(dbBytes(target.dir) / MIB, 1)} MiB at the end.` : ''}

## Requests (measured period)

${fixed(throughput, 1)} requests/s over the ${fixed(measuredSeconds / 60, 1)} min measured (target ${RATE}/s, at most ${CONCURRENCY} in flight); ${total.droppedMeasured.toLocaleString('en')} not sent because ${CONCURRENCY} were waiting (${total.dropped.toLocaleString('en')} including the warm-up). ${total.requests.toLocaleString('en')} requests and ${total.writes} writes in all, ${total.errors} failed; ${total.retried} sent again after the server closed an idle keep-alive connection under them.

| kind | requests | per second | p50 / p95 / p99 ms | page cache (X-Chandi-Cache) | failed |
| --- | ---: | ---: | ---: | --- | ---: |
${kindRow('cached portal pages', 'page')}
${kindRow('renders: search, filtered directories', 'render')}
${kindRow('pages that do not exist (404)', 'missing')}
${kindRow('REST reads', 'api')}
${kindRow('writes (PATCH)', 'write')}

Writes: ${writes.jobs.length ? `one every ${WRITE_EVERY} s in turn over ${byLabel('page title (operator)')} about pages (operator) and ${byLabel('product name (factory member)')} products (factory member), toggling a trailing " ·" on the English title or name; ${total.writesSkipped} skipped while the previous one was still running. Each stores a version (capped by Payload at 30 per page and 20 per product) and evicts its belt's pages and the hub's.` : WRITE_EVERY > 0 ? 'none (no demo login answered).' : 'none (`--write-every 0`).'}

${failures.length && firstErrors.length ? `## First failed requests\n\n${firstErrors.map((line) => `- ${line}`).join('\n')}\n\n` : ''}${serverLog ? `## The server's last output\n\n\`\`\`\n${serverLog}\n\`\`\`\n\n` : ''}## Samples

| t | RSS MiB | heap used / total MiB | external MiB | major GCs | req/s | renders/s | p95 page / render / REST ms | loop lag p99 ms | writes | dropped | failed |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${samples.map((sample) => `| ${clock(sample.at)}${measureFrom === null || sample.at < measureFrom ? ' (warm-up)' : ''} | ${fixed(sample.rss, 0)} | ${fixed(sample.heapUsed, 0)} / ${fixed(sample.heapTotal, 0)} | ${fixed(sample.external, 0)} | ${sample.majorGCs} | ${fixed(sample.rps, 0)} | ${fixed(sample.rendersPerSecond, 1)} | ${ms(sample.p95Page)} / ${ms(sample.p95Render)} / ${ms(sample.p95Api)} | ${fixed(sample.lagP99, 0)} | ${sample.writes} | ${sample.dropped} | ${sample.errors} |`).join('\n')}

## Method

- Load: open loop at ${RATE} requests/s, at most ${CONCURRENCY} in flight over keep-alive connections to 127.0.0.1, Host \`<belt>.localhost\` (the hub: \`localhost\`). The mix: ${MIX.map(([kind, weight]) => `${Math.round(weight * 100)}% ${kind}`).join(', ')}: ${pages.length} cached pages (${belts.length} belts, zh and en: home, directories, about, factories, products; the hub), ${renders.length} render URLs (search on belts and on the hub with terms from category and product names plus a few that match nothing; factory directories by capability, verified and sort; product directories by category and maximum MOQ), ${missing.length} missing pages, ${reads.length} REST reads (public lists and documents, a factory member's admin product list).
- Every page and render URL was requested once at the start of the warm-up, so the page cache holds the whole working set (live or stale) before measuring; afterwards renders miss because writes evict their belt, not because the URL is new.
- Memory: the server's own /metrics every ${SAMPLE_EVERY} s (\`chandi_process_resident_memory_bytes\`, VmRSS; \`chandi_nodejs_heap_size_*\`; \`chandi_nodejs_external_memory_bytes\`), summed over workers under CHANDI_WORKERS. Renders/s is the server's page-cache misses and bypasses per second. Latencies are client-side, including queueing at the server.
- The load generator shares the machine's cores with the server (and with whatever else runs), so absolute figures are noisy; the slope is what to read.
`
  console.log(`\n${report}`)
  fs.mkdirSync(path.dirname(path.resolve(OUT)), { recursive: true })
  fs.writeFileSync(OUT, report)
  log(`written to ${OUT}`)
  return interrupted ? 130 : passed ? 0 : 1
}

const shutdown = async () => {
  if (server) {
    stoppingServer = true
    const output = server.output()
    await stopServer(server)
    if (serverExit)
      console.error(`[soak] the server's last output:\n${output.split('\n').slice(-40).join('\n')}`)
  }
  if (tempDir) {
    if (args['keep-data']) log(`kept ${tempDir}`)
    else fs.rmSync(tempDir, { recursive: true, force: true })
    tempDir = null
  }
}

main().then(
  async (code) => {
    await shutdown()
    process.exit(code)
  },
  async (error: unknown) => {
    console.error('[soak] failed:', error)
    await shutdown()
    process.exit(1)
  },
)
