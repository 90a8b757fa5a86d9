import { parseArgs } from 'node:util'

/** The command line of `npm run bench:pages` (scripts/bench.ts says what each option does). */
export const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: process.env.BENCH_SCALES || '0.01,0.1,1' },
    seconds: { type: 'string', default: '8' },
    requests: { type: 'string', default: '300' },
    dir: { type: 'string', default: 'data/bench' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    // A PostgreSQL server (postgres://user@host:port/any): every scale is then measured on
    // SQLite and on PostgreSQL, side by side (a database chandi_bench_<scale> per scale).
    postgres: { type: 'string', default: process.env.BENCH_POSTGRES_URL },
    // Which engines to measure (default: SQLite, and PostgreSQL too when --postgres is given).
    engines: { type: 'string' },
  },
})
export const SCALES = args.scales!.split(',').map(Number)
export const DURATION = Number(args.seconds)
export const REQUESTS = Number(args.requests)
export const CONNECTIONS = 32
export const NODE = ['--conditions=production', '--no-deprecation', '--import', 'tsx']
export type Engine = 'sqlite' | 'postgres'
export const ENGINES = (args.engines ?? (args.postgres ? 'sqlite,postgres' : 'sqlite'))
  .split(',')
  .map((engine) => {
    if (engine !== 'sqlite' && engine !== 'postgres')
      throw new Error(`--engines takes sqlite and/or postgres (got "${engine}")`)
    if (engine === 'postgres' && !args.postgres)
      throw new Error('--engines postgres needs --postgres postgres://user@host:port/db')
    return engine as Engine
  })
