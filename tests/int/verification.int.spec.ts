import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, errorPaths, getWithHost, login } from '../helpers/api'
import { smallPdf } from '../helpers/files'
import { cast, idBy, memberEmail } from '../helpers/fixtures'
import { uploadForm } from '../helpers/images'

/** Verification: a factory asks with documents, the belt's operator decides, the badge follows. */
const factory = () => cast.beltA.factories[2] // unverified in the demo data
let member: string
let operator: string
let factoryID: number | string

beforeAll(async () => {
  member = await login(memberEmail(factory().slug))
  operator = await login(cast.emails.operatorA)
  factoryID = await idBy('factories', 'slug', factory().slug)
})

afterAll(async () => {
  // Back to the demo state for the other suites.
  await api(`/api/factories/${factoryID}`, {
    method: 'PATCH',
    token: operator,
    body: { verification: { status: 'unverified', note: '' } },
  })
})

const uploadDocument = async (token: string, name = 'licence.pdf') => {
  const response = await api('/api/verification-documents', {
    method: 'POST',
    token,
    body: uploadForm({ file: smallPdf(name), name, type: 'application/pdf', data: {} }),
  })
  expect(response.status, response.text).toBe(201)
  return response.json.doc
}

const status = async () =>
  (await api(`/api/factories/${factoryID}?depth=0&draft=true`, { token: operator })).json
    .verification
const portal = () =>
  getWithHost(`/en/factories/${factory().slug}`, `zhili.localhost:${inject('port')}`)

describe('verification', () => {
  it('a factory asks with documents; the operator rejects with a reason, then approves; the badge follows; the history is kept', async () => {
    const licence = await uploadDocument(member)
    const asked = await api('/api/verification-requests', {
      method: 'POST',
      token: member,
      body: { documents: [licence.id], message: 'Licence attached.' },
    })
    expect(asked.status, asked.text).toBe(201)
    expect(asked.json.doc.status).toBe('pending')
    expect((await status()).status).toBe('pending')
    expect(
      (
        await api('/api/verification-requests', {
          method: 'POST',
          token: member,
          body: { documents: [licence.id] },
        })
      ).status,
    ).toBe(400) // one waiting at a time

    // Who may read and decide.
    const other = await login(memberEmail(cast.factoryA1.slug))
    expect(
      (await api(`/api/verification-requests/${asked.json.doc.id}`, { token: other })).status,
    ).toBe(404)
    expect((await api(`/api/verification-documents/${licence.id}`, { token: other })).status).toBe(
      404,
    )
    expect(
      (
        await api(`/api/verification-requests/${asked.json.doc.id}`, {
          token: await login(cast.emails.operatorB),
        })
      ).status,
    ).toBe(404)
    expect(
      (await api(`/api/verification-documents/file/${encodeURIComponent(licence.filename)}`))
        .status,
    ).toBe(403)
    expect(
      (
        await api(`/api/verification-documents/file/${encodeURIComponent(licence.filename)}`, {
          token: operator,
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await api(`/api/verification-requests/${asked.json.doc.id}`, {
          method: 'PATCH',
          token: member,
          body: { status: 'approved' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api(`/api/verification-requests/${asked.json.doc.id}`, {
          method: 'PATCH',
          token: await login(cast.emails.operatorB),
          body: { status: 'approved' },
        })
      ).status,
    ).toBeGreaterThanOrEqual(403)

    const noReason = await api(`/api/verification-requests/${asked.json.doc.id}`, {
      method: 'PATCH',
      token: operator,
      body: { status: 'rejected' },
    })
    expect(noReason.status).toBe(400)
    expect(errorPaths(noReason)).toContain('reason')
    const rejected = await api(`/api/verification-requests/${asked.json.doc.id}`, {
      method: 'PATCH',
      token: operator,
      body: { status: 'rejected', reason: 'The licence has expired.' },
    })
    expect(rejected.status, rejected.text).toBe(200)
    expect(rejected.json.doc.decidedAt).toEqual(expect.any(String))
    expect(await status()).toMatchObject({ status: 'rejected', note: 'The licence has expired.' })
    expect((await portal()).body).not.toContain('Verified factory')
    expect(
      (
        await api(`/api/verification-requests/${asked.json.doc.id}`, {
          method: 'PATCH',
          token: operator,
          body: { status: 'approved' },
        })
      ).status,
    ).toBe(400) // decided once

    const renewed = await uploadDocument(member, 'licence-2027.pdf')
    const again = await api('/api/verification-requests', {
      method: 'POST',
      token: member,
      body: { documents: [renewed.id] },
    })
    expect(again.status, again.text).toBe(201)
    const approved = await api(`/api/verification-requests/${again.json.doc.id}`, {
      method: 'PATCH',
      token: operator,
      body: { status: 'approved' },
    })
    expect(approved.status, approved.text).toBe(200)
    expect((await status()).status).toBe('verified')
    expect((await portal()).body).toContain('Verified factory')

    // This test's requests (another suite may have left its own for the same factory).
    const history = await api(
      `/api/verification-requests?where[factory][equals]=${factoryID}&where[id][greater_than_equal]=${asked.json.doc.id}&sort=createdAt&depth=0`,
      { token: member },
    )
    expect(history.json.docs.map((doc: any) => [doc.status, doc.reason ?? null])).toEqual([
      ['rejected', 'The licence has expired.'],
      ['approved', null],
    ])
  })

  it('refuses documents of another factory in a request', async () => {
    const theirs = await uploadDocument(await login(memberEmail(cast.factoryA1.slug)), 'theirs.pdf')
    const borrowed = await api('/api/verification-requests', {
      method: 'POST',
      token: member,
      body: { documents: [theirs.id] },
    })
    expect(borrowed.status).toBe(400)
    expect(errorPaths(borrowed)).toContain('documents')
  })
})
