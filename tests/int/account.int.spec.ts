import { afterAll, describe, expect, inject, it } from 'vitest'

import { api, login, portalRequest, rawRequest, type PortalResponse } from '../helpers/api'
import { cast, unique } from '../helpers/fixtures'
import { send } from '../helpers/inquiries'
import { isTo, mails, waitForMail } from '../helpers/mail'
import { cleanUp, inAMonth, made, requestIDOf } from '../helpers/sourcing'

/**
 * Buyer accounts (issue #22): sign-up with the staff password policy and a verified e-mail, the
 * inbox at /account with the buyer's own inquiries and sourcing requests, claiming by the same
 * verified address, and a session that /api and /admin never take for anyone.
 */
const port = () => inject('port')
const ZHILI = () => `zhili.localhost:${port()}`
const ORIGIN = () => `http://${ZHILI()}`
const PASSWORD = 'a long buyer pass phrase'
const accounts: string[] = []

afterAll(async () => {
  await cleanUp()
  const admin = await login(cast.emails.admin)
  for (const email of accounts) {
    const found = await api(`/api/buyers?where[email][equals]=${encodeURIComponent(email)}`, {
      token: admin,
    })
    for (const doc of found.json?.docs ?? [])
      await api(`/api/buyers/${doc.id}`, { method: 'DELETE', token: admin })
  }
})

const cookieOf = (response: PortalResponse) => {
  const set = ([] as string[]).concat(response.headers['set-cookie'] ?? [])
  const line = set.find((value) => value.startsWith('chandi_buyer='))
  return line?.split(';')[0]
}

/** A form post from the portal's own pages (its Origin), optionally signed in. */
const submit = (
  path: string,
  form: Record<string, string>,
  { cookie, origin = ORIGIN(), host }: { cookie?: string; origin?: string; host?: string } = {},
) =>
  portalRequest('POST', path, {
    form,
    host,
    headers: { origin, ...(cookie ? { cookie } : {}) },
  })

const get = (path: string, cookie?: string, host?: string) =>
  portalRequest('GET', path, { host, headers: cookie ? { cookie } : {} })

const signUp = async (email: string, password = PASSWORD) => {
  accounts.push(email.trim().toLowerCase())
  return submit('/en/account/signup', { email, password })
}

/** Signs up and follows the mailed link; returns the signed-in cookie. */
const verifiedAccount = async (email: string) => {
  const response = await signUp(email)
  expect(response.status, response.body).toBe(303)
  const token = await verifyToken(email)
  const verified = await submit(`/en/account/verify/${token}`, { password: PASSWORD })
  expect(verified.status, verified.body).toBe(303)
  expect(verified.location).toBe('/en/account')
  const cookie = cookieOf(verified)
  expect(cookie).toBeTruthy()
  return cookie!
}

const verifyToken = async (email: string) => {
  const [mail] = await waitForMail((m) => isTo(m, email) && m.text.includes('/account/verify/'))
  return mail.text.match(/\/account\/verify\/([A-Za-z0-9_-]{32})/)![1]
}

/** A sourcing request's form (Zhili's kids-wear), from `email`. */
const need = (product: string, email = `${unique('elsewhere')}@example.com`) => ({
  product,
  category: 'kids-wear',
  quantity: '20000',
  unit: 'piece',
  targetPrice: '2.5',
  currency: 'USD',
  destinationCountry: 'Germany',
  neededBy: inAMonth(),
  name: 'Greta Buyer',
  email,
})

/** Posts a request as `email` (not signed in) and returns its product and private token. */
const postAs = async (email: string) => {
  const product = unique('Claimed rompers')
  const response = await portalRequest('POST', '/en/sourcing/new', { form: need(product, email) })
  expect(response.status, response.body).toBe(303)
  const [mail] = await waitForMail((m) => isTo(m, email) && m.subject.includes(product))
  const token = mail.text.match(/\/sourcing\/requests\/([A-Za-z0-9_-]{32})/)![1]
  made.requests.push(await requestIDOf(product))
  return { product, token }
}

