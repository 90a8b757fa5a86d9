/**
 * `npm run bench:pages [-- --scales 0.01,0.1,1]` (and `npm run bench`, which then runs the import
 * benchmark): a benchmark, not a test. For each scale it starts
 * Chandi as `npm start` does on the generated dataset (`npm run bench:data`, generated first if
 * data/bench/scale-<S>.db is missing) and measures, side by side in one run:
 *   - a cached portal page, and the same bytes from a minimal static Node server (its ceiling);
 *   - uncached renders: a belt's home, a directory page with two filters, a factory profile, a
 *     product page; search in Chinese and in English;
 *   - the admin's product list for one factory through REST, as that factory's member;
 *   - inquiry submission;
 *   - the server's memory (RSS, peak) and the database's size.
 * Writes the growth table and the method to docs/benchmarks.md (or --out). Load goes to
 * 127.0.0.1 only. Options: --seconds (autocannon runs, default 8), --requests (per sequential
 * measurement, default 300), --dir (datasets, default data/bench).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: process.env.BENCH_SCALES || '0.01,0.1,1' },
    seconds: { type: 'string', default: '8' },
    requests: { type: 'string', default: '300' },
    dir: { type: 'string', default: 'data/bench' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
})
const SCALES = args.scales!.split(',').map(Number)
const DURATION = Number(args.seconds)
const REQUESTS = Number(args.requests)
const CONNECTIONS = 32
const NODE = ['--conditions=production', '--no-deprecation', '--import', 'tsx']

type Figures = { rps: number; p50: number; p95: number; p99: number; errors: number }
type Report = {
  sample: {
    belt: string
    factory: string
    member: string
    product: string
    queries: { zh: string; en: string }
  }
  counts: Record<string, number>
  totalSeconds: number
}

const autocannonRun = (opts: autocannon.Options): Promise<Figures> =>
  new Promise((resolve, reject) => {
    autocannon(opts, (error, result) => {
      if (error) return reject(error)
      resolve({
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p95: (result.latency as unknown as Record<string, number>).p97_5 ?? result.latency.p99,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
      })
    })
  })

type Request = {
  path: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
}

/** One request at a time (no queueing), `count` times; client-side wall times. */
const sequential = async (
  port: number,
  host: string,
  next: (i: number) => Request,
  count: number,
): Promise<Figures> => {
  const times: number[] = []
  let errors = 0
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const started = Date.now()
  for (let i = 0; i < count; i += 1) {
    const request = next(i)
    const begin = process.hrtime.bigint()
    const status = await new Promise<number>((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: request.path,
          method: request.method ?? 'GET',
          headers: { host: `${host}:${port}`, ...request.headers },
          agent,
        },
        (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        },
      )
      req.on('error', () => resolve(0))
      req.end(request.body)
    })
    times.push(Number(process.hrtime.bigint() - begin) / 1e6)
    if (status < 200 || status >= 400) errors += 1
  }
  agent.destroy()
  times.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10
  return {
    rps: Math.round((count / (Date.now() - started)) * 1000),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
  }
}

