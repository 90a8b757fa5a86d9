import type { Payload, Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { localhostBelts, resolveHost } from './resolveBelt'

/** A Local API that knows one belt, `zhili`, also listed under the domain `zhili.example.cn`. */
const fakePayload = () => {
  const asked: Where[] = []
  const belt = { id: 1, slug: 'zhili', domains: [{ domain: 'zhili.example.cn' }] }
  const matches = (where: Where): boolean => {
    if (Array.isArray(where.or)) return where.or.some((part) => matches(part as Where))
    if (where.slug) return (where.slug as { equals: string }).equals === belt.slug
    const domain = (where['domains.domain'] as { equals: string }).equals
    return belt.domains.some((entry) => entry.domain === domain)
  }
  const payload = {
    find: async ({ where }: { where: Where }) => {
      asked.push(where)
      return { docs: matches(where) ? [belt] : [] }
    },
  } as unknown as Payload
  return { payload, asked }
}

describe('resolveHost: which belt a Host header names', () => {
  it('on a development machine <slug>.localhost is the belt', async () => {
    const { payload } = fakePayload()
    expect(await resolveHost({ payload, host: 'zhili.localhost' })).toMatchObject({
      kind: 'belt',
      belt: { slug: 'zhili' },
    })
  })

  it('in production behind PUBLIC_URL a .localhost host is no belt, and is not looked up', async () => {
    const { payload, asked } = fakePayload()
    const production = localhostBelts({
      production: true,
      publicURL: new URL('https://chandi.example.com'),
      allow: false,
    })
    expect(production).toBe(false)
    for (const host of ['zhili.localhost', 'zhili.example.cn.localhost', 'x.zhili.localhost'])
      expect(
        await resolveHost({
          payload,
          host,
          publicHost: 'chandi.example.com',
          localhostBelts: production,
        }),
      ).toEqual({ kind: 'unknown' })
    expect(asked).toEqual([])
    // The belt is still reached by its public host and its own domain; the hub by localhost.
    for (const host of ['zhili.chandi.example.com', 'zhili.example.cn'])
      expect(
        await resolveHost({
          payload,
          host,
          publicHost: 'chandi.example.com',
          localhostBelts: production,
        }),
      ).toMatchObject({ kind: 'belt', belt: { slug: 'zhili' } })
    expect(
      await resolveHost({
        payload,
        host: 'localhost',
        publicHost: 'chandi.example.com',
        localhostBelts: production,
      }),
    ).toEqual({ kind: 'hub' })
  })

  it('.localhost belts stay on outside production, without PUBLIC_URL, or with CHANDI_LOCALHOST_BELTS', () => {
    const publicURL = new URL('https://chandi.example.com')
    expect(localhostBelts({ production: false, publicURL, allow: false })).toBe(true)
    expect(localhostBelts({ production: true, publicURL: null, allow: false })).toBe(true)
    expect(localhostBelts({ production: true, publicURL, allow: true })).toBe(true)
  })
})
