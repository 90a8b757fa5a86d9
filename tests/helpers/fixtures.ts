import { demoBelts } from '../../tenants/index'
import { DEMO_ADMIN_EMAIL, demoFactoryEmail, demoOperatorEmail } from '../../src/constants'

import { api, login } from './api'

const beltBySlug = (slug: string) => {
  const belt = demoBelts.find((candidate) => candidate.slug === slug)
  if (!belt) throw new Error(`demo belt ${slug} is missing`)
  return belt
}

/**
 * The cast of the access tests, from the demo data: belt A (Zhili) with two factories, belt B
 * (Yiwu), and an unpublished belt (Qingdao).
 */
export const cast = {
  beltA: beltBySlug('zhili'),
  beltB: beltBySlug('yiwu'),
  unpublished: beltBySlug('qingdao'),
  get factoryA1() {
    return this.beltA.factories[0]
  },
  get factoryA2() {
    return this.beltA.factories[1]
  },
  get factoryB1() {
    return this.beltB.factories[0]
  },
  emails: {
    admin: DEMO_ADMIN_EMAIL,
    operatorA: demoOperatorEmail('zhili'),
    operatorB: demoOperatorEmail('yiwu'),
  },
}

export const memberEmail = (factorySlug: string) => demoFactoryEmail(factorySlug)

/** Finds one document's id by a field, as the platform admin (who sees everything). */
export const idBy = async (
  collection: string,
  field: string,
  value: string,
): Promise<number | string> => {
  const token = await login(cast.emails.admin)
  const response = await api(
    `/api/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=1&draft=true`,
    { token },
  )
  const doc = response.json?.docs?.[0]
  if (!doc) throw new Error(`${collection} with ${field}=${value} not found (${response.status})`)
  return doc.id
}

/** Reads a document as the platform admin, bypassing nothing but belt scoping. */
export const adminRead = async (collection: string, id: number | string, query = 'depth=0') => {
  const token = await login(cast.emails.admin)
  return api(`/api/${collection}/${id}?${query}`, { token })
}

let counter = 0
/** A unique suffix for documents a test creates (tests clean up after themselves). */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`
