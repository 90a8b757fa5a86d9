import http from 'node:http'
import net from 'node:net'
import path from 'node:path'

import express from 'express'
import next from 'next'
import { getPayload, type Payload } from 'payload'

import config from '@payload-config'

import { CONTENT_LOCALES } from '@/constants'
import { announceReady } from '@/platform/cluster'
import { env, isProduction as isProductionEnv } from '@/utilities/config'
import { rejectBadParams } from '@/platform/apiParams'
import { passClientAddress } from '@/platform/clientAddress'
import { databaseKind, optimizeDatabase } from '@/platform/db'
import { pollEvictions, stopInvalidationBus } from '@/platform/events'
import { stopVisits } from '@/platform/visits'
import { jobsRole, releaseJobsLock, runsJobs } from '@/platform/jobsLock'
import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { metricsHandler, observe, requestIdOf, watchJobs } from '@/platform/metrics'
import { keepAllowedOrigins, scopeBeltOrigins } from '@/access/origins'
import { apiGuard, databaseAnswers } from '@/platform/outage'
import { restHandler } from '@/server/restApi'
import { portalSecurityHeaders, setSecurityHeaders } from '@/server/security'
import { resumeImports } from '@/imports/jobs'
import { renderer, serveCachedPage } from '@/renderer'
import { startWarming } from '@/renderer/warm'
import { ensureSearchIndex } from '@/search'
import { seedDemo } from '@/seed'
import { demoLoginsText } from '@/seed/logins'
import { releaseAbandonedJobs } from '@/server/abandonedJobs'

const isProduction = isProductionEnv()

/** Payload's REST API reads `?locale=`; an unknown one would silently fall back, so refuse it. */
const LOCALE_PARAMS = ['locale', 'fallback-locale', 'fallbackLocale']
const ALLOWED_LOCALES = new Set<string>([...CONTENT_LOCALES, 'all', 'none'])
// "No fallback", as the admin's own save requests say it (`fallback-locale=null`).
const NO_FALLBACK = new Set<string>(['null', 'false', 'none', ''])
const rejectUnknownLocale: express.RequestHandler = (req, res, nextHandler) => {
  for (const param of LOCALE_PARAMS) {
    const value = req.query[param]
    if (value === undefined) continue
    const isFallback = param !== 'locale'
    if (
      typeof value !== 'string' ||
      !(ALLOWED_LOCALES.has(value) || (isFallback && NO_FALLBACK.has(value)))
    ) {
      const message = `${param}: unknown locale; use one of ${CONTENT_LOCALES.join(', ')}`
      res.status(400).json({
        errors: [
          { name: 'ValidationError', message, data: { errors: [{ path: param, message }] } },
        ],
      })
      return
    }
  }
  nextHandler()
}

/**
 * Routes Payload answers with a server error although they simply do not exist: a collection
 * with no REST endpoints (its migrations log; a 501), and the versions of a collection that keeps
 * none (a 500). They get the 404 every other unknown route gets.
 */
const notFoundWithoutEndpoints = (payload: Payload): express.RequestHandler => {
  const withoutEndpoints = new Set<string>(
    payload.config.collections
      .filter((collection) => collection.endpoints === false)
      .map((collection) => collection.slug),
  )
  const withoutVersions = new Set<string>(
    payload.config.collections
      .filter((collection) => !collection.versions)
      .map((collection) => collection.slug),
  )
  return (req, res, nextHandler) => {
    const [, slug = '', sub] = req.path.split('/')
    if (!withoutEndpoints.has(slug) && !(sub === 'versions' && withoutVersions.has(slug)))
      return nextHandler()
    res
      .status(404)
      .json({ errors: [{ name: 'NotFound', message: `Route not found "/api${req.path}"` }] })
  }
}

