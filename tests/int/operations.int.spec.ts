import crypto from 'node:crypto'
import http from 'node:http'
import os from 'node:os'

import { describe, expect, inject, it } from 'vitest'

import { getWithHost, requestAt } from '../helpers/api'
import { cast, idBy, memberEmail } from '../helpers/fixtures'
import { startServer, stopServer } from '../setup/server'

/** Operations: security headers, readiness, and a shutdown that drops no accepted request. */
describe('security headers', () => {
  it('portals send a Content-Security-Policy that allows exactly their inline script, and the usual protections', async () => {
    const page = await getWithHost('/en', `zhili.localhost:${inject('port')}`)
    expect(page.status).toBe(200)
    const csp = String(page.headers['content-security-policy'])
    const inline = [...page.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1])
    expect(inline.length).toBeGreaterThan(0)
    for (const script of inline)
      expect(csp).toContain(
        `'sha256-${crypto.createHash('sha256').update(script).digest('base64')}'`,
      )
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/)
    expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'self'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    // Cached, the same headers.
    expect(
      (await getWithHost('/en', `zhili.localhost:${inject('port')}`)).headers[
        'content-security-policy'
      ],
    ).toBe(csp)
    const admin = await fetch(`${inject('baseURL')}/admin/login`)
    expect(admin.headers.get('content-security-policy')).toBe("frame-ancestors 'self'")
    expect(admin.headers.get('strict-transport-security')).toBeNull() // only in production
  })
})

