import net from 'node:net'

import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { runNode } from '../helpers/node-args'

const run = (env: Record<string, string>) =>
  runNode('src/server/main.ts', [], { env: { ...process.env, ...env }, timeout: 120_000 })

/** stderr without npm's own warnings. */
const errorLines = (stderr: string) =>
  stderr
    .trim()
    .split('\n')
    .filter((line) => line && !line.startsWith('npm warn'))

/** A loopback port nothing listens on (taken, then released). */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1))
    })
  })

const suiteURL = process.env.DATABASE_URL ?? ''
const onPostgres = /^postgres(ql)?:\/\//.test(suiteURL)

describe('starting up against a database that is not there', () => {
  it('an unreachable PostgreSQL is one line naming DATABASE_URL, and exit 1', async () => {
    const port = await closedPort()
    const result = await run({
      DATABASE_URL: `postgres://chandi:secret-password@127.0.0.1:${port}/chandi`,
      PORT: '0',
    })
    expect(result.status).toBe(1)
    const lines = errorLines(result.stderr)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^\[chandi\] DATABASE_URL: cannot reach PostgreSQL at chandi@127\.0\.0\.1:\d+\/chandi \(.*ECONNREFUSED/,
    )
    // The password is never printed.
    expect(result.stderr + result.stdout).not.toContain('secret-password')
  })

  it('a wrong password is one line saying the login was refused, and exit 1', async () => {
    // Needs a server that checks passwords for roles other than the suite's own (the test
    // cluster of scripts/pg-test-cluster.sh does); on SQLite there is none to ask.
    if (!onPostgres) return
    const role = 'chandi_password_check'
    const admin = new pg.Client({ connectionString: suiteURL })
    await admin.connect()
    try {
      await admin.query(
        `do $$ begin if not exists (select from pg_roles where rolname = '${role}') then create role ${role} login password 'right-password'; end if; end $$`,
      )
    } finally {
      await admin.end()
    }
    const url = new URL(suiteURL)
    url.username = role
    url.password = 'wrong-password'
    // A server that trusts every loopback login would accept this: nothing to test there.
    const probe = new pg.Client({ connectionString: url.toString() })
    const accepted = await probe.connect().then(
      () => true,
      () => false,
    )
    await probe.end().catch(() => {})
    if (accepted) return

    const result = await run({ DATABASE_URL: url.toString(), PORT: '0' })
    expect(result.status).toBe(1)
    const lines = errorLines(result.stderr)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^\[chandi\] DATABASE_URL: PostgreSQL at chandi_password_check@.* refused the login \(password authentication failed/,
    )
    expect(result.stderr + result.stdout).not.toContain('wrong-password')
  })
})
