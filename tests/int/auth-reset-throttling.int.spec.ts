import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { invite, LOCKED, NEW_PASSWORD, signUpVerified } from '../helpers/accounts'
import { api, login, loginAt, requestAt } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { cast, unique } from '../helpers/fixtures'
import { isTo, mails, waitForMail } from '../helpers/mail'
import { median, timed } from '../helpers/timing'
import { startServer, stopServer, type RunningServer } from '../setup/server'

/**
 * Password reset and login throttling (security issue, items 3 and 5): the same answers for known
 * and unknown e-mails, no lock-out, and no anonymous request holding the process's writes.
 */

describe('password reset on the suite server', () => {
  const email = `${unique('reset')}@example.com`.toLowerCase()
  let userID: number | string

  beforeAll(async () => {
    const admin = await login(cast.emails.admin)
    userID = (await invite(admin, { email, roles: ['buyer'] }, 'first-password-2026')).id
  })
  afterAll(async () => {
    if (userID)
      await api(`/api/users/${userID}`, { method: 'DELETE', token: await login(cast.emails.admin) })
  })

  it('forgot-password answers at once and the same for a known and an unknown e-mail; the mail follows and its link resets the password once', async () => {
    const unknown = `${unique('nobody')}@example.com`.toLowerCase()
    const known = await timed(() =>
      api('/api/users/forgot-password', { method: 'POST', body: { email } }),
    )
    const stranger = await timed(() =>
      api('/api/users/forgot-password', { method: 'POST', body: { email: unknown } }),
    )
    expect(known.result.status, known.result.text).toBe(200)
    expect(stranger.result.status).toBe(200)
    expect(known.result.text).toBe(stranger.result.text)
    expect(known.ms).toBeLessThan(1000)
    expect(stranger.ms).toBeLessThan(1000)

    const [mail] = await waitForMail(
      (candidate) => isTo(candidate, email) && /Reset your password/.test(candidate.subject),
    )
    const token = /\/admin\/reset\/([0-9a-f]+)/.exec(mail.text)?.[1]
    expect(token, mail.text).toBeTruthy()
    expect(mails().some((candidate) => isTo(candidate, unknown))).toBe(false)
    expect((await api(`/admin/reset/${token}`)).status).toBe(200)

    const reset = await api('/api/users/reset-password', {
      method: 'POST',
      body: { token, password: NEW_PASSWORD },
    })
    expect(reset.status, reset.text).toBe(200)
    expect(
      (await api('/api/users/login', { method: 'POST', body: { email, password: NEW_PASSWORD } }))
        .status,
    ).toBe(200)
    const again = await api('/api/users/reset-password', {
      method: 'POST',
      body: { token, password: 'a-third-password-2026' },
    })
    expect(again.status).not.toBe(200)
    expect(
      (await api('/api/users/login', { method: 'POST', body: { email, password: NEW_PASSWORD } }))
        .status,
    ).toBe(200)
  })

  it('forgot-password without an e-mail is a 400 that names the field', async () => {
    const response = await api('/api/users/forgot-password', { method: 'POST', body: {} })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('email')
  })
})

/**
 * On a copy of the suite's database, with a server of its own behind TRUST_PROXY, so each test
 * picks its source addresses (X-Forwarded-For) and the suite's server never counts these
 * failures against 127.0.0.1.
 */
