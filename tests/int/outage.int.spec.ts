import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'

import { describe, expect, inject, it, onTestFinished } from 'vitest'

import { requestAt } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { onPostgres } from '../helpers/databases'
import { cast, unique } from '../helpers/fixtures'
import { type RunningServer, startServer, stopServer } from '../setup/server'

const run = promisify(execFile)

/**
 * The database made unreachable while serving (issue #10): on SQLite a copy of the suite's
 * database is locked by another process, as a stuck writer or a dead disk would leave it; on
 * PostgreSQL (issue 19) the server of a cluster of the test's own, holding a copy of the suite's
 * database, is shut down under the running Chandi and started again. Cached pages are served,
 * stale ones marked so; other pages get a 503 with Retry-After; a write is refused with a clear
 * 503 and nothing of it is stored; when the database is back, everything answers again without a
 * restart.
 */
describe('the database unreachable while serving', () => {
  it('serves cached pages (stale ones marked), a 503 for the rest, refuses writes cleanly, and recovers without a restart', async () => {
    if (!inject('databaseURL').startsWith('file:')) return
    const { file: copy, env, remove } = await copySuiteDatabase('outage')
    const { createClient } = await import('@libsql/client')
    // In WAL mode another process cannot keep readers out; with a rollback journal its exclusive
    // lock does, which is what an unreachable database looks like to the server.
    const copied = createClient({ url: `file:${copy}` })
    await copied.execute('pragma journal_mode = delete')
    copied.close()
    const server = await startServer({
      // A second's wait for the lock instead of five: each read and write during the outage
      // waits it out before its 503 (the answers are the same).
      env: {
        ...env,
        CHANDI_SQLITE_WAL: 'false',
        CHANDI_SEARCH_INDEX: 'false',
        CHANDI_SQLITE_BUSY_TIMEOUT_MS: '1000',
      },
    })
    let lock: ReturnType<typeof spawn> | undefined
    try {
      await servesThroughAnOutage(
        server,
        {
          begin: async () => {
            lock = spawn('python3', ['tests/helpers/lock-db.py', copy], {
              stdio: ['ignore', 'pipe', 'inherit'],
            })
            await new Promise<void>((resolve, reject) => {
              lock!.stdout!.on(
                'data',
                (chunk: Buffer) => String(chunk).includes('locked') && resolve(),
              )
              lock!.once('exit', (code) => reject(new Error(`lock helper exited ${code}`)))
            })
          },
          end: async () => {
            lock!.kill('SIGKILL')
            await new Promise((resolve) => lock!.once('exit', resolve))
            lock = undefined
          },
        },
        { cachedWhileDown: 'hit' },
      )
    } finally {
      lock?.kill('SIGKILL')
      await stopServer(server)
      remove()
    }
    // A server's start and a copy of the database take a minute on a loaded CI machine.
  }, 240_000)

  it('on PostgreSQL: the database server shut down and started again under a running Chandi', async () => {
    if (!onPostgres()) return
    const cluster = 'scripts/pg-test-cluster.sh'
    const started = (await run(cluster, ['start'])).stdout
    const dir = /PG_TEST_DIR=(.*)/.exec(started)![1]
    onTestFinished(() => run(cluster, ['stop', dir]).then(() => undefined))
    const { env, remove } = await copySuiteDatabase('outage', {
      into: /DATABASE_URL=(.*)/.exec(started)![1],
    })
    onTestFinished(remove)
    const server = await startServer({ env })
    onTestFinished(() => stopServer(server))
    await servesThroughAnOutage(
      server,
      {
        begin: () => run(cluster, ['halt', dir]).then(() => undefined),
        end: () => run(cluster, ['resume', dir]).then(() => undefined),
        // The evictions listener (LISTEN on the database) lost its connection: what other nodes
        // evicted meanwhile is unknown, so every cached page is set aside, still served, marked stale.
      },
      { cachedWhileDown: 'stale-if-error' },
    )
    // The server lived through it: no crash from the pool's connections being cut.
    expect(server.child.exitCode).toBe(null)
  }, 300_000)
})

