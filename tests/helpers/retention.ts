/**
 * Test helper, run as its own process against the test database:
 *   retention.ts <spam days> <closed days>   applies the inquiry and the sourcing request
 *                                            retention policies once, with these periods;
 *                                            prints what they did as JSON
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { applyRetention } from '../../src/inquiries/privacy'
import { applySourcingRetention } from '../../src/sourcing/retention'

const main = async () => {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.CHANDI_JOBS = 'false'
  const payload = await getPayload({ config })
  const policy = { spamDays: Number(process.argv[2]), closedDays: Number(process.argv[3]) }
  const result = await applyRetention(payload, policy)
  console.log(JSON.stringify({ ...result, ...(await applySourcingRetention(payload, policy)) }))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
