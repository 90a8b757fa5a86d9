import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  dropScratchDatabases,
  onSQLite,
  onPostgres,
  scratchDatabaseURL,
} from '../helpers/databases'
import { runNode } from '../helpers/node-args'

const run = (script: string, env: Record<string, string>) =>
  runNode(script, [], { env: { ...process.env, ...env }, timeout: 240_000 })

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-seed-'))
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true })
  await dropScratchDatabases()
})

describe('starting up', () => {
  it('production refuses to start without PAYLOAD_SECRET, in one line that says so', async () => {
    const result = await run('src/server/main.ts', {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: '',
      PORT: '0',
    })
    expect(result.status).toBe(1)
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('npm warn'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/PAYLOAD_SECRET is required when NODE_ENV=production/)
  })

  it('a wrong value stops the start in one line naming the variable', async () => {
    const result = await run('src/server/main.ts', { PORT: 'abc' })
    expect(result.status).toBe(1)
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('npm warn'))
    expect(lines).toEqual(['[chandi] PORT must be a whole number from 0 to 65535 (got "abc")'])
  })

  it('the seed refuses to run in production', async () => {
    const result = await run('scripts/seed.ts', {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(32),
      DATABASE_URL: `file:${path.join(dir, 'prod.db')}`,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/never runs in production/)
  })

  // Four child processes in a row: a first seed alone is ~40 s on two idle cores, and CI went past 60 s in all.
  it('`npm run seed` is idempotent: the second run creates and changes nothing', async () => {
    if (!onSQLite() && !onPostgres()) return
    const env = {
      DATABASE_URL: scratchDatabaseURL(dir, 'seed'),
      MEDIA_DIR: path.join(dir, 'media'),
      NODE_ENV: 'test',
    }
    const first = await run('scripts/seed.ts', env)
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/created \d+ documents/)
    const mediaAfterFirst = fs.readdirSync(env.MEDIA_DIR).sort()

    const snapshot = async () => {
      const result = await run('tests/helpers/snapshot.ts', env)
      expect(result.status, result.stderr).toBe(0)
      return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}')
    }
    const before = await snapshot()
    expect(before.tenants.length).toBeGreaterThanOrEqual(9)
    const second = await run('scripts/seed.ts', env)
    expect(second.status, second.stderr).toBe(0)
    expect(second.stdout).toMatch(/nothing to do/)
    expect(await snapshot()).toEqual(before)
    expect(fs.readdirSync(env.MEDIA_DIR).sort()).toEqual(mediaAfterFirst)
  }, 300_000)
})

describe('production on an empty database', () => {
  it('applies the committed migrations, serves the admin and API, and creates no demo account', async () => {
    if (!onSQLite() && !onPostgres()) return
    const { startServer, stopServer } = await import('../setup/server')
    const server = await startServer({
      env: {
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'a'.repeat(48),
        DATABASE_URL: scratchDatabaseURL(dir, 'production'),
        MEDIA_DIR: path.join(dir, 'production-media'),
      },
    })
    try {
      const belts = await fetch(`${server.baseURL}/api/tenants`)
      expect(belts.status).toBe(200)
      expect((await belts.json()).totalDocs).toBe(0)
      const admin = await fetch(`${server.baseURL}/admin`, { redirect: 'manual' })
      expect(admin.status).toBeLessThan(400)
      const demo = await fetch(`${server.baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@chandi.test', password: 'chandi-demo' }),
      })
      expect(demo.status).toBe(401)
      expect(server.output()).not.toMatch(/Demo logins/)
      // Ready: the database answers and every committed migration is applied; HSTS is sent.
      const ready = await fetch(`${server.baseURL}/readyz`)
      expect(ready.status).toBe(200)
      expect(await ready.json()).toMatchObject({ status: 'ok', database: 'ok', migrations: 'ok' })
      expect(ready.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    } finally {
      await stopServer(server)
    }
  })
})
