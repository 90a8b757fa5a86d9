import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GOOD_PASSWORD, invite, mailedToken, signUpVerified } from '../helpers/accounts'
import { api, errorPaths, graphql, login } from '../helpers/api'
import { cast, idBy, unique } from '../helpers/fixtures'
import { isTo, waitForMail } from '../helpers/mail'

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
