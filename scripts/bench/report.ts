import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { args, CONNECTIONS, DURATION, REQUESTS, SCALES } from './options'
import { LOAD_TOOL, type Measurement, MEASUREMENTS, ROUNDS, type ScaleResult } from './measure'

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`

/**
 * Writes docs/benchmarks.md (or --out): the targets read at the largest scale, the growth table
 * and the method, keeping the findings written by hand below the marker; prints the verdicts.
 */
const ENGINE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const
const label = (result: ScaleResult) => `scale ${result.scale}, ${ENGINE_NAMES[result.engine]}`

export const writeReport = (results: ScaleResult[]) => {
  // The targets are read at the largest scale on SQLite, the default engine.
  const largest =
    results.filter((result) => result.engine === 'sqlite').pop() ?? results[results.length - 1]
  const head = `| what | ${results.map((result) => `${label(result)}: p50 / p95 / p99 ms (req/s)`).join(' | ')} |`
  const rule = `| --- | ${results.map(() => '---:').join(' | ')} |`
  // A row no run measured (nginx not installed) is left out; one some runs missed shows '–'.
  const rows = MEASUREMENTS.filter((name) => results.some((result) => result.figures[name])).map(
    (name) =>
      `| ${name} | ${results
        .map((result) => {
          const f = result.figures[name]
          if (!f) return '–'
          return `${f.p50} / ${f.p95} / ${f.p99} (${f.rps})${f.errors ? ` ⚠ ${f.errors} errors` : ''}`
        })
        .join(' | ')} |`,
  )
  const data = [
    `| data | ${results.map(label).join(' | ')} |`,
    rule,
    ...(['factories', 'products', 'sessions', 'inquiries'] as const).map(
      (key) =>
        `| ${key} | ${results.map((result) => result.counts[key].toLocaleString('en')).join(' | ')} |`,
    ),
    `| database (+ search index) on disk | ${results.map((result) => mib(result.bytes)).join(' | ')} |`,
    `| generated in (\`npm run bench:data\`) | ${results.map((result) => `${result.generatedIn} s`).join(' | ')} |`,
    `| server's peak RSS during the run | ${results.map((result) => mib(result.peakRSS)).join(' | ')} |`,
  ]
  const f = largest.figures as Record<Measurement, (typeof largest.figures)[Measurement] & object>
  const ratio = Math.round(largest.ratios.cachedToBare * 100)
  const counted = Math.round(largest.ratios.countedToCached * 100)
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
    `- cached page at **${ratio}%** of a bare Node server's requests per second on the same bytes (target ≥ 80%, issue #20): ${verdict(ratio >= 80)}`,
    `- cached page with its view counted at **${counted}%** of the requests per second without (target ≥ 90%, issue #23): ${verdict(counted >= 90)}`,
    `- uncached home, factory profile, product page: worst p95 **${pages} ms** (target ≤ 30 ms): ${verdict(pages <= 30)}`,
    `- directory with filters and search, zh and en: worst p95 **${directory} ms** (target ≤ 50 ms): ${verdict(directory <= 50)}`,
    `- admin product list for one factory: p95 **${admin} ms** (target ≤ 150 ms): ${verdict(admin <= 150)}`,
    `- peak RSS **${mib(largest.peakRSS)}** (target ≤ 1 GiB): ${verdict(largest.peakRSS <= 2 ** 30)}`,
  ]
  const report = `# Benchmarks

Measured by \`npm run bench:pages -- --scales ${SCALES.join(',')}\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${[...new Set(results.map((result) => ENGINE_NAMES[result.engine]))].join(' and ')}, one process. The targets are read at scale ${largest.scale} on ${ENGINE_NAMES[largest.engine]}.

## Targets

${verdicts.join('\n')}

## Growth

${head}
${rule}
${rows.join('\n')}

${data.join('\n')}

## Method

- **Data**: \`npm run bench:data -- --scale S\` (src/bench/generate.ts), seed 1. Scale 1 is the online Canton Fair: 15 belts, 26,000 factories, 1,800,000 products, 5,000 live sessions over 10 days, a campaign per belt, 100,000 inquiries.
- Chandi is started as a deployment runs it: \`src/server/main.ts\` with \`NODE_ENV=production\` (Next's production build, React's production build, the committed migrations instead of a development schema push: the dataset's pushed schema is recorded as those migrations first, scripts/bench/migrations.ts) on that file, with the jobs runner off and the inquiry rate limits raised so that the benchmark's own submissions are not refused. Every page is of the Zhili belt, addressed by its host name; the factory and product are the first generated ones of that belt.
- **Cached page vs the same bytes from bare Node and nginx**: \`/en/factories\` is fetched once (so it is cached); its exact bytes are then served by a minimal \`http.createServer\` that does nothing else, and by nginx (Debian's package, one worker, \`sendfile\`) when it is installed. The cached page (with and without its view counted) and bare Node are loaded in ${ROUNDS} alternating rounds, and each ratio in the targets is the median of the rounds' own ratios (the machine's speed drifts within a run, so a ratio is taken between neighbours); the rows shown are the round whose cached-to-bare ratio is the median; nginx once after. Each is loaded by ${LOAD_TOOL === 'wrk' ? `wrk (a C load generator: a JavaScript one on the same two cores tops out below bare Node), one thread, ${CONNECTIONS} keep-alive connections, 2 s of warm-up then ${DURATION} s measured; p95 is interpolated between wrk's p90 and p99` : `autocannon (wrk was not installed: the figures are autocannon's ceiling as much as the server's), ${CONNECTIONS} keep-alive connections for ${DURATION} s; the p95 column is autocannon's p97.5`}.
- **View counted**: the cached page again, with a browser's \`User-Agent\` and \`Accept-Language\`, so each request is counted as a visit (src/platform/visits.ts); the row above sends no user agent, which counting skips at its first check.
- **Uncached renders and search**: ${REQUESTS} requests, one at a time, each with a query string never seen before (\`?v=n\`), so every one misses the page cache and renders through the Local API; latencies are client-side wall times. The directory's two filters are \`capability=oem&verified=1\`; the search queries are a style and a category name, in Chinese on the Chinese portal and in English on the English one.
- **Admin product list**: \`GET /api/products?depth=0&limit=10&sort=-updatedAt&draft=true\` with the factory member's JWT (what the admin's list view asks for; access control narrows it to the member's factory), ${REQUESTS} times, one at a time.
- **Inquiry submission**: the buyer's form posted (\`application/x-www-form-urlencoded\`) ${Math.min(REQUESTS, 100)} times, one at a time, each from a new address; the answer is the confirmation page.
- **RSS** is the server process's VmRSS, sampled every 250 ms for the whole run; its peak is reported. **Size** is the SQLite file, its WAL and the search index; on PostgreSQL, \`pg_database_size\`.
- **PostgreSQL** columns: the same dataset (same seed) generated into a database of its own on a local PostgreSQL ${'15'} server (\`--postgres\`), the same server build and the same requests; the server and PostgreSQL share the 2 cores.
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
