/**
 * `npm run seed`: loads the demo belts under tenants/ into the database named by DATABASE_URL.
 * Idempotent: a second run creates nothing. Refuses to run in production.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { seedDemo } from '../src/seed'
import { demoLoginsText } from '../src/seed/logins'

const main = async () => {
  // Without this, getPayload outside Next waits for a dev-server socket and never returns.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const payload = await getPayload({ config })
  const report = await seedDemo({ payload, log: (line) => console.log(`[seed] ${line}`) })
  console.log(
    report.created === 0
      ? '[seed] nothing to do: every demo document exists'
      : `[seed] created ${report.created} documents`,
  )
  console.log(demoLoginsText())
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[seed] failed:', error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