/** What /readyz reports: each dependency, and overall. */
export const readiness = async (payload: Payload, shuttingDown: boolean) => {
  const database = (await databaseAnswers(payload)) ? ('ok' as const) : ('unreachable' as const)
  let migrations: 'ok' | 'pending' | 'schema pushed (development)' | 'unknown' = 'unknown'
  const committed = { sqlite: sqliteMigrations, postgres: postgresMigrations, mongodb: null }[
    databaseKind()
  ]
  if (committed && isProduction && database === 'ok') {
    const applied = await payload
      .find({
        collection: 'payload-migrations',
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      .catch(() => null)
    const names = new Set(
      (applied?.docs ?? []).map((doc) => String((doc as { name?: string }).name)),
    )
    migrations = committed.every((migration) => names.has(migration.name)) ? 'ok' : 'pending'
  } else if (committed) migrations = 'schema pushed (development)'
  const jobs = jobsRole(payload)
  const ok = !shuttingDown && database === 'ok' && migrations !== 'pending'
  return {
    status: ok ? ('ok' as const) : ('unavailable' as const),
    database,
    migrations,
    jobs,
    shuttingDown,
  }
}

/** Builds the admin if needed, starts Payload, seeds an empty database, and listens on PORT. */
export const startServer = async () => {
  const state = { shuttingDown: false }
  const port = env('PORT')
  const isDev = env('CHANDI_NEXT_DEV')
  const log = (line: string) => console.log(`[chandi] ${line}`)

  // `cron`: the jobs queue's crons start now. Without it they started with the first /api or
  // /admin request (Payload's route handlers ask for them), so a node serving only portals never
  // retried an e-mail or published a scheduled campaign.
  const payload = await getPayload({ config, cron: true })

  if (!isProduction && env('CHANDI_SEED')) {
    await seedDemo({ payload, onlyIfEmpty: true, log })
  }
  // Under CHANDI_WORKERS the leader has done these before the other workers start.
  const isFollower = env('CHANDI_WORKER_ROLE') === 'follower'
  if (!isFollower) {
    await optimizeDatabase(payload).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'could not gather the query planner’s statistics'),
    )
    // In the background: a rebuild of 1.8 million products takes minutes, and the portals need
    // not wait for it (search answers from what is indexed so far).
    void ensureSearchIndex(payload, log).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'could not build the search index'),
    )
  }
  // On PostgreSQL only the node holding the jobs lock (src/platform/jobsLock.ts).
  if (await runsJobs(payload)) {
    // Jobs that fell due while the server was down (a campaign scheduled to publish at an
    // instant that passed) run now, not at the next cron tick or a day late; so do the ones a
    // killed process left marked as running.
    try {
      await releaseAbandonedJobs(payload)
      await payload.jobs.run({ queue: 'default', limit: 100 })
    } catch (error) {
      payload.logger.error(
        { err: error },
        'running due jobs at start-up failed; the queue retries them',
      )
    }
    await resumeImports(payload).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'could not resume interrupted imports'),
    )
  }

  // CORS and CSRF follow the belts' domains (src/access/origins.ts).
  await keepAllowedOrigins(payload)

  const nextApp = next({ dev: isDev, dir: path.resolve('.'), hostname: 'localhost', port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  const app = express()
  app.disable('x-powered-by')
  // Behind a load balancer, TRUST_PROXY (e.g. `1` for one hop) makes req.ip the buyer's address,
  // which the inquiry rate limits count by; without it every buyer would share the proxy's.
  const trustProxy = env('TRUST_PROXY')
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy)
  watchJobs(payload)
  app.get('/metrics', (req, res) => void metricsHandler(req, res))
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', pid: process.pid })
  })
  // Ready to take traffic: the database answers, its migrations are applied, and we are not
  // shutting down (a load balancer stops sending new requests when this says 503).
  app.get('/readyz', async (_req, res) => {
    const report = await readiness(payload, state.shuttingDown)
    res
      .status(report.status === 'ok' ? 200 : 503)
      .setHeader('Cache-Control', 'no-store')
      .json(report)
  })
  // A malformed escape (`/api/x/%E0%A4`) would fail Express's own decoding of the routes' `*rest`
  // parameter below, which answers with its error page: a 400 in JSON instead.
  app.use(['/api', '/admin', '/_next'], (req, res, nextHandler) => {
    try {
      decodeURIComponent(req.path)
    } catch {
      res.status(400).json({ errors: [{ message: 'The address is not valid.' }] })
      return
    }
    nextHandler()
  })
  // No body parser before Payload's handler or Next: Payload reads request bodies itself.
  app.use('/api', passClientAddress)
  app.use('/api', rejectUnknownLocale)
  app.use('/api', notFoundWithoutEndpoints(payload))
  app.use('/api', rejectBadParams(payload))
  app.use(['/api', '/admin'], scopeBeltOrigins(payload) as express.RequestHandler)
  app.use('/api', apiGuard(payload) as express.RequestHandler)
  // GraphQL and the admin's OG images are Next's routes; the rest of the API is Payload's own
  // handler (src/server/restApi.ts), without Next's route machinery.
  const rest = restHandler(payload)
  app.all(['/api', '/api/*rest'], (req, res, nextHandler) =>
    /^\/api\/(?:graphql|graphql-playground|og)(?:\/|$)/.test(req.path)
      ? nextHandler()
      : rest(req, res),
  )
  app.all(
    [
      '/admin',
      '/admin/*rest',
      '/api',
      '/api/*rest',
      '/_next/*rest',
      '/__nextjs_original-stack-frame',
    ],
    (req, res) => {
      void handle(req, res)
    },
  )
  app.use(renderer({ payload }))

  const hit = { fixed: portalSecurityHeaders(), requestId: requestIdOf }
  // What other processes evicted (a pread of the events file's header, 4 µs: a tenth of a
  // cached hit's CPU when done for every request), looked at once for the requests of one turn
  // of the event loop. Those its I/O phase dispatches had arrived when the turn's wait for I/O
  // returned, before the first of them looks: a buyer who saw another process's edit committed
  // and then asked again is among them only if the edit was committed before the look. Past
  // 64 requests in a turn, every request looks again: libuv waits for I/O again within the same
  // phase when a wait returned a full batch (1,024 events), and a request of that second batch
  // may have arrived after the look. Left open: a full batch with fewer than 64 requests in it
  // (a thousand connections closing at once), and a pipelining client's next request read in
  // the same turn (browsers do not pipeline). The count is cleared in the same turn's check
  // phase (setImmediate), before the next wait.
  let onThisLook = 0
  const lookAgain = () => {
    onThisLook = 0
  }
  const server = http.createServer((req, res) => {
    if (onThisLook === 0) setImmediate(lookAgain)
    if (onThisLook === 0 || onThisLook >= 64) pollEvictions()
    onThisLook += 1
    // A cached portal page is answered before anything else runs: its head (security headers
    // included) was built once with the page, and hits are counted, not timed. While draining,
    // every request takes the full path below, which adds `Connection: close`.
    if (!state.shuttingDown && serveCachedPage(req, res, hit)) return
    observe(req, res, payload)
    setSecurityHeaders(req, res)
    if (state.shuttingDown) res.setHeader('Connection', 'close')
    app(req, res)
  })
  // Idle keep-alive connections stay open 65 s, not Node's 5 s: past a load balancer's 60 s idle
  // timeout (a proxy reusing a connection Node had just closed answers 502), and a client busy
  // for a moment (a loaded machine, a test) does not send its next request onto a connection
  // being closed ("other side closed").
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  server.listen(port, () => {
    announceReady()
    if (isFollower) return log(`worker ${process.pid} listening`)
    log(`listening on http://localhost:${port} (admin: http://localhost:${port}/admin)`)
    if (!isProduction) console.log(demoLoginsText(port))
  })
  server.on('upgrade', nextApp.getUpgradeHandler())
  // After an edit, the pages buyers were reading are rendered again in the background.
  const stopWarming = startWarming({
    port: () => {
      const address = server.address()
      return address && typeof address === 'object' ? address.port : undefined
    },
    limit: env('CHANDI_WARM_PAGES'),
    log: (error, message) => payload.logger.warn({ err: error }, message),
  })

  /**
   * SIGTERM/SIGINT: drain for CHANDI_DRAIN_MS (2 s), then stop accepting connections, let the
   * requests already accepted finish, stop the jobs crons and close the database. Bounded by
   * CHANDI_SHUTDOWN_MS (10 s); a job cut off is picked up again by the next start (imports
   * resume; e-mails and publishing are retried).
   */
  const shutdown = (signal: string) => {
    if (state.shuttingDown) return
    state.shuttingDown = true
    stopWarming()
    log(`${signal}: draining`)
    const deadline = setTimeout(() => {
      log('shutdown deadline reached; exiting')
      process.exit(0)
    }, env('CHANDI_SHUTDOWN_MS'))
    deadline.unref()
    // First drain: /readyz says 503 so a load balancer stops sending, and every response says
    // `Connection: close`, so clients open no new requests on a connection we are about to
    // close (closing a keep-alive connection under a client's next request resets it).
    setTimeout(() => {
      // Stop listening, but not `server.close()`: since Node 19 it also closes every idle
      // connection at once, and one accepted just before whose request is still on its way
      // (the event loop busy rendering) was reset under the client. Idle connections are closed
      // a second later, then every half second, until the last request has been answered.
      net.Server.prototype.close.call(server, async () => {
        try {
          await stopInvalidationBus()
          await stopVisits().catch((error: unknown) =>
            payload.logger.warn({ err: error }, 'the last visit counts could not be written'),
          )
          await payload.destroy()
          await releaseJobsLock()
        } catch (error) {
          payload.logger.error({ err: error }, 'closing the database failed')
        }
        log('stopped')
        process.exit(0)
      })
      setTimeout(() => {
        server.closeIdleConnections()
        setInterval(() => server.closeIdleConnections(), 500).unref()
      }, 1000).unref()
    }, env('CHANDI_DRAIN_MS')).unref()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
  return server
}
