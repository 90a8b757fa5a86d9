/**
 * Queues Payload's scheduled publish for one campaign, due at once, the way the admin's
 * "Schedule publish" does (payload.jobs.queue), without running it. Prints the job id.
 * Usage: DATABASE_URL=… node … tests/helpers/queue-publish.ts <campaign id>
 */
import { getPayload } from 'payload'

import config from '../../payload.config'

const main = async () => {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.CHANDI_JOBS = 'false'
  const payload = await getPayload({ config })
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    queue: 'default',
    waitUntil: new Date(Date.now() - 1000),
    input: { type: 'publish', doc: { relationTo: 'campaigns', value: String(process.argv[2]) } },
  } as never)
  console.log(JSON.stringify({ job: job.id }))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
