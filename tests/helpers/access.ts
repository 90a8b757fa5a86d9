import { afterAll, beforeAll } from 'vitest'

import { signUpVerified } from './accounts'
import { api, login } from './api'
import { cast, idBy, memberEmail, unique } from './fixtures'

/** The roles of the access matrix. */
export type Role = 'anonymous' | 'buyer' | 'member' | 'operatorA' | 'admin'

/** A relationship's id, whether the response populated it or not. */
export const refID = (value: any) => String(value?.id ?? value)
export const slugsOf = (response: { json: any }) =>
  (response.json?.docs ?? []).map((doc: any) => doc.slug)
export const tenantsOf = (response: { json: any }) => [
  ...new Set((response.json?.docs ?? []).map((doc: any) => String(doc.tenant?.id ?? doc.tenant))),
]

/**
 * The access matrix's cast for one file: before its tests, a verified buyer of its own, the
 * tokens of every role and the ids of the demo documents the matrix touches; after them, what
 * `created` recorded (newest first) and the buyer are deleted.
 */
export const accessCast = () => {
  const tokens: Record<Role, string | undefined> = {
    anonymous: undefined,
    buyer: undefined,
    member: undefined,
    operatorA: undefined,
    admin: undefined,
  }
  const ids: Record<string, number | string> = {}
  const cleanup: { collection: string; id: number | string }[] = []

  beforeAll(async () => {
    const buyerEmail = `${unique('buyer')}@example.com`
    const buyer = await signUpVerified(buyerEmail, 'buyer-password-1')
    tokens.buyer = buyer.token
    ids.buyer = buyer.id
    tokens.member = await login(memberEmail(cast.factoryA1.slug))
    tokens.operatorA = await login(cast.emails.operatorA)
    tokens.admin = await login(cast.emails.admin)

    ids.beltA = await idBy('tenants', 'slug', cast.beltA.slug)
    ids.beltB = await idBy('tenants', 'slug', cast.beltB.slug)
    ids.unpublished = await idBy('tenants', 'slug', cast.unpublished.slug)
    ids.factoryA1 = await idBy('factories', 'slug', cast.factoryA1.slug)
    ids.factoryA2 = await idBy('factories', 'slug', cast.factoryA2.slug)
    ids.factoryB1 = await idBy('factories', 'slug', cast.factoryB1.slug)
    ids.productA1 = await idBy('products', 'slug', cast.factoryA1.products[0].slug)
    ids.productA2 = await idBy('products', 'slug', cast.factoryA2.products[0].slug)
    ids.productB1 = await idBy('products', 'slug', cast.factoryB1.products[0].slug)
    ids.categoryA = await idBy('categories', 'slug', cast.beltA.categories[0].slug)
    ids.categoryB = await idBy('categories', 'slug', cast.beltB.categories[0].slug)
    ids.pageA = (
      await api(`/api/pages?where[tenant][equals]=${ids.beltA}&depth=0`, { token: tokens.admin })
    ).json.docs[0].id
    ids.mediaA1 = (
      await api(`/api/media?where[factory][equals]=${ids.factoryA1}&depth=0`, {
        token: tokens.admin,
      })
    ).json.docs[0].id
    ids.mediaA = (
      await api(
        `/api/media?where[tenant][equals]=${ids.beltA}&where[factory][exists]=false&depth=0`,
        { token: tokens.admin },
      )
    ).json.docs[0].id
    ids.mediaB = (
      await api(`/api/media?where[tenant][equals]=${ids.beltB}&depth=0`, { token: tokens.admin })
    ).json.docs[0].id
  })

  afterAll(async () => {
    for (const { collection, id } of cleanup.reverse()) {
      await api(`/api/${collection}/${id}`, { method: 'DELETE', token: tokens.admin })
    }
    await api(`/api/users/${ids.buyer}`, { method: 'DELETE', token: tokens.admin })
  })

  const created = (collection: string, response: { status: number; json: any }) => {
    if (response.status === 201) cleanup.push({ collection, id: response.json.doc.id })
    return response
  }

  return { tokens, ids, cleanup, created }
}
