import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { args, CONNECTIONS, DURATION, type Engine, NODE, REQUESTS } from './options'
import { hasWrk, startBareNode, startNginx, wrk } from '../../src/bench/wrk'
import { autocannonRun, type Figures, getPage, rssOf, sequential, sizeOf, waitFor } from './load'
import { recordMigrationsApplied } from './migrations'
import { SERVER_NODE } from './server'

// One scale: its dataset (generated when missing), a server on it, and every measurement.

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

/** On PostgreSQL: a database per scale in the server `--postgres` names, e.g. chandi_bench_0_01. */
const postgresURL = (scale: number) => {
  const url = new URL(args.postgres!)
  url.pathname = `/chandi_bench_${String(scale).replace(/\W/g, '_')}`
  return url.toString()
}

const withServer = async <T>(work: (client: pg.Client) => Promise<T>) => {
  const url = new URL(args.postgres!)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const dataset = async (scale: number, engine: Engine) => {
  const file = path.resolve(
    args.dir!,
    `scale-${scale}${engine === 'postgres' ? '-postgres' : ''}.db`,
  )
  const reportFile = file.replace(/\.db$/, '.json')
  const database = engine === 'postgres' ? postgresURL(scale) : `file:${file}`
  const exists =
    engine === 'postgres'
      ? await withServer(
          async (client) =>
            (
              await client.query('select 1 from pg_database where datname = $1', [
                new URL(database).pathname.slice(1),
              ])
            ).rows.length > 0,
        )
      : fs.existsSync(file)
  if (!exists || !fs.existsSync(reportFile)) {
    console.log(`[bench] generating scale ${scale} on ${engine} (npm run bench:data)…`)
    if (engine === 'postgres')
      await withServer((client) =>
        client.query(`drop database if exists "${new URL(database).pathname.slice(1)}"`),
      )
    const result = spawnSync(
      process.execPath,
      [
        ...NODE,
        'scripts/bench-data.ts',
        '--scale',
        String(scale),
        '--out',
        file,
        ...(engine === 'postgres' ? ['--database', database] : []),
      ],
      { stdio: 'inherit' },
    )
    if (result.status !== 0) throw new Error(`bench:data failed for scale ${scale} on ${engine}`)
  }
  return {
    file,
    database,
    media: file.replace(/\.db$/, '-media'),
    report: JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report,
  }
}

/** The database's size: the SQLite file, its WAL and search index; or pg_database_size. */
const bytesOf = async (engine: Engine, file: string, database: string) =>
  engine === 'postgres'
    ? withServer(async (client) =>
        Number(
          (
            await client.query('select pg_database_size($1) as bytes', [
              new URL(database).pathname.slice(1),
            ])
          ).rows[0].bytes,
        ),
      )
    : sizeOf(file)

/** Rounds of the cached page against bare Node (each ratio is the median of the rounds'). */
export const ROUNDS = 3

export const MEASUREMENTS = [
  'cached portal page',
  'cached portal page, view counted',
  'same bytes, minimal static server',
  'same bytes, nginx',
  'uncached belt home',
  'uncached directory, two filters',
  'uncached factory profile',
  'uncached product page',
  'search, Chinese query',
  'search, English query',
  'admin product list, one factory (REST)',
  'inquiry submission',
] as const
export type Measurement = (typeof MEASUREMENTS)[number]

const BROWSER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'

/** wrk (a C load generator) when installed; autocannon, which tops out below bare Node, if not. */
export const LOAD_TOOL = hasWrk() ? 'wrk' : 'autocannon'

export type ScaleResult = {
  scale: number
  engine: Engine
  counts: Record<string, number>
  figures: Partial<Record<Measurement, Figures>>
  peakRSS: number
  bytes: number
  generatedIn: number
  /** Medians over the rounds of each round's own ratio: cached ÷ bare Node, counted ÷ cached. */
  ratios: { cachedToBare: number; countedToCached: number }
}

/** Starts Chandi on the scale's dataset, takes every measurement, and stops it. */
export const measure = async (scale: number, engine: Engine): Promise<ScaleResult> => {
  const { file, database, media, report } = await dataset(scale, engine)
  const { sample } = report
  const host = `${sample.belt}.localhost`
  const port = 3900 + Math.floor(Math.random() * 50)
  // As a deployment runs it: NODE_ENV=production, so the committed migrations, not a development
  // push (which loads drizzle-kit, about 100 MiB of the server's memory), and the HSTS header.
  await recordMigrationsApplied(database)
  const child = spawn(process.execPath, [...SERVER_NODE, 'src/server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || randomBytes(32).toString('hex'),
      PORT: String(port),
      DATABASE_URL: database,
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
  let staticServer: Awaited<ReturnType<typeof startBareNode>> | undefined
  let nginx: Awaited<ReturnType<typeof startNginx>>
  try {
    console.log(
      `[bench] scale ${scale}: starting Chandi on ${engine === 'postgres' ? new URL(database).pathname.slice(1) : path.relative('.', file)}…`,
    )
    await waitFor(`http://127.0.0.1:${port}/healthz`, 600_000)
    const belt = `http://127.0.0.1:${port}`
    const headers = { host: `${host}:${port}` }

    const page = await getPage(port, host, '/en/factories')
    // The same bytes from a bare Node server and from nginx (when installed): the ceilings.
    staticServer = await startBareNode({
      body: page.body,
      contentType: String(page.headers['content-type'] ?? 'text/html; charset=utf-8'),
    })
    nginx = await startNginx({ body: page.body })

    const login = await fetch(`${belt}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: sample.member, password: 'chandi-demo' }),
    })
    const token = ((await login.json()) as { token?: string }).token
    if (!token) throw new Error(`could not log in as ${sample.member}`)

    const figures: Partial<Record<Measurement, Figures>> = {}
    const step = async (name: Measurement, work: () => Promise<Figures>) => {
      const result = await work()
      figures[name] = result
      console.log(
        `[bench]   ${name}: p50 ${result.p50} ms, p95 ${result.p95} ms, ${result.rps}/s, errors ${result.errors}`,
      )
    }
    // Throughput rows: wrk, 1 thread, CONNECTIONS keep-alive connections, after 2 s of warm-up.
    const load = async (
      target: number,
      urlPath: string,
      withHost: boolean,
      extra: Record<string, string> = {},
    ) => {
      if (LOAD_TOOL === 'autocannon')
        return autocannonRun({
          url: `http://127.0.0.1:${target}${urlPath}`,
          headers: { ...(withHost ? headers : {}), ...extra },
          duration: DURATION,
          connections: CONNECTIONS,
        })
      const options = {
        port: target,
        path: urlPath,
        host: withHost ? host : undefined,
        headers: extra,
        connections: CONNECTIONS,
      }
      await wrk({ ...options, seconds: 2 })
      return wrk({ ...options, seconds: DURATION })
    }
    let v = 0
    const fresh = (pagePath: string) => () => ({
      path: `${pagePath}${pagePath.includes('?') ? '&' : '?'}v=${(v += 1)}`,
    })
    // Without a user agent a view is not counted (counting returns at its first check): the
    // row above is the cached page with counting off; this one, a browser's, is counted.
    // The cached page (counted and not) and bare Node in alternating rounds: this machine's
    // speed drifts within a run (bare Node from 16,000 to 32,000 req/s in one), so each ratio is
    // taken between neighbouring measurements.
    const rounds: Record<
      | 'cached portal page'
      | 'cached portal page, view counted'
      | 'same bytes, minimal static server',
      Figures
    >[] = []
    for (let round = 1; round <= ROUNDS; round += 1) {
      const cached = await load(port, '/en/factories', true)
      const counted = await load(port, '/en/factories', true, {
        'User-Agent': BROWSER_AGENT,
        'Accept-Language': 'en-US,en;q=0.9',
      })
      const bare = await load(staticServer!.port, '/', false)
      console.log(
        `[bench]   round ${round}: cached ${cached.rps}/s, counted ${counted.rps}/s, bare Node ${bare.rps}/s (${Math.round((cached.rps / bare.rps) * 100)}%)`,
      )
      rounds.push({
        'cached portal page': cached,
        'cached portal page, view counted': counted,
        'same bytes, minimal static server': bare,
      })
    }
    // Each ratio is the median of the rounds' own ratios; the rows shown are the round whose
    // cached-to-bare ratio is that median (the counted row's own median may be another round's).
    const medianOf = (values: number[]) =>
      [...values].sort((a, b) => a - b)[(values.length - 1) >> 1]
    const toBare = (round: (typeof rounds)[number]) =>
      round['cached portal page'].rps / round['same bytes, minimal static server'].rps
    const ratios = {
      cachedToBare: medianOf(rounds.map(toBare)),
      countedToCached: medianOf(
        rounds.map(
          (round) =>
            round['cached portal page, view counted'].rps / round['cached portal page'].rps,
        ),
      ),
    }
    const shown = rounds.find((round) => toBare(round) === ratios.cachedToBare)!
    for (const [name, result] of Object.entries(shown))
      await step(name as Measurement, async () => result)
    if (nginx) await step('same bytes, nginx', () => load(nginx!.port, '/', false))
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
      engine,
      counts: report.counts,
      figures,
      peakRSS,
      bytes: await bytesOf(engine, file, database),
      generatedIn: report.totalSeconds,
      ratios,
    }
  } finally {
    clearInterval(sampler)
    await staticServer?.stop()
    await nginx?.stop()
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
  }
}
