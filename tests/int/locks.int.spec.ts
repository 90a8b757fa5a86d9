import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { signUpVerified } from '../helpers/accounts'
import { api, errorPaths, graphql, login } from '../helpers/api'
import { cast, idBy, memberEmail } from '../helpers/fixtures'

/**
 * Payload's edit locks (`payload-locked-documents`): a lock makes every other editor's save of
 * that document fail with 423, so it is scoped like the belt's documents themselves.
 */
const LOCKS = '/api/payload-locked-documents'

const tokens: Record<string, string> = {}
const users: Record<string, number> = {}
const ids: Record<string, number | string> = {}

const lockBody = (collection: string, id: number | string, user: number) => ({
  document: { relationTo: collection, value: id },
  user: { relationTo: 'users', value: user },
})

/** Locks `collection`/`id` as `who` in `owner`'s name, through REST. */
const lock = (who: string, collection: string, id: number | string, owner = who) =>
  api(LOCKS, { method: 'POST', token: tokens[who], body: lockBody(collection, id, users[owner]) })

const lockIDsSeenBy = async (who: string) => {
  const response = await api(`${LOCKS}?limit=0&depth=0`, { token: tokens[who] })
  expect(response.status, response.text).toBe(200)
  return response.json.docs.map((doc: { id: number }) => doc.id)
}

const locksOn = async (collection: string, id: number | string) =>
  (
    await api(
      `${LOCKS}?where[document.relationTo][equals]=${collection}&where[document.value][equals]=${id}&depth=0`,
      { token: tokens.admin },
    )
  ).json.docs

beforeAll(async () => {
  const who = {
    admin: cast.emails.admin,
    operatorA: cast.emails.operatorA,
    operatorB: cast.emails.operatorB,
    memberB1: memberEmail(cast.factoryB1.slug),
    memberB2: memberEmail(cast.beltB.factories[1].slug),
  }
  for (const [name, email] of Object.entries(who)) {
    tokens[name] = await login(email)
    users[name] = (await api('/api/users/me', { token: tokens[name] })).json.user.id
  }
  ids.productA1 = await idBy('products', 'slug', cast.factoryA1.products[0].slug)
  ids.productB1 = await idBy('products', 'slug', cast.factoryB1.products[0].slug)
})

afterEach(async () => {
  // Whatever a test (or a refused request that got through) left: no other file may meet a 423.
  for (const id of [ids.productA1, ids.productB1]) {
    const response = await api(
      `${LOCKS}?where[document.relationTo][equals]=products&where[document.value][equals]=${id}`,
      { method: 'DELETE', token: tokens.admin },
    )
    expect(response.status, response.text).toBe(200)
  }
})

