import { afterAll, describe, expect, it } from 'vitest'

import { api, login, postForm } from '../helpers/api'
import { cast, memberEmail } from '../helpers/fixtures'
import { isTo, mails, waitForMail, type Mail } from '../helpers/mail'
import { cleanUp, post } from '../helpers/sourcing'

/**
 * A factory's members are not sent one e-mail per matched request on a busy day: the first goes
 * at once, those confirmed within the digest period (5 s on the test server) go together in one
 * digest at its end. Nothing of the buyer in either; an unmatched factory gets none.
 */
afterAll(cleanUp)

const alert = (to: string) => (mail: Mail) => isTo(mail, to) && mail.subject.includes('新采购需求')

describe('sourcing alerts to factories', () => {
  it('requests confirmed together reach a matched member in at most two e-mails, the later ones as one digest without the one hidden meanwhile', async () => {
    const a1 = memberEmail(cast.factoryA1.slug)
    const a2 = memberEmail(cast.factoryA2.slug)
    const posted: Awaited<ReturnType<typeof post>>[] = []
    for (let n = 0; n < 4; n++) posted.push(await post({ category: 'baby-wear' }))
    // Earlier files' requests to this factory may have a digest waiting: let it go first (the
    // period is 5 s, the queue polled every 2). A digest running between a confirmation and its
    // alert is the one crossing where a request may be mailed twice (never not at all).
    await new Promise((resolve) => setTimeout(resolve, 8000))
    for (const { token } of posted) {
      const confirmed = await postForm(`/en/sourcing/requests/${token}/confirm`, {})
      expect(confirmed.status).toBe(303)
    }
    // The belt's operator hides the last one as spam before the digest goes: it is left out.
    const spam = posted.pop()!
    const hidden = await api(`/api/sourcing-requests/${spam.id}/hide`, {
      method: 'POST',
      token: await login(cast.emails.operatorA),
    })
    expect(hidden.status, hidden.text).toBe(200)
    const mentions = (mail: Mail) => posted.filter(({ product }) => mail.text.includes(product))
    const carrying = () => mails().filter((mail) => alert(a1)(mail) && mentions(mail).length > 0)
    await waitForMail(
      () => posted.every(({ product }) => carrying().some((mail) => mail.text.includes(product))),
      { timeoutMs: 60_000 },
    )
    const received = carrying()
    // Each request in exactly one e-mail; at least two of them in one digest.
    for (const { product } of posted)
      expect(
        received.filter((mail) => mail.text.includes(product)),
        product,
      ).toHaveLength(1)
    expect(received.length).toBeLessThanOrEqual(2)
    const digest = received.find((mail) => mentions(mail).length >= 2)
    expect(digest, received.map((mail) => mail.subject).join(' | ')).toBeDefined()
    expect(digest!.subject).toMatch(/new sourcing requests/)
    expect(digest!.text).toContain('/admin/collections/sourcing-requests/')
    for (const mail of received) {
      expect(mail.text).not.toContain('Greta')
      expect(mail.text).not.toContain('Hamburg Kids')
      for (const { email, token } of posted) {
        expect(mail.text).not.toContain(email)
        expect(mail.text).not.toContain(token)
      }
    }
    expect(mails().filter((mail) => alert(a1)(mail) && mail.text.includes(spam.product))).toEqual(
      [],
    )
    // Baby wear is not what the belt's other factory makes: nothing reached it.
    expect(mails().filter((mail) => alert(a2)(mail) && mentions(mail).length > 0)).toEqual([])
  })

  it('the bookkeeping behind it is nobody’s to read or write through the API', async () => {
    for (const email of [
      cast.emails.admin,
      cast.emails.operatorA,
      memberEmail(cast.factoryA1.slug),
    ]) {
      const token = await login(email)
      const list = await api('/api/sourcing-alerts', { token })
      expect(list.status, `${email} ${list.text}`).toBe(403)
      const write = await api('/api/sourcing-alerts', {
        method: 'POST',
        token,
        body: { factory: 1, lastMailedAt: new Date().toISOString() },
      })
      expect(write.status, email).toBe(403)
    }
    expect((await api('/api/sourcing-alerts')).status).toBe(403)
  })
})
