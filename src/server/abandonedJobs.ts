import type { Payload } from 'payload'

import { IMPORT_QUEUE } from '@/imports/jobs'
import { now } from '@/utilities/clock'

/** How long a job may stay marked as running before it counts as abandoned. */
export const ABANDONED_AFTER_MS = 15 * 60_000

/**
 * Releases the jobs a killed process left marked as running. Payload's runner marks a job
 * `processing` before it runs it and only ever picks jobs that are not: a server killed (or a
 * node that lost its database) in the middle of a scheduled publish or an e-mail left that job
 * stuck for good, the campaign never published. Run where the jobs run, at start-up, before the
 * due jobs are run: a job marked running for longer than any of ours takes is handed back to the
 * queue, and the log says so. Imports are left out: an interrupted import is queued afresh by
 * `resumeImports`, and its old job running too would import twice.
 */
export const releaseAbandonedJobs = async (payload: Payload, olderThanMs = ABANDONED_AFTER_MS) => {
  const before = new Date(now().getTime() - olderThanMs).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { processing: { equals: true } },
        { updatedAt: { less_than: before } },
        { queue: { not_equals: IMPORT_QUEUE } },
      ],
    },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length > 0)
    payload.logger.warn(
      { jobs: docs.map((doc) => doc.id) },
      `released ${docs.length} job(s) left marked as running by a stopped process`,
    )
  return docs.length
}
