import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  getPublicBeltIDs,
  PUBLIC_RULES,
  publicViewContext,
  publicWhere,
  type PublicView,
} from './publicWhere'

/** A request whose database knows belts 1 and 2 as published and factory 7 as a draft. */
const fakeReq = (view?: PublicView) => {
  const reads: string[] = []
  const req = {
    context: view ? publicViewContext(view) : {},
    payload: {
      find: async ({ collection }: { collection: string }) => {
        reads.push(collection)
        return { docs: collection === 'tenants' ? [{ id: 1 }, { id: 2 }] : [{ id: 7 }] }
      },
    },
  } as unknown as PayloadRequest
  return { req, reads }
}

describe('publicWhere', () => {
  it('the public sees published belts; a portal’s view narrows them to its own belt', async () => {
    expect(await getPublicBeltIDs(fakeReq().req)).toEqual([1, 2])
    expect(await getPublicBeltIDs(fakeReq({ belt: 2 }).req)).toEqual([2])
    // A portal of an unpublished belt sees nothing, unless its staff preview it.
    expect(await getPublicBeltIDs(fakeReq({ belt: 3 }).req)).toEqual([])
    expect(await getPublicBeltIDs(fakeReq({ belt: 3, isBeltPreview: true }).req)).toEqual([3])
  })

  it('documents with drafts only when published, products only of published factories', async () => {
    expect(await publicWhere(fakeReq({ belt: 1 }).req, PUBLIC_RULES.media)).toEqual({
      tenant: { in: [1] },
    })
    expect(await publicWhere(fakeReq({ belt: 1 }).req, PUBLIC_RULES.pages)).toEqual({
      and: [{ tenant: { in: [1] } }, { _status: { equals: 'published' } }],
    })
    expect(await publicWhere(fakeReq({ belt: 1 }).req, PUBLIC_RULES.products)).toEqual({
      and: [
        { tenant: { in: [1] } },
        { _status: { equals: 'published' } },
        { factory: { not_in: [7] } },
      ],
    })
    expect(await publicWhere(fakeReq().req, null)).toBe(false)
  })

  it('a preview link opens its one document, of its own collection only', async () => {
    const view = { belt: 1, draft: { collection: 'pages', id: 9 } }
    expect(await publicWhere(fakeReq(view).req, PUBLIC_RULES.pages)).toEqual({
      or: [
        { and: [{ tenant: { in: [1] } }, { _status: { equals: 'published' } }] },
        { and: [{ tenant: { in: [1] } }, { id: { equals: 9 } }] },
      ],
    })
    expect(await publicWhere(fakeReq(view).req, PUBLIC_RULES.factories)).toEqual({
      and: [{ tenant: { in: [1] } }, { _status: { equals: 'published' } }],
    })
  })

  it('reads the published belts and draft factories once per request', async () => {
    const { req, reads } = fakeReq({ belt: 1 })
    for (let i = 0; i < 3; i += 1) await publicWhere(req, PUBLIC_RULES.products)
    expect(reads).toEqual(['tenants', 'factories'])
  })
})
