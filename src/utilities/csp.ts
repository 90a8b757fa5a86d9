import crypto from 'node:crypto'

import { env } from '@/utilities/config'
import { CLOCK_SCRIPT } from '@/utilities/portalScripts'
import { EMBED_HOSTS, STREAM_HOSTS } from '@/vocabulary'

/*
 * The portals' Content-Security-Policy, below both of its users: the server's security headers
 * (src/server/security.ts, every response) and the renderer (src/renderer/index.ts, a preview
 * framed by the admin).
 */

const hash = (source: string) =>
  `'sha256-${crypto.createHash('sha256').update(source).digest('base64')}'`

/** Sites that may frame the portals (a belt's own government site, say): CHANDI_FRAME_ANCESTORS, space-separated. */
export const frameAncestors = () =>
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
