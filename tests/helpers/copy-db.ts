import { inject } from 'vitest'

import { copyDatabase } from './copy-db-core'

export { uploadFolders } from './copy-db-core'

/**
 * A copy of the suite's database and upload folders (tests/helpers/copy-db-core.ts), for tests
 * that start, kill or lock a server without touching the suite's. In the isolated lane
 * (tests/setup/lanes.ts) "the suite's" is the snapshot taken just after seeding, so that a copy
 * never catches another file's change half-way.
 */
export const copySuiteDatabase = (label: string, options: { into?: string } = {}) =>
  copyDatabase(
    {
      databaseURL: inject('databaseURL'),
      mediaDir: inject('mediaDir'),
      inquiryFilesDir: inject('inquiryFilesDir'),
      importFilesDir: inject('importFilesDir'),
    },
    label,
    options,
  )
