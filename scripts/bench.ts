/**
 * `npm run bench`: a benchmark, not a test. Starts Chandi as `npm start` does on a fresh,
 * seeded SQLite database and measures, side by side in one run:
 *   1. a cached portal page;
 *   2. the same bytes served by a minimal static Node server (the ceiling for 1);
 *   3. cache-miss renders of a belt's home page and of a directory page with two filters.
 * Writes the figures and the method to docs/benchmarks.md. Load goes to 127.0.0.1 only.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

const DURATION = Number(process.env.BENCH_SECONDS || 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 32)
const BELT_HOST = 'zhili.localhost'

type Figures = { name: string; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number }

const run = (name: string, opts: autocannon.Options): Promise<Figures> =>
  new Promise((resolve, reject) => {
    autocannon(opts, (error, result) => {
      if (error) return reject(error)
      resolve({
        name,
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p95: (result.latency as unknown as Record<string, number>).p97_5 ?? result.latency.p99,
        p99: result.latency.p99,
        errors: result.errors,
        non2xx: result.non2xx,
      })
    })
  })

/** Per-request latencies for uncached renders, measured one at a time (no queueing). */
const sequential = async (name: string, port: number, paths: () => string, count: number): Promise<Figures> => {
  const times: number[] = []
  let errors = 0
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const started = Date.now()
  for (let i = 0; i < count; i += 1) {
    const begin = process.hrtime.bigint()
    const status = await new Promise<number>((resolve) => {
      http
        .get({ host: '127.0.0.1', port, path: paths(), headers: { host: `${BELT_HOST}:${port}` }, agent }, (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        })
        .on('error', () => resolve(0))
    })
    times.push(Number(process.hrtime.bigint() - begin) / 1e6)
    if (status !== 200) errors += 1
  }
  agent.destroy()
  times.sort((a, b) => a - b)
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10
  return { name, rps: Math.round((count / (Date.now() - started)) * 1000), p50: at(0.5), p95: at(0.95), p99: at(0.99), errors, non2xx: errors }
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

const getPage = (port: number, pagePath: string) =>
  new Promise<{ body: Buffer; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pagePath, headers: { host: `${BELT_HOST}:${port}` } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => resolve({ body: Buffer.concat(chunks), headers: res.headers }))
      })
      .on('error', reject)
  })

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-bench-'))
  const port = 3900 + Math.floor(Math.random() * 50)
  const child = spawn(process.execPath, ['--conditions=production', '--no-deprecation', '--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'bench.db')}`, MEDIA_DIR: path.join(dir, 'media') },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  let staticServer: http.Server | undefined
  try {
    console.log('[bench] starting Chandi on a fresh seeded database…')
    await waitFor(`http://127.0.0.1:${port}/healthz`, 240_000)
    const belt = `http://127.0.0.1:${port}`
    const headers = { host: `${BELT_HOST}:${port}` }

    const page = await getPage(port, '/en/factories')
    const staticPort = port + 100
    staticServer = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.body.length, etag: String(page.headers.etag ?? '') })
      res.end(page.body)
    })
    await new Promise<void>((resolve) => staticServer!.listen(staticPort, '127.0.0.1', resolve))

    console.log(`[bench] ${DURATION}s × ${CONNECTIONS} connections each…`)
    const cached = await run('cached portal page (/en/factories)', { url: `${belt}/en/factories`, headers, duration: DURATION, connections: CONNECTIONS })
    const baseline = await run('same bytes, minimal static Node server', { url: `http://127.0.0.1:${staticPort}/`, duration: DURATION, connections: CONNECTIONS })
    let counter = 0
    const homeMiss = await sequential('uncached belt home (/?v=n)', port, () => `/?v=${(counter += 1)}`, 300)
    const directoryMiss = await sequential('uncached directory, two filters', port, () => `/en/factories?capability=oem&verified=1&v=${(counter += 1)}`, 300)
    const productMiss = await sequential('uncached product page', port, () => `/en/products/hengyuan-cotton-romper?v=${(counter += 1)}`, 300)

    const ratio = Math.round((cached.rps / baseline.rps) * 100)
    const rows = [cached, baseline, homeMiss, directoryMiss, productMiss]
    const table = [
      '| what | requests/s | p50 ms | p95 ms | p99 ms | errors |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((row) => `| ${row.name} | ${row.rps} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors + row.non2xx} |`),
    ].join('\n')
    const verdicts = [
      `- cached page at **${ratio}%** of the static server's requests per second (target ≥ 60%): ${ratio >= 60 ? 'met' : 'missed'}`,
      `- uncached home p95 **${homeMiss.p95} ms**, directory p95 **${directoryMiss.p95} ms** (target < 30 ms): ${Math.max(homeMiss.p95, directoryMiss.p95) < 30 ? 'met' : 'missed'}`,
    ].join('\n')
    const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, SQLite, one process, demo data (9 belts).

${table}

${verdicts}

## Method

- Chandi is started as \`npm start\` starts it (production Next build, \`src/server.ts\`) on a fresh SQLite database, which the first start seeds with the demo belts.
- **Cached page vs static server**: the portal page \`/en/factories\` of Zhili is fetched once (so it is cached); its exact bytes are then served by a minimal \`http.createServer\` that does nothing else. Both are loaded in turn by autocannon from the same machine, ${CONNECTIONS} keep-alive connections for ${DURATION} s each; requests per second are autocannon's average; the p95 column for these two rows is autocannon's p97.5.
- **Uncached renders**: 300 requests, one at a time, each with a query string never seen before (\`?v=n\`), so every one misses the page cache and renders through the Local API; latencies are client-side wall times.
- The load generator shares the 2 cores with the server, as it does for the static baseline, so the ratio compares like with like; absolute figures are lower than on a dedicated machine.
`
    fs.mkdirSync('docs', { recursive: true })
    fs.writeFileSync('docs/benchmarks.md', report)
    console.log(`\n${table}\n\n${verdicts}\n\nWritten to docs/benchmarks.md`)
  } finally {
    staticServer?.close()
    child.kill('SIGTERM')
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench] failed:', error)
    process.exit(1)
  },
)
