import type { IncomingMessage } from 'node:http'

import type { Payload, PayloadRequest } from 'payload'

import { type ChandiUser, getBeltIDs } from '@/access/roles'

import { SLUGS } from '@/constants'
import { env, isProduction, publicURL as configPublicURL } from '@/utilities/config'
import { afterCommit } from '@/platform/transactions'

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
const IS_PRODUCTION = isProduction()

/** Which belt each belt origin belongs to, and the platform's own origins (issue #17, item 9). */
type OriginMap = { all: string[]; platform: Set<string>; belts: Map<string, string> }

let known: OriginMap = { all: [], platform: new Set(), belts: new Map() }

const originsFor = async (payload: Payload): Promise<OriginMap> => {
  const platform = new Set<string>()
  const belts = new Map<string, string>()
  const schemes = IS_PRODUCTION ? ['https'] : ['https', 'http']
  const forHost = (host: string) => schemes.map((scheme) => `${scheme}://${host}`)
  const publicURL = configPublicURL()
  if (publicURL) platform.add(publicURL.origin)
  const { docs } = await payload.find({
    collection: SLUGS.tenants,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true, domains: true },
  })
  const port = String(env('PORT'))
  if (!IS_PRODUCTION)
    ['localhost', '127.0.0.1'].forEach((host) =>
      forHost(`${host}:${port}`).forEach((origin) => platform.add(origin)),
    )
  for (const origin of env('CHANDI_ALLOWED_ORIGINS').split(/\s+/))
    if (/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin)) platform.add(origin)
  for (const belt of docs as {
    id: string | number
    slug?: string
    domains?: { domain?: string }[]
  }[]) {
    const add = (origin: string) => {
      if (!platform.has(origin)) belts.set(origin, String(belt.id))
    }
    if (publicURL && belt.slug) add(`${publicURL.protocol}//${belt.slug}.${publicURL.host}`)
    if (!IS_PRODUCTION && belt.slug) forHost(`${belt.slug}.localhost:${port}`).forEach(add)
    for (const { domain } of belt.domains ?? []) if (domain) forHost(domain).forEach(add)
  }
  return { all: [...platform, ...belts.keys()], platform, belts }
}

export const allowedOrigins = async (payload: Payload): Promise<string[]> =>
  (await originsFor(payload)).all

/** The belt whose portal `origin` is (not the platform's own), if any. */
export const beltOfOrigin = (origin: string): string | undefined => known.belts.get(origin)

/** An origin no browser sends: an empty list would make Payload honour the cookie from anywhere. */
const NOWHERE = 'https://no-allowed-origin.invalid'

export const applyAllowedOrigins = async (payload: Payload) => {
  known = await originsFor(payload)
  const origins = known.all.length > 0 ? known.all : [NOWHERE]
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
  applyAllowedOrigins(payload).catch((error: unknown) =>
    payload.logger.error({ err: error }, 'could not refresh the allowed origins'),
  )

/** After a belt changes: once its write has committed (hooks run inside the transaction). */
export const refreshAllowedOriginsAfterCommit = async <T>(
  req: PayloadRequest,
  doc: T,
): Promise<T> => {
  await afterCommit(req, () => refreshAllowedOrigins(req.payload))
  return doc
}

const TOKEN_COOKIE = /^\s*payload-token=/

/** The Cookie header without Payload's login cookie: the request goes on as logged out. */
const withoutLoginCookie = (cookie: string) =>
  cookie
    .split(';')
    .filter((part) => !TOKEN_COOKIE.test(part))
    .join(';')

/**
 * In front of the REST and GraphQL API (issue #17, item 9). Payload honours the login cookie
 * from every origin in the list above, and every belt's portal origin is in it, so a page on
 * Zhili's domain (which Zhili's operator controls) could act with a Yiwu operator's cookie.
 * Here a belt's origin carries the cookie only for that belt's own staff (its operators and
 * factory members); anyone else (another belt's staff, a buyer, the platform admin) is treated
 * as logged out, as from any other site. The platform's own origins are left to Payload's check.
 * The portals themselves never call the API from the browser, so no buyer needs it.
 */
export const scopeBeltOrigins =
  (payload: Payload) =>
  async (req: IncomingMessage, _res: unknown, next: () => void): Promise<void> => {
    const { origin, cookie } = req.headers
    const belt = typeof origin === 'string' ? beltOfOrigin(origin) : undefined
    if (belt === undefined || !cookie || !cookie.split(';').some((part) => TOKEN_COOKIE.test(part)))
      return next()
    let user: ChandiUser | null = null
    try {
      user = (await payload.auth({ headers: new Headers({ cookie, origin: origin as string }) }))
        .user as ChandiUser | null
    } catch {
      user = null
    }
    if (!getBeltIDs(user).some((id) => String(id) === belt))
      req.headers.cookie = withoutLoginCookie(cookie)
    next()
  }
