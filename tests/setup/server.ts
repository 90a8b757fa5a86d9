import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { ProvidedContext } from 'vitest'
import type { TestProject } from 'vitest/node'

import { ensureAdminBuild } from '../../src/server/build'
import { copyDatabase } from '../helpers/copy-db-core'
import { NODE_ARGS } from '../helpers/node-args'
import { startMailSink } from './mail-sink'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    port: number
    databaseURL: string
    mediaDir: string
    outboxDir: string
    inquiryFilesDir: string
    importFilesDir: string
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

export type RunningServer = {
  child: ChildProcess
  port: number
  baseURL: string
  output: () => string
}

/**
 * Starts `src/server/main.ts` the way `npm start` does, on a free port and the given database, and
 * waits for /healthz. Used by the global setup and by tests that need a server of their own.
 */
export const startServer = async ({
  env,
  timeoutMs = 180_000,
}: {
  env: Record<string, string>
  timeoutMs?: number
}): Promise<RunningServer> => {
  const port = await freePort()
  let output = ''
  const child = spawn(process.execPath, [...NODE_ARGS, 'src/server/main.ts'], {
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const baseURL = `http://127.0.0.1:${port}`
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`)
    try {
      const response = await fetch(`${baseURL}/healthz`)
      if (response.ok) return { child, port, baseURL, output: () => output }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  child.kill('SIGKILL')
  throw new Error(`server did not start within ${timeoutMs} ms:\n${output}`)
}

export const stopServer = async (server: RunningServer) => {
  if (server.child.exitCode !== null) return
  const exited = new Promise((resolve) => server.child.once('exit', resolve))
  server.child.kill('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
  if (server.child.exitCode === null) server.child.kill('SIGKILL')
}

/** What the tests `inject()`. */
type Provided = ProvidedContext
type Suite = { values: Provided; close: () => Promise<void> }

/**
 * One server for the HTTP suites, shared by the projects that name this global setup (once per
 * Vitest process: the second project to ask gets the first one's), and by a second Vitest process
 * when scripts/test-suite.mjs runs the `isolated` lane beside the others (tests/setup/lanes.ts):
 *
 * - CHANDI_SUITE_HANDOFF=<file>: start the server, take a snapshot of its just-seeded database and
 *   upload folders, and write what the other lane injects into <file> (the server, and the
 *   snapshot as the database to copy); at the end, wait for `<file>.release` (the other lane is
 *   done) before stopping it.
 * - CHANDI_SUITE_ATTACH=<file>: start nothing; wait for <file> and use that.
 */
export default async function setup(project: TestProject) {
  const key = Symbol.for('chandi.test-suite')
  const holder = globalThis as unknown as Record<symbol, { suite: Promise<Suite>; users: number }>
  const shared = (holder[key] ??= { suite: openSuite(), users: 0 })
  shared.users += 1
  const { values, close } = await shared.suite
  for (const name of Object.keys(values) as (keyof Provided)[])
    project.provide(name, values[name] as never)
  return async () => {
    shared.users -= 1
    if (shared.users > 0) return
    delete holder[key]
    await close()
  }
}

const waitForFile = async (file: string, what: string, timeoutMs: number) => {
  const started = Date.now()
  while (!fs.existsSync(file)) {
    if (fs.existsSync(`${file}.failed`))
      throw new Error(`the suite's server did not start in the other lane (${what})`)
    if (Date.now() - started > timeoutMs) throw new Error(`no ${what} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const openSuite = async (): Promise<Suite> => {
  const attach = process.env.CHANDI_SUITE_ATTACH
  if (attach) {
    // The other lane builds the admin and seeds first: several minutes on a busy machine's
    // PostgreSQL.
    await waitForFile(attach, "suite's server", 30 * 60_000)
    return {
      values: JSON.parse(fs.readFileSync(attach, 'utf8')) as Provided,
      close: async () => {},
    }
  }
  const handoff = process.env.CHANDI_SUITE_HANDOFF
  try {
    const suite = await startSuite()
    if (!handoff) return suite
    // The isolated lane copies a snapshot taken now, just seeded: a copy of the live database
    // could catch a file of this lane half-way (a belt unpublished for a moment, say).
    const snapshot = await copyDatabase(suite.values, 'snapshot')
    const isolated: Provided = {
      ...suite.values,
      databaseURL: snapshot.env.DATABASE_URL,
      mediaDir: snapshot.env.MEDIA_DIR,
      inquiryFilesDir: snapshot.env.INQUIRY_FILES_DIR,
      importFilesDir: snapshot.env.IMPORT_FILES_DIR,
    }
    fs.writeFileSync(`${handoff}.tmp`, JSON.stringify(isolated))
    fs.renameSync(`${handoff}.tmp`, handoff)
    return {
      values: suite.values,
      close: async () => {
        // The other lane copies the snapshot until its last file is done.
        await waitForFile(`${handoff}.release`, 'end of the other lane', 60 * 60_000).catch(
          (error: unknown) => console.error(`[setup] ${String(error)}`),
        )
        await snapshot.remove()
        await suite.close()
      },
    }
  } catch (error) {
    if (handoff) fs.writeFileSync(`${handoff}.failed`, String(error))
    throw error
  }
}

/** Built admin, a fresh database (SQLite in a temp folder unless DATABASE_URL names another), seeded with the demo belts on first start. */
const startSuite = async (): Promise<Suite> => {
  ensureAdminBuild({ log: (line) => console.log(`[setup] ${line}`) })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-test-'))
  const databaseURL = process.env.DATABASE_URL || `file:${path.join(dir, 'test.db')}`
  const mediaDir = path.join(dir, 'media')
  const outboxDir = path.join(dir, 'outbox')
  const inquiryFilesDir = path.join(dir, 'inquiry-files')
  const importFilesDir = path.join(dir, 'import-files')
  // E-mail goes over real SMTP to a local sink that can refuse deliveries, to test retries.
  const sink = await startMailSink(outboxDir)
  // Every test request comes from 127.0.0.1: the per-IP inquiry and sign-up limits are lifted, the per-e-mail one kept.
  const server = await startServer({
    // The first start seeds the demo belts: about a minute on SQLite, several on a busy
    // machine's PostgreSQL (every statement a round trip).
    timeoutMs: 480_000,
    env: {
      DATABASE_URL: databaseURL,
      MEDIA_DIR: mediaDir,
      INQUIRY_FILES_DIR: inquiryFilesDir,
      IMPORT_FILES_DIR: importFilesDir,
      VERIFICATION_FILES_DIR: path.join(dir, 'verification-files'),
      SMTP_URL: sink.url,
      // Retries within seconds instead of minutes.
      CHANDI_MAIL_CRON: '*/2 * * * * *',
      CHANDI_MAIL_RETRY_DELAY_MS: '1000',
      // Sourcing digests after seconds, not an hour (tests/int/sourcing-digest.int.spec.ts).
      CHANDI_SOURCING_DIGEST_SECONDS: '5',
      CHANDI_INQUIRY_LIMIT_IP: '1000',
      CHANDI_SIGN_UP_LIMIT_IP: '1000',
      // Page views reach the database within half a second (tests/int/barometer.int.spec.ts);
      // a proxy's country header as behind Cloudflare.
      CHANDI_VISITS_FLUSH_MS: '500',
      CHANDI_COUNTRY_HEADER: 'cf-ipcountry',
    },
  }).catch(async (error: unknown) => {
    await sink.close()
    throw error
  })
  return {
    values: {
      baseURL: server.baseURL,
      port: server.port,
      databaseURL,
      mediaDir,
      outboxDir,
      inquiryFilesDir,
      importFilesDir,
    },
    close: async () => {
      await stopServer(server)
      await sink.close()
      if (process.env.CHANDI_KEEP_TEST_DATA !== 'true')
        fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
