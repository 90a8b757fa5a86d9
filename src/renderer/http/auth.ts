import type express from 'express'
import type { Payload } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { accountOf, type Buyer } from '@/buyers/accounts'
import { cookieValue, readSession } from '@/buyers/session'
import { getBeltIDs, isPlatformAdmin } from '@/access/roles'
import type { Tenant } from '@/payload-types'
import { readPreviewToken } from '@/preview/links'

import { PortalError } from '../errors'

/**
 * The user signed in with Payload's cookie, if any (a bad or expired token is nobody). Payload
 * honours the cookie only from the allowed origins (src/server/origins.ts). Reading a page changes
 * nothing, so there the cookie counts whatever site the buyer came from (SameSite=Lax already
 * keeps it off other sites' subrequests); a form post (an inquiry) must come from an allowed
 * origin, so its own Origin and Sec-Fetch-Site are passed on.
 */
const cookieUser = async (payload: Payload, req: express.Request): Promise<ChandiUser | null> => {
  if (!req.headers.cookie?.includes('payload-token')) return null
  const headers = new Headers({ cookie: req.headers.cookie })
  if (req.method === 'GET' || req.method === 'HEAD') headers.set('sec-fetch-site', 'same-origin')
  else {
    for (const name of ['origin', 'sec-fetch-site']) {
      const value = req.headers[name]
      if (typeof value === 'string') headers.set(name, value)
    }
  }
  try {
    const { user } = await payload.auth({ headers })
    return user as ChandiUser | null
  } catch {
    return null
  }
}

/** The signed-in buyer, if any: their inquiries are then kept on their account. */
export const signedInBuyer = async (payload: Payload, req: express.Request) => {
  const user = await cookieUser(payload, req)
  return user && !isPlatformAdmin(user) && getBeltIDs(user).length === 0 ? user.id : undefined
}

/** Whether the signed-in user may preview an unpublished belt: its staff or a platform admin. */
export const canPreview = async (payload: Payload, req: express.Request, belt: Tenant) => {
  const user = await cookieUser(payload, req)
  return isPlatformAdmin(user) || getBeltIDs(user).some((id) => String(id) === String(belt.id))
}

/** The draft a preview link opens; a link that is forged, expired or for another belt is refused. */
export const previewOf = (path: string, rawQuery: string, belt: Tenant) => {
  const [, , collection, id, ...more] = path.split('/')
  let token = ''
  try {
    token = new URLSearchParams(rawQuery).get('token') ?? ''
  } catch {
    // A malformed query string is a missing token.
  }
  const claims = readPreviewToken(token)
  if (
    more.length > 0 ||
    !claims ||
    claims.c !== collection ||
    claims.i !== id ||
    claims.b !== String(belt.id)
  ) {
    throw new PortalError(
      403,
      'This preview link has expired or is not valid. Open the preview again from the admin.',
    )
  }
  return { collection: claims.c, id: claims.i, adminOrigin: claims.o }
}

/**
 * Whether a form post comes from this very site: its `Origin` is this host's, or, without one or
 * with `null` (what browsers send under the private pages' `Referrer-Policy: no-referrer`), the
 * browser says `Sec-Fetch-Site: same-origin`. A buyer's session counts in a post only then,
 * and the account's own forms (log-in, sign-up, log-out, verify) refuse any other post.
 */
export const isSameOrigin = (req: express.Request, origin: string) => {
  const given = req.headers.origin
  if (typeof given === 'string' && given !== 'null') return given === origin
  return req.headers['sec-fetch-site'] === 'same-origin'
}

/**
 * The buyer signed in on this host with the portal's own cookie (src/buyers/session.ts), if the
 * session is still valid; in a post, only one from this site. Payload never sees this cookie.
 */
export const signedInAccount = async (
  payload: Payload,
  req: express.Request,
  origin: string,
): Promise<Buyer | null> => {
  const value = cookieValue(req.headers.cookie)
  if (!value) return null
  if (req.method === 'POST' && !isSameOrigin(req, origin)) return null
  return accountOf(payload, readSession(value))
}
