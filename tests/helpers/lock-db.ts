/**
 * Test helper: `lock-db.ts <file>` makes a SQLite database unreachable to every other process,
 * the way a stuck writer or a dead disk would, until it is killed: an exclusive lock held by a
 * connection in exclusive locking mode. Prints "locked" once it holds it.
 */
import { createClient } from '@libsql/client'

const main = async () => {
  const client = createClient({ url: `file:${process.argv[2]}` })
  await client.execute('pragma busy_timeout = 10000')
  await client.execute('pragma locking_mode = exclusive')
  await client.execute('begin exclusive')
  await client.execute('select count(*) from tenants')
  console.log('locked')
  setInterval(() => {}, 60_000)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
