/**
 * `npm run bench:hits [-- --seconds 5 --before ../old-checkout]`: a benchmark, not a test. The
 * portal's cached page and uncached renders, loaded by wrk (a C load generator, Debian's `wrk`),
 * with the baselines in the same run on the same bytes: nginx serving them from a file, and a
 * bare Node `http.createServer` answering them from memory. One Chandi process on the demo belts
 * (a fresh SQLite file, seeded), `wrk -t1 -c32` for the cached page, `-c8` with a unique query
 * string per request for renders. `--before DIR` runs the same measurements against another
 * checkout (e.g. the commit before a change) on the same database, in the same run;
 * `--fresh-before` (SQLite) gives it a database of its own, seeded by its own first start (a checkout whose
 * schema differs: Payload's schema push would stop at a question nobody answers). Load goes to
 * 127.0.0.1 only. Prints a Markdown table; `--out FILE` appends it to that file. `--database
 * postgres://…/name` runs on that (empty) PostgreSQL database instead of a new SQLite file.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import {
  freePort,
  hasWrk,
  type LoadFigures,
  startBareNode,
  startNginx,
  wrk,
} from '../src/bench/wrk'
import { cpuOf } from '../src/bench/writes'
import { getPage } from './bench/load'
import { SERVER_NODE } from './bench/server'

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    before: { type: 'string' },
    'fresh-before': { type: 'boolean', default: false },
    out: { type: 'string' },
    belt: { type: 'string', default: 'zhili' },
    // An empty PostgreSQL database (postgres://…) instead of a new SQLite file.
    database: { type: 'string' },
  },
})
const SECONDS = Number(args.seconds)
const HOST = `${args.belt}.localhost`

const startChandi = async ({
  dir,
  database,
  port,
}: {
  dir: string
  database: string
  port: number
}) => {
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE, 'src/server/main.ts'], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: args.database ?? `file:${database}`,
      MEDIA_DIR: path.join(path.dirname(database), 'media'),
      MAIL_OUTBOX_DIR: path.join(path.dirname(database), 'outbox'),
      CHANDI_JOBS: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadline = Date.now() + 600_000
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((res) => res.ok)
      .catch(() => false)
    if (ok) break
    if (child.exitCode !== null) throw new Error(`Chandi in ${dir} exited ${child.exitCode}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    port,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

/**
 * One GET of the belt's page by its Host header (not `fetch`: it sends the URL's host whatever
 * the headers say, so the page read was the hub's).
 */
const get = async (port: number, urlPath: string) => {
  const { status, body, headers } = await getPage(port, HOST, urlPath)
  return {
    status,
    body,
    etag: String(headers.etag ?? ''),
    contentType: String(headers['content-type'] ?? 'text/html; charset=utf-8'),
  }
}

/** wrk's figures and the server's CPU time per request (µs, from /proc: robust on a busy machine). */
type Figures = LoadFigures & { cpuUs?: number }
type Row = { what: string; figures: Record<string, Figures> }

const withCpu = async (pid: number, run: () => Promise<LoadFigures>): Promise<Figures> => {
  const before = cpuOf(pid)
  const figures = await run()
  const requests = figures.rps * SECONDS
  return { ...figures, cpuUs: Math.round(((cpuOf(pid) - before) * 1000) / requests) }
}

const RENDERS: [string, string][] = [
  ['render: home', '/en'],
  ['render: directory', '/en/factories'],
  ['render: product', '/en/products'],
  ['render: factory', '/en/factories'],
  ['render: search', '/en/search?q=romper'],
]

/** The first factory and product links of the directory pages, to render their own pages. */
const firstLink = (html: string, prefix: string) => {
  const match = new RegExp(`href="(${prefix}/[^"?#]+)"`).exec(html)
  return match?.[1]
}

const measureChandi = async (
  label: string,
  port: number,
  pid: number,
): Promise<Record<string, Figures>> => {
  const figures: Record<string, Figures> = {}
  const say = (what: string) =>
    console.log(
      `[bench] ${label} ${what}: ${figures[what].rps} req/s, p50 ${figures[what].p50} ms, p95 ${figures[what].p95} ms, ${figures[what].cpuUs ?? '–'} µs CPU/req, errors ${figures[what].errors}`,
    )
  await get(port, '/en')
  await get(port, '/en')
  // Two seconds of the same load first, unmeasured: the JIT and the sockets warm up.
  await wrk({ port, path: '/en', host: HOST, seconds: 2 })
  figures['cached page'] = await withCpu(pid, () =>
    wrk({ port, path: '/en', host: HOST, seconds: SECONDS }),
  )
  say('cached page')
  const { etag } = await get(port, '/en')
  figures['cached page, 304'] = await withCpu(pid, () =>
    wrk({ port, path: '/en', host: HOST, seconds: SECONDS, headers: { 'If-None-Match': etag } }),
  )
  say('cached page, 304')
  figures['cached page, brotli'] = await withCpu(pid, () =>
    wrk({
      port,
      path: '/en',
      host: HOST,
      seconds: SECONDS,
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    }),
  )
  say('cached page, brotli')
  const directory = (await get(port, '/en/factories')).body.toString()
  const products = (await get(port, '/en/products')).body.toString()
  const paths = new Map(RENDERS)
  const factory = firstLink(directory, '/en/factories')
  const product = firstLink(products, '/en/products')
  // Measuring the list again under the profile's name would be a wrong row, not a figure.
  if (!factory || !product) throw new Error(`no factory or product link on ${HOST}'s lists`)
  paths.set('render: factory', factory)
  paths.set('render: product', product)
  for (const [what, urlPath] of paths) {
    figures[what] = await withCpu(pid, () =>
      wrk({ port, path: urlPath, host: HOST, seconds: SECONDS, connections: 8, unique: true }),
    )
    say(`${what} (${urlPath})`.replace(` (${urlPath})`, ''))
  }
  return figures
}

