import { parseArgs } from 'node:util'

/** The command line of `npm run soak` (scripts/soak.ts says what each option does). */
export const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    url: { type: 'string' },
    rate: { type: 'string', default: '150' },
    concurrency: { type: 'string', default: '16' },
    'write-every': { type: 'string', default: '2' },
    'sample-every': { type: 'string', default: '10' },
    'max-growth-mib-per-min': { type: 'string', default: '3' },
    'max-rss-growth-mib-per-min': { type: 'string', default: '20' },
    out: { type: 'string' },
    'keep-data': { type: 'boolean', default: false },
  },
})

const number = (
  name: keyof typeof args,
  { min, integer = false }: { min: number; integer?: boolean },
) => {
  const value = Number(args[name])
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    console.error(
      `[soak] --${name} must be ${integer ? 'a whole number' : 'a number'} ≥ ${min} (got "${args[name]}")`,
    )
    process.exit(2)
  }
  return value
}
export const MINUTES = number('minutes', { min: 0.5 })
export const WARMUP = number('warmup', { min: 0 })
export const RATE = number('rate', { min: 1 })
export const CONCURRENCY = number('concurrency', { min: 1, integer: true })
export const WRITE_EVERY = number('write-every', { min: 0 })
export const SAMPLE_EVERY = number('sample-every', { min: 1 })
export const MAX_HEAP_SLOPE = number('max-growth-mib-per-min', { min: 0 })
export const MAX_RSS_SLOPE = number('max-rss-growth-mib-per-min', { min: 0 })
if (WARMUP >= MINUTES) {
  console.error(`[soak] --warmup (${WARMUP} min) must be shorter than --minutes (${MINUTES})`)
  process.exit(2)
}
const stamp = (() => {
  const now = new Date()
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`
})()
export const OUT = args.out ?? `artifacts/soak-${stamp}.md`
export const REQUEST_TIMEOUT_MS = 30_000
export const MIB = 2 ** 20
export const log = (line: string) => console.log(`[soak] ${line}`)
