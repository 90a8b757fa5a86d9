/**
 * Test helper, run as its own process against the test database:
 *   retention.ts <spam days> <closed days>   applies the inquiry retention policy once, with
 *                                            these periods; prints what it did as JSON
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { applyRetention } from '../../src/inquiries/privacy'

const main = async () => {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.CHANDI_JOBS = 'false'
  const payload = await getPayload({ config })
  const result = await applyRetention(payload, {
    spamDays: Number(process.argv[2]),
    closedDays: Number(process.argv[3]),
  })
  console.log(JSON.stringify(result))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
