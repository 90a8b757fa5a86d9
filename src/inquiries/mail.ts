import ObjectId from 'bson-objectid'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { env } from '@/utilities/config'
import { afterCommit } from '@/platform/transactions'

/** The jobs queue e-mails wait in; its runner is set in payload.config.ts. */
export const MAIL_QUEUE = 'email'

const retryDelay = () => env('CHANDI_MAIL_RETRY_DELAY_MS')

/** How long the queue's runner waits before it tries a mail whose first attempt has not ended. */
export const FIRST_ATTEMPT_GRACE_MS = 30_000

export type OutgoingMail = { to: string; subject: string; text: string }

/**
 * An absolute link into the admin for e-mails (a mail client cannot follow a relative one):
 * PUBLIC_URL when set, else this server on localhost.
 */
export const adminLink = (path: string) =>
  `${(env('PUBLIC_URL') || `http://localhost:${env('PORT')}`).replace(/\/$/, '')}${path}`

/**
 * Sends one e-mail through Payload's e-mail adapter. A failure (SMTP down, greylisting) fails
 * the job, and the queue tries again with a growing back-off: by default 1, 2, 4 … 32 minutes,
 * seven tries over about an hour. What the e-mail was about is stored before it is queued, so
 * a failed send never loses it.
 */
export const sendMailTask: TaskConfig<{ input: OutgoingMail; output: { messageId: string } }> = {
  slug: 'sendMail',
  label: 'Send e-mail',
  retries: {
    attempts: env('CHANDI_MAIL_ATTEMPTS'),
    backoff: { type: 'exponential', delay: retryDelay() },
  },
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  handler: async ({ input, req }) => {
    const info = (await req.payload.sendEmail({
      to: input.to,
      subject: input.subject,
      text: input.text,
    })) as { messageId?: string } | undefined
    return { output: { messageId: String(info?.messageId ?? '') } }
  },
}

/** The queue's own record of a failed attempt, as Payload's runner writes it (handleTaskError). */
const failedAttempt = (job: QueuedJob, error: unknown, executedAt: Date) => {
  const now = new Date()
  const attempts = env('CHANDI_MAIL_ATTEMPTS')
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error))
  const errorJSON = { name, message, stack, cancelled: false }
  return {
    log: [
      {
        id: new ObjectId().toHexString(),
        taskSlug: 'sendMail',
        // The id Payload's runner gives the one task of a job queued with `task` (runJobs).
        taskID: '1',
        state: 'failed',
        executedAt: executedAt.toISOString(),
        completedAt: now.toISOString(),
        input: job.input,
        output: {},
        error: errorJSON,
      },
    ],
    totalTried: 1,
    processing: false,
    // No retries configured: failed for good, as the runner would mark it.
    hasError: attempts === 0,
    ...(attempts === 0 ? { error: errorJSON } : {}),
    // The runner's back-off after a first failure (calculateBackoffWaitUntil: 2^0 × delay).
    waitUntil: new Date(now.getTime() + retryDelay()).toISOString(),
  }
}

type QueuedJob = { id: number | string; input: OutgoingMail }

/** How many of a batch's first attempts are sent at once (one SMTP connection each). */
const FIRST_ATTEMPT_GROUP = 4
/**
 * A batch's first attempts start only this long after queueing: a group started then ends, with
 * its jobs deleted, within the grace period even if the mail server stops answering (the
 * transport's connection, greeting and idle timeouts: 5 + 5 + 10 s). Later ones are left, untried,
 * to the runner.
 */
const FIRST_ATTEMPT_START_WINDOW_MS = 10_000

/**
 * The first attempt at the queued e-mails, outside Payload's job runner, in groups of
 * FIRST_ATTEMPT_GROUP sent at once: the jobs of a group's mails that went are deleted in one
 * statement as soon as the group is done (as the runner deletes a completed job), and a send that
 * fails is recorded on its job as the runner records a failed try (its log, one try, the
 * back-off); the queue's runner takes it from there. Payload's `runByID` did the same in nine
 * statements and two transactions a mail (issue #20: 28 of an inquiry's 42 statements).
 * The jobs are not claimed while they are sent: their `waitUntil` (FIRST_ATTEMPT_GRACE_MS) keeps
 * the runner away, and no group starts later than FIRST_ATTEMPT_START_WINDOW_MS after queueing; a
 * server answering slowly for longer could still get a mail twice, never none.
 */
const firstAttempt = async (payload: Payload, jobs: QueuedJob[], queuedAt: number) => {
  for (let from = 0; from < jobs.length; from += FIRST_ATTEMPT_GROUP) {
    if (Date.now() - queuedAt > FIRST_ATTEMPT_START_WINDOW_MS) return
    const group = jobs.slice(from, from + FIRST_ATTEMPT_GROUP)
    const sent = await Promise.all(group.map((job) => attempt(payload, job)))
    const ids = group.filter((_, index) => sent[index]).map((job) => job.id)
    if (ids.length === 0) continue
    await payload.db
      .deleteMany({ collection: 'payload-jobs', where: { id: { in: ids } } })
      .catch((error: unknown) =>
        // The runner sends these again after the grace period: a duplicate, never a loss.
        payload.logger.error({ err: error, jobs: ids }, 'could not delete the sent e-mails’ jobs'),
      )
  }
}

/** One e-mail's first attempt: true if it went, else its failure recorded on its job. */
const attempt = async (payload: Payload, job: QueuedJob): Promise<boolean> => {
  const executedAt = new Date()
  try {
    await payload.sendEmail({ to: job.input.to, subject: job.input.subject, text: job.input.text })
    return true
  } catch (error) {
    payload.logger.warn(
      { err: error, job: job.id },
      'first e-mail attempt failed; the queue will retry',
    )
    await payload
      .update({
        collection: 'payload-jobs',
        id: job.id,
        data: failedAttempt(job, error, executedAt) as never,
        depth: 0,
        overrideAccess: true,
      })
      .catch((recordError: unknown) =>
        payload.logger.warn(
          { err: recordError, job: job.id },
          'could not record the failed first attempt; the queue will try again after its grace period',
        ),
      )
    return false
  }
}

/**
 * Queues e-mails and makes a first attempt at once, without holding up the caller; the queue's
 * runner retries what fails. Queueing itself is a database write in the request's transaction,
 * awaited; the first attempt waits for that transaction's commit (the mail goes only if the write
 * that caused it stays).
 */
export const queueMail = async (
  req: PayloadRequest | { payload: Payload },
  messages: OutgoingMail[],
) => {
  const { payload } = req
  const inRequest = 'transactionID' in req ? { req } : {}
  const jobs: QueuedJob[] = []
  // The queue's runner leaves the job alone for a while: Payload's runByID claimed a job whatever
  // its state, so the cron picking it up at the same moment sent it twice, and the second run's
  // failed log insert left the process's write lock held (every later write a 503).
  const queuedAt = Date.now()
  const waitUntil = new Date(queuedAt + FIRST_ATTEMPT_GRACE_MS)
  for (const input of messages) {
    const job = await payload.jobs.queue({
      task: 'sendMail',
      queue: MAIL_QUEUE,
      input,
      waitUntil,
      ...inRequest,
    } as never)
    jobs.push({ id: job.id, input })
  }
  if (jobs.length > 0)
    await afterCommit(req, () => {
      void firstAttempt(payload, jobs, queuedAt).catch((error: unknown) =>
        payload.logger.warn({ err: error }, 'first e-mail attempt failed; the queue will retry'),
      )
    })
  return jobs.map((job) => job.id)
}
