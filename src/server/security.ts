import type { IncomingMessage, ServerResponse } from 'node:http'

import { isProduction } from '@/utilities/config'
import { frameAncestors, portalCsp } from '@/utilities/csp'

const NOT_PORTAL = /^\/(?:api|admin|_next)(?:[/?]|$)/
/** Private uploads' bytes (`/api/<collection>/file/<name>`): attachments, documents, imports. */
const PRIVATE_FILE =
  /^\/api\/(?:inquiry-files|sourcing-files|verification-documents|import-files)\/file\//

// Read once at start-up: Next's production server sets NODE_ENV=production later, in-process.
const IS_PRODUCTION = isProduction()

let portalHeaders: Readonly<Record<string, string>> | undefined

/**
 * The headers every portal page carries, as one object: the cache-hit path writes them in a
 * prebuilt head instead of setting them one by one.
 */
export const portalSecurityHeaders = (): Readonly<Record<string, string>> =>
  (portalHeaders ??= Object.freeze({
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Content-Security-Policy': portalCsp(),
    ...(IS_PRODUCTION
      ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }
      : {}),
  }))

/**
 * Headers every response carries; a route may replace one (the inquiry attachments send a
 * stricter policy). The admin and API keep Next's and Payload's own script handling, with
 * framing limited to our origin. HSTS only in production, where the site is behind HTTPS.
 */
export const setSecurityHeaders = (req: IncomingMessage, res: ServerResponse) => {
  const headers = portalSecurityHeaders()
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  const url = req.url ?? '/'
  if (PRIVATE_FILE.test(url))
    // Whatever a buyer's file holds, opened directly it runs nothing in this origin (the
    // collections also send it as an attachment: asPrivateDownload).
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; frame-ancestors 'none'")
  else if (NOT_PORTAL.test(url))
    res.setHeader('Content-Security-Policy', `frame-ancestors ${frameAncestors()}`)
}