describe('readiness', () => {
  it('/readyz reports the database and migrations, machine-readable', async () => {
    const response = await fetch(`${inject('baseURL')}/readyz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      status: 'ok',
      database: 'ok',
      shuttingDown: false,
    })
  })
})

describe('graceful shutdown', () => {
  it('SIGTERM under load: every accepted request is answered, then the process exits cleanly', async () => {
    // The drain outlasts this burst of 120 uncached renders, as a load balancer's health check
    // outlasts its own: connections still arriving after the listener closes are refused (or
    // reset from the kernel's queue) before the server ever accepted them.
    const server = await startServer({
      env: {
        DATABASE_URL: inject('databaseURL'),
        MEDIA_DIR: inject('mediaDir'),
        CHANDI_SEED: 'false',
        CHANDI_JOBS: 'false',
        CHANDI_DRAIN_MS: '5000',
        // The hard limit would cut off renders still queued on a slow or busy machine; this
        // test is about draining, so the limit is set beyond the burst.
        CHANDI_SHUTDOWN_MS: '60000',
      },
    })
    const exited = new Promise<number | null>((resolve) =>
      server.child.once('exit', (code) => resolve(code)),
    )
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })
    const outcomes: string[] = []
    const one = (n: number) =>
      new Promise<void>((resolve) => {
        const request = http.get(
          {
            host: '127.0.0.1',
            port: server.port,
            path: `/en/factories?v=${n}`,
            headers: { host: `zhili.localhost:${server.port}` },
            agent,
          },
          (response) => {
            response.resume()
            response.on('end', () => {
              outcomes.push(String(response.statusCode))
              resolve()
            })
            response.on('error', (error) => {
              outcomes.push(`aborted ${error.message}`)
              resolve()
            })
          },
        )
        request.on('error', (error: NodeJS.ErrnoException) => {
          outcomes.push(
            error.code === 'ECONNREFUSED' ? 'refused' : `error ${error.code ?? error.message}`,
          )
          resolve()
        })
      })
    const load = Array.from({ length: 120 }, (_, n) => one(n))
    await new Promise((resolve) => setTimeout(resolve, 150))
    server.child.kill('SIGTERM')
    await Promise.all(load)
    agent.destroy()
    const code = await Promise.race([
      exited,
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000)),
    ])
    expect(code).toBe(0)
    expect(outcomes.filter((outcome) => outcome === '200').length).toBeGreaterThan(0)
    // Refused (never accepted) is allowed; reset or aborted after acceptance is not.
    expect(outcomes.filter((outcome) => outcome !== '200' && outcome !== 'refused')).toEqual([])
    expect(server.output()).toMatch(/SIGTERM: draining/)
  }, 120_000)
})

describe('metrics and request ids', () => {
  const metric = (text: string, name: string) =>
    Number(
      text.match(new RegExp(`^${name.replace(/[{}"]/g, '\\$&')} (\\d+(?:\\.\\d+)?)$`, 'm'))?.[1] ??
        0,
    )

  it('/metrics speaks Prometheus to this machine: requests, latencies, cache hits, jobs, inquiries, memory', async () => {
    await getWithHost('/en/live', `zhili.localhost:${inject('port')}`)
    const before = await (await fetch(`${inject('baseURL')}/metrics`)).text()
    await getWithHost('/en/live', `zhili.localhost:${inject('port')}`)
    // Three renders of new addresses: the later ones read what the first held.
    for (const round of ['a', 'b', 'c'])
      await getWithHost(
        `/en/live?metrics=${round}-${Date.now()}`,
        `zhili.localhost:${inject('port')}`,
      )
    const response = await fetch(`${inject('baseURL')}/metrics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await response.text()
    expect(metric(text, 'chandi_portal_cache_total{result="hit"}')).toBeGreaterThan(
      metric(before, 'chandi_portal_cache_total{result="hit"}'),
    )
    expect(
      metric(text, 'chandi_http_requests_total{kind="portal-cached",status="2xx"}'),
    ).toBeGreaterThan(
      metric(before, 'chandi_http_requests_total{kind="portal-cached",status="2xx"}'),
    )
    expect(text).toMatch(
      /^chandi_http_request_duration_seconds_bucket\{(?=[^}]*le="0\.05")(?=[^}]*kind="portal")[^}]*\} \d+$/m,
    )
    // The later renders read everything the first held (src/portal/heldReads.ts).
    expect(metric(text, 'chandi_portal_held_renders_total{result="held"}')).toBeGreaterThan(
      metric(before, 'chandi_portal_held_renders_total{result="held"}'),
    )
    expect(text).toMatch(/^# TYPE chandi_jobs gauge$/m)
    expect(text).toMatch(/^# TYPE chandi_inquiries_submitted_total counter$/m)
    expect(metric(text, 'chandi_process_resident_memory_bytes')).toBeGreaterThan(10 * 2 ** 20)
    // An API request refused by our own middleware under /api counts as api, not portal.
    const apiBefore = metric(text, 'chandi_http_requests_total{kind="api",status="4xx"}')
    expect((await fetch(`${inject('baseURL')}/api/products?locale=xx`)).status).toBe(400)
    const after = await (await fetch(`${inject('baseURL')}/metrics`)).text()
    expect(metric(after, 'chandi_http_requests_total{kind="api",status="4xx"}')).toBe(apiBefore + 1)
  })

  it('/metrics wants the bearer token when one is set, and refuses another machine without one', async () => {
    const server = await startServer({
      env: {
        DATABASE_URL: inject('databaseURL'),
        MEDIA_DIR: inject('mediaDir'),
        CHANDI_SEED: 'false',
        CHANDI_JOBS: 'false',
        CHANDI_METRICS_TOKEN: 'metrics-secret',
      },
    })
    try {
      expect((await fetch(`${server.baseURL}/metrics`)).status).toBe(401)
      expect(
        (await fetch(`${server.baseURL}/metrics`, { headers: { authorization: 'Bearer wrong' } }))
          .status,
      ).toBe(401)
      const ok = await fetch(`${server.baseURL}/metrics`, {
        headers: { authorization: 'Bearer metrics-secret' },
      })
      expect(ok.status).toBe(200)
      expect(await ok.text()).toContain('chandi_http_requests_total')
    } finally {
      await stopServer(server)
    }
    // Without a token, only from this machine: reach the suite's server through another interface.
    const address = Object.values(os.networkInterfaces())
      .flat()
      .find((item) => item && item.family === 'IPv4' && !item.internal)?.address
    if (!address) return
    expect((await fetch(`http://${address}:${inject('port')}/metrics`)).status).toBe(403)
    expect((await fetch(`http://${address}:${inject('port')}/healthz`)).status).toBe(200)
  })

  it('every answer carries a request id: the load balancer’s if it sent a sane one, a new one otherwise', async () => {
    const fresh = await fetch(`${inject('baseURL')}/api/tenants?limit=1`)
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const given = await fetch(`${inject('baseURL')}/api/tenants?limit=1`, {
      headers: { 'x-request-id': 'lb-7f3a.42' },
    })
    expect(given.headers.get('x-request-id')).toBe('lb-7f3a.42')
    const insane = await fetch(`${inject('baseURL')}/healthz`, {
      headers: { 'x-request-id': '<script>alert(1)</script>' },
    })
    expect(insane.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const page = await getWithHost('/en', `zhili.localhost:${inject('port')}`)
    expect(page.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('cookies, CORS and CSRF', () => {
  const port = () => inject('port')
  const me = async (cookie: string, headers: Record<string, string>) =>
    (await requestAt(port(), 'GET', '/api/users/me', { headers: { cookie, ...headers } })).json
      ?.user?.email ?? null

  it('the login cookie is HttpOnly and SameSite, and honoured only from the platform’s and the belts’ own origins', async () => {
    const login = await requestAt(port(), 'POST', '/api/users/login', {
      body: { email: cast.emails.operatorA, password: 'chandi-demo' },
    })
    const cookie = [login.headers['set-cookie'] ?? []]
      .flat()
      .find((line) => line.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie).toMatch(/; HttpOnly/i)
    expect(cookie).toMatch(/; SameSite=Lax/i)
    const token = cookie!.split(';')[0]
    // The admin's own origin, a belt's `<slug>.localhost` and a belt's listed domain (Zhili's).
    for (const origin of [
      `http://localhost:${port()}`,
      `http://zhili.localhost:${port()}`,
      'https://zhili-kids.chandi.test',
    ]) {
      expect(await me(token, { origin })).toBe(cast.emails.operatorA)
    }
    // A browser navigating on our own site (no Origin on a GET) is still logged in.
    expect(await me(token, { 'sec-fetch-site': 'same-origin' })).toBe(cast.emails.operatorA)
    // Another site, or a cross-site request without an Origin, is not.
    expect(await me(token, { origin: 'https://evil.example' })).toBeNull()
    expect(await me(token, { origin: 'https://zhili-kids.chandi.test.evil.example' })).toBeNull()
    expect(await me(token, { 'sec-fetch-site': 'cross-site' })).toBeNull()
  })

  it('a belt’s portal origin carries the cookie only for that belt’s own staff, never another belt’s, a buyer’s or the platform admin’s', async () => {
    const cookieOf = async (email: string) => {
      const login = await requestAt(port(), 'POST', '/api/users/login', {
        body: { email, password: 'chandi-demo' },
      })
      return [login.headers['set-cookie'] ?? []]
        .flat()
        .find((line) => line.startsWith('payload-token='))!
        .split(';')[0]
    }
    const zhiliOrigin = `http://zhili.localhost:${port()}`
    const yiwuOrigin = `http://yiwu.localhost:${port()}`
    const yiwuOperator = await cookieOf(cast.emails.operatorB)
    const factory = await idBy('factories', 'slug', cast.factoryB1.slug)
    const patch = (cookie: string, origin: string) =>
      requestAt(port(), 'PATCH', `/api/factories/${factory}`, {
        body: {},
        headers: { cookie: `theme=dark; ${cookie}`, origin },
      })
    // Yiwu's operator from a page on Zhili's domain: logged out, the write refused.
    expect(await me(yiwuOperator, { origin: zhiliOrigin })).toBeNull()
    expect((await patch(yiwuOperator, zhiliOrigin)).status).toBe(403)
    expect((await patch(yiwuOperator, 'https://zhili-kids.chandi.test')).status).toBe(403)
    // The same cookie from Yiwu's own portal origin and from the platform's: allowed.
    expect(await me(yiwuOperator, { origin: yiwuOrigin })).toBe(cast.emails.operatorB)
    expect((await patch(yiwuOperator, yiwuOrigin)).status).toBe(200)
    expect((await patch(yiwuOperator, `http://localhost:${port()}`)).status).toBe(200)
    // A Zhili factory member from Zhili's origin is theirs; from Yiwu's it is not.
    const member = await cookieOf(memberEmail(cast.factoryA1.slug))
    expect(await me(member, { origin: zhiliOrigin })).toBe(memberEmail(cast.factoryA1.slug))
    expect(await me(member, { origin: yiwuOrigin })).toBeNull()
    // The platform admin is signed in only at the platform's own origin.
    const admin = await cookieOf(cast.emails.admin)
    expect(await me(admin, { origin: `http://localhost:${port()}` })).toBe(cast.emails.admin)
    expect(await me(admin, { origin: zhiliOrigin })).toBeNull()
    // GraphQL is the same door.
    const graphqlMe = async (cookie: string, origin: string) =>
      (
        await requestAt(port(), 'POST', '/api/graphql', {
          body: { query: '{ meUser { user { email } } }' },
          headers: { cookie, origin },
        })
      ).json?.data?.meUser?.user?.email ?? null
    expect(await graphqlMe(yiwuOperator, zhiliOrigin)).toBeNull()
    expect(await graphqlMe(yiwuOperator, yiwuOrigin)).toBe(cast.emails.operatorB)
  })

  it('CORS answers a belt’s own origins with credentials, and nothing to another site', async () => {
    const preflight = (origin: string) =>
      requestAt(port(), 'OPTIONS', '/api/products', {
        headers: { origin, 'access-control-request-method': 'GET' },
      })
    const belt = await preflight('https://zhili-kids.chandi.test')
    expect(belt.headers['access-control-allow-origin']).toBe('https://zhili-kids.chandi.test')
    expect(belt.headers['access-control-allow-credentials']).toBe('true')
    const other = await preflight('https://evil.example')
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
    const read = await requestAt(port(), 'GET', '/api/tenants?limit=1', {
      headers: { origin: 'https://evil.example' },
    })
    expect(read.headers['access-control-allow-origin']).toBeUndefined()
  })
})
