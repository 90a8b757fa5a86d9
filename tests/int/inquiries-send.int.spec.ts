import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { signUpVerified } from '../helpers/accounts'
import { api, getWithHost, graphql, login, postForm, zhili } from '../helpers/api'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { created, deleteInquiries, inquiryByToken, product, send } from '../helpers/inquiries'
import { isTo, mails, waitForMail } from '../helpers/mail'

/**
 * The one-to-one inquiry: a buyer's message reaches the addressed factory and nobody else. Sending
 * one, refusing a bad one, and the buyer's account beside it.
 */
let admin: string

beforeAll(async () => {
  admin = await login(cast.emails.admin)
})

afterAll(() => deleteInquiries(admin))

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
    // A target price takes decimals (the catalogue is priced at $2.90); a quantity is whole.
    const input = (name: string) =>
      form.body.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0]
    expect(input('targetPrice')).toContain('step="any"')
    expect(input('targetPrice')).toContain('type="number"')
    expect(input('quantity')).toContain('step="1"')
  })

  it('accepts a decimal target price from the form and echoes it, the destination and the company on the buyer’s page', async () => {
    const response = await send({ email: `${unique('dec')}@example.com`, targetPrice: '2.5' })
    expect(response.status).toBe(303)
    const page = await zhili(response.location!)
    expect(page.status).toBe(200)
    expect(page.body).toContain('Target unit price')
    expect(page.body).toMatch(/US\$2\.50|\$2\.50/)
    expect(page.body).toContain('Brazil')
    expect(page.body).toContain('Loja Kids')
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
    const marked = thread.body.match(/<tr aria-current="true"[^>]*><td>(?:<bdi>)?([^<]*)</)
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
    const buyerReply = await postForm(`/en/inquiries/${token}`, {
      body: 'Deal, send the proforma.',
    })
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
        await postForm('/en/factories/no-such-factory/inquire', {
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
    const response = await postForm(
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
    const forged = await postForm(
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
