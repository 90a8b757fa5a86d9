import crypto from 'node:crypto'

import { payloadSecret } from '@/utilities/secret'

/**
 * The portal's own session cookie for a buyer's account: `<id>.<version>.<expiry>.<mac>`, an
 * HMAC-SHA256 under a key derived from PAYLOAD_SECRET. Payload never reads it (its cookie is
 * `payload-token`), so /api and /admin see a signed-in buyer as anonymous. Log-out raises the
 * account's version, which voids every cookie signed before.
 */
export const BUYER_COOKIE = 'chandi_buyer'
export const SESSION_SECONDS = 7 * 24 * 60 * 60

export type BuyerSession = { id: string; version: number }

const key = () =>
  crypto.createHash('sha256').update(`chandi buyer session\n${payloadSecret()}`).digest()

const mac = (payload: string) =>
  crypto.createHmac('sha256', key()).update(payload).digest('base64url')

export const signSession = ({ id, version }: BuyerSession, at = Date.now()) => {
  const body = `${id}.${version}.${Math.floor(at / 1000) + SESSION_SECONDS}`
  return `${body}.${mac(body)}`
}

/** The session a cookie value holds, or null when it is forged, malformed or expired. */
export const readSession = (value: string | undefined, at = Date.now()): BuyerSession | null => {
  if (!value || value.length > 200) return null
  const parts = value.split('.')
  if (parts.length !== 4) return null
  const [id, version, expiry, signature] = parts
  if (!/^\d{1,12}$/.test(id) || !/^\d{1,9}$/.test(version) || !/^\d{1,12}$/.test(expiry))
    return null
  const expected = Buffer.from(mac(`${id}.${version}.${expiry}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null
  if (Number(expiry) * 1000 <= at) return null
  return { id, version: Number(version) }
}

/** The cookie's value in a `Cookie` header, if any. */
export const cookieValue = (header: string | undefined) => {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === BUYER_COOKIE) return rest.join('=')
  }
  return undefined
}

/** `Set-Cookie` for a new session, or to clear it (`value` empty). Host-only, HttpOnly, Lax. */
export const sessionCookie = (value: string, secure: boolean) =>
  [
    `${BUYER_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${value ? SESSION_SECONDS : 0}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ')
