import http from 'node:http'
import path from 'node:path'

import express from 'express'
import next from 'next'
import { getPayload } from 'payload'

import config from '../payload.config'

import { CONTENT_LOCALES } from '@/constants'
import { resumeImports } from '@/collections/Imports'
import { renderer, serveCachedPage } from '@/renderer'
import { seedDemo } from '@/seed'
import { demoLoginsText } from '@/seed/logins'

const isProduction = process.env.NODE_ENV === 'production'

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
    if (typeof value !== 'string' || !(ALLOWED_LOCALES.has(value) || (isFallback && NO_FALLBACK.has(value)))) {
      const message = `${param}: unknown locale; use one of ${CONTENT_LOCALES.join(', ')}`
      res.status(400).json({
        errors: [{ name: 'ValidationError', message, data: { errors: [{ path: param, message }] } }],
      })
      return
    }
  }
  nextHandler()
}

/** Builds the admin if needed, starts Payload, seeds an empty database, and listens on PORT. */
export const startServer = async () => {
  const port = Number(process.env.PORT || 3000)
  const isDev = process.env.CHANDI_NEXT_DEV === 'true'
  const log = (line: string) => console.log(`[chandi] ${line}`)

  const payload = await getPayload({ config })

  if (!isProduction && process.env.CHANDI_SEED !== 'false') {
    await seedDemo({ payload, onlyIfEmpty: true, log })
  }
  if (process.env.CHANDI_JOBS !== 'false') {
    // Jobs that fell due while the server was down (a campaign scheduled to publish at an
    // instant that passed) run now, not at the next cron tick or a day late.
    try {
      await payload.jobs.run({ queue: 'default', limit: 100 })
    } catch (error) {
      payload.logger.error({ err: error }, 'running due jobs at start-up failed; the queue retries them')
    }
    await resumeImports(payload).catch((error: unknown) => payload.logger.error({ err: error }, 'could not resume interrupted imports'))
  }

  const nextApp = next({ dev: isDev, dir: path.resolve('.'), hostname: 'localhost', port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  const app = express()
  app.disable('x-powered-by')
  // Behind a load balancer, TRUST_PROXY (e.g. `1` for one hop) makes req.ip the buyer's address,
  // which the inquiry rate limits count by; without it every buyer would share the proxy's.
  if (process.env.TRUST_PROXY) app.set('trust proxy', /^\d+$/.test(process.env.TRUST_PROXY) ? Number(process.env.TRUST_PROXY) : process.env.TRUST_PROXY)
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  // No body parser before Next: Payload reads request bodies itself.
  app.use('/api', rejectUnknownLocale)
  app.all(['/admin', '/admin/*rest', '/api', '/api/*rest', '/_next/*rest', '/__nextjs_original-stack-frame'], (req, res) => {
    void handle(req, res)
  })
  app.use(renderer({ payload }))

  // Cached portal pages are answered before Express routes anything (see serveCachedPage).
  const server = http.createServer((req, res) => {
    if (!serveCachedPage(req, res)) app(req, res)
  })
  server.listen(port, () => {
    log(`listening on http://localhost:${port} (admin: http://localhost:${port}/admin)`)
    if (!isProduction) console.log(demoLoginsText(port))
  })
  server.on('upgrade', nextApp.getUpgradeHandler())

  const shutdown = (signal: string) => {
    log(`${signal}: closing`)
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
  return server
}

