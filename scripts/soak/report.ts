import os from 'node:os'

import {
  CONCURRENCY,
  MAX_HEAP_SLOPE,
  MAX_RSS_SLOPE,
  MIB,
  RATE,
  SAMPLE_EVERY,
  WRITE_EVERY,
} from './options'
import type { Kind } from './requests'
import { state, type Target } from './server'
import { clock, dbBytes, fit, fixed, ms, percentile, type Sample, type Stats } from './stats'
import { type Belt, MIX, type vocabulary } from './vocabulary'
import type { Totals } from './tally'
import type { WriteJob } from './writes'

/** What a soak run measured, for its report. */
export type Run = {
  target: Target
  belts: Belt[]
  urls: ReturnType<typeof vocabulary>
  writes: { jobs: WriteJob[] }
  samples: Sample[]
  /** Seconds into the load when measuring began; null when the run ended first. */
  measureFrom: number | null
  measureReason: string
  measured: Record<Kind | 'write', Stats>
  total: Totals
  errorsByClass: Record<'5xx' | 'connection' | 'other', number>
  firstErrors: string[]
  loadSeconds: number
  dbAtStart: number
}

/**
 * The report (Markdown) and whether the run passed: memory growth judged against the thresholds,
 * requests by kind, the samples, the method.
 */
