import crypto from 'node:crypto'
import http from 'node:http'

import { describe, expect, inject, it } from 'vitest'

import { getWithHost } from '../helpers/api'
import { startServer } from '../setup/server'

/** Operations: security headers, readiness, and a shutdown that drops no accepted request. */
describe('security headers', () => {
  it('portals send a Content-Security-Policy that allows exactly their inline script, and the usual protections', async () => {
    const page = await getWithHost('/en', `zhili.localhost:${inject('port')}`)
    expect(page.status).toBe(200)
    const csp = String(page.headers['content-security-policy'])
    const inline = [...page.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1])
    expect(inline.length).toBeGreaterThan(0)
    for (const script of inline) expect(csp).toContain(`'sha256-${crypto.createHash('sha256').update(script).digest('base64')}'`)
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/)
    expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'self'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    // Cached, the same headers.
    expect((await getWithHost('/en', `zhili.localhost:${inject('port')}`)).headers['content-security-policy']).toBe(csp)
    const admin = await fetch(`${inject('baseURL')}/admin/login`)
    expect(admin.headers.get('content-security-policy')).toBe("frame-ancestors 'self'")
    expect(admin.headers.get('strict-transport-security')).toBeNull() // only in production
  })
})

describe('readiness', () => {
  it('/readyz reports the database and migrations, machine-readable', async () => {
    const response = await fetch(`${inject('baseURL')}/readyz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', shuttingDown: false })
  })
})

describe('graceful shutdown', () => {
  it('SIGTERM under load: every accepted request is answered, then the process exits cleanly', async () => {
    // The drain outlasts this burst of 120 uncached renders, as a load balancer's health check
    // outlasts its own: connections still arriving after the listener closes are refused (or
    // reset from the kernel's queue) before the server ever accepted them.
    const server = await startServer({ env: { DATABASE_URL: inject('databaseURL'), MEDIA_DIR: inject('mediaDir'), CHANDI_SEED: 'false', CHANDI_JOBS: 'false', CHANDI_DRAIN_MS: '5000' } })
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)))
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })
    const outcomes: string[] = []
    const one = (n: number) =>
      new Promise<void>((resolve) => {
        const request = http.get({ host: '127.0.0.1', port: server.port, path: `/en/factories?v=${n}`, headers: { host: `zhili.localhost:${server.port}` }, agent }, (response) => {
          response.resume()
          response.on('end', () => {
            outcomes.push(String(response.statusCode))
            resolve()
          })
          response.on('error', (error) => {
            outcomes.push(`aborted ${error.message}`)
            resolve()
          })
        })
        request.on('error', (error: NodeJS.ErrnoException) => {
          outcomes.push(error.code === 'ECONNREFUSED' ? 'refused' : `error ${error.code ?? error.message}`)
          resolve()
        })
      })
    const load = Array.from({ length: 120 }, (_, n) => one(n))
    await new Promise((resolve) => setTimeout(resolve, 150))
    server.child.kill('SIGTERM')
    await Promise.all(load)
    agent.destroy()
    const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000))])
    expect(code).toBe(0)
    expect(outcomes.filter((outcome) => outcome === '200').length).toBeGreaterThan(0)
    // Refused (never accepted) is allowed; reset or aborted after acceptance is not.
    expect(outcomes.filter((outcome) => outcome !== '200' && outcome !== 'refused')).toEqual([])
    expect(server.output()).toMatch(/SIGTERM: draining/)
  }, 120_000)
})
