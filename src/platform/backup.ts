import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import {
  copyFolders,
  COUNTED,
  finishBackup,
  type Manifest,
  moveAside,
  readBackup,
  referencedFiles,
  restoreStamp,
  stageFolders,
  startBackupFolder,
} from '@/platform/backupFiles'
import { backupPostgres, restorePostgres } from '@/platform/backupPostgres'
import { databaseKind, sqliteFile } from '@/platform/db'

export type { Manifest } from '@/platform/backupFiles'

/**
 * `npm run backup` and `npm run restore` for the embedded default (issue #10); on PostgreSQL
 * both hand over to src/platform/backupPostgres.ts (`pg_dump`, `pg_restore`).
 *
 * Backup, online while the server runs: `VACUUM INTO` copies the database inside one read
 * transaction, so the copy is the database as of one instant, whatever is being written (WAL
 * lets writers go on meanwhile). The upload folders are copied after it, so every file the copy
 * refers to already exists; a file deleted in between is listed in the manifest. The backup is
 * written under `<out>.partial` and renamed when complete: a folder without that suffix is whole.
 * The search index is not copied: the server rebuilds it from the database at start.
 *
 * Restore, with the server stopped (refused while another process has the database open): the
 * backup's database is checked, the current database and folders are moved aside (never
 * deleted), and the backup's are put in their place.
 */

export const MONGO_BACKUP_ADVICE = `The database is MongoDB. Back it up with its own tools:
  MongoDB:    mongodump --uri "$DATABASE_URL" --archive=chandi.archive --gzip --oplog  (against a replica-set member: one instant)
              restore: mongorestore --uri "$DATABASE_URL" --archive=chandi.archive --gzip --drop --oplogReplay
              or the provider's snapshots (Atlas continuous cloud backup, point-in-time restore)
Media on S3 are kept by the bucket's versioning or replication; local upload folders are copied as files.`

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`

const refuseMongo = () => {
  if (databaseKind() === 'mongodb') throw new Error(MONGO_BACKUP_ADVICE)
}

export const backup = async ({
  out,
  log,
}: {
  out: string
  log: (line: string) => void
}): Promise<Manifest> => {
  refuseMongo()
  if (databaseKind() === 'postgres') return backupPostgres({ out, log })
  const started = Date.now()
  const source = sqliteFile()
  if (!fs.existsSync(source))
    throw new Error(`no database at ${source} (DATABASE_URL): nothing to back up`)
  const { target, partial } = startBackupFolder(out)

  const copy = path.join(partial, 'chandi.db')
  const client = createClient({ url: `file:${source}` })
  try {
    await client.execute('pragma busy_timeout = 10000')
    await client.execute(`vacuum into ${quote(copy)}`)
  } finally {
    client.close()
  }
  log(`database copied (${(fs.statSync(copy).size / 1024 / 1024).toFixed(1)} MiB)`)

  const checked = createClient({ url: `file:${copy}` })
  const counts: Record<string, number> = {}
  let referenced: string[]
  try {
    const check = await checked.execute('pragma quick_check')
    if (String(check.rows[0]?.[0]) !== 'ok')
      throw new Error(`the copy failed SQLite's check: ${String(check.rows[0]?.[0])}`)
    for (const table of COUNTED)
      counts[table] = Number(
        (await checked.execute(`select count(*) as n from ${table}`)).rows[0].n,
      )
    referenced = await referencedFiles(
      async (sql) => (await checked.execute(sql)).rows as unknown as Record<string, unknown>[],
    )
  } finally {
    checked.close()
  }

  // After the database: every file the copy names was written before it.
  const { files, missingFiles } = copyFolders(partial, referenced)
  return finishBackup(partial, target, {
    format: 'chandi-backup-1',
    engine: 'sqlite',
    createdAt: new Date(started).toISOString(),
    database: source,
    counts,
    files,
    missingFiles,
    seconds: (Date.now() - started) / 1000,
  })
}

/** Whether another process has the database open (the server): it then cannot leave WAL mode. */
const databaseInUse = async (file: string) => {
  if (!fs.existsSync(file)) return false
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('pragma busy_timeout = 0')
    const result = await client.execute('pragma journal_mode = delete')
    return String(result.rows[0]?.[0]).toLowerCase() !== 'delete'
  } catch {
    return true
  } finally {
    client.close()
  }
}

export const restore = async ({ from, log }: { from: string; log: (line: string) => void }) => {
  refuseMongo()
  if (databaseKind() === 'postgres') return restorePostgres({ from, log })
  const { source, manifest } = readBackup(from, 'sqlite')
  const backupDatabase = path.join(source, 'chandi.db')
  const checked = createClient({ url: `file:${backupDatabase}` })
  try {
    const check = await checked.execute('pragma integrity_check').catch((error: unknown) => ({
      rows: [[error instanceof Error ? error.message : String(error)]],
    }))
    if (String(check.rows[0]?.[0]) !== 'ok')
      throw new Error(
        `the backup's database ${backupDatabase} is damaged (${String(check.rows[0]?.[0])}); nothing was restored`,
      )
  } finally {
    checked.close()
  }

  const target = sqliteFile()
  if (await databaseInUse(target))
    throw new Error(
      `${target} is in use: stop the server (every process using DATABASE_URL) before restoring`,
    )

  const stamp = restoreStamp()
  const aside = (file: string) => moveAside(file, stamp)
  // Everything is copied beside what it replaces first (a full disk or a damaged backup stops
  // here, with nothing replaced), then renamed into place: never half a file or half a restore.
  const incoming = `${target}.restoring`
  fs.copyFileSync(backupDatabase, incoming)
  const folders = stageFolders(source)

  const kept = aside(target)
  // Its WAL goes with it: after a crash it may hold committed transactions not yet in the file.
  for (const suffix of ['-wal', '-shm']) {
    if (kept && fs.existsSync(`${target}${suffix}`))
      fs.renameSync(`${target}${suffix}`, `${kept}${suffix}`)
    else fs.rmSync(`${target}${suffix}`, { force: true })
  }
  // Derived files, rebuilt from the database at start.
  for (const derived of [
    '.search',
    '.search-wal',
    '.search-shm',
    '.events',
    '.events-wal',
    '.events-shm',
  ])
    fs.rmSync(`${target}${derived}`, { force: true })
  fs.renameSync(incoming, target)
  log(`database restored to ${target}${kept ? ` (the one it replaced: ${kept})` : ''}`)
  folders.place(stamp, log)
  return manifest
}