const main = async () => {
  if (!hasWrk()) {
    console.error('bench:hits needs wrk (Debian: apt-get install wrk)')
    process.exit(1)
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-bench-hits-'))
  const database = path.join(work, 'chandi.db')
  const rows: Row[] = []
  const stops: (() => Promise<void>)[] = []
  try {
    console.log('[bench] starting Chandi on the demo belts (first start seeds them)…')
    const chandi = await startChandi({ dir: '.', database, port: await freePort() })
    stops.push(chandi.stop)
    const page = await get(chandi.port, '/en')
    if (page.status !== 200) throw new Error(`/en on ${HOST} answered ${page.status}`)
    const { contentType } = page
    console.log(`[bench] the page: ${HOST}/en, ${page.body.length} bytes`)

    const nginx = await startNginx({ body: page.body })
    if (nginx) stops.push(nginx.stop)
    const bare = await startBareNode({ body: page.body, contentType })
    stops.push(bare.stop)
    const baselines: Record<string, Figures> = {}
    if (nginx) baselines.nginx = await wrk({ port: nginx.port, path: '/', seconds: SECONDS })
    // The bare server runs in this process, which does nothing else meanwhile.
    baselines['bare node'] = await withCpu(process.pid, () =>
      wrk({ port: bare.port, path: '/', seconds: SECONDS }),
    )
    for (const [name, figures] of Object.entries(baselines))
      console.log(`[bench] ${name}: ${figures.rps} req/s, p50 ${figures.p50} ms`)

    const now = await measureChandi('this checkout:', chandi.port, chandi.pid)
    let before: Record<string, Figures> | undefined
    if (args.before) {
      // Stopping twice is harmless: the `finally` below stops whatever is still running.
      await chandi.stop()
      const ownDatabase = path.join(work, 'before', 'chandi.db')
      if (args['fresh-before']) fs.mkdirSync(path.dirname(ownDatabase), { recursive: true })
      const old = await startChandi({
        dir: args.before,
        database: args['fresh-before'] ? ownDatabase : database,
        port: await freePort(),
      })
      stops.push(old.stop)
      before = await measureChandi(`before (${args.before}):`, old.port, old.pid)
    }

    for (const [name, figures] of Object.entries(baselines))
      rows.push({ what: `${name}, the same bytes`, figures: { now: figures } })
    for (const what of Object.keys(now))
      rows.push({ what, figures: { now: now[what], ...(before ? { before: before[what] } : {}) } })

    const bareRps = baselines['bare node'].rps
    const bareCpu = baselines['bare node'].cpuUs
    // The CPU a request costs bare Node over what it costs here: the ratio a busy machine
    // distorts least (1.00 is bare Node's speed).
    const cpuRatio = (figures: Figures) =>
      bareCpu && figures.cpuUs ? (bareCpu / figures.cpuUs).toFixed(2) : '–'
    const nginxRps = baselines.nginx?.rps
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 10)} on ${args.database ? 'PostgreSQL' : 'SQLite'}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; wrk -t1, ${SECONDS} s per row; cached rows -c32, renders -c8 with a unique query string; p95 interpolated between wrk's p90 and p99.`,
      '',
      `| what | ${before ? 'before req/s | before CPU µs/req | ' : ''}req/s | × bare Node | × nginx | p50 ms | p95 ms | server CPU µs/req | bare Node's CPU ÷ this | errors |`,
      `| --- | ${before ? '---: | ---: | ' : ''}---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
      ...rows.map(({ what, figures }) => {
        const current = figures.now
        // A render is not the same bytes as the baselines serve: no ratio.
        const ratio = (base?: number) =>
          base && !what.startsWith('render') ? (current.rps / base).toFixed(2) : '–'
        return `| ${what} | ${before ? `${figures.before?.rps ?? '–'} | ${figures.before?.cpuUs ?? '–'} | ` : ''}${current.rps} | ${ratio(bareRps)} | ${ratio(nginxRps)} | ${current.p50} | ${current.p95} | ${current.cpuUs ?? '–'} | ${what.startsWith('render') ? '–' : cpuRatio(current)} | ${current.errors} |`
      }),
      '',
    ]
    const table = lines.join('\n')
    console.log(`\n${table}`)
    if (args.out) fs.appendFileSync(args.out, `\n${table}`)
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined)
    fs.rmSync(work, { recursive: true, force: true })
  }
  process.exit(0)
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
