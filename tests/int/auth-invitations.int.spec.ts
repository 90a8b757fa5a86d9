import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GOOD_PASSWORD, invite, linkToken } from '../helpers/accounts'
import { api, errorPaths, graphql, login } from '../helpers/api'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { isTo, waitForMail, type Mail } from '../helpers/mail'

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
