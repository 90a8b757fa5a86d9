import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, graphql, login } from '../helpers/api'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'

/**
 * The one-to-one inquiry: a buyer's message reaches the addressed factory and nobody else.
 */
const post = (path: string, form: Record<string, string>, host = `zhili.localhost:${inject('port')}`, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; location?: string; body: string }>((resolve, reject) => {
    const body = new URLSearchParams(form).toString()
    const request = http.request(
      { host: '127.0.0.1', port: inject('port'), path, method: 'POST', headers: { host, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), ...headers } },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, body: text }))
      },
    )
    request.on('error', reject)
    request.end(body)
  })
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
    expect((await zhili(`/en/factories/${cast.factoryA1.slug}`)).body).toContain(`href="/en/factories/${cast.factoryA1.slug}/inquire"`)
    expect((await zhili(`/en/products/${product().slug}`)).body).toContain(`/en/factories/${cast.factoryA1.slug}/inquire?product=${product().slug}`)
    expect((await zhili('/en/live')).body).toMatch(/\/en\/factories\/zhili-[a-z]+\/inquire/)
    expect((await zhili('/en/campaigns/super-origin-day')).body).toMatch(/\/en\/factories\/zhili-[a-z]+\/inquire/)
    const form = await zhili(`/en/factories/${cast.factoryA1.slug}/inquire?product=${product().slug}`)
    expect(form.status).toBe(200)
    expect(form.headers['cache-control']).toContain('no-store')
    expect(form.body).toContain('name="email"')
    expect(form.body).toContain(`<option value="${product().slug}" selected="">`)
  })

  it('stores it for that factory, sends the buyer to a private link, and the thread takes replies both ways', async () => {
    const buyerEmail = `${unique('mail')}@example.com`
    const response = await send({ email: buyerEmail })
    expect(response.status).toBe(303)
    expect(response.location).toMatch(/^\/en\/inquiries\/[A-Za-z0-9_-]{32}\?sent=1$/)
    const token = await inquiryByToken(response.location!)
    // E-mails: the buyer gets the private link, the factory's member a notice (captured outbox).
    const mails = () =>
      fs.existsSync(inject('outboxDir'))
        ? fs.readdirSync(inject('outboxDir')).map((file) => JSON.parse(fs.readFileSync(path.join(inject('outboxDir'), file), 'utf8')))
        : []
    const toBuyer = mails().find((mail) => JSON.stringify(mail.to).includes(buyerEmail))
    expect(toBuyer?.text).toContain(`/inquiries/${token}`)
    const toFactory = mails().filter((mail) => JSON.stringify(mail.to).includes(memberEmail(cast.factoryA1.slug)))
    expect(toFactory.some((mail) => String(mail.text).includes('São Paulo'))).toBe(true)
    expect(mails().some((mail) => JSON.stringify(mail.to).includes(memberEmail(cast.factoryA2.slug)) && String(mail.text).includes(buyerEmail))).toBe(false)
    const thread = await zhili(`/en/inquiries/${token}?sent=1`)
    expect(thread.status).toBe(200)
    expect(thread.body).toContain('Inquiry sent')
    expect(thread.headers['cache-control']).toContain('no-store')
    const member = await login(memberEmail(cast.factoryA1.slug))
    const inbox = await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })
    expect(inbox.json.docs[0].buyer.name).toBe('Ana Souza')
    expect(inbox.json.docs[0].tokenHash).toBeUndefined()
    const id = inbox.json.docs[0].id
    created.push(id)
    const reply = await api(`/api/inquiries/${id}`, { method: 'PATCH', token: member, body: { replies: [{ author: 'buyer', body: 'We can do 1.60 for 1,000 sets.' }] } })
    expect(reply.status, reply.text).toBe(200)
    expect(reply.json.doc.replies[0].author).toBe('factory') // a member cannot write as the buyer
    expect(reply.json.doc.status).toBe('replied')
    expect((await zhili(`/en/inquiries/${token}`)).body).toContain('We can do 1.60 for 1,000 sets.')
    const buyerReply = await post(`/en/inquiries/${token}`, { body: 'Deal, send the proforma.' })
    expect(buyerReply.status).toBe(303)
    expect((await api(`/api/inquiries/${id}?depth=0`, { token: member })).json.replies[1]).toMatchObject({ author: 'buyer', body: 'Deal, send the proforma.' })
  })

  it('nobody else reads it: not another factory, not the operators, not another buyer, not the public', async () => {
    const response = await send()
    const member = await login(memberEmail(cast.factoryA1.slug))
    const id = (await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json.docs[0].id
    created.push(id)
    const buyerEmail = `${unique('other')}@example.com`
    await api('/api/users', { method: 'POST', body: { email: buyerEmail, password: 'password-123' } })
    for (const [who, token] of [
      ['another factory of the same belt', await login(memberEmail(cast.factoryA2.slug))],
      ['the belt’s operator', await login(cast.emails.operatorA)],
      ['another belt’s operator', await login(cast.emails.operatorB)],
      ['another buyer', await login(buyerEmail, 'password-123')],
      ['the public', undefined],
    ] as const) {
      expect((await api(`/api/inquiries/${id}`, { token })).status, who).toBeGreaterThanOrEqual(403)
      const list = await api('/api/inquiries?limit=0', { token })
      expect(list.json?.docs?.some((doc: any) => doc.id === id) ?? false, who).toBe(false)
      const gql = await graphql(`{ Inquiries { docs { id message } } }`, token)
      expect(JSON.stringify(gql.json), who).not.toContain('São Paulo')
    }
    expect((await zhili(`/en/inquiries/${'x'.repeat(32)}`)).status).toBe(404)
    expect((await getWithHost(`/en/inquiries/${await inquiryByToken(response.location!)}`, `yiwu.localhost:${inject('port')}`)).status).toBe(404)
  })

  it('a revoked private link stops working', async () => {
    const response = await send()
    const token = await inquiryByToken(response.location!)
    expect((await zhili(`/en/inquiries/${token}`)).status).toBe(200)
    const member = await login(memberEmail(cast.factoryA1.slug))
    const id = (await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json.docs[0].id
    created.push(id)
    expect((await api(`/api/inquiries/${id}`, { method: 'PATCH', token: member, body: { tokenRevoked: true } })).status).toBe(200)
    expect((await zhili(`/en/inquiries/${token}`)).status).toBe(404)
  })
})

