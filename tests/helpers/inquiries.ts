import { expect } from 'vitest'

import { api, login, postForm } from './api'
import { cast, memberEmail, unique } from './fixtures'

/** The inquiries a file made, for `deleteInquiries` after it. */
export const created: (number | string)[] = []

/** Deletes the inquiries the file made, as the platform admin. */
export const deleteInquiries = async (admin: string) => {
  for (const id of created) await api(`/api/inquiries/${id}`, { method: 'DELETE', token: admin })
}

/** The product the inquiries ask about: Zhili's first factory's second product. */
export const product = () => cast.factoryA1.products[1]

/** A buyer sends an inquiry through the factory's form (`extra` overrides fields). */
export const send = async (extra: Record<string, string> = {}) => {
  const response = await postForm(`/en/factories/${cast.factoryA1.slug}/inquire`, {
    product: product().slug,
    quantity: String(product().moq * 2),
    targetPrice: '1.5',
    destinationCountry: 'Brazil',
    message: `We need ${unique('lot')} for our stores in São Paulo; please quote.`,
    name: 'Ana Souza',
    company: 'Loja Kids',
    email: `${unique('ana')}@example.com`,
    ...extra,
  })
  return response
}

/** The private link's token in the redirect's target. */
export const inquiryByToken = async (location: string) => {
  const token = location.match(/\/inquiries\/([A-Za-z0-9_-]+)/)?.[1] ?? ''
  return token
}

/** The access log's entries for these inquiries, oldest first, as the platform admin reads them. */
export const logOf = async (...inquiries: (number | string)[]) => {
  const response = await api(
    `/api/inquiry-access-log?where[inquiry][in]=${inquiries.join(',')}&limit=0&sort=id`,
    { token: await login(cast.emails.admin) },
  )
  expect(response.status, response.text).toBe(200)
  return response.json.docs as {
    inquiry: number
    user: number | { id: number }
    role: string
    via: string
    operation: string
  }[]
}
export const entriesFor = (log: { inquiry: number }[], id: number | string) =>
  log.filter((entry) => entry.inquiry === id)

/** The newest inquiry the factory's member sees, recorded for clean-up. */
export const newestFor = async (factorySlug = cast.factoryA1.slug) => {
  const member = await login(memberEmail(factorySlug))
  const doc = (await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json
    .docs[0]
  created.push(doc.id)
  return doc
}

/** The inquiry form as multipart, with files under `attachments`. */
export const multipart = (
  fields: Record<string, string>,
  files: { name: string; type: string; data: Buffer }[],
) => {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  for (const file of files)
    form.append(
      'attachments',
      new Blob([new Uint8Array(file.data)], { type: file.type }),
      file.name,
    )
  return form
}

export const inquiryFields = (extra: Record<string, string> = {}) => ({
  product: product().slug,
  quantity: String(product().moq * 2),
  message: `Spec attached for ${unique('lot')}; please quote.`,
  name: 'Kemal Aydın',
  email: `${unique('kemal')}@example.com`,
  ...extra,
})

/** How many documents `collection` holds, as the platform admin counts them. */
export const countOf = async (collection: string) =>
  (await api(`/api/${collection}?limit=0`, { token: await login(cast.emails.admin) })).json
    .totalDocs
