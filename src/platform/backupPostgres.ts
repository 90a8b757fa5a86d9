import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import {
  copyFolders,
  COUNTED,
  finishBackup,
  type Manifest,
  readBackup,
  referencedFiles,
  restoreStamp,
  stageFolders,
  startBackupFolder,
} from '@/platform/backupFiles'
import { databaseStartProblem, describeDatabaseURL } from '@/platform/databaseProbe'
import { env } from '@/utilities/config'

/**
 * `npm run backup` and `npm run restore` on PostgreSQL (issue 19), with PostgreSQL's own tools.
 *
 * Backup, online: one read-only repeatable-read transaction exports its snapshot; the counts and
 * the files the database names are read in it, and `pg_dump --format=custom --snapshot` dumps
 * exactly that snapshot, so all three are the database as of one instant while writers go on.
 * Then the upload folders, as on SQLite (src/platform/backupFiles.ts).
 *
 * Restore, with the server stopped (refused while any session is connected to the database):
 * `pg_restore` fills a new database `<name>_restoring`; only when it has finished is the current
 * database renamed aside (`<name>_before_restore_<time>`, never dropped) and the new one renamed
 * to `<name>`. A failed `pg_restore` drops its own database and replaces nothing. Needs a role
 * that may create databases, and the maintenance database `postgres` to connect to meanwhile.
 */

const run = promisify(execFile)

/** The newest installed PostgreSQL's tool (pg_dump must not be older than the server), else PATH's. */
const tool = (name: 'pg_dump' | 'pg_restore') => {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((version) => fs.existsSync(path.join(root, version, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : []
  return versions.length > 0 ? path.join(root, versions[0], 'bin', name) : name
}

/** Runs a PostgreSQL tool on `url`, the password in the environment (never on the command line). */
const runTool = async (name: 'pg_dump' | 'pg_restore', args: string[], url?: string) => {
  const childEnv: NodeJS.ProcessEnv = { ...process.env }
  const finalArgs = [...args]
  if (url) {
    const parsed = new URL(url)
    if (parsed.password) childEnv.PGPASSWORD = decodeURIComponent(parsed.password)
    parsed.password = ''
    finalArgs.push(`--dbname=${parsed.toString()}`)
  }
  try {
    return await run(tool(name), finalArgs, { env: childEnv, maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const { stderr, code } = error as { stderr?: string; code?: unknown }
    if (code === 'ENOENT')
      throw new Error(`${name} is not installed (apt-get install postgresql-client)`)
    const first = String(stderr ?? '')
      .split('\n')
      .find((line) => line.includes('error:'))
    throw new Error(`${name} failed: ${(first ?? String(stderr ?? error)).trim()}`)
  }
}

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`

export const backupPostgres = async ({
  out,
  log,
}: {
  out: string
  log: (line: string) => void
}): Promise<Manifest> => {
  const started = Date.now()
  const url = env('DATABASE_URL')
  const problem = await databaseStartProblem(url)
  if (problem) throw new Error(problem)
  const { target, partial } = startBackupFolder(out)
  const dump = path.join(partial, 'chandi.dump')
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  const counts: Record<string, number> = {}
  let referenced: string[]
  try {
    await client.connect()
    await client.query('begin isolation level repeatable read read only')
    const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id'))
      .rows[0].id
    for (const table of COUNTED)
      counts[table] = Number(
        (await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0].n,
      )
    referenced = await referencedFiles(async (sql) => (await client.query(sql)).rows)
    await runTool(
      'pg_dump',
      [
        '--format=custom',
        `--snapshot=${snapshot}`,
        // Rate-limit windows are minutes of state keyed by addresses and e-mails: not data.
        '--exclude-table-data=chandi.rate_limits',
        `--file=${dump}`,
      ],
      url,
    )
    await client.query('commit')
  } finally {
    await client.end().catch(() => {})
  }
  // The dump reads back whole (its table of contents).
  await runTool('pg_restore', ['--list', dump])
  log(`database dumped (${(fs.statSync(dump).size / 1024 / 1024).toFixed(1)} MiB)`)
  const { files, missingFiles } = copyFolders(partial, referenced)
  return finishBackup(partial, target, {
    format: 'chandi-backup-1',
    engine: 'postgres',
    createdAt: new Date(started).toISOString(),
    database: describeDatabaseURL(url),
    counts,
    files,
    missingFiles,
    seconds: (Date.now() - started) / 1000,
  })
}

export const restorePostgres = async ({
  from,
  log,
}: {
  from: string
  log: (line: string) => void
}): Promise<Manifest> => {
  const { source, manifest } = readBackup(from, 'postgres')
  const dump = path.join(source, 'chandi.dump')
  try {
    await runTool('pg_restore', ['--list', dump])
  } catch (error) {
    throw new Error(
      `the backup's database ${dump} is damaged (${error instanceof Error ? error.message : String(error)}); nothing was restored`,
    )
  }
  const url = env('DATABASE_URL')
  const problem = await databaseStartProblem(withDatabase(url, 'postgres'))
  if (problem) throw new Error(problem)
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  if (!name) throw new Error('DATABASE_URL names no database: nothing was restored')
  const stamp = restoreStamp().replace(/[-:.]/g, '').slice(0, 15).toLowerCase()
  // Database names are at most 63 bytes.
  const restoring = `${name.slice(0, 52)}_restoring`
  const aside = `${name.slice(0, 63 - 31)}_before_restore_${stamp}`

  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') })
  admin.on('error', () => {})
  await admin.connect()
  try {
    const inUse = async () =>
      Number(
        (
          await admin.query<{ n: string }>(
            "select count(*) as n from pg_stat_activity where datname = $1 and backend_type = 'client backend'",
            [name],
          )
        ).rows[0].n,
      ) > 0
    if (await inUse())
      throw new Error(
        `${describeDatabaseURL(url)} is in use: stop the server (every process using DATABASE_URL) before restoring`,
      )
    const folders = stageFolders(source)
    try {
      await admin.query(`drop database if exists ${ident(restoring)}`)
      await admin.query(`create database ${ident(restoring)}`)
      await runTool(
        'pg_restore',
        ['--no-owner', '--no-privileges', '--exit-on-error', dump],
        withDatabase(url, restoring),
      )
    } catch (error) {
      folders.discard()
      await admin.query(`drop database if exists ${ident(restoring)}`).catch(() => {})
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}: nothing was restored`,
      )
    }
    const exists =
      (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount! > 0
    if (exists) {
      if (await inUse()) {
        folders.discard()
        throw new Error(
          `${describeDatabaseURL(url)} came into use while restoring: stop the server and run the restore again (the restored copy is ${restoring})`,
        )
      }
      await admin.query(`alter database ${ident(name)} rename to ${ident(aside)}`)
    }
    try {
      await admin.query(`alter database ${ident(restoring)} rename to ${ident(name)}`)
    } catch (error) {
      // Never leave the configured name without a database: put the old one back.
      if (exists)
        await admin
          .query(`alter database ${ident(aside)} rename to ${ident(name)}`)
          .catch(() => undefined)
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}: nothing was restored (the restored copy is ${restoring})`,
      )
    }
    log(
      `database restored to ${describeDatabaseURL(url)}${exists ? ` (the one it replaced: ${aside})` : ''}`,
    )
    folders.place(restoreStamp(), log)
  } finally {
    await admin.end().catch(() => {})
  }
  return manifest
}
