/**
 * `npm run bench:data -- --scale S [--seed N] [--out file.db]`: generates the Canton Fair dataset
 * (src/bench/generate.ts) into a new SQLite file, by default data/bench/scale-<S>.db with its
 * images in data/bench/scale-<S>-media. Scale 1 is 15 belts, 26,000 factories, 1.8 million
 * products, 5,000 live sessions and 100,000 inquiries. Then `npm run bench -- --data <file>`.
 *
 * `--database postgres://…/name` writes to a PostgreSQL database instead (a new or empty one;
 * Payload's adapter creates it and pushes the schema); `--out` then names only the report and
 * the images' folder.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.01' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    database: { type: 'string' },
  },
})
const scale = Number(values.scale)
const seed = Number(values.seed)
if (!(scale > 0 && scale <= 10) || !Number.isInteger(seed)) {
  console.error(
    '[bench:data] --scale must be a number in (0, 10] and --seed an integer, e.g. npm run bench:data -- --scale 0.1 --seed 1',
  )
  process.exit(2)
}
const postgres = values.database
if (postgres !== undefined && !/^postgres(ql)?:\/\//.test(postgres)) {
  console.error(
    '[bench:data] --database takes a postgres:// URL (SQLite is the default, with --out)',
  )
  process.exit(2)
}
const out = path.resolve(values.out ?? `data/bench/scale-${scale}${postgres ? '-postgres' : ''}.db`)
const media = out.replace(/\.db$/, '') + '-media'

const main = async () => {
  // The files beside it too: a search index, event log, visit or rate-limit count left from an
  // earlier dataset at this path would keep that dataset's entries (and the index's writes would
  // first delete each old entry, twice the work).
  for (const base of [out, `${out}.search`, `${out}.events`, `${out}.visits`, `${out}.limits`])
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${base}${suffix}`, { force: true })
  fs.rmSync(media, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(out), { recursive: true })
  process.env.DATABASE_URL = postgres ?? `file:${out}`
  process.env.MEDIA_DIR = media
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.CHANDI_JOBS = 'false'
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || 'development' })
  // After the environment is set: the config reads it when it is imported.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { generate } = await import('../src/bench/generate')
  const { describeDatabaseURL } = await import('../src/platform/databaseProbe')
  const payload = await getPayload({ config })
  const started = Date.now()
  const report = await generate({
    payload,
    scale,
    seed,
    log: (line) => console.log(`[bench:data] ${line}`),
  })
  const total = Math.round((Date.now() - started) / 1000)
  const size = postgres
    ? Number(
        (
          await (
            payload.db as unknown as {
              pool: { query: (sql: string) => Promise<{ rows: { bytes: string }[] }> }
            }
          ).pool.query('select pg_database_size(current_database()) as bytes')
        ).rows[0].bytes,
      )
    : fs.statSync(out).size + (fs.existsSync(`${out}-wal`) ? fs.statSync(`${out}-wal`).size : 0)
  console.log(
    `[bench:data] scale ${scale}, seed ${seed}: ${JSON.stringify(report.counts)} in ${total} s; ${(size / 2 ** 20).toFixed(0)} MiB at ${postgres ? new URL(postgres).pathname.slice(1) : out}`,
  )
  fs.writeFileSync(
    out.replace(/\.db$/, '.json'),
    JSON.stringify(
      {
        ...report,
        totalSeconds: total,
        bytes: size,
        // Never the password a URL may carry.
        database: postgres ? describeDatabaseURL(postgres) : out,
        media,
      },
      null,
      2,
    ),
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench:data] failed:', error)
    process.exit(1)
  },
)
