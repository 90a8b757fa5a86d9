import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

const run = promisify(execFile)

/** The upload folders' variables for a server whose files live under `dir`. */
export const uploadFolders = (dir: string) => ({
  MEDIA_DIR: path.join(dir, 'media'),
  INQUIRY_FILES_DIR: path.join(dir, 'inquiry-files'),
  IMPORT_FILES_DIR: path.join(dir, 'import-files'),
  VERIFICATION_FILES_DIR: path.join(dir, 'verification-files'),
  SOURCING_FILES_DIR: path.join(dir, 'sourcing-files'),
})

/** A database and its upload folders: the suite's, or the snapshot the isolated lane copies. */
export type Source = {
  databaseURL: string
  mediaDir: string
  inquiryFilesDir: string
  importFilesDir: string
}

/**
 * A copy of a database (VACUUM INTO on SQLite: consistent while its server writes) and of its
 * upload folders, in a folder of their own, beside the source's. `env` starts a server on them
 * with nothing else running.
 */
export const copyDatabase = async (
  source: Source,
  label: string,
  { into }: { into?: string } = {},
) => {
  if (/^postgres(ql)?:\/\//.test(source.databaseURL)) return copyPostgres(source, label, into)
  const database = source.databaseURL.slice('file:'.length)
  const dir = fs.mkdtempSync(`${database}-${label}-`)
  const file = path.join(dir, `${label}.db`)
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${database}` })
  await client.execute(`vacuum into '${file}'`)
  client.close()
  return withUploads(source, dir, `file:${file}`, file, () =>
    fs.rmSync(dir, { recursive: true, force: true }),
  )
}

/**
 * On PostgreSQL: a database of its own beside the suite's (or the empty one `into` names, in a
 * cluster of the test's own), filled by `pg_dump` (one consistent snapshot while the suite's
 * server writes) piped into `psql`. `file` is empty: there is no file on PostgreSQL.
 */
const copyPostgres = async (source: Source, label: string, into?: string) => {
  const suite = new URL(source.databaseURL)
  const copy = new URL(into ?? suite)
  if (!into)
    copy.pathname =
      `/${suite.pathname.slice(1)}_${label}_${process.pid}_${Date.now()}`.toLowerCase()
  const name = copy.pathname.slice(1)
  if (!into) {
    const admin = new pg.Client({ connectionString: suite.toString() })
    await admin.connect()
    await admin.query(`create database "${name}"`).finally(() => admin.end())
  }
  await run('bash', [
    '-c',
    // Not the rate-limit windows: a copy starts counting afresh, as a new server does.
    'set -o pipefail; pg_dump --no-owner --no-privileges --exclude-table-data=chandi.rate_limits "$1" | psql -q -v ON_ERROR_STOP=1 "$2" >/dev/null',
    'copy-db',
    suite.toString(),
    copy.toString(),
  ])
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `chandi-${label}-`))
  return withUploads(source, dir, copy.toString(), '', async () => {
    fs.rmSync(dir, { recursive: true, force: true })
    if (into) return
    const client = new pg.Client({ connectionString: suite.toString() })
    await client.connect()
    await client.query(`drop database if exists "${name}" with (force)`).finally(() => client.end())
  })
}

const withUploads = (
  source: Source,
  dir: string,
  databaseURL: string,
  file: string,
  remove: () => void | Promise<void>,
) => {
  // The files the database names, from the suite's folders (verification files sit beside media).
  const suite = {
    MEDIA_DIR: source.mediaDir,
    INQUIRY_FILES_DIR: source.inquiryFilesDir,
    IMPORT_FILES_DIR: source.importFilesDir,
    VERIFICATION_FILES_DIR: path.join(path.dirname(source.mediaDir), 'verification-files'),
    // Sourcing files sit beside inquiry files unless SOURCING_FILES_DIR says otherwise.
    SOURCING_FILES_DIR: path.join(path.dirname(source.inquiryFilesDir), 'sourcing-files'),
  }
  const dirs = uploadFolders(dir)
  for (const variable of Object.keys(dirs) as (keyof typeof dirs)[]) {
    if (fs.existsSync(suite[variable]))
      fs.cpSync(suite[variable], dirs[variable], { recursive: true })
  }
  const env = {
    DATABASE_URL: databaseURL,
    ...dirs,
    CHANDI_SEED: 'false',
    CHANDI_JOBS: 'false',
  }
  return { dir, file, env, remove }
}
