import crypto from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { EMBED_HOSTS } from '@/blocks/fields'
import { CLOCK_SCRIPT } from '@/utilities/portalScripts'
import { env, isProduction } from '@/utilities/config'
import { STREAM_HOSTS } from '@/vocabulary'

const hash = (source: string) =>
  `'sha256-${crypto.createHash('sha256').update(source).digest('base64')}'`

const NOT_PORTAL = /^\/(?:api|admin|_next)(?:[/?]|$)/

// Read once at start-up: Next's production server sets NODE_ENV=production later, in-process.
const IS_PRODUCTION = isProduction()

/** Sites that may frame the portals (a belt's own government site, say): CHANDI_FRAME_ANCESTORS, space-separated. */
const frameAncestors = () =>
  [
    "'self'",
    ...env('CHANDI_FRAME_ANCESTORS')
      .split(/\s+/)
      .filter((source) => /^https:\/\/[a-z0-9.-]+(?::\d+)?$/i.test(source)),
  ].join(' ')

/**
 * The portals' Content-Security-Policy: scripts only from our origin plus the one inline script
 * we ship (the local-time clock), by its hash, so cached pages need no per-response nonce;
 * frames only from the video and live-stream players the editors may embed; no plugins; forms
 * post only to us.
 */
export const portalCsp = ({
  frameAncestors: extraAncestors = [],
  scripts = [],
}: { frameAncestors?: string[]; scripts?: string[] } = {}) =>
  [
    "default-src 'self'",
    `script-src 'self' ${[CLOCK_SCRIPT, ...scripts].map(hash).join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "media-src 'self' https:",
    `frame-src ${[...new Set([...EMBED_HOSTS, ...STREAM_HOSTS])].map((host) => `https://${host}`).join(' ')}`,
    "connect-src 'self'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${[frameAncestors(), ...extraAncestors].join(' ')}`,
  ].join('; ')

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
