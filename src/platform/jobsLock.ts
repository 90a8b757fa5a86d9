import pg from 'pg'
import type { Payload } from 'payload'

import { env } from '@/utilities/config'

/**
 * The jobs queue runs on one node at a time (issue #19).
 *
 * Payload's runner claims due jobs with a select, then an update per job, not in one statement:
 * two nodes whose crons tick at the same second both read the same job as waiting and both run it
 * (an e-mail sent twice). On PostgreSQL the node that runs the queue holds a session-level
 * advisory lock, on a connection of its own outside the pool; every other node asks for it again
 * at each cron tick, so when that node stops (or loses its connection, which releases the lock)
 * another takes over within seconds. On SQLite `CHANDI_WORKERS` already leaves the jobs to its
 * leader; MongoDB has no such lock here (run the jobs on one node: `CHANDI_JOBS=false` on the
 * others).
 *
 * A first e-mail or import attempt (`runByID` on the node that queued it) is not the runner: it
 * names its job, which the runner leaves alone until the attempt's grace period has passed.
 */
const LOCK_KEY = "hashtext('chandi.jobs')"

type Leadership = { client: pg.Client | null; held: boolean; connecting: Promise<boolean> | null }
const state: Leadership = { client: null, held: false, connecting: null }

const lost = (client: pg.Client) => {
  if (state.client !== client) return
  state.client = null
  state.held = false
  void client.end().catch(() => undefined)
}

const tryLock = async (payload: Payload): Promise<boolean> => {
  try {
    if (!state.client) {
      const options = (payload.db as unknown as { pool: { options: pg.ClientConfig } }).pool.options
      // Keep-alive probes after 10 s idle: a half-open connection (a node cut off) is noticed in
      // seconds, and its lock released, instead of after the OS default of two hours.
      const client = new pg.Client({
        ...options,
        keepAlive: true,
        keepAliveInitialDelayMillis: 10_000,
      })
      client.on('error', (error) => {
        if (state.held)
          payload.logger.error({ err: error }, 'lost the jobs lock; another node may take over')
        lost(client)
      })
      client.on('end', () => lost(client))
      await client.connect()
      state.client = client
    }
    const { rows } = await state.client.query<{ locked: boolean }>(
      `select pg_try_advisory_lock(${LOCK_KEY}) as locked`,
    )
    state.held = rows[0]?.locked === true
    if (state.held) payload.logger.info('this node runs the jobs queue')
  } catch (error) {
    payload.logger.warn({ err: error }, 'could not ask for the jobs lock; trying again next tick')
    if (state.client) lost(state.client)
  }
  return state.held
}

/** Whether this process runs the jobs queue now (Payload's `shouldAutoRun`, each cron tick). */
export const runsJobs = async (payload: Payload): Promise<boolean> => {
  if (!env('CHANDI_JOBS')) return false
  if (payload.db.name !== 'postgres') return true
  if (state.held) return true
  state.connecting ??= tryLock(payload).finally(() => (state.connecting = null))
  return state.connecting
}

/** For /readyz: what this process does with the jobs, without asking the database. */
export const jobsRole = (payload: Payload) => {
  if (!env('CHANDI_JOBS')) return 'disabled on this process' as const
  if (payload.db.name !== 'postgres' || state.held) return 'running' as const
  return 'standby (another node runs them)' as const
}

/** At shutdown: the lock goes with its connection, so another node takes over at its next tick. */
export const releaseJobsLock = async () => {
  const client = state.client
  state.client = null
  state.held = false
  await client?.end().catch(() => undefined)
}
