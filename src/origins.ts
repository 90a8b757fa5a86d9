import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '@/constants'
import { afterCommit } from '@/transactions'

/**
 * CORS and CSRF that match the belts' domains (issue #10). Payload reads `config.cors` (which
 * origins may call the API from a browser, with credentials) and `config.csrf` (which origins a
 * login cookie is honoured from) on every request, so both are kept here as one list: the
 * platform's own origin (PUBLIC_URL), each belt at `<slug>.<public host>` and at its own domains,
 * and CHANDI_ALLOWED_ORIGINS (space-separated). Outside production, the same over http and the
 * `localhost` hosts of this port. A cookie sent from any other site does not log anyone in, and
 * browsers get no CORS headers for it. Refreshed when a belt changes here, and every minute (a
 * belt changed through another process or node).
 */
const IS_PRODUCTION = process.env.NODE_ENV === 'production'

export const allowedOrigins = async (payload: Payload): Promise<string[]> => {
  const origins = new Set<string>()
  const schemes = IS_PRODUCTION ? ['https'] : ['https', 'http']
  const add = (host: string) => schemes.forEach((scheme) => origins.add(`${scheme}://${host}`))
  const publicURL = process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL) : null
  if (publicURL) origins.add(publicURL.origin)
  const { docs } = await payload.find({ collection: SLUGS.tenants, pagination: false, depth: 0, overrideAccess: true, select: { slug: true, domains: true } })
  const port = process.env.PORT || '3000'
  if (!IS_PRODUCTION) ['localhost', '127.0.0.1'].forEach((host) => add(`${host}:${port}`))
  for (const belt of docs as { slug?: string; domains?: { domain?: string }[] }[]) {
    if (publicURL && belt.slug) origins.add(`${publicURL.protocol}//${belt.slug}.${publicURL.host}`)
    if (!IS_PRODUCTION && belt.slug) add(`${belt.slug}.localhost:${port}`)
    for (const { domain } of belt.domains ?? []) if (domain) add(domain)
  }
  for (const origin of (process.env.CHANDI_ALLOWED_ORIGINS ?? '').split(/\s+/)) if (/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin)) origins.add(origin)
  return [...origins]
}

/** An origin no browser sends: an empty list would make Payload honour the cookie from anywhere. */
const NOWHERE = 'https://no-allowed-origin.invalid'

export const applyAllowedOrigins = async (payload: Payload) => {
  const found = await allowedOrigins(payload)
  const origins = found.length > 0 ? found : [NOWHERE]
  const config = payload.config as unknown as { csrf: string[]; cors: string[] | '*' | object }
  config.csrf.splice(0, config.csrf.length, ...origins)
  config.cors = origins
}

/** At start, then every minute; `refreshAllowedOriginsAfterCommit` after a belt changes. */
export const keepAllowedOrigins = async (payload: Payload) => {
  await applyAllowedOrigins(payload)
  setInterval(() => void refreshAllowedOrigins(payload), 60_000).unref()
}

export const refreshAllowedOrigins = (payload: Payload) =>
  applyAllowedOrigins(payload).catch((error: unknown) => payload.logger.error({ err: error }, 'could not refresh the allowed origins'))

/** After a belt changes: once its write has committed (hooks run inside the transaction). */
export const refreshAllowedOriginsAfterCommit = async <T,>(req: PayloadRequest, doc: T): Promise<T> => {
  await afterCommit(req, () => refreshAllowedOrigins(req.payload))
  return doc
}
