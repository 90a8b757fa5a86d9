import { afterAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, login, postForm, zhili } from '../helpers/api'
import { demoOperatorEmail } from '../../src/constants'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { isTo, waitForMail } from '../helpers/mail'
import { cleanUp, made, post, quote, requestIDOf, visible } from '../helpers/sourcing'

/**
 * Sourcing requests through HTTP both ways: a buyer posts a need on a portal, confirms it from
 * the mailed link, matched factories (and only they) see it without the buyer, quote in the
 * admin's API; the buyer compares and accepts one, which opens an inquiry with that factory.
 */
const hub = (path: string) => getWithHost(path, `localhost:${inject('port')}`)

afterAll(cleanUp)

describe('sourcing requests', () => {
  it('the form refuses bad input with 400 naming the field, in the page’s language, keeping the values', async () => {
    const response = await postForm('/en/sourcing/new', {
      product: 'Rompers',
      quantity: '1e3',
      neededBy: '2001-01-01',
      unit: 'barrel',
      name: 'Greta',
      email: 'not-an-address',
    })
    expect(response.status).toBe(400)
    expect(response.body).toContain('Quantity: ')
    expect(response.body).toContain('Needed by: ')
    expect(response.body).toContain('Unit: ')
    expect(response.body).toContain('E-mail: ')
    expect(response.body).toContain('value="Rompers"')
    const russian = await postForm('/ru/sourcing/new', {
      product: '',
      quantity: '5',
      name: 'A',
      email: 'a@b.cd',
    })
    expect(russian.status).toBe(400)
    expect(russian.body).toContain('обязательно') // "required" in Russian
    expect((await zhili('/en/sourcing/new')).status).toBe(200)
    expect((await hub('/en/sourcing/new')).status).toBe(200)
  })

  it('an unconfirmed request reaches no factory; confirmed, the matched factory sees it without the buyer', async () => {
    const { token, id, product } = await post({ category: 'baby-wear' })
    const a1 = memberEmail(cast.factoryA1.slug)
    expect((await visible(a1, id)).doc).toBeUndefined()
    // Nor does its operator read or hide it (a 200 told that the id exists).
    const early = await api(`/api/sourcing-requests/${id}/hide`, {
      method: 'POST',
      token: await login(cast.emails.operatorA),
    })
    expect(early.status, early.text).toBe(404)
    const page = await zhili(`/en/sourcing/requests/${token}`)
    expect(page.status).toBe(200)
    expect(page.headers['cache-control']).toContain('no-store')
    expect(page.body).toContain('Confirm and send to factories')
    const confirmed = await postForm(`/en/sourcing/requests/${token}/confirm`, {})
    expect(confirmed.status).toBe(303)
    const seen = await visible(a1, id)
    expect(seen.doc.product).toBe(product)
    expect(seen.doc.buyer).toBeUndefined()
    expect(seen.doc.matchedFactories).toBeUndefined()
    // Nor where else it was posted, matched or hidden: the operators' business.
    for (const field of ['belt', 'belts', 'matchedBelts', 'hiddenIn'])
      expect(seen.doc[field], field).toBeUndefined()
    const inferred = await api(`/api/sourcing-requests?where[matchedBelts][exists]=true`, {
      token: await login(a1),
    })
    expect(inferred.status).toBe(400)
    expect(seen.text).not.toContain('Greta')
    expect(seen.text).not.toContain('example.com')
    expect(seen.text).not.toContain('Hamburg Kids')
    await waitForMail(
      (m) => isTo(m, a1) && m.subject.includes('新采购需求') && m.text.includes(product),
    )
    // Baby wear is not what Xiaoyun makes; Yiwu's operator and factory are another belt.
    expect((await visible(memberEmail(cast.factoryA2.slug), id)).doc).toBeUndefined()
    expect((await visible(memberEmail(cast.factoryB1.slug), id)).doc).toBeUndefined()
    expect((await visible(cast.emails.operatorB, id)).doc).toBeUndefined()
    const operatorA = await visible(cast.emails.operatorA, id)
    expect(operatorA.doc.product).toBe(product)
    expect(operatorA.doc.matchedBelts).toHaveLength(1)
    expect(operatorA.text).not.toContain('Greta')
    // Figures for the operator of the belt, none for another belt's.
    const figures = await api('/api/sourcing-requests/figures', {
      token: await login(cast.emails.operatorA),
    })
    expect(figures.json.requests.find((r: { id: number }) => r.id === id)).toMatchObject({
      quotes: 0,
    })
    const other = await api('/api/sourcing-requests/figures', {
      token: await login(cast.emails.operatorB),
    })
    expect(other.json.requests.find((r: { id: number }) => r.id === id)).toBeUndefined()
    // Xiaoyun may not quote on a request it was not matched to.
    const refused = await quote(await login(memberEmail(cast.factoryA2.slug)), id, 2)
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('request')
    // The operator hides it as spam: gone for the belt's factories and its board.
    expect(
      (
        await api(`/api/sourcing-requests/${id}/hide`, {
          method: 'POST',
          token: await login(cast.emails.operatorB),
        })
      ).status,
    ).toBe(404)
    const hidden = await api(`/api/sourcing-requests/${id}/hide`, {
      method: 'POST',
      token: await login(cast.emails.operatorA),
    })
    expect(hidden.status, hidden.text).toBe(200)
    expect(hidden.json.belts).toHaveLength(1)
    expect((await visible(a1, id)).doc).toBeUndefined()
    expect((await zhili('/en/sourcing')).body).not.toContain(product)
    // Posted for Zhili alone and hidden there, it is off the hub's board too.
    expect((await hub('/en/sourcing')).body).not.toContain(product)
  })

  it('quotes side by side for the buyer; accepting opens an inquiry sharing contacts with that factory only', async () => {
    const { token, id, product, email } = await post()
    await postForm(`/en/sourcing/requests/${token}/confirm`, {})
    const a1 = await login(memberEmail(cast.factoryA1.slug))
    const a2 = await login(memberEmail(cast.factoryA2.slug))
    const noTiers = await quote(a1, id, 2.3, { priceTiers: [] })
    expect(noTiers.status).toBe(400)
    expect(noTiers.text).toContain('"path":"priceTiers"')
    const declined = await quote(a1, id, 2.3, { status: 'declined' })
    expect(declined.text).toContain('"path":"declineReason"')
    const first = await quote(a1, id, 2.4)
    expect(first.status, first.text).toBe(201)
    made.quotes.push(first.json.doc.id)
    const second = await quote(a2, id, 2.1, { leadTimeDays: 50 })
    expect(second.status, second.text).toBe(201)
    made.quotes.push(second.json.doc.id)
    expect((await quote(a1, id, 2.3)).status).toBe(400) // once per factory
    // A sent answer stays as sent: no lower price after the buyer saw it, no decline turned quote.
    for (const body of [
      { priceTiers: [{ minQuantity: 500, unitPrice: 1.9 }] },
      { status: 'declined', declineReason: 'changed our mind' },
    ]) {
      const edited = await api(`/api/sourcing-quotes/${first.json.doc.id}`, {
        method: 'PATCH',
        token: a1,
        body,
      })
      expect(edited.status, edited.text).toBe(403)
    }
    // Neither factory reads the other's quote, nor does the operator.
    expect((await api(`/api/sourcing-quotes/${second.json.doc.id}`, { token: a1 })).status).toBe(
      404,
    )
    const operator = await api(`/api/sourcing-quotes?where[request][equals]=${id}`, {
      token: await login(cast.emails.operatorA),
    })
    expect(operator.json?.docs ?? []).toHaveLength(0)
    const page = await zhili(`/en/sourcing/requests/${token}`)
    expect(page.body).toContain(cast.factoryA1.name.en)
    expect(page.body).toContain(cast.factoryA2.name.en)
    expect(page.body).toMatch(/US\$2\.40|\$2\.40/)
    expect(page.body).toMatch(/US\$2\.10|\$2\.10/)
    expect(page.body.indexOf('2.10')).toBeLessThan(page.body.indexOf('2.40')) // by price
    const byLead = await zhili(`/en/sourcing/requests/${token}?sort=lead`)
    expect(byLead.body.indexOf('2.40')).toBeLessThan(byLead.body.indexOf('2.10'))
    // A sort the page does not offer is by price, never a 500 (Object's own method names).
    for (const odd of ['valueOf', '__defineGetter__', 'hasOwnProperty', 'constructor', 'x']) {
      const sorted = await zhili(`/en/sourcing/requests/${token}?sort=${odd}`)
      expect(sorted.status, odd).toBe(200)
      expect(sorted.body.indexOf('2.10'), odd).toBeLessThan(sorted.body.indexOf('2.40'))
    }
    // The public board: the need, never the buyer.
    for (const board of [await zhili('/en/sourcing'), await hub('/en/sourcing')]) {
      expect(board.status).toBe(200)
      expect(board.body).toContain(product)
      expect(board.body).not.toContain('Greta')
      expect(board.body).not.toContain(email)
      expect(board.body).not.toContain('Hamburg Kids')
    }
    const accepted = await postForm(`/en/sourcing/requests/${token}/accept`, {
      quote: String(first.json.doc.id),
    })
    expect(accepted.status).toBe(303)
    expect(accepted.location).toMatch(
      /^http:\/\/zhili\.localhost:\d+\/en\/inquiries\/[A-Za-z0-9_-]{32}$/,
    )
    const inbox = await api(
      `/api/inquiries?where[buyer.email][equals]=${encodeURIComponent(email)}&depth=0`,
      {
        token: a1,
      },
    )
    expect(inbox.json.docs).toHaveLength(1)
    expect(inbox.json.docs[0].buyer).toMatchObject({
      name: 'Greta Buyer',
      company: 'Hamburg Kids GmbH',
    })
    made.inquiries.push(inbox.json.docs[0].id)
    // A quote links to the inquiry its accept opened, never to one its factory names itself.
    const next = await post()
    await postForm(`/en/sourcing/requests/${next.token}/confirm`, {})
    const linked = await quote(a1, next.id, 2.4, { inquiry: inbox.json.docs[0].id })
    expect(linked.status, linked.text).toBe(201)
    made.quotes.push(linked.json.doc.id)
    expect(linked.json.doc.inquiry ?? null).toBeNull()
    const elsewhere = await api(
      `/api/inquiries?where[buyer.email][equals]=${encodeURIComponent(email)}`,
      {
        token: a2,
      },
    )
    expect(elsewhere.json.docs).toHaveLength(0)
    expect((await visible(memberEmail(cast.factoryA2.slug), id)).text).not.toContain('Greta')
    expect(
      (await api(`/api/sourcing-quotes/${first.json.doc.id}`, { token: a1 })).json.status,
    ).toBe('accepted')
    const thread = await zhili(accepted.location!.replace(/^http:\/\/[^/]+/, ''))
    expect(thread.status).toBe(200)
    // Closing: the request leaves the board; the quotes stay on the buyer's page.
    expect((await postForm(`/en/sourcing/requests/${token}/close`, {})).status).toBe(303)
    expect((await zhili('/en/sourcing')).body).not.toContain(product)
    expect((await zhili(`/en/sourcing/requests/${token}`)).body).toContain(cast.factoryA2.name.en)
  })

  it('posted on the hub, it goes to the factories of every published belt', async () => {
    const email = `${unique('hub')}@example.com`
    const product = unique('Mixed export lot')
    const response = await postForm(
      '/en/sourcing/new',
      { product, quantity: '1000000', unit: 'piece', name: 'Hub Buyer', email },
      `localhost:${inject('port')}`,
    )
    expect(response.status, response.body).toBe(303)
    const [mail] = await waitForMail((m) => isTo(m, email))
    expect(mail.text).toMatch(/^http:\/\/localhost:\d+\/en\/sourcing\/requests\//m)
    const token = mail.text.match(/\/sourcing\/requests\/([A-Za-z0-9_-]{32})/)![1]
    const confirmed = await postForm(
      `/en/sourcing/requests/${token}/confirm`,
      {},
      `localhost:${inject('port')}`,
    )
    expect(confirmed.status).toBe(303)
    const id = await requestIDOf(product)
    made.requests.push(id)
    expect((await visible(memberEmail(cast.factoryA1.slug), id)).doc?.product).toBe(product)
    expect((await visible(memberEmail(cast.factoryB1.slug), id)).doc?.product).toBe(product)
    expect((await visible(cast.emails.operatorB, id)).doc?.product).toBe(product)
    // Its private link is the hub's, not a portal's.
    expect((await zhili(`/en/sourcing/requests/${token}`)).status).toBe(404)
    // Hidden by Yiwu's operator, it leaves Yiwu's board; the hub's keeps it for the other belts.
    const hidden = await api(`/api/sourcing-requests/${id}/hide`, {
      method: 'POST',
      token: await login(cast.emails.operatorB),
    })
    expect(hidden.status, hidden.text).toBe(200)
    expect(
      (await getWithHost('/en/sourcing', `yiwu.localhost:${inject('port')}`)).body,
    ).not.toContain(product)
    expect((await hub('/en/sourcing')).body).toContain(product)
    // Where it went is told to each operator for their own belt only; the admin sees it whole.
    const read = async (email: string) =>
      (await api(`/api/sourcing-requests/${id}?depth=0`, { token: await login(email) })).json
    const whole = await read(cast.emails.admin)
    const [yiwuID] = whole.hiddenIn
    expect(whole.matchedBelts.length).toBeGreaterThan(1)
    expect(whole.matchedBelts).toContain(yiwuID)
    const zhiliView = await read(cast.emails.operatorA)
    expect(zhiliView.hiddenIn).toEqual([])
    expect(zhiliView.matchedBelts).not.toContain(yiwuID)
    expect(zhiliView.matchedBelts.length).toBe(1)
    expect(zhiliView.belts).not.toContain(yiwuID)
    expect((await read(cast.emails.operatorB)).hiddenIn).toEqual([yiwuID])
    // Hidden by a second belt, the first belt's hiding is kept (the hiding writes the list back).
    const again = await api(`/api/sourcing-requests/${id}/hide`, {
      method: 'POST',
      token: await login(cast.emails.operatorA),
    })
    expect(again.status, again.text).toBe(200)
    const after = await read(cast.emails.admin)
    expect(after.hiddenIn.sort()).toEqual([...new Set([yiwuID, ...zhiliView.matchedBelts])].sort())
    // The hub's board keeps it while a matched belt has not hidden it, and drops it once the
    // operators of every belt it was matched in have.
    const rest = after.matchedBelts.filter((belt: number) => !after.hiddenIn.includes(belt))
    expect(rest.length).toBeGreaterThan(0)
    expect((await hub('/en/sourcing')).body).toContain(product)
    for (const belt of rest) {
      const { slug } = (
        await api(`/api/tenants/${belt}?depth=0`, { token: await login(cast.emails.admin) })
      ).json
      const hid = await api(`/api/sourcing-requests/${id}/hide`, {
        method: 'POST',
        token: await login(demoOperatorEmail(slug)),
      })
      expect(hid.status, hid.text).toBe(200)
    }
    expect((await hub('/en/sourcing')).body).not.toContain(product)
  })

  it('a private link opens only on the portal it was posted on', async () => {
    const { token } = await post()
    expect((await hub(`/en/sourcing/requests/${token}`)).status).toBe(404)
    expect((await zhili(`/en/sourcing/requests/${'x'.repeat(32)}`)).status).toBe(404)
  })
})
