import type { Payload, Where } from 'payload'

import { SLUGS } from '@/constants'
import { normaliseDomain } from '@/utilities/domain'
import type { Tenant } from '@/payload-types'

import { systemRead } from '@/portal/context'

/**
 * The host a request names, as we compare it: lower case, no port, no trailing dot.
 * `ZHILI.localhost.:3000` → `zhili.localhost`.
 */
export const hostOf = (header: string | undefined): string => {
  const raw = (header ?? '').trim()
  const withoutPort = raw.startsWith('[') ? raw : raw.replace(/:\d+$/, '')
  return normaliseDomain(withoutPort)
}

export type HostMatch = { kind: 'hub' } | { kind: 'belt'; belt: Tenant } | { kind: 'unknown' }

const HUB_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

const isLocalhost = (host: string) => host === 'localhost' || host.endsWith('.localhost')

/**
 * Whether `<slug>.localhost` hosts reach belts: on a development machine and in the tests, not in
 * production behind a PUBLIC_URL (where a `Host: zhili.localhost` sent straight to a node would
 * otherwise reach the belt past the proxy's host routing), unless CHANDI_LOCALHOST_BELTS=true.
 */
export const localhostBelts = ({
  production,
  publicURL,
  allow,
}: {
  production: boolean
  publicURL: URL | null | undefined
  allow: boolean
}) => allow || !production || !publicURL

/** Which site a host is: the hub, a belt's portal (by `<slug>.localhost` or a listed domain), or none. */
export const resolveHost = async ({
  payload,
  host,
  publicHost,
  locale = 'zh',
  localhostBelts = true,
}: {
  payload: Payload
  host: string
  /** The content language the belt's texts are read in. */
  locale?: 'zh' | 'en'
  /** The host of PUBLIC_URL, which also serves the hub. */
  publicHost?: string
  /** Whether `<slug>.localhost` names a belt (see `localhostBelts`). */
  localhostBelts?: boolean
}): Promise<HostMatch> => {
  if (HUB_HOSTS.has(host) || (publicHost && host === publicHost)) return { kind: 'hub' }
  // In production no `*.localhost` host is a belt's, neither by slug nor by a listed domain.
  if (!localhostBelts && isLocalhost(host)) return { kind: 'unknown' }
  // `<slug>.localhost` on a development machine, `<slug>.<public host>` behind PUBLIC_URL.
  const parent = publicHost && host.endsWith(`.${publicHost}`) ? `.${publicHost}` : '.localhost'
  const slug = host.endsWith(parent) ? host.slice(0, -parent.length) : null
  const where: Where =
    slug && !slug.includes('.')
      ? { or: [{ slug: { equals: slug } }, { 'domains.domain': { equals: host } }] }
      : { 'domains.domain': { equals: host } }
  const { docs } = await payload.find({
    collection: SLUGS.tenants,
    where,
    depth: 1,
    limit: 1,
    locale,
    fallbackLocale: 'zh',
    // A system read: an unpublished belt's host must be known too, so that its staff can
    // preview it and everyone else gets a plain 404 (src/renderer/index.ts decides which).
    ...systemRead,
  })
  return docs[0] ? { kind: 'belt', belt: docs[0] } : { kind: 'unknown' }
}

const HOST_MEMO_MS = 60_000
const hostMemo = new Map<string, { value: Promise<HostMatch>; generation: number; at: number }>()

/**
 * `resolveHost`, held per host and language until the next eviction anywhere (any edit, here or
 * in another process, numbers one: `PageCache.generation`) or a minute. A lookup still running
 * when an eviction comes is not reused, so an edited belt is read again after its commit.
 */
export const resolveHostMemo = (
  args: Parameters<typeof resolveHost>[0],
  generation: () => number,
): Promise<HostMatch> => {
  const key = `${args.locale ?? 'zh'}\u0000${args.host}`
  const held = hostMemo.get(key)
  const now = Date.now()
  if (held && held.generation === generation() && now - held.at < HOST_MEMO_MS) return held.value
  const value = resolveHost(args)
  const entry = { value, generation: generation(), at: now }
  if (hostMemo.size >= 1000) hostMemo.clear()
  hostMemo.set(key, entry)
  value.catch(() => hostMemo.get(key) === entry && hostMemo.delete(key))
  return value
}
