import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { ensureAdminBuild } from '../../src/server/build'
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

/**
 * One server for the HTTP suites: built admin, a fresh database (SQLite in a temp folder
 * unless DATABASE_URL names another), seeded with the demo belts on first start.
 */
export default async function setup(project: TestProject) {
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
      CHANDI_INQUIRY_LIMIT_IP: '1000',
      CHANDI_SIGN_UP_LIMIT_IP: '1000',
      // Page views reach the database within half a second (tests/int/barometer.int.spec.ts);
      // a proxy's country header as behind Cloudflare.
      CHANDI_VISITS_FLUSH_MS: '500',
      CHANDI_COUNTRY_HEADER: 'cf-ipcountry',
    },
  })
  project.provide('baseURL', server.baseURL)
  project.provide('port', server.port)
  project.provide('databaseURL', databaseURL)
  project.provide('mediaDir', mediaDir)
  project.provide('outboxDir', outboxDir)
  project.provide('inquiryFilesDir', inquiryFilesDir)
  project.provide('importFilesDir', importFilesDir)
  return async () => {
    await stopServer(server)
    await sink.close()
    if (process.env.CHANDI_KEEP_TEST_DATA !== 'true')
      fs.rmSync(dir, { recursive: true, force: true })
  }
}
