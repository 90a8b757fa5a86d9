import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { matchFactories } from './match'

type Doc = Record<string, unknown>

/**
 * A stand-in for the Local API with a fixed catalogue: the ranking and the filters of
 * `matchFactories` without a database (the integration spec covers the real queries).
 */
const fakePayload = ({
  products,
  factories,
  inquiries,
}: {
  products: Doc[]
  factories: Doc[]
  inquiries: { factory: number; status: string }[]
}) =>
  ({
    find: async ({ collection, where }: { collection: string; where: Doc }) => {
      if (collection === 'categories')
        return {
          docs: [
            { id: 1, slug: 'kids-wear', parent: null },
            { id: 2, slug: 'baby', parent: 1 },
          ],
        }
      if (collection === 'products') return { docs: products }
      const verifiedOnly = JSON.stringify(where).includes('verification.status')
      return {
        docs: factories.filter(
          (f) => !verifiedOnly || (f.verification as Doc | undefined)?.status === 'verified',
        ),
      }
    },
    count: async ({ where }: { where: Doc }) => {
      const text = JSON.stringify(where)
      const factory = Number(text.match(/"factory":\{"equals":(\d+)\}/)![1])
      const mine = inquiries.filter((i) => i.factory === factory)
      return {
        totalDocs: text.includes('not_in')
          ? mine.filter((i) => !['new', 'spam'].includes(i.status)).length
          : mine.length,
      }
    },
  }) as unknown as Payload

const factory = (id: number, extra: Doc = {}) => ({ id, tenant: 7, certifications: [], ...extra })
const query = { belts: [7], category: 'kids-wear', quantity: 1000 }

describe('matchFactories', () => {
  it('ranks by fit (fitting products, verification) before the reply record', async () => {
    const payload = fakePayload({
      products: [{ factory: 1 }, { factory: 2 }, { factory: 2 }, { factory: 3 }],
      factories: [factory(1), factory(2), factory(3, { verification: { status: 'verified' } })],
      // Factory 1 answers everything, 2 nothing: fit still puts 2 (two products) above 1; 3 (one
      // product, verified) fits as well as 2 and has no record yet (counted half), above 2's none.
      inquiries: [
        { factory: 1, status: 'replied' },
        { factory: 2, status: 'new' },
      ],
    })
    const ranking = (await matchFactories(payload, query)).map((m) => m.factory)
    expect(ranking).toEqual([3, 2, 1])
  })

  it('at equal fit, the better reply record comes first', async () => {
    const payload = fakePayload({
      products: [{ factory: 1 }, { factory: 2 }, { factory: 3 }],
      factories: [factory(1), factory(2), factory(3)],
      inquiries: [
        { factory: 1, status: 'new' },
        { factory: 1, status: 'replied' },
        { factory: 2, status: 'replied' },
        { factory: 3, status: 'new' },
        { factory: 3, status: 'spam' },
      ],
    })
    expect((await matchFactories(payload, query)).map((m) => m.factory)).toEqual([2, 1, 3])
  })

  it('leaves out factories lacking a certification asked for, or unverified when asked', async () => {
    const payload = fakePayload({
      products: [{ factory: 1 }, { factory: 2 }],
      factories: [
        factory(1, { certifications: [{ name: 'OEKO-TEX Standard 100' }, { name: 'BSCI' }] }),
        factory(2, {
          certifications: [{ name: 'BSCI' }],
          verification: { status: 'verified' },
        }),
      ],
      inquiries: [],
    })
    const ids = async (extra: Doc) =>
      (await matchFactories(payload, { ...query, ...extra })).map((m) => m.factory)
    expect(await ids({ certifications: 'oeko-tex, BSCI' })).toEqual([1])
    expect(await ids({ certifications: 'BSCI' })).toEqual([2, 1])
    expect(await ids({ verifiedOnly: true })).toEqual([2])
    expect(await ids({ verifiedOnly: true, certifications: 'OEKO-TEX' })).toEqual([])
  })
})
