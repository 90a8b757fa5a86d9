/**
 * `npm run bench:writes` (second part; `--http-only` runs just this): writes over HTTP, with
 * transactions on, on one Chandi process started as `npm start` starts it on a fresh seeded
 * SQLite file. A buyer's inquiry (the portal's form, posted as a browser posts it) and a factory
 * member's product save (`POST /api/products?depth=0`, what the admin's save sends), each with 1
 * and 8 in flight. Reports writes per second, latency, and the server's CPU time per write
 * (from /proc: robust when the machine is shared). `--before DIR` measures another checkout on a
 * database of its own in the same run; `--workers N` (default 2; 1 for none) adds eight in flight
 * on this checkout started with `CHANDI_WORKERS=N`. Appends the table to `--out` when given.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { freePort } from '../src/bench/wrk'
import { type WriteFigures, type WriteRequest, writes } from '../src/bench/writes'
import { SERVER_NODE } from './bench/server'

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    before: { type: 'string' },
    out: { type: 'string' },
    'http-only': { type: 'boolean', default: false },
    workers: { type: 'string', default: '2' },
  },
})
const COUNT = Number(args.count)
const WORKERS = Number(args.workers)
const HOST = 'zhili.localhost'
const FACTORY = 'zhili-hengyuan'
const PRODUCT = 'hengyuan-cotton-romper'
const MEMBER = `factory@${FACTORY}.chandi.test`

const startChandi = async (dir: string, work: string, workers = 1) => {
  const port = await freePort()
  fs.mkdirSync(work, { recursive: true })
  const child = spawn(process.execPath, [...SERVER_NODE, 'src/server/main.ts'], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: `file:${path.join(work, 'chandi.db')}`,
      MEDIA_DIR: path.join(work, 'media'),
      MAIL_OUTBOX_DIR: path.join(work, 'outbox'),
      CHANDI_JOBS: 'false',
      CHANDI_WORKERS: String(workers),
      // The benchmark's own inquiries come from one address: the limits are raised, not removed.
      CHANDI_INQUIRY_LIMIT_IP: '100000000',
      CHANDI_INQUIRY_LIMIT_EMAIL: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadline = Date.now() + 900_000
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((res) => res.ok)
      .catch(() => false)
    if (ok) break
    if (child.exitCode !== null) throw new Error(`Chandi in ${dir} exited ${child.exitCode}`)
    if (Date.now() > deadline) throw new Error(`Chandi in ${dir} did not start`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  return { port, pid: child.pid!, stop }
}

type Rows = Record<string, WriteFigures>

const measure = async (
  label: string,
  dir: string,
  work: string,
  workers = 1,
  inFlights = [1, 8],
): Promise<Rows> => {
  const chandi = await startChandi(dir, work, workers)
  const suffix = workers > 1 ? `, ${workers} processes` : ''
  try {
    const base = `http://127.0.0.1:${chandi.port}`
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: MEMBER, password: 'chandi-demo' }),
    })
    const token = ((await login.json()) as { token?: string }).token
    if (!token) throw new Error(`could not log in as ${MEMBER}`)
    let n = 0
    const inquiry = (): WriteRequest => {
      n += 1
      return {
        path: `/en/factories/${FACTORY}/inquire`,
        method: 'POST',
        headers: {
          host: `${HOST}:${chandi.port}`,
          origin: `http://${HOST}:${chandi.port}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          name: 'Bench Buyer',
          email: `bench${n}-${process.pid}@example.com`,
          message: `Please quote 1,000 pieces with your lead time (${n}).`,
          quantity: '1000',
          product: PRODUCT,
        }).toString(),
      }
    }
    const product = (): WriteRequest => {
      n += 1
      return {
        path: '/api/products?depth=0&locale=en&fallback-locale=null',
        method: 'POST',
        headers: {
          host: `${HOST}:${chandi.port}`,
          'content-type': 'application/json',
          authorization: `JWT ${token}`,
        },
        body: JSON.stringify({
          name: `Bench romper ${n}`,
          slug: `bench-romper-${n}-${process.pid}`,
          moq: { quantity: 5, unit: 'piece' },
          priceTiers: [
            { minQuantity: 5, maxQuantity: 49, unitPrice: 1 },
            { minQuantity: 50, unitPrice: 0.8 },
          ],
          _status: 'published',
        }),
      }
    }
    const rows: Rows = {}
    for (const [what, next] of [
      ['inquiry submission', inquiry],
      ['product save (REST)', product],
    ] as const) {
      // Warm-up, unmeasured: the JIT, the statement caches, the connections.
      await writes({ ...chandi, count: 30, inFlight: 1, next })
      for (const inFlight of inFlights) {
        const figures = await writes({ ...chandi, count: COUNT, inFlight, next })
        rows[`${what}, ${inFlight} in flight${suffix}`] = figures
        console.log(
          `[bench:writes] ${label} ${what}, ${inFlight} in flight: ${figures.perSecond}/s, p50 ${figures.p50} ms, p95 ${figures.p95} ms, ${figures.cpuMs} ms CPU each, peak RSS ${figures.peakRssMiB} MiB, errors ${figures.errors}`,
        )
      }
    }
    return rows
  } finally {
    await chandi.stop()
  }
}

export const benchWritesHttp = async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-bench-writes-http-'))
  try {
    const before = args.before
      ? await measure(`before (${args.before}):`, args.before, path.join(work, 'before'))
      : undefined
    const now = await measure('this checkout:', '.', path.join(work, 'now'))
    // The same checkout as a machine with cores to spare runs it (CHANDI_WORKERS): eight in flight
    // over that many processes, which share the one SQLite file's write lock.
    if (WORKERS > 1)
      Object.assign(
        now,
        await measure(
          `this checkout, ${WORKERS} processes:`,
          '.',
          path.join(work, 'workers'),
          WORKERS,
          [8],
        ),
      )
    const cells = (figures?: WriteFigures) =>
      figures
        ? `${figures.perSecond} | ${figures.p50} | ${figures.p95} | ${figures.cpuMs} | ${figures.peakRssMiB} | ${figures.errors}`
        : '– | – | – | – | – | –'
    const table = [
      `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}, SQLite, ${COUNT} writes per row after 30 unmeasured.`,
      '',
      `| write | ${before ? 'before: /s | p50 ms | p95 ms | CPU ms each | RSS MiB | errors | ' : ''}/s | p50 ms | p95 ms | CPU ms each | peak RSS MiB | errors |`,
      `| --- | ${before ? '---: | ---: | ---: | ---: | ---: | ---: | ' : ''}---: | ---: | ---: | ---: | ---: | ---: |`,
      ...Object.keys(now).map(
        (what) => `| ${what} | ${before ? `${cells(before[what])} | ` : ''}${cells(now[what])} |`,
      ),
      '',
    ].join('\n')
    console.log(`\n${table}`)
    if (args.out) fs.appendFileSync(args.out, `\n${table}`)
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

if (args['http-only'] || process.argv[1]?.endsWith('bench-writes-http.ts'))
  void benchWritesHttp().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('[bench:writes] failed:', error)
      process.exit(1)
    },
  )
