import fs from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

/** The upload folders' variables for a server whose files live under `dir`. */
export const uploadFolders = (dir: string) => ({
  MEDIA_DIR: path.join(dir, 'media'),
  INQUIRY_FILES_DIR: path.join(dir, 'inquiry-files'),
  IMPORT_FILES_DIR: path.join(dir, 'import-files'),
  VERIFICATION_FILES_DIR: path.join(dir, 'verification-files'),
})

/**
 * A copy of the suite's SQLite database (VACUUM INTO: consistent while the suite's server writes)
 * and of its upload folders, in a folder of their own, for tests that start, kill or lock a server
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
  // The files the database names, from the suite's folders (verification files sit beside media).
  const suite = {
    MEDIA_DIR: inject('mediaDir'),
    INQUIRY_FILES_DIR: inject('inquiryFilesDir'),
    IMPORT_FILES_DIR: inject('importFilesDir'),
    VERIFICATION_FILES_DIR: path.join(path.dirname(inject('mediaDir')), 'verification-files'),
  }
  const dirs = uploadFolders(dir)
  for (const variable of Object.keys(dirs) as (keyof typeof dirs)[]) {
    if (fs.existsSync(suite[variable]))
      fs.cpSync(suite[variable], dirs[variable], { recursive: true })
  }
  const env = {
    DATABASE_URL: `file:${file}`,
    ...dirs,
    CHANDI_SEED: 'false',
    CHANDI_JOBS: 'false',
  }
  return { dir, file, env, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
