import { clock, emptyStats, type Stats } from './stats'
import type { Kind, Outcome } from './requests'

/** Counts over the whole run, warm-up included. */
export type Totals = {
  requests: number
  errors: number
  retried: number
  dropped: number
  droppedMeasured: number
  writes: number
  writesSkipped: number
}

/** One interval between two samples: what it saw, for the sample's rates and latencies. */
type Window = {
  requests: number
  errors: number
  writes: number
  dropped: number
  ms: { page: number[]; render: number[]; api: number[] }
}

const emptyWindow = (): Window => ({
  requests: 0,
  errors: 0,
  writes: 0,
  dropped: 0,
  ms: { page: [], render: [], api: [] },
})

/**
 * Every request's outcome, counted three ways: over the whole run (`total`, `errorsByClass`, the
 * first errors), over the interval since the last sample (`window`), and by kind once measuring
 * has begun (`measured`).
 */
export const createTally = ({
  secondsIn,
  measuring,
}: {
  secondsIn: () => number
  measuring: () => boolean
}) => {
  const measured: Record<Kind | 'write', Stats> = {
    page: emptyStats(),
    render: emptyStats(),
    missing: emptyStats(),
    api: emptyStats(),
    write: emptyStats(),
  }
  const errorsByClass = { '5xx': 0, connection: 0, other: 0 }
  const firstErrors: string[] = []
  let window = emptyWindow()
  const total: Totals = {
    requests: 0,
    errors: 0,
    retried: 0,
    dropped: 0,
    droppedMeasured: 0,
    writes: 0,
    writesSkipped: 0,
  }

  const record = (
    kind: Kind | 'write',
    method: string,
    requestPath: string,
    expect: number,
    outcome: Outcome,
  ) => {
    const isMeasured = measuring()
    const ok = outcome.status === expect
    total.requests += kind === 'write' ? 0 : 1
    total.retried += outcome.retried ? 1 : 0
    window.requests += kind === 'write' ? 0 : 1
    if (kind !== 'write' && kind !== 'missing') window.ms[kind].push(outcome.ms)
    if (!ok) {
      total.errors += 1
      window.errors += 1
      errorsByClass[
        outcome.status >= 500 ? '5xx' : outcome.status === 0 ? 'connection' : 'other'
      ] += 1
      if (firstErrors.length < 20)
        firstErrors.push(
          `${clock(secondsIn())} ${kind} ${method} ${requestPath}: ${outcome.status || outcome.error} (expected ${expect})`,
        )
    }
    if (!isMeasured) return
    const stats = measured[kind]
    stats.count += 1
    stats.errors += ok ? 0 : 1
    stats.ms.push(outcome.ms)
    if (outcome.cache) stats.cache[outcome.cache] = (stats.cache[outcome.cache] ?? 0) + 1
  }

  return {
    measured,
    errorsByClass,
    firstErrors,
    total,
    record,
    get window() {
      return window
    },
    /** The interval since the last call; a new one begins. */
    takeWindow: () => {
      const current = window
      window = emptyWindow()
      return current
    },
  }
}
