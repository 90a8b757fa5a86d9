/**
 * `npm run bench` (third part): what SQLite transactions cost the writes (issue #10). On a fresh,
 * seeded SQLite database, a factory member creates products through the Local API (every hook,
 * access rule and version), one at a time and eight at a time, with Payload's SQLite default (no
 * transaction: each statement on its own) and with Chandi's transactions, in alternating rounds of
 * one run. Writes the figures and the method to docs/benchmarks-writes.md.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const COUNT = Number(process.env.BENCH_WRITES || 200)
if (!Number.isInteger(COUNT) || COUNT < 10) {
  console.error(
    `[bench-writes] BENCH_WRITES must be a whole number of creates, 10 or more (got "${process.env.BENCH_WRITES}")`,
  )
  process.exit(1)
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-bench-writes-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.MAIL_OUTBOX_DIR = path.join(dir, 'outbox')
process.env.CHANDI_JOBS = 'false'
process.env.DISABLE_PAYLOAD_HMR = 'true'

const ROUNDS = 2

type Result = { mode: string; concurrency: number; perSecond: number; p50: number; p95: number }

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seedDemo } = await import('../src/seed')
  const { demoFactoryEmail } = await import('../src/constants')
  const { demoBelts } = await import('../tenants/index')

  const payload = await getPayload({ config })
  await seedDemo({ payload, log: () => undefined })
  const factory = demoBelts.find((belt) => belt.slug === 'zhili')!.factories[0]
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: demoFactoryEmail(factory.slug) } },
    limit: 1,
    overrideAccess: true,
  })
  const user = { ...docs[0], collection: 'users' as const }
  const withTransactions = payload.db.beginTransaction.bind(payload.db)
  // Payload's SQLite default (`defaultBeginTransaction`): no transaction, every statement on its own.
  const withoutTransactions = (async () => null) as typeof payload.db.beginTransaction

  let n = 0
  const create = () => {
    n += 1
    return payload.create({
      collection: 'products',
      data: {
        name: `Bench romper ${n}`,
        slug: `bench-romper-${n}`,
        moq: { quantity: 5, unit: 'piece' },
        priceTiers: [
          { minQuantity: 5, maxQuantity: 49, unitPrice: 1 },
          { minQuantity: 50, unitPrice: 0.8 },
        ],
        _status: 'published',
      } as never,
      user,
      overrideAccess: false,
    })
  }
  const measure = async (mode: string, concurrency: number): Promise<Result> => {
    const times: number[] = []
    let started = 0
    const begin = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (started < COUNT) {
          started += 1
          const t = performance.now()
          await create()
          times.push(performance.now() - t)
        }
      }),
    )
    const seconds = (performance.now() - begin) / 1000
    times.sort((a, b) => a - b)
    const at = (q: number) =>
      Math.round(times[Math.min(times.length - 1, Math.floor(times.length * q))] * 10) / 10
    return {
      mode,
      concurrency,
      perSecond: Math.round((COUNT / seconds) * 10) / 10,
      p50: at(0.5),
      p95: at(0.95),
    }
  }

  const results: Result[] = []
  await measure('warm-up', 1)
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [mode, begin] of [
      ['without transactions (Payload’s SQLite default)', withoutTransactions],
      ['with transactions (Chandi)', withTransactions],
    ] as const) {
      payload.db.beginTransaction = begin
      for (const concurrency of [1, 8]) results.push(await measure(mode, concurrency))
    }
  }
  payload.db.beginTransaction = withTransactions

  const rows = [
    'without transactions (Payload’s SQLite default)',
    'with transactions (Chandi)',
  ].flatMap((mode) =>
    [1, 8].map((concurrency) => {
      const mine = results.filter(
        (result) => result.mode === mode && result.concurrency === concurrency,
      )
      const mean = (key: 'perSecond' | 'p50' | 'p95') =>
        Math.round((mine.reduce((sum, result) => sum + result[key], 0) / mine.length) * 10) / 10
      return `| ${mode} | ${concurrency} | ${mean('perSecond')} | ${mean('p50')} | ${mean('p95')} |`
    }),
  )
  const table = [
    '| writes | at once | creates/s | p50 ms | p95 ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n')
  const report = `# Benchmark: what transactions cost the writes

Measured by \`npm run bench:writes\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, SQLite, one process.

${table}

## Method

- A fresh database with the demo belts; the factory member of Zhili's first factory creates ${COUNT} published products per measurement through the Local API with its own user (access rules, every hook, the version and the search index), each with two price tiers.
- "at once" is how many creates are in flight: 1 (one after the other) or 8 (eight loops sharing the ${COUNT}).
- Without transactions is Payload's SQLite default (\`defaultBeginTransaction\`: each statement commits on its own, so a crash or a failing disk between two of them leaves the document half-written); with transactions is Chandi's (src/platform/sqliteTransactions.ts: \`BEGIN IMMEDIATE\` … \`COMMIT\` on a connection of their own, behind one write lock per process).
- The two modes alternate in ${ROUNDS} rounds in one process, after a warm-up of ${COUNT} creates; the table shows each mode's mean over its rounds. Latency is the create's wall time.

## Reading the figures

- One at a time the two are within noise of each other: a transaction costs a BEGIN and a COMMIT and saves the commits of each statement.
- With eight at once, writes without transactions interleave their statements (and leave each other's documents half-visible); with transactions each create holds the write lock from its first statement to its commit, so they run one after the other and the queue shows in the latency.
`
  fs.mkdirSync('docs', { recursive: true })
  fs.writeFileSync('docs/benchmarks-writes.md', report)
  console.log(`\n${table}\n\nWritten to docs/benchmarks-writes.md`)
}

main()
  .then(
    () => 0,
    (error: unknown) => {
      console.error('[bench-writes] failed:', error)
      return 1
    },
  )
  .then((code) => {
    fs.rmSync(dir, { recursive: true, force: true })
    process.exit(code)
  })