export const soakReport = (run: Run) => {
  const { target, belts, writes, samples, measureFrom, measureReason, measured, total } = run
  const { errorsByClass, firstErrors, loadSeconds, dbAtStart } = run
  const { pages, renders, missing, reads } = run.urls
  const { base } = target
  const { interrupted, serverExit } = state
  const after = measureFrom === null ? [] : samples.filter((sample) => sample.at >= measureFrom!)
  const first = after[0]
  const last = after.at(-1)
  /**
   * Four series, each fitted over the whole measured period and over each half: RSS; RSS less the
   * V8 heap's size (code, buffers, the allocator: where a native leak would show); the heap used,
   * which saws with every collection; and the heap right after full collections (the first
   * sample after the server's count of major GCs moved: what survived, plus at most one
   * interval's allocations), which is where a leak in JavaScript shows.
   */
  type Series = { label: string; points: [number, number][] }
  const rssSeries: Series = {
    label: 'RSS',
    points: after.map((sample) => [sample.at / 60, sample.rss]),
  }
  const nativeSeries: Series = {
    label: 'RSS less the V8 heap',
    points: after.map((sample) => [sample.at / 60, sample.rss - sample.heapTotal]),
  }
  const heapSeries: Series = {
    label: 'V8 heap used',
    points: after.map((sample) => [sample.at / 60, sample.heapUsed]),
  }
  const collected = after.filter((sample, index) => {
    const before = index === 0 ? samples[samples.indexOf(sample) - 1] : after[index - 1]
    return before !== undefined && sample.majorGCs > before.majorGCs
  })
  const collectedSeries: Series = {
    label: 'V8 heap after full collections',
    points: collected.map((sample) => [sample.at / 60, sample.heapUsed]),
  }
  const analyse = ({ points }: Series) => {
    const half = Math.floor(points.length / 2)
    return {
      all: fit(points),
      firstHalf: fit(points.slice(0, half + 1)),
      secondHalf: fit(points.slice(half)),
      first: points[0],
      last: points.at(-1),
    }
  }
  /** Missed when the slope is above the threshold by more than twice its standard error: faster than allowed, and by more than the noise. */
  const judge = (series: Series, threshold: number) => {
    const { all } = analyse(series)
    if (series.points.length < 3 || !Number.isFinite(all.error))
      return 'not judged (under 3 points)'
    return all.slope - 2 * all.error > threshold ? 'missed' : 'met'
  }
  const rssVerdict = judge(rssSeries, MAX_RSS_SLOPE)
  const heapVerdict = judge(collectedSeries, MAX_HEAP_SLOPE)
  const measuredSeconds = first && last ? last.at - first.at : 0
  const measuredRequests = (['page', 'render', 'missing', 'api'] as Kind[]).reduce(
    (sum, kind) => sum + measured[kind].count,
    0,
  )
  const throughput = measuredSeconds > 0 ? measuredRequests / measuredSeconds : NaN
  const enoughSamples = after.length >= 3
  const failures = [
    ...(serverExit ? [`the server ${serverExit}`] : []),
    ...(total.errors
      ? [
          `${total.errors} failed requests (5xx ${errorsByClass['5xx']}, connection ${errorsByClass.connection}, other ${errorsByClass.other})`,
        ]
      : []),
    ...(!enoughSamples && !interrupted
      ? ['too few samples after the warm-up to measure growth']
      : []),
    ...(heapVerdict === 'missed'
      ? [
          `the heap after full collections grew ${fixed(analyse(collectedSeries).all.slope, 1)} ± ${fixed(analyse(collectedSeries).all.error, 1)} MiB/min (threshold ${MAX_HEAP_SLOPE})`,
        ]
      : []),
    ...(rssVerdict === 'missed'
      ? [
          `RSS grew ${fixed(analyse(rssSeries).all.slope, 1)} ± ${fixed(analyse(rssSeries).all.error, 1)} MiB/min (threshold ${MAX_RSS_SLOPE})`,
        ]
      : []),
  ]
  const passed = failures.length === 0 && !interrupted
  const memoryRow = (series: Series, verdict: string) => {
    const { all, firstHalf, secondHalf, first: start, last: end } = analyse(series)
    const growth =
      start && end ? `${end[1] - start[1] >= 0 ? '+' : ''}${fixed(end[1] - start[1], 1)} MiB` : '–'
    const point = (entry: [number, number] | undefined) =>
      entry ? `${fixed(entry[1], 0)} MiB (${clock(entry[0] * 60)})` : '–'
    return `| ${series.label} | ${series.points.length} | ${point(start)} | ${point(end)} | ${growth} | **${fixed(all.slope, 2)}** ± ${fixed(all.error, 2)} | ${fixed(firstHalf.slope, 2)} | ${fixed(secondHalf.slope, 2)} | ${verdict === 'missed' ? '**missed**' : verdict} |`
  }
  const command = `npm run soak -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '')
  const kindRow = (label: string, kind: Kind | 'write') => {
    const stats = measured[kind]
    const cache =
      Object.entries(stats.cache)
        .map(([state, count]) => `${state} ${Math.round((count / stats.count) * 100)}%`)
        .join(', ') || '–'
    return `| ${label} | ${stats.count.toLocaleString('en')} | ${fixed(measuredSeconds > 0 ? stats.count / measuredSeconds : NaN, 1)} | ${ms(percentile(stats.ms, 0.5))} / ${ms(percentile(stats.ms, 0.95))} / ${ms(percentile(stats.ms, 0.99))} | ${cache} | ${stats.errors} |`
  }
  // What the server logged (errors and slow requests), when something failed.
  const serverLog =
    target.own && failures.length
      ? target.own
          .output()
          .replace(/\u001b\[[0-9;]*m/g, '')
          .trimEnd()
          .split('\n')
          .slice(-40)
          .join('\n')
      : ''
  const byLabel = (label: WriteJob['label']) =>
    writes.jobs.filter((job) => job.label === label).length
  const report = `# Soak test, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

\`${command}\`: ${fixed(loadSeconds / 60, 1)} min of load${interrupted ? ' (**interrupted**)' : ''} against ${target.own ? `its own server (pid ${target.pid}) on a fresh seeded SQLite database in a temp folder` : `${base}${target.pid ? ` (pid ${target.pid} answered /healthz)` : ''}`}. ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at the end ${os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}.

**${passed ? 'PASSED' : interrupted && failures.length === 0 ? 'INTERRUPTED' : 'FAILED'}**${failures.length ? `: ${failures.join('; ')}` : ''}

## Memory

| | samples | start | end | growth | slope ± s.e., MiB/min | first half | second half | threshold |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${memoryRow(rssSeries, `≤ ${MAX_RSS_SLOPE} MiB/min (\`--max-rss-growth-mib-per-min\`): ${rssVerdict}`)}
${memoryRow(nativeSeries, 'for information')}
${memoryRow(heapSeries, 'for information')}
${memoryRow(collectedSeries, `≤ ${MAX_HEAP_SLOPE} MiB/min (\`--max-growth-mib-per-min\`): ${heapVerdict}`)}

Measured from ${measureFrom === null ? '– (never: the run ended first)' : `${clock(measureFrom)}, ${measureReason}`}. Slopes are least-squares fits in MiB per minute, ± their standard error; a threshold is missed when the slope is above it by more than twice that error (growth faster than allowed and clearly more than noise, so a short run fails only on fast growth). The heap after full collections is the leak signal: V8 lets the heap grow to several hundred MiB between full collections, and RSS follows it up and down, so RSS gets a coarse threshold against growth outside the JavaScript heap. A slope high in the first half and near zero in the second is memory settling, not a leak.${target.dir ? ` Database, search index and events files: ${fixed(dbAtStart / MIB, 1)} MiB at the start, ${fixed(dbBytes(target.dir) / MIB, 1)} MiB at the end.` : ''}

