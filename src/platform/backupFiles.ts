import fs from 'node:fs'
import path from 'node:path'

import {
  importFilesDir,
  inquiryFilesDir,
  mediaDir,
  sourcingFilesDir,
  verificationFilesDir,
} from '@/platform/uploadDirs'

/**
 * What `npm run backup` and `npm run restore` do alike on every engine (src/platform/backup.ts
 * for SQLite, src/platform/backupPostgres.ts for PostgreSQL): the backup folder, written under
 * `<out>.partial` and renamed when whole; its manifest; the upload folders, copied after the
 * database so every file the copy names is in it, and put back beside what they replace.
 */

/** Upload folders, each with the table and columns that name its files. */
export const FOLDERS = [
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
  { name: 'sourcing-files', dir: sourcingFilesDir, table: 'sourcing_files', columns: ['filename'] },
  { name: 'import-files', dir: importFilesDir, table: 'import_files', columns: ['filename'] },
  {
    name: 'verification-files',
    dir: verificationFilesDir,
    table: 'verification_documents',
    columns: ['filename'],
  },
] as const

export const COUNTED = [
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
  /** Absent in backups made before PostgreSQL had one: SQLite. */
  engine?: 'sqlite' | 'postgres'
  createdAt: string
  database: string
  counts: Record<string, number>
  files: Record<string, number>
  /** Files the database names that were deleted before they could be copied. */
  missingFiles: string[]
  seconds: number
}

/** The files the database names, `folder/file`, from each folder's table's rows. */
export const referencedFiles = async (
  select: (sql: string) => Promise<Record<string, unknown>[]>,
) => {
  const files: string[] = []
  for (const folder of FOLDERS) {
    const rows = await select(`select ${folder.columns.join(', ')} from ${folder.table}`)
    for (const row of rows)
      for (const column of folder.columns)
        if (row[column]) files.push(`${folder.name}/${String(row[column])}`)
  }
  return files
}

/** Creates `<out>.partial` (a new, empty folder) for a backup to `out`. */
export const startBackupFolder = (out: string) => {
  const target = path.resolve(out)
  if (fs.existsSync(target)) throw new Error(`--out ${target} exists already; name a new folder`)
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
  return { target, partial }
}

/** Copies the upload folders into the backup (after the database) and names the files it misses. */
export const copyFolders = (partial: string, referenced: string[]) => {
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
  return { files, missingFiles }
}

/** Writes the manifest and renames the folder: from now on the backup is whole. */
export const finishBackup = (partial: string, target: string, manifest: Manifest) => {
  fs.writeFileSync(path.join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  fs.renameSync(partial, target)
  return manifest
}

/** The backup's manifest, refused unless the backup is whole and of `engine`. */
export const readBackup = (from: string, engine: 'sqlite' | 'postgres') => {
  const source = path.resolve(from)
  const manifestFile = path.join(source, 'manifest.json')
  if (!fs.existsSync(manifestFile))
    throw new Error(
      `${source} is not a complete backup (no manifest.json; a folder ending in .partial never finished)`,
    )
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
  if (manifest.format !== 'chandi-backup-1')
    throw new Error(`${manifestFile}: unknown format "${String(manifest.format)}"`)
  const made = manifest.engine ?? 'sqlite'
  if (made !== engine)
    throw new Error(
      `${source} is a backup of a ${made === 'sqlite' ? 'SQLite' : 'PostgreSQL'} database and DATABASE_URL names ${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: nothing was restored`,
    )
  return { source, manifest }
}

export const restoreStamp = () => new Date().toISOString().replaceAll(':', '-')

/** Moves a file or folder aside (`<name>.before-restore-<stamp>`); null when there was none. */
export const moveAside = (file: string, stamp: string) => {
  if (!fs.existsSync(file)) return null
  const moved = `${file}.before-restore-${stamp}`
  fs.renameSync(file, moved)
  return moved
}

/**
 * The backup's upload folders copied beside the ones they replace (`<dir>.restoring`), so a full
 * disk stops the restore before anything is replaced; `place` then renames them in.
 */
export const stageFolders = (source: string) => {
  const folders = FOLDERS.map((folder) => ({
    name: folder.name,
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
  return {
    discard: () => {
      for (const folder of folders) fs.rmSync(folder.copy, { recursive: true, force: true })
    },
    place: (stamp: string, log: (line: string) => void) => {
      for (const folder of folders) {
        const moved = moveAside(folder.to, stamp)
        fs.renameSync(folder.copy, folder.to)
        log(
          `${folder.name}: ${fs.readdirSync(folder.to).length} files restored to ${folder.to}${moved ? ` (the folder it replaced: ${moved})` : ''}`,
        )
      }
    },
  }
}