const waitFor = async (url: string, timeoutMs: number) => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`)
}

const getPage = (port: number, host: string, pagePath: string) =>
  new Promise<{ body: Buffer; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    http
      .get(
        { host: '127.0.0.1', port, path: pagePath, headers: { host: `${host}:${port}` } },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk) => chunks.push(chunk))
          res.on('end', () => resolve({ body: Buffer.concat(chunks), headers: res.headers }))
        },
      )
      .on('error', reject)
  })

const rssOf = (pid: number) => {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

const sizeOf = (file: string) =>
  [file, `${file}-wal`, `${file}.search`, `${file}.search-wal`].reduce(
    (sum, part) => sum + (fs.existsSync(part) ? fs.statSync(part).size : 0),
    0,
  )

const dataset = (scale: number) => {
  const file = path.resolve(args.dir!, `scale-${scale}.db`)
  const reportFile = file.replace(/\.db$/, '.json')
  if (!fs.existsSync(file) || !fs.existsSync(reportFile)) {
    console.log(`[bench] generating scale ${scale} (npm run bench:data -- --scale ${scale})…`)
    const result = spawnSync(
      process.execPath,
      [...NODE, 'scripts/bench-data.ts', '--scale', String(scale), '--out', file],
      { stdio: 'inherit' },
    )
    if (result.status !== 0) throw new Error(`bench:data failed for scale ${scale}`)
  }
  return {
    file,
    media: file.replace(/\.db$/, '-media'),
    report: JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report,
  }
}

const MEASUREMENTS = [
  'cached portal page',
  'same bytes, minimal static server',
  'uncached belt home',
  'uncached directory, two filters',
  'uncached factory profile',
  'uncached product page',
  'search, Chinese query',
  'search, English query',
  'admin product list, one factory (REST)',
  'inquiry submission',
] as const
type Measurement = (typeof MEASUREMENTS)[number]

type ScaleResult = {
  scale: number
  counts: Record<string, number>
  figures: Record<Measurement, Figures>
  peakRSS: number
  bytes: number
  generatedIn: number
}

const measure = async (scale: number): Promise<ScaleResult> => {
  const { file, media, report } = dataset(scale)
  const { sample } = report
  const host = `${sample.belt}.localhost`
  const port = 3900 + Math.floor(Math.random() * 50)
  const child = spawn(process.execPath, [...NODE, 'src/server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: `file:${file}`,
      MEDIA_DIR: media,
      CHANDI_SEED: 'false',
      CHANDI_JOBS: 'false',
      CHANDI_INQUIRY_LIMIT_IP: '100000000',
      CHANDI_INQUIRY_LIMIT_EMAIL: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  let peakRSS = 0
  const sampler = setInterval(() => (peakRSS = Math.max(peakRSS, rssOf(child.pid!))), 250)
  let staticServer: http.Server | undefined
  try {
    console.log(`[bench] scale ${scale}: starting Chandi on ${path.relative('.', file)}…`)
    await waitFor(`http://127.0.0.1:${port}/healthz`, 600_000)
    const belt = `http://127.0.0.1:${port}`
    const headers = { host: `${host}:${port}` }

    const page = await getPage(port, host, '/en/factories')
    const staticPort = port + 100
    staticServer = http.createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': page.body.length,
        etag: String(page.headers.etag ?? ''),
      })
      res.end(page.body)
    })
    await new Promise<void>((resolve) => staticServer!.listen(staticPort, '127.0.0.1', resolve))

    const login = await fetch(`${belt}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: sample.member, password: 'chandi-demo' }),
    })
    const token = ((await login.json()) as { token?: string }).token
    if (!token) throw new Error(`could not log in as ${sample.member}`)

    const figures = {} as Record<Measurement, Figures>
    const step = async (name: Measurement, work: () => Promise<Figures>) => {
      figures[name] = await work()
      console.log(
        `[bench]   ${name}: p50 ${figures[name].p50} ms, p95 ${figures[name].p95} ms, ${figures[name].rps}/s, errors ${figures[name].errors}`,
      )
    }
    let v = 0
    const fresh = (pagePath: string) => () => ({
      path: `${pagePath}${pagePath.includes('?') ? '&' : '?'}v=${(v += 1)}`,
    })
    await step('cached portal page', () =>
      autocannonRun({
        url: `${belt}/en/factories`,
        headers,
        duration: DURATION,
        connections: CONNECTIONS,
      }),
    )
    await step('same bytes, minimal static server', () =>
      autocannonRun({
        url: `http://127.0.0.1:${staticPort}/`,
        duration: DURATION,
        connections: CONNECTIONS,
      }),
    )
    await step('uncached belt home', () => sequential(port, host, fresh('/en'), REQUESTS))
    await step('uncached directory, two filters', () =>
      sequential(port, host, fresh('/en/factories?capability=oem&verified=1'), REQUESTS),
    )
    await step('uncached factory profile', () =>
      sequential(port, host, fresh(`/en/factories/${sample.factory}`), REQUESTS),
    )
    await step('uncached product page', () =>
      sequential(port, host, fresh(`/en/products/${sample.product}`), REQUESTS),
    )
    await step('search, Chinese query', () =>
      sequential(port, host, fresh(`/search?q=${encodeURIComponent(sample.queries.zh)}`), REQUESTS),
    )
    await step('search, English query', () =>
      sequential(
        port,
        host,
        fresh(`/en/search?q=${encodeURIComponent(sample.queries.en)}`),
        REQUESTS,
      ),
    )
    await step('admin product list, one factory (REST)', () =>
      sequential(
        port,
        host,
        () => ({
          path: `/api/products?depth=0&limit=10&page=1&sort=-updatedAt&draft=true`,
          headers: { authorization: `JWT ${token}` },
        }),
        REQUESTS,
      ),
    )
    await step('inquiry submission', () =>
      sequential(
        port,
        host,
        (i) => ({
          path: `/en/factories/${sample.factory}/inquire`,
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            origin: `http://${host}:${port}`,
          },
          body: new URLSearchParams({
            name: 'Bench Buyer',
            email: `bench${i}@example.com`,
            message: 'Please quote 1,000 pieces with your lead time.',
            quantity: '1000',
            product: sample.product,
          }).toString(),
        }),
        Math.min(REQUESTS, 100),
      ),
    )
    return {
      scale,
      counts: report.counts,
      figures,
      peakRSS,
      bytes: sizeOf(file),
      generatedIn: report.totalSeconds,
    }
  } finally {
    clearInterval(sampler)
    staticServer?.close()
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
  }
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`

const main = async () => {
  const results: ScaleResult[] = []
  for (const scale of SCALES) results.push(await measure(scale))
  const largest = results[results.length - 1]
  const head = `| what | ${results.map((result) => `scale ${result.scale}: p50 / p95 / p99 ms (req/s)`).join(' | ')} |`
  const rule = `| --- | ${results.map(() => '---:').join(' | ')} |`
  const rows = MEASUREMENTS.map(
    (name) =>
      `| ${name} | ${results
        .map((result) => {
          const f = result.figures[name]
          return `${f.p50} / ${f.p95} / ${f.p99} (${f.rps})${f.errors ? ` ⚠ ${f.errors} errors` : ''}`
        })
        .join(' | ')} |`,
  )
  const data = [
    `| data | ${results.map((result) => `scale ${result.scale}`).join(' | ')} |`,
    rule,
    ...(['factories', 'products', 'sessions', 'inquiries'] as const).map(
      (key) =>
        `| ${key} | ${results.map((result) => result.counts[key].toLocaleString('en')).join(' | ')} |`,
    ),
    `| database + search index on disk | ${results.map((result) => mib(result.bytes)).join(' | ')} |`,
    `| generated in (\`npm run bench:data\`) | ${results.map((result) => `${result.generatedIn} s`).join(' | ')} |`,
    `| server's peak RSS during the run | ${results.map((result) => mib(result.peakRSS)).join(' | ')} |`,
  ]
  const f = largest.figures
  const ratio = Math.round(
    (f['cached portal page'].rps / f['same bytes, minimal static server'].rps) * 100,
  )
  const worst = (names: Measurement[]) => Math.max(...names.map((name) => f[name].p95))
  const verdict = (met: boolean) => (met ? 'met' : '**missed**')
  const pages = worst(['uncached belt home', 'uncached factory profile', 'uncached product page'])
  const directory = worst([
    'uncached directory, two filters',
    'search, Chinese query',
    'search, English query',
  ])
  const admin = f['admin product list, one factory (REST)'].p95
  const verdicts = [
    `- cached page at **${ratio}%** of the static server's requests per second (target ≥ 60%): ${verdict(ratio >= 60)}`,
    `- uncached home, factory profile, product page: worst p95 **${pages} ms** (target ≤ 30 ms): ${verdict(pages <= 30)}`,
    `- directory with filters and search, zh and en: worst p95 **${directory} ms** (target ≤ 50 ms): ${verdict(directory <= 50)}`,
    `- admin product list for one factory: p95 **${admin} ms** (target ≤ 150 ms): ${verdict(admin <= 150)}`,
    `- peak RSS **${mib(largest.peakRSS)}** (target ≤ 1 GiB): ${verdict(largest.peakRSS <= 2 ** 30)}`,
  ]
  const report = `# Benchmarks

Measured by \`npm run bench:pages -- --scales ${SCALES.join(',')}\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, SQLite, one process. The targets are read at scale ${largest.scale}.

## Targets

${verdicts.join('\n')}

## Growth

${head}
${rule}
${rows.join('\n')}

${data.join('\n')}

## Method

- **Data**: \`npm run bench:data -- --scale S\` (src/bench/generate.ts), seed 1. Scale 1 is the online Canton Fair: 15 belts, 26,000 factories, 1,800,000 products, 5,000 live sessions over 10 days, a campaign per belt, 100,000 inquiries.
- Chandi is started as \`npm start\` starts it (production Next build, \`src/server/main.ts\`) on that file, with the jobs runner off and the inquiry rate limits raised so that the benchmark's own submissions are not refused. Every page is of the Zhili belt, addressed by its host name; the factory and product are the first generated ones of that belt.
- **Cached page vs static server**: \`/en/factories\` is fetched once (so it is cached); its exact bytes are then served by a minimal \`http.createServer\` that does nothing else. Both are loaded in turn by autocannon from the same machine, ${CONNECTIONS} keep-alive connections for ${DURATION} s each; requests per second are autocannon's average; the p95 column for these two rows is autocannon's p97.5.
- **Uncached renders and search**: ${REQUESTS} requests, one at a time, each with a query string never seen before (\`?v=n\`), so every one misses the page cache and renders through the Local API; latencies are client-side wall times. The directory's two filters are \`capability=oem&verified=1\`; the search queries are a style and a category name, in Chinese on the Chinese portal and in English on the English one.
- **Admin product list**: \`GET /api/products?depth=0&limit=10&sort=-updatedAt&draft=true\` with the factory member's JWT (what the admin's list view asks for; access control narrows it to the member's factory), ${REQUESTS} times, one at a time.
- **Inquiry submission**: the buyer's form posted (\`application/x-www-form-urlencoded\`) ${Math.min(REQUESTS, 100)} times, one at a time, each from a new address; the answer is the confirmation page.
- **RSS** is the server process's VmRSS, sampled every 250 ms for the whole run; its peak is reported. **Size** is the SQLite file, its WAL and the search index.
- The load generator shares the 2 cores with the server, as it does for the static baseline, so the ratio compares like with like; absolute figures are lower than on a dedicated machine.
`
  // What was found by profiling is written by hand below the marker, and kept from run to run.
  const MARKER = '<!-- findings: kept by npm run bench:pages -->'
  const previous = fs.existsSync(args.out!) ? fs.readFileSync(args.out!, 'utf8') : ''
  const findings = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : ''
  fs.mkdirSync(path.dirname(path.resolve(args.out!)), { recursive: true })
  fs.writeFileSync(args.out!, findings ? `${report}\n${findings}` : report)
  console.log(`\n${verdicts.join('\n')}\n\nWritten to ${args.out}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench] failed:', error)
    process.exit(1)
  },
)
