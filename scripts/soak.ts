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
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'

import {
  args,
  CONCURRENCY,
  log,
  MIB,
  MINUTES,
  OUT,
  RATE,
  REQUEST_TIMEOUT_MS,
  SAMPLE_EVERY,
  WARMUP,
  WRITE_EVERY,
} from './soak/options'
import { soakReport } from './soak/report'
import { send, type Kind, type Request } from './soak/requests'
import { shutdown, startOwnServer, state, useRunningServer } from './soak/server'
import {
  clock,
  dbBytes,
  fixed,
  ms,
  percentile,
  renderedCount,
  scrape,
  type Sample,
} from './soak/stats'
import { createTally } from './soak/tally'
import { discover, MIX, vocabulary } from './soak/vocabulary'
import { applyWrite, writeJobs } from './soak/writes'

// The run: the server, the working set, the load and the writes, samples until the end; then the
// report (scripts/soak/report.ts).

const main = async () => {
  const onSignal = (signal: NodeJS.Signals) => {
    if (state.interrupted) {
      log(`${signal} again: stopping at once`)
      process.exit(130)
    }
    state.interrupted = true
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
  let inFlight = 0
  let writing = false
  const started = Date.now()
  const secondsIn = () => (Date.now() - started) / 1000

  const tally = createTally({ secondsIn, measuring })
  const { measured, errorsByClass, firstErrors, total, record } = tally

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
        tally.window.dropped += 1
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
            tally.window.writes += 1
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
    const current = tally.takeWindow()
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
  while (Date.now() < endAt && !state.interrupted && !state.serverExit) {
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
  if (
    !state.serverExit &&
    !state.interrupted &&
    loadSeconds - (samples.at(-1)?.at ?? 0) > SAMPLE_EVERY / 2
  )
    await takeSample()
  agent.destroy()

  // Put back what the writes toggled on a server that is not ours.
  if (!target.own && !state.serverExit) {
    for (const job of writes.jobs.filter((entry) => entry.toggled)) {
      const answer = await applyWrite(base, job, false).catch(() => null)
      if (answer?.status !== 200)
        log(`could not put back ${job.collection} ${job.id}'s ${job.field} ("${job.original}")`)
    }
  }

  const { report, passed } = soakReport({
    target,
    belts,
    urls: { pages, renders, missing, reads },
    writes,
    samples,
    measureFrom,
    measureReason,
    measured,
    total,
    errorsByClass,
    firstErrors,
    loadSeconds,
    dbAtStart,
  })
  console.log(`\n${report}`)
  fs.mkdirSync(path.dirname(path.resolve(OUT)), { recursive: true })
  fs.writeFileSync(OUT, report)
  log(`written to ${OUT}`)
  return state.interrupted ? 130 : passed ? 0 : 1
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
