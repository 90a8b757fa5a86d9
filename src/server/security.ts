import type { IncomingMessage, ServerResponse } from 'node:http'

import { isProduction } from '@/utilities/config'
import { frameAncestors, portalCsp } from '@/utilities/csp'

const NOT_PORTAL = /^\/(?:api|admin|_next)(?:[/?]|$)/

// Read once at start-up: Next's production server sets NODE_ENV=production later, in-process.
const IS_PRODUCTION = isProduction()

/**
 * Headers every response carries; a route may replace one (the inquiry attachments send a
 * stricter policy). The admin and API keep Next's and Payload's own script handling, with
 * framing limited to our origin. HSTS only in production, where the site is behind HTTPS.
 */
let cachedCsp: string | undefined

/**
 * The headers `setSecurityHeaders` gives a portal page, as one object, for the cache-hit path
 * that writes a prebuilt head instead of setting headers one by one.
 */
export const portalSecurityHeaders = (): Readonly<Record<string, string>> => {
  cachedCsp ??= portalCsp()
  return Object.freeze({
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Content-Security-Policy': cachedCsp,
    ...(IS_PRODUCTION
      ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }
      : {}),
  })
}

export const setSecurityHeaders = (req: IncomingMessage, res: ServerResponse) => {
  cachedCsp ??= portalCsp()
  const csp = cachedCsp
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader(
    'Content-Security-Policy',
    NOT_PORTAL.test(req.url ?? '/') ? `frame-ancestors ${frameAncestors()}` : csp,
  )
  if (IS_PRODUCTION)
    res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
}
