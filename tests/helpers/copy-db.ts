import fs from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

/**
 * A copy of the suite's SQLite database (VACUUM INTO: consistent while the suite's server writes)
 * and of its images, in a folder of their own, for tests that start, kill or lock a server
 * without touching the suite's. `env` starts a server on them with nothing else running.
 */
export const copySuiteDatabase = async (label: string) => {
  const database = inject('databaseURL').slice('file:'.length)
  const dir = fs.mkdtempSync(`${database}-${label}-`)
  const file = path.join(dir, `${label}.db`)
  const { createClient } = await import('@libsql/client')
  const source = createClient({ url: `file:${database}` })
  await source.execute(`vacuum into '${file}'`)
  source.close()
  const mediaDir = path.join(dir, 'media')
  fs.cpSync(inject('mediaDir'), mediaDir, { recursive: true })
  const env = {
    DATABASE_URL: `file:${file}`,
    MEDIA_DIR: mediaDir,
    INQUIRY_FILES_DIR: path.join(dir, 'inquiry-files'),
    IMPORT_FILES_DIR: path.join(dir, 'import-files'),
    VERIFICATION_FILES_DIR: path.join(dir, 'verification-files'),
    CHANDI_SEED: 'false',
    CHANDI_JOBS: 'false',
  }
  return { dir, file, env, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
