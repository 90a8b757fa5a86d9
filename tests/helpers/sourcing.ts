import { expect } from 'vitest'

import { api, login, postForm } from './api'
import { cast, unique } from './fixtures'
import { multipart } from './inquiries'
import { isTo, waitForMail } from './mail'

/** Sourcing requests' test helpers: post one on Zhili's portal, read it as someone, quote it. */
export const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)

/** The documents a spec made, deleted as the platform admin afterwards. */
export const made: { requests: number[]; quotes: number[]; inquiries: number[] } = {
  requests: [],
  quotes: [],
  inquiries: [],
}

export const cleanUp = async () => {
  const admin = await login(cast.emails.admin)
  for (const id of made.quotes.splice(0))
    await api(`/api/sourcing-quotes/${id}`, { method: 'DELETE', token: admin })
  for (const id of made.inquiries.splice(0))
    await api(`/api/inquiries/${id}`, { method: 'DELETE', token: admin })
  for (const id of made.requests.splice(0))
    await api(`/api/sourcing-requests/${id}`, { method: 'DELETE', token: admin })
}

/** The id of the request for this product, as the platform admin reads it. */
export const requestIDOf = async (product: string) =>
  (
    await api(
      `/api/sourcing-requests?where[product][equals]=${encodeURIComponent(product)}&depth=0`,
      { token: await login(cast.emails.admin) },
    )
  ).json.docs[0].id as number

/** The form's fields for a new request (`extra` replaces or adds some). */
export const requestFields = (extra: Record<string, string> = {}): Record<string, string> => ({
  product: unique('Cotton rompers'),
  category: 'kids-wear',
  quantity: '20000',
  unit: 'piece',
  targetPrice: '2.5',
  currency: 'USD',
  destinationCountry: 'Germany',
  neededBy: inAMonth(),
  details: 'OEKO-TEX, 0–24 months, to Hamburg.',
  name: 'Greta Buyer',
  company: 'Hamburg Kids GmbH',
  email: `${unique('buyer')}@example.com`,
  phone: '+49 40 1234567',
  ...extra,
})

/**
 * Posts a request on Zhili's portal (`path` on it), with `files` as attachments if any, and
 * returns its private token (from the mail).
 */
export const post = async (
  extra: Record<string, string> = {},
  path = '/en/sourcing/new',
  files: { name: string; type: string; data: Buffer }[] = [],
) => {
  const email = `${unique('buyer')}@example.com`
  const product = unique('Cotton rompers')
  const fields = requestFields({ product, email, ...extra })
  const response = await postForm(path, files.length ? multipart(fields, files) : fields)
  expect(response.status, response.body).toBe(303)
  expect(response.location).toBe(`${path}?sent=1`)
  const [mail] = await waitForMail((m) => isTo(m, email))
  const token = mail.text.match(/\/sourcing\/requests\/([A-Za-z0-9_-]{32})/)![1]
  const id = await requestIDOf(product)
  made.requests.push(id)
  return { token, id, product, email, mail }
}

/** The request as this user's API list shows it (undefined: not visible to them). */
export const visible = async (email: string, id: number) => {
  const response = await api(`/api/sourcing-requests?limit=100&depth=0`, {
    token: await login(email),
  })
  expect(response.status, response.text).toBe(200)
  return {
    doc: response.json.docs.find((doc: { id: number }) => doc.id === id),
    text: response.text,
  }
}

export const quote = (
  token: string,
  request: number,
  price: number,
  extra: Record<string, unknown> = {},
) =>
  api('/api/sourcing-quotes', {
    method: 'POST',
    token,
    body: {
      request,
      priceTiers: [{ minQuantity: 500, unitPrice: price }],
      moq: 500,
      leadTimeDays: 35,
      validUntil: inAMonth(),
      sampleTerms: 'Free samples, courier paid',
      message: 'We make these for EU brands.',
      ...extra,
    },
  })
