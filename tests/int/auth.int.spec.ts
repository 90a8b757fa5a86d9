import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GOOD_PASSWORD, invite, linkToken, mailedToken, signUpVerified } from '../helpers/accounts'
import { api, errorPaths, graphql, login, loginAt, requestAt } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { isTo, mails, waitForMail, type Mail } from '../helpers/mail'
import { startServer, stopServer, type RunningServer } from '../setup/server'

/**
 * Password reset and login throttling (security issue, items 3 and 5): the same answers for known
 * and unknown e-mails, no lock-out, and no anonymous request holding the process's writes.
 */

const NEW_PASSWORD = 'a-new-password-2026'
const LOCKED = /locked/i

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const timed = async <T>(run: () => Promise<T>) => {
  const started = performance.now()
  const result = await run()
  return { result, ms: performance.now() - started }
}

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

/**
 * Issue 17 (trust), item 1: staff invite and remove accounts but never hold their credentials;
 * an invitation is an e-mail with a one-time link its owner chooses a password through.
 */
describe('invitations: nobody chooses or changes another person’s password or e-mail', () => {
  const removeLater: (number | string)[] = []
  let yiwu: number | string
  let yiwuFactory: number | string
  let operatorB: string
  let admin: string
  const memberBody = (email: string, extra: Record<string, unknown> = {}) => ({
    email,
    tenants: [{ tenant: yiwu, role: 'factory-member' }],
    factory: yiwuFactory,
    ...extra,
  })
  const invitationTo = (email: string) => (mail: Mail) =>
    isTo(mail, email) && /invited/.test(mail.subject)

  beforeAll(async () => {
    yiwu = await idBy('tenants', 'slug', cast.beltB.slug)
    yiwuFactory = await idBy('factories', 'slug', cast.factoryB1.slug)
    operatorB = await login(cast.emails.operatorB)
    admin = await login(cast.emails.admin)
  })
  afterAll(async () => {
    for (const id of removeLater) await api(`/api/users/${id}`, { method: 'DELETE', token: admin })
  })

  it('an operator who gives a new member a password is refused, naming the field, and nothing is created', async () => {
    const email = `${unique('chosen')}@example.com`.toLowerCase()
    const response = await api('/api/users', {
      method: 'POST',
      token: operatorB,
      body: memberBody(email, { password: GOOD_PASSWORD }),
    })
    expect(response.status, response.text).toBe(403)
    expect(errorPaths(response)).toEqual(['password'])
    expect(
      (await api(`/api/users?where[email][equals]=${encodeURIComponent(email)}`, { token: admin }))
        .json.totalDocs,
    ).toBe(0)
    // The same through GraphQL.
    const viaGraphQL = await graphql(
      `mutation { createUser(data: { email: "${email}", password: "${GOOD_PASSWORD}" }) { id } }`,
      operatorB,
    )
    expect(viaGraphQL.json.errors?.[0]?.message ?? '', viaGraphQL.text).toMatch(/password/)
    expect(
      (await api(`/api/users?where[email][equals]=${encodeURIComponent(email)}`, { token: admin }))
        .json.totalDocs,
    ).toBe(0)
  })

  it('an operator invites a member without a password: the member gets a one-time link, chooses their own password and logs in', async () => {
    const email = `${unique('invited')}@example.com`.toLowerCase()
    const created = await api('/api/users', {
      method: 'POST',
      token: operatorB,
      body: memberBody(email),
    })
    expect(created.status, created.text).toBe(201)
    removeLater.push(created.json.doc.id)
    const [mail] = await waitForMail(invitationTo(email))
    // The factory's members are told who joined and who added them: never silently.
    const [notice] = await waitForMail(
      (sent) => isTo(sent, memberEmail(cast.factoryB1.slug)) && sent.text.includes(email),
    )
    expect(notice.subject).toMatch(/new member/)
    expect(notice.text).toContain(cast.emails.operatorB)
    expect(linkToken(notice, 'reset')).toBeUndefined()
    const token = linkToken(mail, 'reset')
    expect(token, mail.text).toMatch(/^[0-9a-f]{40}$/)
    // Nothing the operator saw logs in: not the answer, not a guess of an empty password.
    expect(created.text).not.toContain(token)
    expect(
      (await api('/api/users/login', { method: 'POST', body: { email, password: '' } })).status,
    ).not.toBe(200)
    // The link's page opens; a weak password is refused there too, naming the field.
    expect((await api(`/admin/reset/${token}`)).status).toBe(200)
    const weak = await api('/api/users/reset-password', {
      method: 'POST',
      body: { token, password: 'short' },
    })
    expect(weak.status, weak.text).toBe(400)
    expect(errorPaths(weak)).toEqual(['password'])
    const chosen = await api('/api/users/reset-password', {
      method: 'POST',
      body: { token, password: GOOD_PASSWORD },
    })
    expect(chosen.status, chosen.text).toBe(200)
    const loggedIn = await api('/api/users/login', {
      method: 'POST',
      body: { email, password: GOOD_PASSWORD },
    })
    // Invited accounts start unverified: choosing the password through the link verified it.
    expect(loggedIn.status, loggedIn.text).toBe(200)
    const again = await api('/api/users/reset-password', {
      method: 'POST',
      body: { token, password: 'another-rare-passphrase' },
    })
    expect(again.status).not.toBe(200)
  })

  it('an operator cannot change a member’s password or e-mail, nor can a platform admin; the member changes their own', async () => {
    const email = `${unique('member')}@example.com`.toLowerCase()
    const member = await invite(operatorB, memberBody(email))
    removeLater.push(member.id)
    for (const [who, token] of [
      ['the operator', operatorB],
      ['the platform admin', admin],
    ] as const) {
      const password = await api(`/api/users/${member.id}`, {
        method: 'PATCH',
        token,
        body: { password: 'operator-chosen-2026' },
      })
      expect(password.status, `${who}: ${password.text}`).toBe(403)
      expect(errorPaths(password)).toEqual(['password'])
      const address = await api(`/api/users/${member.id}`, {
        method: 'PATCH',
        token,
        body: { email: `${unique('taken')}@example.com` },
      })
      expect(address.status, `${who}: ${address.text}`).toBe(403)
      expect(errorPaths(address)).toEqual(['email'])
      // A bulk update names no one, so it sets no one's password either.
      const bulk = await api(`/api/users?where[email][equals]=${encodeURIComponent(email)}`, {
        method: 'PATCH',
        token,
        body: { password: 'operator-chosen-2026' },
      })
      expect(
        bulk.status === 403 || (bulk.json?.errors?.length ?? 0) > 0,
        `${who}: ${bulk.text}`,
      ).toBe(true)
    }
    expect(
      (
        await api('/api/users/login', {
          method: 'POST',
          body: { email, password: 'operator-chosen-2026' },
        })
      ).status,
    ).toBe(401)
    // The member: their own password (with the policy) and their own address.
    const weak = await api(`/api/users/${member.id}`, {
      method: 'PATCH',
      token: member.token,
      body: { password: 'password123' },
    })
    expect(weak.status, weak.text).toBe(400)
    expect(errorPaths(weak)).toEqual(['password'])
    const own = await api(`/api/users/${member.id}`, {
      method: 'PATCH',
      token: member.token,
      body: { password: 'my-own-new-passphrase' },
    })
    expect(own.status, own.text).toBe(200)
    expect(
      (
        await api('/api/users/login', {
          method: 'POST',
          body: { email, password: 'my-own-new-passphrase' },
        })
      ).status,
    ).toBe(200)
    const moved = `${unique('moved')}@example.com`.toLowerCase()
    const ownAddress = await api(`/api/users/${member.id}`, {
      method: 'PATCH',
      token: member.token,
      body: { email: moved },
    })
    expect(ownAddress.status, ownAddress.text).toBe(200)
    expect(ownAddress.json.doc.email).toBe(moved)
  })

  it('a member moved out of their factory or removed is told who did it, so a factory is never emptied silently', async () => {
    const email = `${unique('movedout')}@example.com`.toLowerCase()
    const member = await invite(operatorB, memberBody(email))
    const other = await idBy('factories', 'slug', cast.beltB.factories[1].slug)
    const moved = await api(`/api/users/${member.id}`, {
      method: 'PATCH',
      token: operatorB,
      body: { factory: other },
    })
    expect(moved.status, moved.text).toBe(200)
    const [movedNotice] = await waitForMail(
      (mail) => isTo(mail, email) && /removed from/.test(mail.subject),
    )
    expect(movedNotice.text).toContain(cast.emails.operatorB)
    // The factory it joined is told as well (its demo member), naming the one who moved it.
    await waitForMail(
      (mail) => isTo(mail, memberEmail(cast.beltB.factories[1].slug)) && mail.text.includes(email),
    )
    const removed = await api(`/api/users/${member.id}`, { method: 'DELETE', token: operatorB })
    expect(removed.status, removed.text).toBe(200)
    const [removedNotice] = await waitForMail(
      (mail) => isTo(mail, email) && /account was removed/.test(mail.subject),
    )
    expect(removedNotice.text).toContain(cast.emails.operatorB)
  })

  it('an operator reads the belt’s people but not their login sessions; each user reads their own', async () => {
    const member = memberEmail(cast.factoryB1.slug)
    await login(member)
    const listed = await api(
      `/api/users?where[email][equals]=${encodeURIComponent(member)}&depth=0`,
      { token: operatorB },
    )
    expect(listed.json.docs).toHaveLength(1)
    expect(listed.json.docs[0]).not.toHaveProperty('sessions')
    const viaGraphQL = await graphql(
      `{ Users(where: { email: { equals: "${member}" } }) { docs { email sessions { id } } } }`,
      operatorB,
    )
    expect(viaGraphQL.json.data?.Users?.docs?.[0]?.sessions ?? null, viaGraphQL.text).toBeNull()
    const own = await api('/api/users/me', { token: await login(member) })
    expect(own.json.user.sessions?.length ?? 0).toBeGreaterThan(0)
  })

  it('an operator of another belt cannot invite anyone into Yiwu', async () => {
    const email = `${unique('outsider')}@example.com`.toLowerCase()
    const response = await api('/api/users', {
      method: 'POST',
      token: await login(cast.emails.operatorA),
      body: memberBody(email),
    })
    expect(response.status, response.text).toBe(403)
    expect(errorPaths(response)).toEqual(['tenants'])
    expect(
      (await api(`/api/users?where[email][equals]=${encodeURIComponent(email)}`, { token: admin }))
        .json.totalDocs,
    ).toBe(0)
  })

  it('a member the operator removes can no longer log in', async () => {
    const email = `${unique('removed')}@example.com`.toLowerCase()
    const member = await invite(operatorB, memberBody(email))
    const removed = await api(`/api/users/${member.id}`, { method: 'DELETE', token: operatorB })
    expect(removed.status, removed.text).toBe(200)
    expect(
      (await api('/api/users/login', { method: 'POST', body: { email, password: GOOD_PASSWORD } }))
        .status,
    ).toBe(401)
  })
})