describe('bad inquiries', () => {
  const count = async () => (await api('/api/inquiries?limit=0', { token: admin })).json.totalDocs

  it('explains a quantity below the MOQ, a bad e-mail and a missing name, keeps the text, stores nothing', async () => {
    const before = await count()
    const response = await send({ quantity: '1', email: 'not-an-email', name: '', message: 'Keep this text please, it took long to write.' })
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
    expect((await post('/en/factories/no-such-factory/inquire', { message: 'hello there, quote please', name: 'x', email: 'x@example.com' })).status).toBe(404)
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
    created.push((await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json.docs[0].id)
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
    created.push((await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json.docs[0].id)
    const again = await send({ email, message })
    expect(again.status).toBe(409)
    let limited = 0
    for (let i = 0; i < 6; i += 1) {
      const response = await send({ email, message: `${message} ${i}` })
      if (response.status === 429) limited += 1
      else if (response.status === 303) created.push((await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json.docs[0].id)
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
    expect((await api('/api/users', { method: 'POST', body: { email, password: 'password-123' } })).status).toBe(201)
    const token = await login(email, 'password-123')
    const message = `Account inquiry ${unique('a')} — quote 800 sets please`
    const response = await post(`/en/factories/${cast.factoryA1.slug}/inquire`, { message, name: 'Li Wei', email }, undefined, { cookie: `payload-token=${token}` })
    expect(response.status).toBe(303)
    const mine = await api('/api/inquiries?limit=0&depth=0', { token })
    expect(mine.json.docs.map((doc: any) => doc.message)).toEqual([message])
    created.push(mine.json.docs[0].id)
    const otherEmail = `${unique('acct2')}@example.com`
    await api('/api/users', { method: 'POST', body: { email: otherEmail, password: 'password-123' } })
    const other = await api('/api/inquiries?limit=0', { token: await login(otherEmail, 'password-123') })
    expect(other.json.docs).toEqual([])
  })

  it('an operator sees counts, statuses and response times per factory of their belt, without bodies or buyers', async () => {
    const operator = await login(cast.emails.operatorA)
    const stats = await api('/api/inquiries/stats', { token: operator })
    expect(stats.status, stats.text).toBe(200)
    const row = stats.json.factories.find((entry: any) => entry.factory.slug === cast.factoryA1.slug)
    expect(row.total).toBeGreaterThan(0)
    expect(row.statuses.new + (row.statuses.replied ?? 0)).toBeGreaterThan(0)
    expect(row.medianFirstResponseMinutes).toEqual(expect.any(Number))
    expect(stats.json.factories.every((entry: any) => entry.factory.slug.startsWith('zhili-'))).toBe(true)
    expect(stats.text).not.toMatch(/São Paulo|@example\.com|Ana Souza/)
    for (const token of [await login(memberEmail(cast.factoryA1.slug)), undefined]) {
      expect((await api('/api/inquiries/stats', { token })).status).toBe(403)
    }
  })
})

describe('abuse handling', () => {
  it('a platform admin may open an inquiry, and each opening is recorded; nobody else reads the record', async () => {
    const response = await send()
    const member = await login(memberEmail(cast.factoryA1.slug))
    const id = (await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: member })).json.docs[0].id
    created.push(id)
    const before = (await api(`/api/inquiry-access-log?where[inquiry][equals]=${id}&limit=0`, { token: admin })).json.totalDocs
    expect((await api(`/api/inquiries/${id}?depth=0`, { token: admin })).status).toBe(200)
    const log = await api(`/api/inquiry-access-log?where[inquiry][equals]=${id}&limit=0&depth=0`, { token: admin })
    expect(log.json.totalDocs).toBe(before + 1)
    expect(log.json.docs[0].via).toBe('REST')
    expect((await api('/api/inquiry-access-log', { token: member })).status).toBe(403)
    expect((await api('/api/inquiry-access-log', { method: 'POST', token: admin, body: { inquiry: id, user: 1, at: new Date().toISOString() } })).status).toBe(403)
    expect(response.status).toBe(303)
  })
})
