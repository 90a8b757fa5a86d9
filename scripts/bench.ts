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
 * measurement, default 300), --dir (datasets, default data/bench), --postgres (a PostgreSQL
 * server's URL: each scale is then measured on SQLite and on PostgreSQL, side by side).
 */
import { measure, type ScaleResult } from './bench/measure'
import { ENGINES, SCALES } from './bench/options'
import { writeReport } from './bench/report'

// Beside it: options, load (autocannon, one-at-a-time requests, memory), measure (one scale)
// and report (docs/benchmarks.md), in scripts/bench/.

const main = async () => {
  const results: ScaleResult[] = []
  for (const scale of SCALES)
    for (const engine of ENGINES) results.push(await measure(scale, engine))
  writeReport(results)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench] failed:', error)
    process.exit(1)
  },
)