/**
 * Issue 17, items 5 and 6: public sign-up needs a password of the policy and a verified address,
 * and says nothing about which addresses are registered.
 */
describe('public sign-up', () => {
  const removeLater: (number | string)[] = []
  let admin: string
  const idOf = async (email: string) =>
    (
      await api(`/api/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`, {
        token: admin,
      })
    ).json.docs.map((doc: any) => doc.id)

  beforeAll(async () => {
    admin = await login(cast.emails.admin)
  })
  afterAll(async () => {
    for (const id of removeLater) await api(`/api/users/${id}`, { method: 'DELETE', token: admin })
  })

  it('refuses a short or common password with a 400 that names the field, and creates nothing', async () => {
    for (const password of ['abcd', 'nine-char', 'password123', 'QWERTYUIOP']) {
      const email = `${unique('weak')}@example.com`.toLowerCase()
      const response = await api('/api/users', { method: 'POST', body: { email, password } })
      expect(response.status, `${password}: ${response.text}`).toBe(400)
      expect(errorPaths(response)).toEqual(['password'])
      expect(await idOf(email)).toEqual([])
    }
  })

  it('an account cannot log in until its address is verified through the mailed link', async () => {
    const email = `${unique('signup')}@example.com`.toLowerCase()
    const response = await api('/api/users', {
      method: 'POST',
      body: { email, password: GOOD_PASSWORD },
    })
    expect(response.status, response.text).toBe(201)
    removeLater.push(...(await idOf(email)))
    const early = await api('/api/users/login', {
      method: 'POST',
      body: { email, password: GOOD_PASSWORD },
    })
    expect(early.status, early.text).toBe(403)
    expect(early.json.token).toBeUndefined()
    const token = await mailedToken(email, 'verify')
    expect(
      (await api(`/admin/users/verify/${token}`, { headers: { accept: 'text/html' } })).status,
    ).toBeLessThan(500)
    const after = await api('/api/users/login', {
      method: 'POST',
      body: { email, password: GOOD_PASSWORD },
    })
    expect(after.status, after.text).toBe(200)
    expect(after.json.user.roles).toEqual(['buyer'])
  })

  it('a registered address gets the same answer as a new one, no second account, and its owner a notice instead', async () => {
    const owner = `${unique('owner')}@example.com`.toLowerCase()
    removeLater.push((await signUpVerified(owner, 'owners-own-passphrase')).id)
    const fresh = `${unique('fresh')}@example.com`.toLowerCase()
    const timed = async (email: string) => {
      const started = performance.now()
      const answer = await api('/api/users', {
        method: 'POST',
        body: { email, password: GOOD_PASSWORD },
      })
      return { answer, ms: performance.now() - started }
    }
    const { answer: newAnswer, ms: newMs } = await timed(fresh)
    removeLater.push(...(await idOf(fresh)))
    const { answer: knownAnswer, ms: knownMs } = await timed(owner.toUpperCase())
    // Both wait out the same floor (600 ms), so the time does not say which address exists.
    expect(newMs).toBeGreaterThanOrEqual(590)
    expect(knownMs).toBeGreaterThanOrEqual(590)
    expect(knownAnswer.status).toBe(newAnswer.status)
    expect(newAnswer.status).toBe(201)
    expect(knownAnswer.text).toBe(newAnswer.text)
    expect(knownAnswer.text).not.toMatch(/already|registered|已被注册|已注册/i)
    expect(await idOf(owner)).toHaveLength(1)
    const [notice] = await waitForMail(
      (mail) => isTo(mail, owner) && /tried to sign up/.test(mail.subject),
    )
    expect(notice.text).toMatch(/reset/i)
    expect(notice.text).toContain('/admin/forgot')
    // The owner's account is as it was: their password logs in, the stranger's does not.
    expect(
      (
        await api('/api/users/login', {
          method: 'POST',
          body: { email: owner, password: 'owners-own-passphrase' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await api('/api/users/login', {
          method: 'POST',
          body: { email: owner, password: GOOD_PASSWORD },
        })
      ).status,
    ).toBe(401)
  })

  it('odd roles, belts or names are a 400 naming the field, before the address is looked up, for a new and a registered address alike', async () => {
    const owner = `${unique('oddowner')}@example.com`.toLowerCase()
    removeLater.push((await signUpVerified(owner)).id)
    for (const email of [owner, `${unique('oddfresh')}@example.com`.toLowerCase()]) {
      for (const [extra, field] of [
        [{ roles: 5 }, 'roles'],
        [{ tenants: {} }, 'tenants'],
        [{ tenants: [null] }, 'tenants'],
        [{ name: 'a\u0000' }, 'name'],
        [{ name: { a: 1 } }, 'name'],
      ] as const) {
        const response = await api('/api/users', {
          method: 'POST',
          body: { email, password: GOOD_PASSWORD, ...extra },
        })
        expect(response.status, `${email} ${JSON.stringify(extra)}: ${response.text}`).toBe(400)
        expect(errorPaths(response)).toEqual([field])
      }
    }
  })

  it('an anonymous GraphQL createUser is refused (sign-up is the REST form only), and creates nothing', async () => {
    const email = `${unique('gql')}@example.com`.toLowerCase()
    const response = await graphql(
      `mutation { createUser(data: { email: "${email}", password: "${GOOD_PASSWORD}" }) { id } }`,
    )
    expect(response.json.errors?.length ?? 0, response.text).toBeGreaterThan(0)
    expect(await idOf(email)).toEqual([])
  })

  it('nobody but a platform admin marks an address verified', async () => {
    const email = `${unique('selfverify')}@example.com`.toLowerCase()
    const member = await invite(await login(cast.emails.operatorB), {
      email,
      tenants: [{ tenant: await idBy('tenants', 'slug', cast.beltB.slug), role: 'factory-member' }],
      factory: await idBy('factories', 'slug', cast.factoryB1.slug),
      _verified: true,
    }).catch((error: Error) => error)
    expect(String(member)).toMatch(/403/)
    expect(String(member)).toMatch(/_verified/)
  })

  it('nor does an operator mark a member’s address unverified, which would shut them out of login', async () => {
    const operator = await login(cast.emails.operatorB)
    const email = `${unique('unverify')}@example.com`.toLowerCase()
    const member = await invite(operator, {
      email,
      tenants: [{ tenant: await idBy('tenants', 'slug', cast.beltB.slug), role: 'factory-member' }],
      factory: await idBy('factories', 'slug', cast.factoryB1.slug),
    })
    try {
      const refused = await api(`/api/users/${member.id}`, {
        method: 'PATCH',
        token: operator,
        body: { _verified: false },
      })
      expect(refused.status, refused.text).toBe(403)
      expect(errorPaths(refused)).toEqual(['_verified'])
      expect(
        (
          await api('/api/users/login', {
            method: 'POST',
            body: { email, password: GOOD_PASSWORD },
          })
        ).status,
      ).toBe(200)
    } finally {
      await api(`/api/users/${member.id}`, {
        method: 'DELETE',
        token: await login(cast.emails.admin),
      })
    }
  })
})
