import { parseArgs } from 'node:util'

/** The command line of `npm run bench:pages` (scripts/bench.ts says what each option does). */
export const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: process.env.BENCH_SCALES || '0.01,0.1,1' },
    seconds: { type: 'string', default: '8' },
    requests: { type: 'string', default: '300' },
    dir: { type: 'string', default: 'data/bench' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
})
export const SCALES = args.scales!.split(',').map(Number)
export const DURATION = Number(args.seconds)
export const REQUESTS = Number(args.requests)
export const CONNECTIONS = 32
export const NODE = ['--conditions=production', '--no-deprecation', '--import', 'tsx']
