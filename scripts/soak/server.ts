import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureAdminBuild } from '../../src/server/build'
import { startServer, stopServer, type RunningServer } from '../../tests/setup/server'
import { args, log } from './options'

// The server under load: the soak's own on a fresh database, or one already running here.

export type Target = {
  base: string
  port: number
  pid: number | null
  own: RunningServer | null
  dir: string | null
}

/** What the run and its shutdown share: the server we started, its folder, and how it ended. */
export const state = {
  server: null as RunningServer | null,
  tempDir: null as string | null,
  stoppingServer: false,
  serverExit: null as string | null,
  interrupted: false,
}

/** Last resort (an uncaught error, a second Ctrl-C): nothing of ours may outlive the script. */
process.on('exit', () => {
  if (state.server && state.server.child.exitCode === null) state.server.child.kill('SIGKILL')
  if (state.tempDir && !args['keep-data'])
    fs.rmSync(state.tempDir, { recursive: true, force: true })
})

export const startOwnServer = async (): Promise<Target> => {
  ensureAdminBuild({ log: (line) => log(line) })
  state.tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-soak-'))
  log(`starting Chandi on a fresh database in ${state.tempDir} (it seeds the demo belts first)…`)
  state.server = await startServer({
    timeoutMs: 600_000,
    env: {
      DATABASE_URL: `file:${path.join(state.tempDir, 'soak.db')}`,
      MEDIA_DIR: path.join(state.tempDir, 'media'),
      INQUIRY_FILES_DIR: path.join(state.tempDir, 'inquiry-files'),
      IMPORT_FILES_DIR: path.join(state.tempDir, 'import-files'),
      VERIFICATION_FILES_DIR: path.join(state.tempDir, 'verification-files'),
      MAIL_OUTBOX_DIR: path.join(state.tempDir, 'outbox'),
    },
  })
  const child: ChildProcess = state.server.child
  child.once('exit', (code, signal) => {
    // Ctrl-C in a terminal reaches the server too: it drains and exits on its own.
    if (!state.stoppingServer && !state.interrupted)
      state.serverExit = `exited unexpectedly (${signal ?? code})`
  })
  return {
    base: state.server.baseURL,
    port: state.server.port,
    pid: child.pid ?? null,
    own: state.server,
    dir: state.tempDir,
  }
}

export const useRunningServer = async (url: string): Promise<Target> => {
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' || parsed.hostname !== '127.0.0.1' || !parsed.port) {
    throw new Error(
      `--url must be http://127.0.0.1:PORT (load goes to this machine only; got ${url})`,
    )
  }
  const health = (await (
    await fetch(`${parsed.origin}/healthz`, { signal: AbortSignal.timeout(10_000) })
  ).json()) as { pid?: number }
  return {
    base: parsed.origin,
    port: Number(parsed.port),
    pid: health.pid ?? null,
    own: null,
    dir: null,
  }
}

/** Stops our server (its last output printed if it died) and removes its folder. */
export const shutdown = async () => {
  if (state.server) {
    state.stoppingServer = true
    const output = state.server.output()
    await stopServer(state.server)
    if (state.serverExit)
      console.error(`[soak] the server's last output:\n${output.split('\n').slice(-40).join('\n')}`)
  }
  if (state.tempDir) {
    if (args['keep-data']) log(`kept ${state.tempDir}`)
    else fs.rmSync(state.tempDir, { recursive: true, force: true })
    state.tempDir = null
  }
}
