import { spawn } from 'node:child_process'

import { describe, expect, inject, it } from 'vitest'

import { requestAt } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { cast, unique } from '../helpers/fixtures'
import { startServer, stopServer } from '../setup/server'

/**
 * The database made unreachable while serving (issue #10): a copy of the suite's database is
 * locked by another process, as a stuck writer or a dead disk would leave it. Cached pages are
 * served, stale ones marked so; other pages get a 503 with Retry-After; a write is refused with a
 * clear 503 and nothing of it is stored; when the lock goes, everything answers again without a
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
      env: { ...env, CHANDI_SQLITE_WAL: 'false', CHANDI_SEARCH_INDEX: 'false' },
    })
    const port = Number(new URL(server.baseURL).port)
    const zhili = (pathname: string) =>
      requestAt(port, 'GET', pathname, { host: 'zhili.localhost' })
    const yiwu = (pathname: string) => requestAt(port, 'GET', pathname, { host: 'yiwu.localhost' })
    let lock: ReturnType<typeof spawn> | undefined
    try {
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
      expect((await yiwu('/en')).status).toBe(200)
      const zhiliHome = await zhili('/en')
      expect(zhiliHome.status).toBe(200)
      const page = JSON.parse(
        (await requestAt(port, 'GET', `/api/pages?where[slug][equals]=about&depth=0`, { token }))
          .text,
      ).docs[0]
      expect(
        (
          await requestAt(port, 'PATCH', `/api/pages/${page.id}`, {
            token,
            body: { title: page.title },
          })
        ).status,
      ).toBe(200)

      lock = spawn('python3', ['tests/helpers/lock-db.py', copy], {
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      await new Promise<void>((resolve, reject) => {
        lock!.stdout!.on('data', (chunk: Buffer) => String(chunk).includes('locked') && resolve())
        lock!.once('exit', (code) => reject(new Error(`lock helper exited ${code}`)))
      })

      const cached = await yiwu('/en')
      expect(cached.status).toBe(200)
      expect(cached.headers['x-chandi-cache']).toBe('hit')
      const stale = await zhili('/en')
      expect(stale.status).toBe(200)
      expect(stale.headers['x-chandi-cache']).toBe('stale-if-error')
      expect(stale.headers.warning).toMatch(/^111 /)
      expect(stale.text).toBe(zhiliHome.text)
      const uncached = await zhili(`/en/products?v=${unique('v')}`)
      expect(uncached.status).toBe(503)
      expect(uncached.headers['retry-after']).toBe('30')
      expect(uncached.text).toContain('temporarily unavailable')
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

      // The lock goes: within a few seconds everything answers again, and the refused write left nothing.
      lock.kill('SIGKILL')
      await new Promise((resolve) => lock!.once('exit', resolve))
      lock = undefined
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
          await requestAt(
            port,
            'GET',
            `/api/products?where[sku][equals]=${sku}&draft=true&depth=0`,
            { token },
          )
        ).text,
      )
      expect(found.totalDocs).toBe(0)
      expect((await fetch(`${server.baseURL}/readyz`)).status).toBe(200)
    } finally {
      lock?.kill('SIGKILL')
      await stopServer(server)
      remove()
    }
  }, 120_000)
})
