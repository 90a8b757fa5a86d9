/**
 * Test helper, run as its own process against a test's database:
 *   queue-mail.ts <count> <prefix>  queues <count> e-mails to <prefix>-<n>@example.com on the mail
 *                                   queue, due at once and with no first attempt, so that only the
 *                                   queue's runner sends them; prints {"jobs": [ids]}
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { MAIL_QUEUE } from '../../src/inquiries/mail'

const main = async () => {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.CHANDI_JOBS = 'false'
  const payload = await getPayload({ config })
  const [count, prefix] = [Number(process.argv[2]), process.argv[3]]
  const jobs: (number | string)[] = []
  for (let index = 0; index < count; index += 1) {
    const job = await payload.jobs.queue({
      task: 'sendMail',
      queue: MAIL_QUEUE,
      waitUntil: new Date(Date.now() - 1000),
      input: { to: `${prefix}-${index}@example.com`, subject: `Queued ${index}`, text: 'Hello' },
    } as never)
    jobs.push(job.id)
  }
  console.log(JSON.stringify({ jobs }))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
