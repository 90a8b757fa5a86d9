import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { signUpVerified } from '../helpers/accounts'
import { api, graphql, login, postForm } from '../helpers/api'
import { smallPdf } from '../helpers/files'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import {
  created,
  deleteInquiries,
  entriesFor,
  inquiryByToken,
  inquiryFields,
  logOf,
  multipart,
  newestFor,
  send,
} from '../helpers/inquiries'

/** The inquiry access log and the abuse handling a platform admin's reads leave a trace of. */
let admin: string

beforeAll(async () => {
  admin = await login(cast.emails.admin)
})

afterAll(() => deleteInquiries(admin))

describe('abuse handling', () => {
  let first: number
  let second: number
  let adminID: number

  beforeAll(async () => {
    await send()
    first = (await newestFor()).id
    await send()
    second = (await newestFor()).id
    adminID = (await api('/api/users/me', { token: admin })).json.user.id
  })

  it('a platform admin’s list read records one entry per inquiry returned, by REST and GraphQL', async () => {
    expect(await logOf(first, second)).toEqual([])
    const list = await api(`/api/inquiries?where[id][in]=${first},${second}&depth=0`, {
      token: admin,
    })
    expect(list.json.docs.map((doc: any) => doc.id).sort()).toEqual([first, second].sort())
    let log = await logOf(first, second)
    expect(log).toHaveLength(2)
    for (const id of [first, second]) {
      expect(entriesFor(log, id)).toMatchObject([
        {
          user: expect.objectContaining({ id: adminID }),
          role: 'platform-admin',
          via: 'REST',
          operation: 'find',
        },
      ])
    }
    // The plain list, as the admin's list view asks for it: whatever it returns is recorded.
    const page = await api('/api/inquiries?sort=-createdAt&limit=2&depth=0', { token: admin })
    expect(page.json.docs.map((doc: any) => doc.id).sort()).toEqual([first, second].sort())
    expect(await logOf(first, second)).toHaveLength(4)
    const gql = await graphql(
      `{ Inquiries(where: { OR: [{ id: { equals: ${first} } }, { id: { equals: ${second} } }] }) { docs { id message buyer { email } } } }`,
      admin,
    )
    expect(gql.json.data?.Inquiries.docs, gql.text).toHaveLength(2)
    log = await logOf(first, second)
    expect(log).toHaveLength(6)
    expect(log.slice(4).map((entry) => [entry.via, entry.operation])).toEqual([
      ['GraphQL', 'find'],
      ['GraphQL', 'find'],
    ])
  })

  it('a platform admin’s where[id], single read, GraphQL Inquiry and update are each recorded', async () => {
    const before = (await logOf(first)).length
    const byWhere = await api(`/api/inquiries?where[id][equals]=${first}&depth=0`, { token: admin })
    expect(byWhere.json.docs[0].buyer.email).toMatch(/@example\.com$/)
    expect((await api(`/api/inquiries/${first}?depth=0`, { token: admin })).status).toBe(200)
    const gql = await graphql(`{ Inquiry(id: ${first}) { id message } }`, admin)
    expect(gql.json.data.Inquiry.message).toContain('please quote')
    const patched = await api(`/api/inquiries/${first}?depth=0`, {
      method: 'PATCH',
      token: admin,
      body: { status: 'replied' },
    })
    expect(patched.status, patched.text).toBe(200)
    const log = (await logOf(first)).slice(before)
    expect(log.map((entry) => [entry.via, entry.operation])).toEqual([
      ['REST', 'find'],
      ['REST', 'findByID'],
      ['GraphQL', 'findByID'],
      ['REST', 'updateByID'],
    ])
  })

  it('an inquiry populated into another read, and an attachment’s download, are recorded', async () => {
    const response = await postForm(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(inquiryFields(), [
        { name: 'spec.pdf', type: 'application/pdf', data: smallPdf('Logged spec') },
      ]),
    )
    expect(response.status, response.body).toBe(303)
    const inquiry = await newestFor()
    const member = await login(memberEmail(cast.factoryA1.slug))
    const file = (
      await api(`/api/inquiry-files/${inquiry.attachments[0]}?depth=0`, { token: member })
    ).json
    expect(
      (await api(`/api/inquiry-files/file/${encodeURIComponent(file.filename)}`, { token: member }))
        .status,
    ).toBe(200)
    expect(await logOf(inquiry.id)).toEqual([])
    const withInquiry = await api(`/api/inquiry-files/${file.id}?depth=1`, { token: admin })
    expect(withInquiry.json.inquiry.message).toContain('please quote')
    const download = await api(`/api/inquiry-files/file/${encodeURIComponent(file.filename)}`, {
      token: admin,
    })
    expect(download.status).toBe(200)
    expect((await logOf(inquiry.id)).map((entry) => [entry.via, entry.operation])).toEqual([
      ['REST', 'populate'],
      ['REST', 'file'],
    ])
  })

  it('a read that returns no message, thread or buyer (the subject alone) is not recorded', async () => {
    const before = (await logOf(first)).length
    const titles = await api(
      `/api/inquiries?where[id][equals]=${first}&select[subject]=true&depth=0`,
      { token: admin },
    )
    expect(titles.json.docs[0]).not.toHaveProperty('message')
    const title = await api(`/api/inquiries/${first}?select[subject]=true&depth=0`, {
      token: admin,
    })
    expect(title.json.subject).toBeTruthy()
    expect(title.json).not.toHaveProperty('buyer')
    expect(await logOf(first)).toHaveLength(before)
  })

  it('a read that asks about the message or the buyer is recorded even when it returns ids alone', async () => {
    const before = (await logOf(first)).length
    const { buyer, message } = (await api(`/api/inquiries/${first}?depth=0`, { token: admin })).json
    const afterRead = (await logOf(first)).length
    expect(afterRead).toBe(before + 1)
    // "Does this buyer write to this factory?", "does a message say this?": answered with ids only.
    const probes = [
      `where[buyer.email][equals]=${encodeURIComponent(buyer.email)}`,
      `where[message][like]=${encodeURIComponent(message.slice(0, 12))}`,
      `where[or][0][buyer.name][exists]=true&where[or][0][id][equals]=${first}`,
    ]
    for (const probe of probes) {
      const response = await api(`/api/inquiries?${probe}&select[id]=true&depth=0&limit=100`, {
        token: admin,
      })
      expect(
        response.json.docs.map((doc: any) => doc.id),
        probe,
      ).toContain(first)
      expect(response.json.docs[0], probe).not.toHaveProperty('message')
    }
    // The buyer's account (its e-mail, populated) and the attachments are theirs too.
    const account = await api(
      `/api/inquiries?where[id][equals]=${first}&select[subject]=true&select[buyerUser]=true&depth=1`,
      { token: admin },
    )
    expect(account.json.docs).toHaveLength(1)
    const gql = await graphql(
      `{ Inquiries(where: { buyer__email: { equals: "${buyer.email}" } }) { docs { id } } }`,
      admin,
    )
    expect(gql.json.data?.Inquiries?.docs?.map((doc: any) => doc.id) ?? [], gql.text).toContain(
      first,
    )
    const log = (await logOf(first)).slice(afterRead)
    expect(log.map((entry) => [entry.via, entry.operation])).toEqual([
      ['REST', 'find'],
      ['REST', 'find'],
      ['REST', 'find'],
      ['REST', 'find'],
      ['GraphQL', 'find'],
    ])
  })

  it('the factory’s own members read their inquiries unrecorded, through every door', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const before = (await logOf(first, second)).length
    expect(
      (await api(`/api/inquiries?where[id][in]=${first},${second}&depth=0`, { token: member })).json
        .docs,
    ).toHaveLength(2)
    expect((await api(`/api/inquiries/${first}?depth=0`, { token: member })).status).toBe(200)
    expect(
      (await graphql(`{ Inquiry(id: ${first}) { id message } }`, member)).json.data.Inquiry.id,
    ).toBe(first)
    expect(
      (
        await graphql(
          `
            {
              Inquiries {
                docs {
                  id
                  message
                }
              }
            }
          `,
          member,
        )
      ).json.data.Inquiries.docs.length,
    ).toBeGreaterThan(0)
    expect(await logOf(first, second)).toHaveLength(before)
  })

  it('others are refused, see no message or buyer, and leave no entry', async () => {
    const before = (await logOf(first)).length
    for (const [who, token] of [
      ['the belt’s operator', await login(cast.emails.operatorA)],
      ['another factory of the belt', await login(memberEmail(cast.factoryA2.slug))],
      ['the public', undefined],
    ] as const) {
      for (const path of [
        `/api/inquiries?where[id][equals]=${first}&depth=0`,
        `/api/inquiries/${first}?depth=0`,
        '/api/inquiries?depth=0',
      ]) {
        const response = await api(path, { token })
        expect(response.json?.docs?.length ?? 0, `${who} ${path}`).toBe(0)
        expect(response.text, `${who} ${path}`).not.toMatch(/please quote|@example\.com/)
      }
      const gql = await graphql(
        `{ Inquiry(id: ${first}) { id message } Inquiries { docs { id message } } }`,
        token,
      )
      expect(JSON.stringify(gql.json), who).not.toMatch(/please quote|@example\.com/)
    }
    expect(await logOf(first)).toHaveLength(before)
  })

  it('a buyer reading their own inquiry on their account is recorded as a buyer', async () => {
    const email = `${unique('logged')}@example.com`
    const signup = await signUpVerified(email.toLowerCase())
    const token = signup.token
    try {
      const cookie = `payload-token=${token}`
      const response = await postForm(
        `/en/factories/${cast.factoryA1.slug}/inquire`,
        { message: `Account read ${unique('r')}, please quote`, name: 'Li Wei', email },
        undefined,
        { cookie, origin: `http://zhili.localhost:${inject('port')}` },
      )
      expect(response.status).toBe(303)
      const mine = await api('/api/inquiries?depth=0', { token })
      expect(mine.json.docs).toHaveLength(1)
      const id = mine.json.docs[0].id
      created.push(id)
      const [entry] = await logOf(id)
      expect(entry).toMatchObject({
        user: expect.objectContaining({ id: signup.id }),
        role: 'buyer',
        via: 'REST',
        operation: 'find',
      })
      // The buyer is the inquiry's subject: no copy of their address is kept in the log, and
      // erasing their data takes their own entries with it.
      expect((entry as any).readerEmail ?? '').toBe('')
      const erased = await postForm(
        `/en/inquiries/${await inquiryByToken(response.location!)}/erase`,
        {
          confirm: 'yes',
        },
      )
      expect(erased.status).toBe(200)
      expect(await logOf(id)).toEqual([])
    } finally {
      await api(`/api/users/${signup.id}`, { method: 'DELETE', token: admin })
    }
  })

  it('only a platform admin reads the log; nobody writes, changes or deletes it through the API', async () => {
    const [entry] = await logOf(first)
    expect(entry).toBeDefined()
    // The log names inquiries, never shows them: reading it is not a read of every inquiry in it.
    expect(entry.inquiry).toBe(first)
    const buyerEmail = `${unique('logreader')}@example.com`
    const buyer = await signUpVerified(buyerEmail.toLowerCase())
    try {
      for (const [who, token] of [
        ['the factory’s member', await login(memberEmail(cast.factoryA1.slug))],
        ['the belt’s operator', await login(cast.emails.operatorA)],
        ['a buyer', buyer.token],
        ['the public', undefined],
      ] as const) {
        expect((await api('/api/inquiry-access-log', { token })).status, who).toBe(403)
        expect(
          (await api(`/api/inquiry-access-log/${(entry as any).id}`, { token })).status,
          who,
        ).toBe(403)
        const gql = await graphql('{ InquiryAccessLogs { docs { id role } } }', token)
        expect(gql.json.data?.InquiryAccessLogs ?? null, who).toBeNull()
      }
    } finally {
      await api(`/api/users/${buyer.id}`, { method: 'DELETE', token: admin })
    }
    expect(
      (
        await api('/api/inquiry-access-log', {
          method: 'POST',
          token: admin,
          body: { inquiry: first, user: adminID, at: new Date().toISOString() },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api(`/api/inquiry-access-log/${(entry as any).id}`, {
          method: 'PATCH',
          token: admin,
          body: { role: 'nobody' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api(`/api/inquiry-access-log/${(entry as any).id}`, {
          method: 'DELETE',
          token: admin,
        })
      ).status,
    ).toBe(403)
  })
})
