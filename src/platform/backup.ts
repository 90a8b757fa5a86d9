import fs from 'node:fs'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'

import { databaseKind, sqliteFile } from '@/platform/db'
import {
  importFilesDir,
  inquiryFilesDir,
  mediaDir,
  verificationFilesDir,
} from '@/platform/uploadDirs'

/**
 * `npm run backup` and `npm run restore` for the embedded default (issue #10).
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

export const MONGO_BACKUP_ADVICE = `The database is not the embedded SQLite one. Back it up with its own tools:
  MongoDB:    mongodump --uri "$DATABASE_URL" --archive=chandi.archive --gzip --oplog  (against a replica-set member: one instant)
              restore: mongorestore --uri "$DATABASE_URL" --archive=chandi.archive --gzip --drop --oplogReplay
              or the provider's snapshots (Atlas continuous cloud backup, point-in-time restore)
  PostgreSQL: pg_dump --format=custom "$DATABASE_URL" > chandi.dump ; restore: pg_restore --clean -d "$DATABASE_URL" chandi.dump
Media on S3 are kept by the bucket's versioning or replication; local upload folders are copied as files.`

/** Upload folders, each with the table and columns that name its files. */
const FOLDERS = [
  {
    name: 'media',
    dir: mediaDir,
    table: 'media',
    columns: [
      'filename',
      'sizes_thumbnail_filename',
      'sizes_card_filename',
      'sizes_large_filename',
      'sizes_hero_filename',
    ],
  },
  { name: 'inquiry-files', dir: inquiryFilesDir, table: 'inquiry_files', columns: ['filename'] },
  { name: 'import-files', dir: importFilesDir, table: 'import_files', columns: ['filename'] },
  {
    name: 'verification-files',
    dir: verificationFilesDir,
    table: 'verification_documents',
    columns: ['filename'],
  },
] as const

const COUNTED = [
  'tenants',
  'factories',
  'products',
  'media',
  'inquiries',
  'pages',
  'campaigns',
  'users',
] as const

export type Manifest = {
  format: 'chandi-backup-1'
  createdAt: string
  database: string
  counts: Record<string, number>
  files: Record<string, number>
  /** Files the database names that were deleted before they could be copied. */
  missingFiles: string[]
  seconds: number
}

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`

/** The files the database names, folder by folder, read through an open connection. */
const referencedFiles = async (client: Client) => {
  const files: string[] = []
  for (const folder of FOLDERS) {
    const result = await client.execute(`select ${folder.columns.join(', ')} from ${folder.table}`)
    for (const row of result.rows)
      for (const column of folder.columns)
        if (row[column]) files.push(`${folder.name}/${String(row[column])}`)
  }
  return files
}

const requireSQLite = () => {
  if (databaseKind() !== 'sqlite') throw new Error(MONGO_BACKUP_ADVICE)
}

export const backup = async ({
  out,
  log,
}: {
  out: string
  log: (line: string) => void
}): Promise<Manifest> => {
  requireSQLite()
  const started = Date.now()
  const target = path.resolve(out)
  if (fs.existsSync(target)) throw new Error(`--out ${target} exists already; name a new folder`)
  const source = sqliteFile()
  if (!fs.existsSync(source))
    throw new Error(`no database at ${source} (DATABASE_URL): nothing to back up`)
  const partial = `${target}.partial`
  try {
    fs.rmSync(partial, { recursive: true, force: true })
    fs.mkdirSync(path.dirname(partial), { recursive: true })
    // The folder itself not recursively: Node's recursive mkdir spins forever under /proc.
    fs.mkdirSync(partial)
  } catch (error) {
    throw new Error(
      `cannot write the backup to ${target}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }

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
    referenced = await referencedFiles(checked)
  } finally {
    checked.close()
  }

  // After the database: every file the copy names was written before it.
  const files: Record<string, number> = {}
  for (const folder of FOLDERS) {
    const from = folder.dir()
    const to = path.join(partial, 'files', folder.name)
    fs.mkdirSync(to, { recursive: true })
    if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true, preserveTimestamps: true })
    files[folder.name] = fs.readdirSync(to).length
  }
  const missingFiles = referenced.filter(
    (file) => !fs.existsSync(path.join(partial, 'files', file)),
  )

  const manifest: Manifest = {
    format: 'chandi-backup-1',
    createdAt: new Date(started).toISOString(),
    database: source,
    counts,
    files,
    missingFiles,
    seconds: (Date.now() - started) / 1000,
  }
  fs.writeFileSync(path.join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  fs.renameSync(partial, target)
  return manifest
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
  requireSQLite()
  const source = path.resolve(from)
  const manifestFile = path.join(source, 'manifest.json')
  if (!fs.existsSync(manifestFile))
    throw new Error(
      `${source} is not a complete backup (no manifest.json; a folder ending in .partial never finished)`,
    )
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
  if (manifest.format !== 'chandi-backup-1')
    throw new Error(`${manifestFile}: unknown format "${String(manifest.format)}"`)
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

  const stamp = new Date().toISOString().replaceAll(':', '-')
  const aside = (file: string) => {
    if (!fs.existsSync(file)) return null
    const moved = `${file}.before-restore-${stamp}`
    fs.renameSync(file, moved)
    return moved
  }
  // Everything is copied beside what it replaces first (a full disk or a damaged backup stops
  // here, with nothing replaced), then renamed into place: never half a file or half a restore.
  const incoming = `${target}.restoring`
  fs.copyFileSync(backupDatabase, incoming)
  const folders = FOLDERS.map((folder) => ({
    ...folder,
    to: folder.dir(),
    copy: `${folder.dir()}.restoring`,
  }))
  for (const folder of folders) {
    fs.rmSync(folder.copy, { recursive: true, force: true })
    const from = path.join(source, 'files', folder.name)
    if (fs.existsSync(from))
      fs.cpSync(from, folder.copy, { recursive: true, preserveTimestamps: true })
    else fs.mkdirSync(folder.copy, { recursive: true })
  }

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
  for (const folder of folders) {
    const moved = aside(folder.to)
    fs.renameSync(folder.copy, folder.to)
    log(
      `${folder.name}: ${fs.readdirSync(folder.to).length} files restored to ${folder.to}${moved ? ` (the folder it replaced: ${moved})` : ''}`,
    )
  }
  return manifest
}
