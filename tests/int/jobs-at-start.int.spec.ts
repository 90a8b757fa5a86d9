import { describe, expect, inject, it, onTestFinished } from 'vitest'

import { requestAt } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { HOUR } from '../helpers/festivals'
import { cast, unique } from '../helpers/fixtures'
import { runNode } from '../helpers/node-args'
import { startServer, stopServer } from '../setup/server'

/**
 * Scheduled publishing when a server starts: a job that fell due while it was down, one a killed
 * process left marked as running, one that fails. Each on a copy of the suite's database of its
 * own, where the job and its draft campaign are written (tests/helpers/queue-publish.ts), so
 * that the suite's server (whose cron runs jobs every minute) can never take the job first: it
 * once had, mid-run, when PostgreSQL's copy was taken, and the copy held a job marked as running
 * and a campaign still a draft. Sending nothing to the suite's server, the file runs in the
 * isolated lane (tests/setup/lanes.ts), beside the others.
 */

/** The helper's one JSON line (drizzle may print its schema push before it). */
const lastJSON = (out: string) =>
  JSON.parse(
    out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .at(-1) ?? '{}',
  )

/** A copy of the suite's database, removed after the test, and the helper run against it. */
const onACopy = async (label: string) => {
  const copy = await copySuiteDatabase(label)
  onTestFinished(async () => {
    await copy.remove()
  })
  const env = { ...process.env, ...copy.env, NODE_ENV: 'test' as const }
  const helper = async (...args: string[]) => {
    const result = await runNode('tests/helpers/queue-publish.ts', args, { env, timeout: 120_000 })
    expect(result.status, result.stderr).toBe(0)
    return lastJSON(result.stdout)
  }
  return { copy, helper }
}

const publishedOn = async (port: number, slug: string) =>
  (await requestAt(port, 'GET', `/api/campaigns?where[slug][equals]=${slug}`)).json as {
    totalDocs: number
    docs: { _status: string }[]
  }

describe('scheduled publishing', () => {
  it('a draft scheduled to publish while the server was down is published when it starts', async () => {
    if (inject('databaseURL').startsWith('mongodb')) return // not run against MongoDB here
    const slug = unique('scheduled')
    const { copy, helper } = await onACopy('scheduled')
    const queued = await helper('--draft', cast.beltA.slug, slug)
    // Saved as a draft: the public API does not have it yet.
    expect(queued.publishedBefore).toBe(0)
    // A server starting now runs the due job at once, before it answers.
    const restarted = await startServer({ env: { ...copy.env, CHANDI_JOBS: 'true' } })
    try {
      const published = await publishedOn(restarted.port, slug)
      expect(published.totalDocs).toBe(1)
      expect(published.docs[0]._status).toBe('published')
    } finally {
      await stopServer(restarted)
    }
  }, 180_000)
})

describe('a job a killed process left marked as running', () => {
  it('is left alone while it may still be running, and run at a start once it is abandoned', async () => {
    if (inject('databaseURL').startsWith('mongodb')) return // not run against MongoDB here
    const slug = unique('stuck')
    const { copy, helper } = await onACopy('stuck')
    const { job } = await helper('--stuck', '--draft', cast.beltA.slug, slug)
    // Marked running a moment ago: another process may be running it; nothing happens.
    const soon = await startServer({ env: { ...copy.env, CHANDI_JOBS: 'true' } })
    try {
      expect((await publishedOn(soon.port, slug)).totalDocs).toBe(0)
    } finally {
      await stopServer(soon)
    }
    expect((await helper('--show', String(job))).processing).toBe(true)
    // Twenty minutes on (the server's clock ahead), it counts as abandoned and runs at the start
    // (a completed job is deleted, as Payload does by default).
    const later = await startServer({
      env: { ...copy.env, CHANDI_JOBS: 'true', CHANDI_CLOCK_OFFSET_MS: String(HOUR / 3) },
    })
    try {
      expect((await publishedOn(later.port, slug)).totalDocs).toBe(1)
    } finally {
      await stopServer(later)
    }
  }, 180_000)
})

describe('a failing scheduled job', () => {
  it('is logged and kept for another try, with a back-off, instead of being dropped', async () => {
    if (inject('databaseURL').startsWith('mongodb')) return // not run against MongoDB here
    const { copy, helper } = await onACopy('failing-job')
    // A campaign that does not exist: the publish fails.
    const { job: jobID } = await helper('987654321')
    // A server starting now runs the due job.
    const server = await startServer({ env: { ...copy.env, CHANDI_JOBS: 'true' } })
    await stopServer(server)
    const job = await helper('--show', String(jobID))
    expect(job.totalTried).toBeGreaterThanOrEqual(1)
    expect(job.completedAt ?? null).toBeNull()
    expect(job.hasError).toBe(false) // retries remain
    expect(JSON.stringify(job.log)).toMatch(/failed/)
    expect(JSON.stringify(job.log)).toMatch(/987654321|not found|Not Found/i)
    // The next try is set after the failed one (not after "now": starting and stopping the
    // server and the helper can take longer than the back-off on a busy CI machine).
    const failedAt = Math.max(
      ...job.log.map((entry: { completedAt: string }) => new Date(entry.completedAt).getTime()),
    )
    expect(new Date(job.waitUntil).getTime()).toBeGreaterThan(failedAt)
  }, 180_000)
})