## Requests (measured period)

${fixed(throughput, 1)} requests/s over the ${fixed(measuredSeconds / 60, 1)} min measured (target ${RATE}/s, at most ${CONCURRENCY} in flight); ${total.droppedMeasured.toLocaleString('en')} not sent because ${CONCURRENCY} were waiting (${total.dropped.toLocaleString('en')} including the warm-up). ${total.requests.toLocaleString('en')} requests and ${total.writes} writes in all, ${total.errors} failed; ${total.retried} sent again after the server closed an idle keep-alive connection under them.

| kind | requests | per second | p50 / p95 / p99 ms | page cache (X-Chandi-Cache) | failed |
| --- | ---: | ---: | ---: | --- | ---: |
${kindRow('cached portal pages', 'page')}
${kindRow('renders: search, filtered directories', 'render')}
${kindRow('pages that do not exist (404)', 'missing')}
${kindRow('REST reads', 'api')}
${kindRow('writes (PATCH)', 'write')}

Writes: ${writes.jobs.length ? `one every ${WRITE_EVERY} s in turn over ${byLabel('page title (operator)')} about pages (operator) and ${byLabel('product name (factory member)')} products (factory member), toggling a trailing " ·" on the English title or name; ${total.writesSkipped} skipped while the previous one was still running. Each stores a version (capped by Payload at 30 per page and 20 per product) and evicts its belt's pages and the hub's.` : WRITE_EVERY > 0 ? 'none (no demo login answered).' : 'none (`--write-every 0`).'}

${failures.length && firstErrors.length ? `## First failed requests\n\n${firstErrors.map((line) => `- ${line}`).join('\n')}\n\n` : ''}${serverLog ? `## The server's last output\n\n\`\`\`\n${serverLog}\n\`\`\`\n\n` : ''}## Samples

| t | RSS MiB | heap used / total MiB | external MiB | major GCs | req/s | renders/s | p95 page / render / REST ms | loop lag p99 ms | writes | dropped | failed |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${samples.map((sample) => `| ${clock(sample.at)}${measureFrom === null || sample.at < measureFrom ? ' (warm-up)' : ''} | ${fixed(sample.rss, 0)} | ${fixed(sample.heapUsed, 0)} / ${fixed(sample.heapTotal, 0)} | ${fixed(sample.external, 0)} | ${sample.majorGCs} | ${fixed(sample.rps, 0)} | ${fixed(sample.rendersPerSecond, 1)} | ${ms(sample.p95Page)} / ${ms(sample.p95Render)} / ${ms(sample.p95Api)} | ${fixed(sample.lagP99, 0)} | ${sample.writes} | ${sample.dropped} | ${sample.errors} |`).join('\n')}

## Method

- Load: open loop at ${RATE} requests/s, at most ${CONCURRENCY} in flight over keep-alive connections to 127.0.0.1, Host \`<belt>.localhost\` (the hub: \`localhost\`). The mix: ${MIX.map(([kind, weight]) => `${Math.round(weight * 100)}% ${kind}`).join(', ')}: ${pages.length} cached pages (${belts.length} belts, zh and en: home, directories, about, factories, products; the hub), ${renders.length} render URLs (search on belts and on the hub with terms from category and product names plus a few that match nothing; factory directories by capability, verified and sort; product directories by category and maximum MOQ), ${missing.length} missing pages, ${reads.length} REST reads (public lists and documents, a factory member's admin product list).
- Every page and render URL was requested once at the start of the warm-up, so the page cache holds the whole working set (live or stale) before measuring; afterwards renders miss because writes evict their belt, not because the URL is new.
- Memory: the server's own /metrics every ${SAMPLE_EVERY} s (\`chandi_process_resident_memory_bytes\`, VmRSS; \`chandi_nodejs_heap_size_*\`; \`chandi_nodejs_external_memory_bytes\`), summed over workers under CHANDI_WORKERS. Renders/s is the server's page-cache misses and bypasses per second. Latencies are client-side, including queueing at the server.
- The load generator shares the machine's cores with the server (and with whatever else runs), so absolute figures are noisy; the slope is what to read.
`
  return { report, passed }
}