describe('edit locks', () => {
  it('belt staff see the locks on their belt’s documents and none of another belt’s', async () => {
    const created = await lock('operatorB', 'products', ids.productB1)
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    expect(await lockIDsSeenBy('operatorB')).toContain(id)
    // Another editor of the same belt sees who is editing (the admin's lock check reads this way).
    expect(await lockIDsSeenBy('memberB1')).toContain(id)
    expect(await lockIDsSeenBy('admin')).toContain(id)
    expect(await lockIDsSeenBy('operatorA')).not.toContain(id)
    const byDocument = await api(
      `${LOCKS}?where[document.value][equals]=${ids.productB1}&where[document.relationTo][equals]=products`,
      { token: tokens.operatorA },
    )
    expect(byDocument.json.docs).toEqual([])
    expect((await api(`${LOCKS}/${id}`, { token: tokens.operatorA })).status).toBe(404)
    const gql = await graphql(
      '{ PayloadLockedDocuments(limit: 0) { docs { id } } }',
      tokens.operatorA,
    )
    expect(
      gql.json.data.PayloadLockedDocuments.docs.map((doc: { id: number }) => doc.id),
    ).not.toContain(id)
  })

  it('staff lock only documents of their own belt that they may edit, and only in their own name', async () => {
    const foreign = await lock('operatorA', 'products', ids.productB1)
    expect(foreign.status, foreign.text).toBe(403)
    expect(errorPaths(foreign)).toEqual(['document'])
    const inAnothersName = await lock('operatorA', 'products', ids.productA1, 'operatorB')
    expect(inAnothersName.status, inAnothersName.text).toBe(403)
    expect(errorPaths(inAnothersName)).toEqual(['user'])
    // A member of another factory of the same belt cannot lock what they may not edit.
    const otherFactory = await lock('memberB2', 'products', ids.productB1)
    expect(otherFactory.status, otherFactory.text).toBe(403)
    expect(errorPaths(otherFactory)).toEqual(['document'])
    expect(await locksOn('products', ids.productB1)).toEqual([])
    // Yiwu's own editors are not locked out of their product.
    const save = await api(`/api/products/${ids.productB1}`, {
      method: 'PATCH',
      token: tokens.operatorB,
      body: {},
    })
    expect(save.status, save.text).toBe(200)
    // Allowed: one's own belt, one's own name; the same editor still saves.
    expect((await lock('operatorA', 'products', ids.productA1)).status).toBe(201)
    expect((await lock('operatorB', 'products', ids.productB1)).status).toBe(201)
    expect(
      (
        await api(`/api/products/${ids.productB1}`, {
          method: 'PATCH',
          token: tokens.operatorB,
          body: {},
        })
      ).status,
    ).toBe(200)
  })

  it('nobody deletes or takes over another belt’s lock, or removes another editor’s by hand', async () => {
    const id = (await lock('operatorB', 'products', ids.productB1)).json.doc.id
    expect(
      (await api(`${LOCKS}/${id}`, { method: 'DELETE', token: tokens.operatorA })).status,
    ).toBeGreaterThanOrEqual(403)
    const bulk = await api(`${LOCKS}?where[id][equals]=${id}`, {
      method: 'DELETE',
      token: tokens.operatorA,
    })
    expect(bulk.json?.docs ?? []).toEqual([])
    const takeOver = await api(`${LOCKS}/${id}`, {
      method: 'PATCH',
      token: tokens.operatorA,
      body: { user: { relationTo: 'users', value: users.operatorA } },
    })
    expect(takeOver.status).toBeGreaterThanOrEqual(403)
    // The same belt's other editor leaves it alone too (the admin releases only one's own).
    expect(
      (await api(`${LOCKS}/${id}`, { method: 'DELETE', token: tokens.memberB1 })).status,
    ).toBeGreaterThanOrEqual(403)
    expect(await locksOn('products', ids.productB1)).toMatchObject([
      { id, user: { value: users.operatorB } },
    ])
    // Its owner releases it.
    expect(
      (await api(`${LOCKS}/${id}`, { method: 'DELETE', token: tokens.operatorB })).status,
    ).toBe(200)
    expect(await locksOn('products', ids.productB1)).toEqual([])
  })

  it('an editor of the same document takes over its lock, in their own name only', async () => {
    const id = (await lock('operatorB', 'products', ids.productB1)).json.doc.id
    const asAnother = await api(`${LOCKS}/${id}`, {
      method: 'PATCH',
      token: tokens.memberB1,
      body: { user: { relationTo: 'users', value: users.memberB2 } },
    })
    expect(asAnother.status, asAnother.text).toBe(403)
    expect(errorPaths(asAnother)).toEqual(['user'])
    const notAnEditor = await api(`${LOCKS}/${id}`, {
      method: 'PATCH',
      token: tokens.memberB2,
      body: { user: { relationTo: 'users', value: users.memberB2 } },
    })
    expect(notAnEditor.status, notAnEditor.text).toBe(403)
    expect(errorPaths(notAnEditor)).toEqual(['document'])
    // What the admin's "take over" sends.
    const takeOver = await api(`${LOCKS}/${id}`, {
      method: 'PATCH',
      token: tokens.memberB1,
      body: { user: { relationTo: 'users', value: users.memberB1 } },
    })
    expect(takeOver.status, takeOver.text).toBe(200)
    expect(await locksOn('products', ids.productB1)).toMatchObject([
      { id, user: { value: users.memberB1 } },
    ])
    // The one taken over from now meets the lock; the one who took over saves (and the save
    // releases it, as Payload does).
    expect(
      (
        await api(`/api/products/${ids.productB1}`, {
          method: 'PATCH',
          token: tokens.operatorB,
          body: {},
        })
      ).status,
    ).toBe(423)
    expect(
      (
        await api(`/api/products/${ids.productB1}`, {
          method: 'PATCH',
          token: tokens.memberB1,
          body: {},
        })
      ).status,
    ).toBe(200)
  })

  it('buyers and the public see, make and remove no locks', async () => {
    const id = (await lock('operatorB', 'products', ids.productB1)).json.doc.id
    const email = `lock-buyer-${Date.now().toString(36)}@example.com`
    const signup = await signUpVerified(email)
    try {
      const buyer = signup.token
      for (const [who, token] of [
        ['a buyer', buyer],
        ['the public', undefined],
      ] as const) {
        expect((await api(LOCKS, { token })).status, who).toBe(403)
        const body = lockBody('products', ids.productB1, signup.id as number)
        expect((await api(LOCKS, { method: 'POST', token, body })).status, who).toBe(403)
        expect(
          (await api(`${LOCKS}/${id}`, { method: 'DELETE', token })).status,
          who,
        ).toBeGreaterThanOrEqual(403)
      }
    } finally {
      await api(`/api/users/${signup.id}`, { method: 'DELETE', token: tokens.admin })
    }
  })
})
