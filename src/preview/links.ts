import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import type { Tenant } from '@/payload-types'
import { publicURL as configPublicURL } from '@/utilities/config'
import { payloadSecret } from '@/utilities/secret'

/** The documents the admin previews on their belt's portal while they are edited. */
export const PREVIEW_COLLECTIONS = [
  SLUGS.pages,
  SLUGS.factories,
  SLUGS.products,
  SLUGS.campaigns,
] as const
export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number]

/** How long a preview link opens a draft: a working session in the admin. */
const PREVIEW_TTL_MS = 2 * 60 * 60 * 1000

type Claims = {
  /** collection, document id, belt id, admin origin (the only site that may frame it), expiry */
  c: PreviewCollection
  i: string
  b: string
  o: string
  e: number
}

const key = () => crypto.createHash('sha256').update(`${payloadSecret()}:live-preview`).digest()
const sign = (body: string) => crypto.createHmac('sha256', key()).update(body).digest('base64url')

/**
 * A preview link's token: which one document (of which belt) it opens as its latest draft, and
 * until when. Signed with PAYLOAD_SECRET, so the portal needs no admin cookie (the portal is on
 * another host than the admin, where that cookie is not sent).
 */
export const previewToken = (claims: Omit<Claims, 'e'>, now = Date.now()) => {
  const body = Buffer.from(JSON.stringify({ ...claims, e: now + PREVIEW_TTL_MS })).toString(
    'base64url',
  )
  return `${body}.${sign(body)}`
}

/** The token's claims, or null when it is forged, damaged or expired. */
export const readPreviewToken = (token: string, now = Date.now()): Claims | null => {
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length > 0) return null
  const expected = Buffer.from(sign(body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims
    if (
      !(PREVIEW_COLLECTIONS as readonly string[]).includes(claims.c) ||
      typeof claims.e !== 'number' ||
      claims.e < now
    )
      return null
    return claims
  } catch {
    return null
  }
}

const LOOPBACK = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/

/**
 * Where a belt's portal is, seen from the admin: `<slug>.localhost` beside a local admin, the
 * belt's own first domain in production, else `<slug>.` the admin's host (as resolveBelt reads it).
 */
export const portalOrigin = (belt: Pick<Tenant, 'slug' | 'domains'>, adminOrigin: URL) => {
  const domain = belt.domains?.[0]?.domain
  if (LOOPBACK.test(adminOrigin.host))
    return `${adminOrigin.protocol}//${belt.slug}.localhost${adminOrigin.port ? `:${adminOrigin.port}` : ''}`
  if (domain) return `https://${domain}`
  return `${adminOrigin.protocol}//${belt.slug}.${adminOrigin.host}`
}

/** The admin's own origin: PUBLIC_URL, or the host the request came to. */
export const adminOriginOf = (req: PayloadRequest) => {
  const publicURL = configPublicURL()
  if (publicURL) return publicURL
  const host = req.headers.get('host') || 'localhost'
  return new URL(`http://${host}`)
}

/**
 * `admin.livePreview.url`: the document on its belt's portal, as its latest draft, in the
 * locale being edited. Only for a saved document the editor may read; null otherwise (the admin
 * then shows no preview).
 */
export const livePreviewURL = async ({
  collection,
  data,
  locale,
  req,
}: {
  collection: string
  data: Record<string, unknown>
  locale: string
  req: PayloadRequest
}): Promise<string | null> => {
  if (!(PREVIEW_COLLECTIONS as readonly string[]).includes(collection) || !req.user) return null
  const id = idOf(data.id as never)
  if (id === null) return null
  const { docs } = await req.payload.find({
    collection: collection as PreviewCollection,
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    select: { tenant: true } as never,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const beltID = idOf((docs[0] as { tenant?: never } | undefined)?.tenant)
  if (beltID === null) return null
  // As the editor, who may read the document and so its belt.
  const belt = await req.payload.findByID({
    collection: SLUGS.tenants,
    id: beltID,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    select: { slug: true, domains: true },
  })
  const admin = adminOriginOf(req)
  const token = previewToken({
    c: collection as PreviewCollection,
    i: String(id),
    b: String(beltID),
    o: admin.origin,
  })
  const prefix = locale === 'en' ? '/en' : ''
  return `${portalOrigin(belt, admin)}${prefix}/preview/${collection}/${encodeURIComponent(String(id))}?token=${token}`
}
