/**
 * Test helper, run as its own process against the test database:
 *   queue-publish.ts <campaign id>  queues Payload's scheduled publish, due at once, the way the
 *                                   admin's "Schedule publish" does; prints {"job": id}
 *   queue-publish.ts --show <job>   prints the job as stored (tries, error, log, next attempt)
 *   queue-publish.ts --stuck <id>   queues it and marks the job running, as a process killed
 *                                   while running it leaves it; prints {"job": id}
 * In place of <id>, `--draft <belt slug> <campaign slug>` first saves a draft campaign in that
 * belt, as its operator's "Save draft" does (the tests run it against a copy of the suite's
 * database, which the suite's server never sees); prints {"job": id, "campaign": id,
 * "publishedBefore": how many published campaigns had that slug before the job}.
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
  const args = process.argv.slice(2)
  const stuck = args[0] === '--stuck'
  if (stuck) args.shift()
  let campaign = args[0]
  let publishedBefore: number | undefined
  if (campaign === '--draft') {
    const [, beltSlug, slug] = args
    const belt = (
      await payload.find({
        collection: 'tenants',
        where: { slug: { equals: beltSlug } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
    if (!belt) throw new Error(`no belt ${beltSlug}`)
    const draft = await payload.create({
      collection: 'campaigns',
      draft: true,
      data: {
        tenant: belt.id,
        name: 'Test festival',
        slug,
        kind: 'custom',
        confirmOverlap: true,
        startsAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 31 * 24 * 3600_000).toISOString(),
        _status: 'draft',
      } as never,
      overrideAccess: true,
    })
    campaign = String(draft.id)
    // What the public sees of it before the job runs (published documents only).
    publishedBefore = (
      await payload.count({
        collection: 'campaigns',
        where: { slug: { equals: slug }, _status: { equals: 'published' } },
      })
    ).totalDocs
  }
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
  console.log(JSON.stringify({ job: job.id, campaign, publishedBefore }))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