/** The answers during an outage that `begin` starts and `end` ends, and the recovery after it. */
const servesThroughAnOutage = async (
  server: RunningServer,
  outage: { begin: () => Promise<void>; end: () => Promise<void> },
  { cachedWhileDown }: { cachedWhileDown: 'hit' | 'stale-if-error' },
) => {
  const port = server.port
  const zhili = (pathname: string) => requestAt(port, 'GET', pathname, { host: 'zhili.localhost' })
  const yiwu = (pathname: string) => requestAt(port, 'GET', pathname, { host: 'yiwu.localhost' })
  const token = (
    JSON.parse(
      (
        await requestAt(port, 'POST', '/api/users/login', {
          body: { email: cast.emails.operatorA, password: 'chandi-demo' },
        })
      ).text,
    ) as { token: string }
  ).token
  // Cached: Yiwu's home. Cached, then evicted by an edit in Zhili: Zhili's home.
  const yiwuHome = await yiwu('/en')
  expect(yiwuHome.status).toBe(200)
  const zhiliHome = await zhili('/en')
  expect(zhiliHome.status).toBe(200)
  const page = JSON.parse(
    (await requestAt(port, 'GET', `/api/pages?where[slug][equals]=about&depth=0`, { token })).text,
  ).docs[0]
  expect(
    (
      await requestAt(port, 'PATCH', `/api/pages/${page.id}`, {
        token,
        body: { title: page.title },
      })
    ).status,
  ).toBe(200)

  await outage.begin()

  const cached = await yiwu('/en')
  expect(cached.status).toBe(200)
  expect(cached.headers['x-chandi-cache']).toBe(cachedWhileDown)
  expect(cached.text).toBe(yiwuHome.text)
  const stale = await zhili('/en')
  expect(stale.status).toBe(200)
  expect(stale.headers['x-chandi-cache']).toBe('stale-if-error')
  expect(stale.headers.warning).toMatch(/^111 /)
  expect(stale.text).toBe(zhiliHome.text)
  const uncached = await zhili(`/en/products?v=${unique('v')}`)
  expect(uncached.status).toBe(503)
  expect(uncached.headers['retry-after']).toBe('30')
  expect(uncached.text).toContain('temporarily unavailable')
  const russian = await zhili(`/ru/products?v=${unique('v')}`)
  expect(russian.status).toBe(503)
  expect(russian.text).toMatch(/<html lang="ru">[^]*временно недоступна/)
  expect(uncached.text).not.toMatch(/at .*\.ts:\d+|Error:/)
  const sku = unique('OUTAGE')
  const write = await requestAt(port, 'POST', '/api/products', {
    token,
    body: {
      name: 'Outage romper',
      sku,
      slug: sku.toLowerCase(),
      factory: 1,
      moq: { quantity: 50, unit: 'piece' },
      priceTiers: [{ minQuantity: 50, unitPrice: 2 }],
    },
  })
  expect(write.status, write.text).toBe(503)
  expect(JSON.parse(write.text).errors[0].message).toMatch(
    /database is unreachable: nothing was saved/,
  )
  expect(write.headers['retry-after']).toBe('30')
  expect((await fetch(`${server.baseURL}/readyz`)).status).toBe(503)
  // Metrics still answer (operators need them most now), without the jobs gauge.
  expect((await fetch(`${server.baseURL}/metrics`)).status).toBe(200)

  // The outage ends: within a few seconds everything answers again, and the refused write left nothing.
  await outage.end()
  const started = Date.now()
  let again = await zhili(`/en/products?v=${unique('v')}`)
  while (again.status !== 200 && Date.now() - started < 15_000) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    again = await zhili(`/en/products?v=${unique('v')}`)
  }
  expect(again.status).toBe(200)
  expect((await zhili('/en')).headers['x-chandi-cache']).not.toBe('stale-if-error')
  const found = JSON.parse(
    (
      await requestAt(port, 'GET', `/api/products?where[sku][equals]=${sku}&draft=true&depth=0`, {
        token,
      })
    ).text,
  )
  expect(found.totalDocs).toBe(0)
  expect((await fetch(`${server.baseURL}/readyz`)).status).toBe(200)
  // And writes go through again, within seconds as reads do. (Once in CI the first write after
  // SQLite's lock went answered 500: in the rollback-journal mode this test needs, not production's
  // WAL; cause not found. Noted in the stop's note.)
  const rewrite = () =>
    requestAt(port, 'PATCH', `/api/pages/${page.id}`, { token, body: { title: page.title } })
  const startedAt = Date.now()
  let after = await rewrite()
  const answers = [after.status]
  for (let tries = 0; after.status !== 200 && tries < 20; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    after = await rewrite()
    answers.push(after.status)
  }
  // The answers and how long they took, for whoever reads a failure.
  expect(
    after.status,
    `${answers.join(', ')} in ${Date.now() - startedAt} ms: ${after.text.slice(0, 300)}`,
  ).toBe(200)
}
