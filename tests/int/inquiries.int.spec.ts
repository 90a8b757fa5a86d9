import http from 'node:http'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { signUpVerified } from '../helpers/accounts'
import { api, errorPaths, getWithHost, graphql, login } from '../helpers/api'
import { smallPdf } from '../helpers/files'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { smallJpeg, uploadForm } from '../helpers/images'
import { isTo, mails, waitForMail } from '../helpers/mail'
import { runNode } from '../helpers/node-args'

/**
 * The one-to-one inquiry: a buyer's message reaches the addressed factory and nobody else.
 */
type PortalResponse = {
  status: number
  location?: string
  body: string
  headers: http.IncomingHttpHeaders
  bytes: Buffer
}

/** A request to a portal by its host name, the way a browser sends it; forms as urlencoded or multipart. */
const request = async (
  method: string,
  path: string,
  form?: Record<string, string> | FormData,
  host = `zhili.localhost:${inject('port')}`,
  headers: Record<string, string> = {},
) => {
  let body: Buffer | undefined
  let contentType: string | undefined
  if (form instanceof FormData) {
    const encoded = new Request('http://x/', { method: 'POST', body: form })
    body = Buffer.from(await encoded.arrayBuffer())
    contentType = encoded.headers.get('content-type') ?? undefined
  } else if (form) {
    body = Buffer.from(new URLSearchParams(form).toString())
    contentType = 'application/x-www-form-urlencoded'
  }
  return new Promise<PortalResponse>((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port: inject('port'),
        path,
        method,
        headers: {
          host,
          ...(body ? { 'content-type': contentType, 'content-length': body.length } : {}),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const bytes = Buffer.concat(chunks)
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            body: bytes.toString('utf8'),
            headers: response.headers,
            bytes,
          })
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}
const post = (
  path: string,
  form: Record<string, string> | FormData,
  host?: string,
  headers: Record<string, string> = {},
) => request('POST', path, form, host, headers)
const zhili = (path: string) => getWithHost(path, `zhili.localhost:${inject('port')}`)

let admin: string
const ids: Record<string, number | string> = {}
const created: (number | string)[] = []
const product = () => cast.factoryA1.products[1]

const send = async (extra: Record<string, string> = {}) => {
  const response = await post(`/en/factories/${cast.factoryA1.slug}/inquire`, {
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

const inquiryByToken = async (location: string) => {
  const token = location.match(/\/inquiries\/([A-Za-z0-9_-]+)/)?.[1] ?? ''
  return token
}

beforeAll(async () => {
  admin = await login(cast.emails.admin)
  ids.factoryA1 = await idBy('factories', 'slug', cast.factoryA1.slug)
})

afterAll(async () => {
  for (const id of created) await api(`/api/inquiries/${id}`, { method: 'DELETE', token: admin })
})

describe('sending an inquiry', () => {
  it('the factory, product, campaign and live pages carry an inquiry button to the factory’s form', async () => {
    expect((await zhili(`/en/factories/${cast.factoryA1.slug}`)).body).toContain(
      `href="/en/factories/${cast.factoryA1.slug}/inquire"`,
    )
    expect((await zhili(`/en/products/${product().slug}`)).body).toContain(
      `/en/factories/${cast.factoryA1.slug}/inquire?product=${product().slug}`,
    )
    expect((await zhili('/en/live')).body).toMatch(/\/en\/factories\/zhili-[a-z]+\/inquire/)
    expect((await zhili('/en/campaigns/super-origin-day')).body).toMatch(
      /\/en\/factories\/zhili-[a-z]+\/inquire/,
    )
    const form = await zhili(
      `/en/factories/${cast.factoryA1.slug}/inquire?product=${product().slug}`,
    )
    expect(form.status).toBe(200)
    expect(form.headers['cache-control']).toContain('no-store')
    expect(form.body).toContain('name="email"')
    expect(form.body).toContain(`<option value="${product().slug}" selected="">`)
    expect(form.body).toContain('<table class="tiers">') // the product's price tiers, beside the quantity
  })

  it('stores it for that factory, sends the buyer to a private link, and the thread takes replies both ways', async () => {
    const buyerEmail = `${unique('mail')}@example.com`
    const response = await send({ email: buyerEmail })
    expect(response.status).toBe(303)
    expect(response.location).toMatch(/^\/en\/inquiries\/[A-Za-z0-9_-]{32}\?sent=1$/)
    const token = await inquiryByToken(response.location!)
    // E-mails, over SMTP to the test sink: the buyer gets the private link, the factory's member a notice.
    const [toBuyer] = await waitForMail((mail) => isTo(mail, buyerEmail))
    expect(toBuyer.text).toContain(`/inquiries/${token}`)
    const toFactory = await waitForMail(
      (mail) => isTo(mail, memberEmail(cast.factoryA1.slug)) && mail.text.includes('São Paulo'),
    )
    expect(toFactory.length).toBeGreaterThan(0)
    expect(toFactory[0].text).toMatch(/http:\/\/localhost:\d+\/admin\/collections\/inquiries\/\d+/) // a link a mail client can follow
    expect(
      mails().some(
        (mail) => isTo(mail, memberEmail(cast.factoryA2.slug)) && mail.text.includes(buyerEmail),
      ),
    ).toBe(false)
    const thread = await zhili(`/en/inquiries/${token}?sent=1`)
    expect(thread.status).toBe(200)
    expect(thread.body).toContain('Inquiry sent')
    // The price tier the quantity falls in is marked.
    const marked = thread.body.match(/<tr aria-current="true"[^>]*><td>([^<]*)<\/td>/)
    expect(marked, 'a matching tier').not.toBeNull()
    const band = marked![1]
      .replace(/[≥,\s]|\(or more\)/g, '')
      .split('–')
      .map(Number)
    expect(product().moq * 2).toBeGreaterThanOrEqual(band[0])
    if (band[1]) expect(product().moq * 2).toBeLessThanOrEqual(band[1])
    expect(thread.headers['cache-control']).toContain('no-store')
    const member = await login(memberEmail(cast.factoryA1.slug))
    const inbox = await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })
    expect(inbox.json.docs[0].buyer.name).toBe('Ana Souza')
    expect(inbox.json.docs[0].tokenHash).toBeUndefined()
    const id = inbox.json.docs[0].id
    created.push(id)
    const reply = await api(`/api/inquiries/${id}`, {
      method: 'PATCH',
      token: member,
      body: { replies: [{ author: 'buyer', body: 'We can do 1.60 for 1,000 sets.' }] },
    })
    expect(reply.status, reply.text).toBe(200)
    expect(reply.json.doc.replies[0].author).toBe('factory') // a member cannot write as the buyer
    expect(reply.json.doc.status).toBe('replied')
    expect((await zhili(`/en/inquiries/${token}`)).body).toContain('We can do 1.60 for 1,000 sets.')
    const buyerReply = await post(`/en/inquiries/${token}`, { body: 'Deal, send the proforma.' })
    expect(buyerReply.status).toBe(303)
    expect(
      (await api(`/api/inquiries/${id}?depth=0`, { token: member })).json.replies[1],
    ).toMatchObject({ author: 'buyer', body: 'Deal, send the proforma.' })
  })

  it('nobody else reads it: not another factory, not the operators, not another buyer, not the public', async () => {
    const response = await send()
    const member = await login(memberEmail(cast.factoryA1.slug))
    const id = (await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json
      .docs[0].id
    created.push(id)
    const buyerEmail = `${unique('other')}@example.com`
    const otherBuyer = await signUpVerified(buyerEmail, 'password-123')
    for (const [who, token] of [
      ['another factory of the same belt', await login(memberEmail(cast.factoryA2.slug))],
      ['the belt’s operator', await login(cast.emails.operatorA)],
      ['another belt’s operator', await login(cast.emails.operatorB)],
      ['another buyer', otherBuyer.token],
      ['the public', undefined],
    ] as const) {
      expect((await api(`/api/inquiries/${id}`, { token })).status, who).toBeGreaterThanOrEqual(403)
      const list = await api('/api/inquiries?limit=0', { token })
      expect(list.json?.docs?.some((doc: any) => doc.id === id) ?? false, who).toBe(false)
      const gql = await graphql(
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
        token,
      )
      expect(JSON.stringify(gql.json), who).not.toContain('São Paulo')
    }
    expect((await zhili(`/en/inquiries/${'x'.repeat(32)}`)).status).toBe(404)
    expect(
      (
        await getWithHost(
          `/en/inquiries/${await inquiryByToken(response.location!)}`,
          `yiwu.localhost:${inject('port')}`,
        )
      ).status,
    ).toBe(404)
  })

  it('a revoked private link stops working', async () => {
    const response = await send()
    const token = await inquiryByToken(response.location!)
    expect((await zhili(`/en/inquiries/${token}`)).status).toBe(200)
    const member = await login(memberEmail(cast.factoryA1.slug))
    const id = (await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json
      .docs[0].id
    created.push(id)
    expect(
      (
        await api(`/api/inquiries/${id}`, {
          method: 'PATCH',
          token: member,
          body: { tokenRevoked: true },
        })
      ).status,
    ).toBe(200)
    expect((await zhili(`/en/inquiries/${token}`)).status).toBe(404)
  })
})

describe('bad inquiries', () => {
  const count = async () => (await api('/api/inquiries?limit=0', { token: admin })).json.totalDocs

  it('explains a quantity below the MOQ, a bad e-mail and a missing name, keeps the text, stores nothing', async () => {
    const before = await count()
    const response = await send({
      quantity: '1',
      email: 'not-an-email',
      name: '',
      message: 'Keep this text please, it took long to write.',
    })
    expect(response.status).toBe(400)
    expect(response.body).toContain(`below the MOQ of ${product().moq.toLocaleString('en')}`)
    expect(response.body).toContain('enter a valid e-mail address')
    expect(response.body).toContain('Keep this text please, it took long to write.')
    expect(await count()).toBe(before)
  })

  it('refuses a product of another factory or belt and answers 404 for an unknown factory', async () => {
    const wrong = await send({ product: cast.factoryB1.products[0].slug })
    expect(wrong.status).toBe(400)
    expect(wrong.body).toContain('this factory has no such product')
    expect(
      (
        await post('/en/factories/no-such-factory/inquire', {
          message: 'hello there, quote please',
          name: 'x',
          email: 'x@example.com',
        })
      ).status,
    ).toBe(404)
  })

  it('drops what bots put in the hidden field, without telling them', async () => {
    const before = await count()
    const response = await send({ website: 'http://spam.example.com' })
    expect(response.status).toBe(303)
    expect(response.location).not.toContain('/inquiries/')
    expect(await count()).toBe(before)
  })

  it('renders script in a message inert in the thread', async () => {
    const response = await send({ message: '<script>alert("x")</script> please quote 500 sets' })
    const token = await inquiryByToken(response.location!)
    const member = await login(memberEmail(cast.factoryA1.slug))
    created.push(
      (await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json.docs[0]
        .id,
    )
    const page = await zhili(`/en/inquiries/${token}`)
    expect(page.body).not.toContain('<script>alert("x")')
    expect(page.body).toContain('&lt;script&gt;')
  })

  it('suppresses the same inquiry sent twice and limits how many one e-mail address sends', async () => {
    const email = `${unique('busy')}@example.com`
    const message = `Repeated message ${unique('m')} — please quote.`
    const first = await send({ email, message })
    expect(first.status).toBe(303)
    const member = await login(memberEmail(cast.factoryA1.slug))
    created.push(
      (await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json.docs[0]
        .id,
    )
    const again = await send({ email, message })
    expect(again.status).toBe(409)
    let limited = 0
    for (let i = 0; i < 6; i += 1) {
      const response = await send({ email, message: `${message} ${i}` })
      if (response.status === 429) limited += 1
      else if (response.status === 303)
        created.push(
          (await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json
            .docs[0].id,
        )
    }
    expect(limited).toBeGreaterThan(0)
  })

  it('refuses an oversized form', async () => {
    const response = await send({ message: 'x'.repeat(30_000) })
    expect(response.status).toBe(413)
  })
})

describe('buyers’ accounts and operators’ figures', () => {
  it('a signed-in buyer finds their inquiries on their account, and only theirs', async () => {
    const email = `${unique('acct')}@example.com`
    const { token } = await signUpVerified(email, 'password-123')
    const message = `Account inquiry ${unique('a')} — quote 800 sets please`
    // A browser posting the portal's form sends the portal's origin: the cookie counts.
    const cookie = `payload-token=${token}`
    const response = await post(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      { message, name: 'Li Wei', email },
      undefined,
      { cookie, origin: `http://zhili.localhost:${inject('port')}` },
    )
    expect(response.status).toBe(303)
    const mine = await api('/api/inquiries?limit=0&depth=0', { token })
    expect(mine.json.docs.map((doc: any) => doc.message)).toEqual([message])
    created.push(mine.json.docs[0].id)
    // Posted from another site with the buyer's cookie: taken as an anonymous inquiry, never
    // filed on the buyer's account (CSRF).
    const forged = await post(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      { message: `Forged ${message}`, name: 'Li Wei', email },
      undefined,
      { cookie, origin: 'https://evil.example' },
    )
    expect(forged.status).toBe(303)
    expect(
      (await api('/api/inquiries?limit=0&depth=0', { token })).json.docs.map(
        (doc: any) => doc.message,
      ),
    ).toEqual([message])
    const otherEmail = `${unique('acct2')}@example.com`
    const other = await api('/api/inquiries?limit=0', {
      token: (await signUpVerified(otherEmail, 'password-123')).token,
    })
    expect(other.json.docs).toEqual([])
  })

  it('an operator sees counts, statuses and response times per factory of their belt, without bodies or buyers', async () => {
    const operator = await login(cast.emails.operatorA)
    const stats = await api('/api/inquiries/stats', { token: operator })
    expect(stats.status, stats.text).toBe(200)
    const row = stats.json.factories.find(
      (entry: any) => entry.factory.slug === cast.factoryA1.slug,
    )
    expect(row.total).toBeGreaterThan(0)
    expect(row.statuses.new + (row.statuses.replied ?? 0)).toBeGreaterThan(0)
    expect(row.medianFirstResponseMinutes).toEqual(expect.any(Number))
    expect(
      stats.json.factories.every((entry: any) => entry.factory.slug.startsWith('zhili-')),
    ).toBe(true)
    expect(stats.text).not.toMatch(/São Paulo|@example\.com|Ana Souza/)
    for (const token of [await login(memberEmail(cast.factoryA1.slug)), undefined]) {
      expect((await api('/api/inquiries/stats', { token })).status).toBe(403)
    }
  })
})

/** The access log's entries for these inquiries, oldest first, as the platform admin reads them. */
const logOf = async (...inquiries: (number | string)[]) => {
  const response = await api(
    `/api/inquiry-access-log?where[inquiry][in]=${inquiries.join(',')}&limit=0&sort=id`,
    { token: admin },
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
const entriesFor = (log: { inquiry: number }[], id: number | string) =>
  log.filter((entry) => entry.inquiry === id)

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
    const response = await post(
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
      const response = await post(
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
      const erased = await post(`/en/inquiries/${await inquiryByToken(response.location!)}/erase`, {
        confirm: 'yes',
      })
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

/** The newest inquiry the factory's member sees, recorded for clean-up. */
const newestFor = async (factorySlug = cast.factoryA1.slug) => {
  const member = await login(memberEmail(factorySlug))
  const doc = (await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json
    .docs[0]
  created.push(doc.id)
  return doc
}

const multipart = (
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

const inquiryFields = (extra: Record<string, string> = {}) => ({
  product: product().slug,
  quantity: String(product().moq * 2),
  message: `Spec attached for ${unique('lot')}; please quote.`,
  name: 'Kemal Aydın',
  email: `${unique('kemal')}@example.com`,
  ...extra,
})

const countOf = async (collection: string) =>
  (await api(`/api/${collection}?limit=0`, { token: admin })).json.totalDocs

describe('attachments', () => {
  it('a buyer attaches a PDF and a photo; the factory and the buyer’s link get them, nobody else does', async () => {
    const pdf = smallPdf('Buyer spec')
    const response = await post(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(inquiryFields(), [
        { name: 'spec.pdf', type: 'application/pdf', data: pdf },
        { name: 'sample.jpg', type: 'image/jpeg', data: await smallJpeg('#aa3300') },
      ]),
    )
    expect(response.status, response.body).toBe(303)
    const token = await inquiryByToken(response.location!)
    const inquiry = await newestFor()
    expect(inquiry.attachments).toHaveLength(2)
    const thread = await zhili(`/en/inquiries/${token}`)
    const links = [...thread.body.matchAll(/href="(\/en\/inquiries\/[^"]+\/files\/(\d+))"/g)]
    expect(links.map((match) => Number(match[2])).sort()).toEqual([...inquiry.attachments].sort())
    const downloads = await Promise.all(links.map((match) => request('GET', match[1])))
    for (const download of downloads) {
      expect(download.status).toBe(200)
      expect(download.headers['content-disposition']).toMatch(/^attachment;/)
      expect(download.headers['x-content-type-options']).toBe('nosniff')
      expect(download.headers['cache-control']).toContain('no-store')
    }
    expect(downloads.filter((download) => download.bytes.equals(pdf))).toHaveLength(1)
    expect(
      downloads.filter(
        (download) =>
          download.headers['content-type'] === 'image/jpeg' &&
          download.bytes.subarray(0, 2).toString('hex') === 'ffd8',
      ),
    ).toHaveLength(1)
    // The member reads the files through the API; other roles are refused.
    const member = await login(memberEmail(cast.factoryA1.slug))
    const file = (
      await api(`/api/inquiry-files/${inquiry.attachments[0]}?depth=0`, { token: member })
    ).json
    expect(file.from).toBe('buyer')
    expect(file.inquiry).toBe(inquiry.id)
    expect(
      (await api(`/api/inquiry-files/file/${encodeURIComponent(file.filename)}`, { token: member }))
        .status,
    ).toBe(200)
    expect(
      JSON.stringify((await graphql('{ InquiryFiles { docs { id filename } } }', member)).json),
    ).toContain(file.filename)
    for (const [who, token] of [
      ['another factory', await login(memberEmail(cast.factoryA2.slug))],
      ['the belt’s operator', await login(cast.emails.operatorA)],
      ['the public', undefined],
    ] as const) {
      expect(
        (await api(`/api/inquiry-files/${file.id}`, { token })).status,
        who,
      ).toBeGreaterThanOrEqual(403)
      expect(
        (await api(`/api/inquiry-files/file/${encodeURIComponent(file.filename)}`, { token }))
          .status,
        who,
      ).toBeGreaterThanOrEqual(403)
      expect(
        (await api('/api/inquiry-files?limit=0', { token })).json?.docs?.some(
          (doc: any) => doc.id === file.id,
        ) ?? false,
        who,
      ).toBe(false)
      expect(
        JSON.stringify((await graphql('{ InquiryFiles { docs { id filename } } }', token)).json),
        who,
      ).not.toContain(file.filename)
    }
    // Another buyer's link does not open this inquiry's files.
    const other = await send()
    await newestFor()
    const otherToken = await inquiryByToken(other.location!)
    expect((await request('GET', `/en/inquiries/${otherToken}/files/${file.id}`)).status).toBe(404)
  })

  it('refuses a file whose content is not an allowed type, a file over 10 MB and a sixth file, storing nothing', async () => {
    const [inquiriesBefore, filesBefore] = [
      await countOf('inquiries'),
      await countOf('inquiry-files'),
    ]
    const fields = inquiryFields({ message: 'Keep this message: it has the spec details.' })
    const renamed = await post(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(fields, [
        { name: 'spec.pdf', type: 'application/pdf', data: smallPdf() },
        {
          name: 'invoice.pdf',
          type: 'application/pdf',
          data: Buffer.from('#!/bin/sh\necho not a pdf\n'),
        },
      ]),
    )
    expect(renamed.status).toBe(400)
    expect(renamed.body).toContain('“invoice.pdf” is not a PDF, JPEG, PNG, WebP, XLSX or DOCX file')
    expect(renamed.body).toContain('Keep this message: it has the spec details.')
    const html = await post(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(fields, [
        {
          name: 'page.png',
          type: 'image/png',
          data: Buffer.from('<html><script>alert(1)</script></html>'),
        },
      ]),
    )
    expect(html.status).toBe(400)
    const big = Buffer.concat([smallPdf(), Buffer.alloc(11 * 1024 * 1024, 32)])
    const tooBig = await post(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(fields, [{ name: 'catalogue.pdf', type: 'application/pdf', data: big }]),
    )
    expect(tooBig.status).toBe(400)
    expect(tooBig.body).toContain('“catalogue.pdf” is larger than 10 MB')
    const six = Array.from({ length: 6 }, (_, index) => ({
      name: `page-${index}.pdf`,
      type: 'application/pdf',
      data: smallPdf(`p${index}`),
    }))
    const tooMany = await post(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(fields, six),
    )
    expect(tooMany.status).toBe(400)
    expect(tooMany.body).toContain('at most 5 attachments')
    expect(await countOf('inquiries')).toBe(inquiriesBefore)
    expect(await countOf('inquiry-files')).toBe(filesBefore)
  })
})

describe('quotations', () => {
  const nextMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString()
  const quote = (
    tiers: { minQuantity: number; maxQuantity?: number; unitPrice: number }[],
    validUntil = nextMonth(),
  ) => ({
    priceTiers: tiers,
    currency: 'USD',
    validUntil,
    leadTimeDays: 25,
    incoterm: 'FOB',
    paymentTerms: '30% deposit, 70% before shipment',
  })

  it('a member replies with a structured quote and a PDF; the inquiry is quoted, the buyer is e-mailed and reads both', async () => {
    const buyerEmail = `${unique('quote')}@example.com`
    const response = await send({ email: buyerEmail })
    const token = await inquiryByToken(response.location!)
    const inquiry = await newestFor()
    const member = await login(memberEmail(cast.factoryA1.slug))
    const sheet = smallPdf('Quotation')
    const upload = await api('/api/inquiry-files', {
      method: 'POST',
      token: member,
      body: uploadForm({
        file: sheet,
        name: 'quotation.pdf',
        type: 'application/pdf',
        data: { from: 'buyer' },
      }),
    })
    expect(upload.status, upload.text).toBe(201)
    expect(upload.json.doc.from).toBe('factory') // a member's upload is the factory's, whatever it says
    const reply = await api(`/api/inquiries/${inquiry.id}`, {
      method: 'PATCH',
      token: member,
      body: {
        replies: [
          {
            body: 'Our quotation, see the sheet.',
            attachments: [upload.json.doc.id],
            quote: quote([
              { minQuantity: 1000, maxQuantity: 4999, unitPrice: 3.2 },
              { minQuantity: 5000, unitPrice: 2.9 },
            ]),
          },
        ],
      },
    })
    expect(reply.status, reply.text).toBe(200)
    expect(reply.json.doc.status).toBe('quoted')
    const [mail] = await waitForMail(
      (message) => isTo(message, buyerEmail) && message.subject.startsWith('Re:'),
    )
    expect(mail.text).toContain('Our quotation, see the sheet.')
    expect(mail.text).toContain('5000+: USD 2.9')
    expect(mail.text).toContain(`/en/inquiries/${token}`)
    const thread = await zhili(`/en/inquiries/${token}`)
    expect(thread.body).toContain('$2.90')
    expect(thread.body).toContain('1,000–4,999')
    expect(thread.body).toContain('FOB')
    const link = thread.body.match(
      new RegExp(`href="(/en/inquiries/${token}/files/${upload.json.doc.id})"`),
    )?.[1]
    expect(link).toBeDefined()
    expect((await request('GET', link!)).bytes.equals(sheet)).toBe(true)
  })

  it('refuses a quote with tiers out of order or an expired date, a file of another factory, and edits to sent messages', async () => {
    await send()
    const inquiry = await newestFor()
    const member = await login(memberEmail(cast.factoryA1.slug))
    const patch = (body: unknown) =>
      api(`/api/inquiries/${inquiry.id}`, { method: 'PATCH', token: member, body })
    const descending = await patch({
      replies: [
        {
          body: 'Quote',
          quote: quote([
            { minQuantity: 5000, unitPrice: 2.9 },
            { minQuantity: 1000, unitPrice: 3.2 },
          ]),
        },
      ],
    })
    expect(descending.status).toBe(400)
    expect(errorPaths(descending)).toContain('replies.0.quote.priceTiers.1.minQuantity')
    const expired = await patch({
      replies: [
        {
          body: 'Quote',
          quote: quote([{ minQuantity: 1000, unitPrice: 3.2 }], '2020-01-01T00:00:00.000Z'),
        },
      ],
    })
    expect(expired.status).toBe(400)
    expect(errorPaths(expired)).toContain('replies.0.quote.validUntil')
    const otherMember = await login(memberEmail(cast.factoryA2.slug))
    const foreign = await api('/api/inquiry-files', {
      method: 'POST',
      token: otherMember,
      body: uploadForm({
        file: smallPdf('other'),
        name: 'other.pdf',
        type: 'application/pdf',
        data: {},
      }),
    })
    expect(foreign.status, foreign.text).toBe(201)
    const borrowed = await patch({
      replies: [{ body: 'See attached', attachments: [foreign.json.doc.id] }],
    })
    expect(borrowed.status).toBe(400)
    expect(errorPaths(borrowed)).toContain('replies.0.attachments')
    expect(
      (await api(`/api/inquiries/${inquiry.id}?depth=0`, { token: member })).json.replies,
    ).toEqual([])
    const sent = await patch({ replies: [{ body: 'We can do it.' }] })
    expect(sent.status).toBe(200)
    const rewritten = await patch({
      replies: [{ ...sent.json.doc.replies[0], body: 'We never said that.' }],
    })
    expect(rewritten.status).toBe(403)
    expect(errorPaths(rewritten)).toContain('replies.0.body')
    expect((await patch({ replies: [] })).status).toBe(403)
    expect(
      (await api(`/api/inquiries/${inquiry.id}?depth=0`, { token: member })).json.replies[0].body,
    ).toBe('We can do it.')
  })
})

describe('e-mail through the jobs queue', () => {
  it('a refused delivery is retried until it goes through, and the inquiry is there from the start', async () => {
    const buyerEmail = `${unique('retry')}+fail2@example.com`
    const response = await send({ email: buyerEmail })
    expect(response.status).toBe(303)
    const token = await inquiryByToken(response.location!)
    expect((await zhili(`/en/inquiries/${token}`)).status).toBe(200)
    await newestFor()
    const [mail] = await waitForMail((message) => isTo(message, buyerEmail), { timeoutMs: 45_000 })
    expect(mail.refusedBefore).toBe(2) // refused twice by the SMTP server, delivered on the third try
    expect(mail.text).toContain(`/inquiries/${token}`)
    expect(mails().filter((message) => isTo(message, buyerEmail))).toHaveLength(1)
  })

  it('only a platform admin may run the jobs queue over HTTP', async () => {
    for (const [who, token] of [
      ['a buyer', (await signUpVerified(`${unique('jobs')}@example.com`, 'password-123')).token],
      ['a factory member', await login(memberEmail(cast.factoryA1.slug))],
      ['an operator', await login(cast.emails.operatorA)],
    ] as const) {
      expect([401, 403], who).toContain(
        (await api('/api/payload-jobs/run?queue=email', { token })).status,
      )
    }
    expect((await api('/api/payload-jobs/run?queue=email', { token: admin })).status).toBe(200)
    expect((await api('/api/payload-jobs?limit=1', { token: admin })).status).toBe(403) // job records carry e-mail bodies
  })
})

describe('the buyer’s own data', () => {
  it('exports it as JSON through the private link, and erases it on a confirmed request', async () => {
    const buyerEmail = `${unique('gdpr')}@example.com`
    const response = await post(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(inquiryFields({ email: buyerEmail, name: 'Ingrid Berg', phone: '+47 555 0100' }), [
        { name: 'drawing.pdf', type: 'application/pdf', data: smallPdf('drawing') },
      ]),
    )
    expect(response.status, response.body).toBe(303)
    const token = await inquiryByToken(response.location!)
    const inquiry = await newestFor()
    const exported = await request('GET', `/en/inquiries/${token}/export`)
    expect(exported.status).toBe(200)
    expect(exported.headers['content-disposition']).toMatch(/^attachment;/)
    const data = JSON.parse(exported.body)
    expect(data.inquiry.you).toMatchObject({
      name: 'Ingrid Berg',
      email: buyerEmail,
      phone: '+47 555 0100',
    })
    expect(data.inquiry.attachments).toEqual(['drawing.pdf'])

    const operator = await login(cast.emails.operatorA)
    const totalBefore = (
      await api('/api/inquiries/stats', { token: operator })
    ).json.factories.find((row: any) => row.factory.slug === cast.factoryA1.slug).total
    const unconfirmed = await post(`/en/inquiries/${token}/erase`, {})
    expect(unconfirmed.status).toBe(400)
    const member = await login(memberEmail(cast.factoryA1.slug))
    expect(
      (await api(`/api/inquiries/${inquiry.id}?depth=0`, { token: member })).json.buyer.name,
    ).toBe('Ingrid Berg')

    const erased = await post(`/en/inquiries/${token}/erase`, { confirm: 'yes' })
    expect(erased.status).toBe(200)
    expect(erased.body).toContain('Your data has been erased')
    expect((await zhili(`/en/inquiries/${token}`)).status).toBe(404)
    expect((await request('GET', `/en/inquiries/${token}/export`)).status).toBe(404)
    const after = (await api(`/api/inquiries/${inquiry.id}?depth=0`, { token: member })).json
    expect(after.erasedAt).toEqual(expect.any(String))
    expect(JSON.stringify(after)).not.toMatch(/Ingrid|\+47 555|gdpr-/)
    expect(after.attachments).toEqual([])
    expect(
      (await api(`/api/inquiry-files/${inquiry.attachments[0]}`, { token: member })).status,
    ).toBe(404)
    // The belt's statistics still count it.
    expect(
      (await api('/api/inquiries/stats', { token: operator })).json.factories.find(
        (row: any) => row.factory.slug === cast.factoryA1.slug,
      ).total,
    ).toBe(totalBefore)
  })

  it('retention deletes spam after its period and erases buyers from closed inquiries, leaving open ones alone', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const make = async (status: string) => {
      await send({ name: `Retention ${status}` })
      const doc = await newestFor()
      if (status !== 'new')
        expect(
          (
            await api(`/api/inquiries/${doc.id}`, {
              method: 'PATCH',
              token: member,
              body: { status },
            })
          ).status,
        ).toBe(200)
      return doc.id
    }
    const [spam, won, open] = [await make('spam'), await make('won'), await make('new')]
    const env = {
      ...process.env,
      DATABASE_URL: inject('databaseURL'),
      MEDIA_DIR: inject('mediaDir'),
      INQUIRY_FILES_DIR: inject('inquiryFilesDir'),
      NODE_ENV: 'test' as const,
    }
    const run = await runNode('tests/helpers/retention.ts', ['0', '0'], { env, timeout: 120_000 })
    expect(run.status, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}')
    expect(result.deletedSpam).toBeGreaterThanOrEqual(1)
    expect((await api(`/api/inquiries/${spam}`, { token: admin })).status).toBe(404)
    const closed = (await api(`/api/inquiries/${won}?depth=0`, { token: member })).json
    expect(closed.erasedAt).toEqual(expect.any(String))
    expect(closed.buyer.name).not.toContain('Retention')
    expect(closed.status).toBe('won')
    const untouched = (await api(`/api/inquiries/${open}?depth=0`, { token: member })).json
    expect(untouched.buyer.name).toBe('Retention new')
    expect(untouched.erasedAt ?? null).toBeNull()
  })
})
