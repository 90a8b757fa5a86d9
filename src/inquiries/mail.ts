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
  const jobs = []
  // The queue's runner leaves the job alone for a while: Payload's runByID claims a job whatever
  // its state, so the cron picking it up at the same moment sent it twice, and the second run's
  // failed log insert left the process's write lock held (every later write a 503).
  const waitUntil = new Date(Date.now() + FIRST_ATTEMPT_GRACE_MS)
  for (const input of messages) {
    jobs.push(
      await payload.jobs.queue({
        task: 'sendMail',
        queue: MAIL_QUEUE,
        input,
        waitUntil,
        ...inRequest,
      } as never),
    )
  }
  for (const job of jobs) {
    await afterCommit(req, () => {
      void payload.jobs
        .runByID({ id: job.id })
        .catch((error: unknown) =>
          payload.logger.warn(
            { err: error, job: job.id },
            'first e-mail attempt failed; the queue will retry',
          ),
        )
    })
  }
  return jobs.map((job) => job.id)
}
