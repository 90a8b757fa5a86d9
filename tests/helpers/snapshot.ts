/**
 * Prints, as one JSON line, every document's id and updatedAt per collection of the database
 * DATABASE_URL names: what the seed-idempotence test compares across runs.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'

const main = async () => {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const payload = await getPayload({ config })
  const result: Record<string, string[]> = {}
  for (const collection of [
    'tenants',
    'users',
    'factories',
    'products',
    'categories',
    'pages',
    'media',
  ] as const) {
    const { docs } = await payload.find({
      collection,
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      draft: true,
    })
    result[collection] = docs.map((doc) => `${doc.id}@${doc.updatedAt}`).sort()
  }
  console.log(JSON.stringify(result))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