describe('login throttling and anonymous load on a server of its own', () => {
  let server: RunningServer
  let copy: Awaited<ReturnType<typeof copySuiteDatabase>>
  let adminToken: string
  const created: (number | string)[] = []
  let address = 0
  const newSource = () => `10.17.${Math.floor((address += 1) / 250)}.${(address % 250) + 1}`

  const post = (pathname: string, body: unknown, source: string) =>
    requestAt(server.port, 'POST', pathname, { body, headers: { 'x-forwarded-for': source } })
  const attempt = (email: string, password: string, source: string) =>
    timed(() => post('/api/users/login', { email, password }, source))
  let outbox = ''
  const newUser = async () => {
    const email = `${unique('throttle')}@example.com`.toLowerCase()
    created.push(
      (await signUpVerified(email, 'right-password-2026', { port: server.port, outbox })).id,
    )
    return email
  }

  beforeAll(async () => {
    copy = await copySuiteDatabase('auth')
    outbox = path.join(copy.dir, 'outbox')
    server = await startServer({
      env: { ...copy.env, TRUST_PROXY: '1', MAIL_OUTBOX_DIR: outbox, CHANDI_SIGN_UP_LIMIT_IP: '5' },
    })
    adminToken = await loginAt(server.port, cast.emails.admin)
  })
  afterAll(async () => {
    if (server) await stopServer(server)
    await copy?.remove()
  })

  it('one source makes five accounts in 15 minutes; the sixth sign-up gets the same answer and makes nothing', async () => {
    const source = newSource()
    const emails = Array.from({ length: 6 }, () => `${unique('flood')}@example.com`.toLowerCase())
    const answers = []
    for (const email of emails)
      answers.push(await post('/api/users', { email, password: 'right-password-2026' }, source))
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201, 201])
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1)
    const made = []
    for (const email of emails) {
      const found = await requestAt(
        server.port,
        'GET',
        `/api/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`,
        { token: adminToken },
      )
      made.push(found.json.totalDocs)
      created.push(...found.json.docs.map((doc: { id: number }) => doc.id))
    }
    expect(made).toEqual([1, 1, 1, 1, 1, 0])
  })

  it('a wrong password for an unknown e-mail gets the same answer as for a real account, in about the same time', async () => {
    const email = await newUser()
    const known: number[] = []
    const unknown: number[] = []
    let knownBody = ''
    let unknownBody = ''
    for (let round = 0; round < 10; round += 1) {
      const real = await attempt(email, 'wrong-password', newSource())
      const none = await attempt(`${unique('nobody')}@example.com`, 'wrong-password', newSource())
      expect(real.result.status).toBe(401)
      expect(none.result.status).toBe(401)
      knownBody = real.result.text
      unknownBody = none.result.text
      known.push(real.ms)
      unknown.push(none.ms)
    }
    expect(unknownBody).toBe(knownBody)
    const ratio = median(unknown) / median(known)
    expect(ratio, `unknown ${median(unknown)} ms, known ${median(known)} ms`).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  it('six wrong passwords slow their source down, never lock the account: the correct password logs in from another source, and never reads "locked"', async () => {
    const email = await newUser()
    const stranger = newSource()
    const answers: string[] = []
    for (let round = 0; round < 6; round += 1) {
      const { result } = await attempt(email, 'wrong-password', stranger)
      expect(result.status).toBe(401)
      answers.push(result.text)
    }
    // The seventh guess from the same source waits (a growing delay); a first one elsewhere does not.
    const slowed = await attempt(email, 'wrong-password', stranger)
    const fresh = await attempt(email, 'wrong-password', newSource())
    answers.push(slowed.result.text, fresh.result.text)
    expect(slowed.ms - fresh.ms, `${slowed.ms} ms against ${fresh.ms} ms`).toBeGreaterThan(1000)
    const owner = await attempt(email, 'right-password-2026', newSource())
    expect(owner.result.status, owner.result.text).toBe(200)
    for (const answer of answers) expect(answer).not.toMatch(LOCKED)
    // Even the stranger's source is slowed, not refused: the correct password still works there.
    const there = await attempt(email, 'right-password-2026', stranger)
    expect(there.result.status).toBe(200)
  })

  it('the platform admin is never locked out', async () => {
    const desk = newSource()
    expect((await attempt(cast.emails.admin, 'chandi-demo', desk)).result.status).toBe(200)
    const stranger = newSource()
    for (let round = 0; round < 8; round += 1) {
      const { result } = await attempt(cast.emails.admin, `wrong-${round}`, stranger)
      expect(result.status).toBe(401)
      expect(result.text).not.toMatch(LOCKED)
    }
    const elsewhere = await attempt(cast.emails.admin, 'chandi-demo', newSource())
    expect(elsewhere.result.status, elsewhere.result.text).toBe(200)
    // From the desk the admin logged in from before, not slowed at all by the stranger.
    const atDesk = await attempt(cast.emails.admin, 'chandi-demo', desk)
    expect(atDesk.result.status).toBe(200)
    expect(atDesk.ms).toBeLessThan(elsewhere.ms + 1500)
  })

  it('a burst of anonymous forgot-password and login requests does not hold up an operator’s write', async () => {
    const operator = await loginAt(server.port, cast.emails.operatorA)
    // GraphQL is Next's route (src/server/restApi.ts): its first request on a fresh server loads
    // Next's route bundle, about a second, which is not what the timing below is about.
    expect((await post('/api/graphql', { query: '{ __typename }' }, newSource())).status).toBe(200)
    const beltA = (
      await requestAt(
        server.port,
        'GET',
        `/api/tenants?where[slug][equals]=${cast.beltA.slug}&depth=0`,
        { token: adminToken },
      )
    ).json.docs[0].id
    const page = (
      await requestAt(
        server.port,
        'GET',
        `/api/pages?where[tenant][equals]=${beltA}&depth=0&limit=1`,
        { token: operator },
      )
    ).json.docs[0]
    const known = [cast.emails.operatorB, cast.emails.admin, await newUser()]
    const burst = Array.from({ length: 24 }, (_, index) => {
      const email =
        index % 4 === 0 ? known[(index / 4) % known.length] : `${unique('nobody')}@example.com`
      return index % 2 === 0
        ? post('/api/users/forgot-password', { email }, newSource())
        : post('/api/users/login', { email, password: 'wrong-password' }, newSource())
    })
    // While the burst is in flight.
    await new Promise((resolve) => setTimeout(resolve, 100))
    const edit = await timed(() =>
      requestAt(server.port, 'PATCH', `/api/pages/${page.id}`, {
        token: operator,
        body: { title: `${page.title} ·` },
      }),
    )
    const answers = await Promise.all(burst)
    expect(edit.result.status, edit.result.text).toBe(200)
    expect(edit.ms).toBeLessThan(3000)
    for (const answer of answers) {
      expect(answer.status).not.toBe(500)
      expect(answer.text).not.toMatch(/other writes held the database|locked/i)
    }
    // GraphQL's forgot-password is the same: true at once for anyone.
    const graphql = await timed(() =>
      post(
        '/api/graphql',
        { query: `mutation { forgotPasswordUser(email: "${cast.emails.operatorA}") }` },
        newSource(),
      ),
    )
    expect(graphql.result.json?.data?.forgotPasswordUser, graphql.result.text).toBe(true)
    expect(graphql.ms).toBeLessThan(1000)
  })
})
