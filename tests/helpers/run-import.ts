/**
 * Test helper, run as its own process against the test database, the way the jobs queue runs
 * an import: `run-import.ts <import id>` runs it (writing) to the end, unless killed.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { runImport } from '../../src/imports/jobs'

const main = async () => {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.CHANDI_JOBS = 'false'
  const payload = await getPayload({ config })
  await runImport(payload, process.argv[2], true)
  const doc = await payload.findByID({
    collection: 'imports',
    id: process.argv[2],
    depth: 0,
    overrideAccess: true,
  })
  console.log(JSON.stringify({ status: doc.status, summary: doc.summary }))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