describe('buyer accounts: sign-up and log-in', () => {
  it('refuses a weak password naming the field, and a bad e-mail, keeping the address', async () => {
    const email = `${unique('weak')}@example.com`
    for (const password of ['short', '1234567890']) {
      const response = await signUp(email, password)
      expect(response.status).toBe(400)
      expect(response.body).toMatch(/aria-invalid="true"[^>]*name="password"/)
      expect(response.body).toContain('Password:')
      expect(response.body).toContain(`value="${email}"`)
    }
    const bad = await signUp('not-an-address', PASSWORD)
    expect(bad.status).toBe(400)
    expect(bad.body).toMatch(/aria-invalid="true"[^>]*name="email"/)
    // In the page's language.
    const ru = await submit('/ru/account/signup', { email, password: 'short' })
    expect(ru.status).toBe(400)
    expect(ru.body).toContain('Пароль:')
  })

  it('an unverified account cannot log in; the link verifies only with the password', async () => {
    const email = `${unique('greta')}@example.com`
    const response = await signUp(email)
    expect(response.status, response.body).toBe(303)
    expect(response.location).toBe('/en/account/signup?sent=1')
    const refused = await submit('/en/account/login', { email, password: PASSWORD })
    expect(refused.status).toBe(403)
    expect(refused.body).toContain('Confirm your e-mail first')
    expect(cookieOf(refused)).toBeUndefined()

    const token = await verifyToken(email)
    const page = await get(`/en/account/verify/${token}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain(email)
    const wrong = await submit(`/en/account/verify/${token}`, { password: 'wrong password!!' })
    expect(wrong.status).toBe(401)
    expect(cookieOf(wrong)).toBeUndefined()
    const right = await submit(`/en/account/verify/${token}`, { password: PASSWORD })
    expect(right.status).toBe(303)
    expect(cookieOf(right)).toMatch(/^chandi_buyer=/)
    expect(String(right.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Lax/)
    // The link is spent; logging in now works.
    expect((await get(`/en/account/verify/${token}`)).status).toBe(404)
    const login = await submit('/en/account/login', {
      email: ` ${email.toUpperCase()} `,
      password: PASSWORD,
    })
    expect(login.status, login.body).toBe(303)
    expect(cookieOf(login)).toBeTruthy()
    const wrongLogin = await submit('/en/account/login', { email, password: 'not the password' })
    expect(wrongLogin.status).toBe(401)
  })

  it('a taken e-mail gets no second account: the same answer, the owner told, the old password kept', async () => {
    const email = `${unique('taken')}@example.com`
    await verifiedAccount(email)
    const again = await signUp(email, 'another long pass phrase')
    expect(again.status).toBe(303)
    expect(again.location).toBe('/en/account/signup?sent=1')
    await waitForMail((m) => isTo(m, email) && m.subject.includes('Someone tried to sign up'))
    const withNew = await submit('/en/account/login', {
      email,
      password: 'another long pass phrase',
    })
    expect(withNew.status).toBe(401)
    expect((await submit('/en/account/login', { email, password: PASSWORD })).status).toBe(303)
  })

  it('refuses the account forms from another site, and log-out ends the session', async () => {
    const email = `${unique('csrf')}@example.com`
    const cookie = await verifiedAccount(email)
    const crossLogin = await submit(
      '/en/account/login',
      { email, password: PASSWORD },
      { origin: 'http://evil.example' },
    )
    expect(crossLogin.status).toBe(403)
    // `Origin: null` (sent under `Referrer-Policy: no-referrer`): the browser's Sec-Fetch-Site decides.
    const nullOrigin = (site: string) =>
      portalRequest('POST', '/en/account/login', {
        form: { email, password: PASSWORD },
        headers: { origin: 'null', 'sec-fetch-site': site },
      })
    expect((await nullOrigin('cross-site')).status).toBe(403)
    expect((await nullOrigin('same-origin')).status).toBe(303)
    const crossLogout = await submit(
      '/en/account/logout',
      {},
      { cookie, origin: 'http://evil.example' },
    )
    expect(crossLogout.status).toBe(403)
    expect((await get('/en/account', cookie)).status).toBe(200)
    const out = await submit('/en/account/logout', {}, { cookie })
    expect(out.status).toBe(303)
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0')
    const after = await get('/en/account', cookie)
    expect(after.status).toBe(303)
    expect(after.location).toBe('/en/account/login')
  })
})

describe('buyer accounts: a forgotten password', () => {
  it('mails a verified account a link; the new password follows the policy and ends old sessions', async () => {
    const email = `${unique('forgot')}@example.com`
    const old = await verifiedAccount(email)
    const unknown = `${unique('nobody')}@example.com`
    for (const address of [email, unknown]) {
      const asked = await submit('/en/account/forgot', { email: address })
      expect(asked.status).toBe(303)
      expect(asked.location).toBe('/en/account/forgot?sent=1')
    }
    const [mail] = await waitForMail((m) => isTo(m, email) && m.text.includes('/account/reset/'))
    const token = mail.text.match(/\/account\/reset\/([A-Za-z0-9_-]{32})/)![1]
    expect((await get(`/en/account/reset/${token}`)).status).toBe(200)
    const weak = await submit(`/en/account/reset/${token}`, { password: '1234567890' })
    expect(weak.status).toBe(400)
    expect(weak.body).toMatch(/aria-invalid="true"[^>]*name="password"/)
    const done = await submit(`/en/account/reset/${token}`, { password: 'a brand new pass phrase' })
    expect(done.status).toBe(303)
    // The session it starts works (signed with the version the reset raised).
    expect((await get('/en/account', cookieOf(done))).status).toBe(200)
    expect((await get(`/en/account/reset/${token}`)).status).toBe(404)
    expect((await get('/en/account', old)).status).toBe(303)
    expect((await submit('/en/account/login', { email, password: PASSWORD })).status).toBe(401)
    const login = await submit('/en/account/login', { email, password: 'a brand new pass phrase' })
    expect(login.status).toBe(303)
    // The unknown address got nothing; a post from another site is refused.
    expect(mails().some((m) => isTo(m, unknown))).toBe(false)
    const cross = await submit('/en/account/forgot', { email }, { origin: 'http://evil.example' })
    expect(cross.status).toBe(403)
  })
})

describe('buyer accounts: the inbox and claiming', () => {
  it('claims earlier items of the same address only at verification, and shows no one else’s', async () => {
    const email = `${unique('claim')}@example.com`
    const other = `${unique('other')}@example.com`
    const message = `Please quote ${unique('lot')} for our stores in São Paulo.`
    const inquiry = await send({ email: `  ${email.toUpperCase()} `, message })
    expect(inquiry.status, inquiry.body).toBe(303)
    const otherInquiry = await send({ email: other })
    expect(otherInquiry.status).toBe(303)
    const request = await postAs(email)
    const otherRequest = await postAs(other)

    // Signed up but not verified: nothing can be seen (no session at all).
    expect((await signUp(email)).status).toBe(303)
    const before = await get('/en/account')
    expect(before.status).toBe(303)

    const token = await verifyToken(email)
    const verified = await submit(`/en/account/verify/${token}`, { password: PASSWORD })
    const cookie = cookieOf(verified)!
    const inbox = await get('/en/account', cookie)
    expect(inbox.status).toBe(200)
    expect(inbox.headers['cache-control']).toBe('private, no-store')
    expect(inbox.body).toContain(cast.factoryA1.name.en)
    expect(inbox.body).toContain(message)
    expect(inbox.body).toContain(request.product)
    expect(inbox.body).toContain(`/en/sourcing/requests/${request.token}`)
    expect(inbox.body).toContain(`/en/inquiries/`)
    expect(inbox.body).not.toContain(otherRequest.product)
    expect(inbox.body).not.toContain(otherRequest.token)
    // The inquiry's private link (in its redirect) is the one the inbox links to.
    expect(inbox.body).toContain(inquiry.location!.replace(/\?sent=1$/, ''))
    expect(inbox.body).not.toContain(otherInquiry.location!.replace(/\?sent=1$/, ''))

    // Another verified buyer sees none of it, and private links still work without an account.
    const stranger = await verifiedAccount(`${unique('stranger')}@example.com`)
    const theirs = await get('/en/account', stranger)
    expect(theirs.body).not.toContain(request.product)
    expect(theirs.body).toContain('None yet')
    expect((await get(`/en/sourcing/requests/${request.token}`)).status).toBe(200)
    expect((await get(inquiry.location!)).status).toBe(200)

    // In the page's language.
    const ru = await get('/ru/account', cookie)
    expect(ru.body).toContain('Ваши запросы и заявки на закупку')

    // Erased through its private link, the inquiry leaves the inbox too.
    const thread = inquiry.location!.replace(/\?sent=1$/, '')
    expect((await submit(`${thread}/erase`, { confirm: 'yes' })).status).toBeLessThan(400)
    const afterErase = await get('/en/account', cookie)
    expect(afterErase.body).not.toContain(message)
    expect(afterErase.body).toContain(request.product)
  })

  it('attaches what a signed-in buyer posts from this site for their own address, nothing else', async () => {
    const email = `${unique('poster')}@example.com`
    const cookie = await verifiedAccount(email)
    const product = unique('Signed-in rompers')
    const response = await submit('/en/sourcing/new', need(product, ` ${email.toUpperCase()}`), {
      cookie,
    })
    expect(response.status, response.body).toBe(303)
    // For a stranger's address it is an anonymous post: its link goes only to that mailbox, so
    // the poster cannot confirm it in the stranger's name from their own inbox.
    const strangerProduct = unique('Stranger rompers')
    const stranger = await submit('/en/sourcing/new', need(strangerProduct), { cookie })
    expect(stranger.status).toBe(303)
    // Posted from another site with the same cookie: the account does not count.
    const crossProduct = unique('Cross-site rompers')
    const cross = await submit('/en/sourcing/new', need(crossProduct), {
      cookie,
      origin: 'http://evil.example',
    })
    expect(cross.status).toBe(303)
    const inbox = await get('/en/account', cookie)
    expect(inbox.body).toContain(product)
    expect(inbox.body).not.toContain(crossProduct)
    expect(inbox.body).not.toContain(strangerProduct)
    const admin = await login(cast.emails.admin)
    for (const name of [product, crossProduct, strangerProduct]) {
      const found = await api(
        `/api/sourcing-requests?where[product][equals]=${encodeURIComponent(name)}&depth=0`,
        { token: admin },
      )
      made.requests.push(found.json.docs[0].id)
      // Nobody reads which account a request belongs to through the API, not even the admin.
      expect(found.text).not.toContain('buyerAccount')
    }
  })

  it('the account pages are on the hub too', async () => {
    const hub = await get('/es/account/login', undefined, `localhost:${port()}`)
    expect(hub.status).toBe(200)
    expect(hub.body).toContain('Iniciar sesión')
    // Every page's header leads there, in the page's language (hub and portals).
    expect(hub.body).toContain('href="/es/account">Mi cuenta</a>')
    expect((await get('/products')).body).toContain('href="/account">我的账户</a>')
  })
})

describe('a buyer session is nobody on /api and /admin', () => {
  it('gets what anonymous gets, as a cookie or a token', async () => {
    const cookie = await verifiedAccount(`${unique('api')}@example.com`)
    const value = cookie.split('=')[1]
    const ways: Record<string, string>[] = [
      { cookie },
      { cookie: `payload-token=${value}` },
      { authorization: `JWT ${value}` },
    ]
    const paths = [
      '/api/inquiries',
      '/api/sourcing-requests',
      '/api/sourcing-quotes',
      '/api/users/me',
      '/api/users',
      '/api/buyers',
      '/api/inquiries/stats',
      '/api/sourcing-requests/figures',
    ]
    for (const path of paths) {
      const anonymous = await portalRequest('GET', path, { host: `localhost:${port()}` })
      for (const headers of ways) {
        const asBuyer = await portalRequest('GET', path, { host: `localhost:${port()}`, headers })
        expect([path, asBuyer.status]).toEqual([path, anonymous.status])
        expect(asBuyer.body.replace(/"(exp|iat)":\d+/g, '')).toBe(
          anonymous.body.replace(/"(exp|iat)":\d+/g, ''),
        )
      }
    }
    const query = '{ Inquiries { docs { id } } Buyers { docs { email } } meUser { user { id } } }'
    const graph = async (headers: Record<string, string>) => {
      const body = Buffer.from(JSON.stringify({ query }))
      const response = await rawRequest('/api/graphql', {
        method: 'POST',
        port: port(),
        headers: {
          host: `localhost:${port()}`,
          'content-type': 'application/json',
          'content-length': body.length,
          ...headers,
        },
        body,
      })
      return { status: response.status, text: response.text }
    }
    const anonymousQL = await graph({})
    for (const headers of ways) expect(await graph(headers)).toEqual(anonymousQL)
    const adminAnonymous = await get('/admin', undefined, `localhost:${port()}`)
    const adminBuyer = await get('/admin', cookie, `localhost:${port()}`)
    expect(adminBuyer.status).toBe(adminAnonymous.status)
    expect(adminBuyer.location).toBe(adminAnonymous.location)
  })
})
