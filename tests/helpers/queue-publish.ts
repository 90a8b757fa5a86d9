/**
 * Test helper, run as its own process against the test database:
 *   queue-publish.ts <campaign id>  queues Payload's scheduled publish, due at once, the way the
 *                                   admin's "Schedule publish" does; prints {"job": id}
 *   queue-publish.ts --show <job>   prints the job as stored (tries, error, log, next attempt)
 *   queue-publish.ts --stuck <id>   queues it and marks the job running, as a process killed
 *                                   while running it leaves it; prints {"job": id}
 */
import { getPayload } from 'payload'

import config from '../../payload.config'

const main = async () => {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.CHANDI_JOBS = 'false'
  const payload = await getPayload({ config })
  if (process.argv[2] === '--show') {
    const job = await payload.findByID({
      collection: 'payload-jobs',
      id: process.argv[3] as never,
      depth: 0,
      overrideAccess: true,
    })
    console.log(JSON.stringify(job))
    return
  }
  const stuck = process.argv[2] === '--stuck'
  const campaign = process.argv[stuck ? 3 : 2]
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    queue: 'default',
    waitUntil: new Date(Date.now() - 1000),
    input: { type: 'publish', doc: { relationTo: 'campaigns', value: String(campaign) } },
  } as never)
  if (stuck)
    await payload.update({
      collection: 'payload-jobs',
      id: job.id as never,
      data: { processing: true },
      overrideAccess: true,
    })
  console.log(JSON.stringify({ job: job.id }))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
