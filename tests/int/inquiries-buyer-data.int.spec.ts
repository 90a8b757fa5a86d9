import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { signUpVerified } from '../helpers/accounts'
import { api, login, portalRequest, postForm, zhili } from '../helpers/api'
import { smallPdf } from '../helpers/files'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import {
  deleteInquiries,
  inquiryByToken,
  inquiryFields,
  multipart,
  newestFor,
  send,
} from '../helpers/inquiries'
import { isTo, mails, waitForMail } from '../helpers/mail'
import { runNode } from '../helpers/node-args'

/** Inquiry e-mail through the jobs queue, and what a buyer may take out of or erase from a thread. */
let admin: string

beforeAll(async () => {
  admin = await login(cast.emails.admin)
})

afterAll(() => deleteInquiries(admin))

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

  it('a factory member cannot point the buyer’s private link elsewhere (linkBase, tokenSealed, IP)', async () => {
    const buyerEmail = `${unique('link')}@example.com`
    const token = await inquiryByToken((await send({ email: buyerEmail })).location!)
    const { id } = await newestFor()
    const reply = await api(`/api/inquiries/${id}`, {
      method: 'PATCH',
      token: await login(memberEmail(cast.factoryA1.slug)),
      body: {
        linkBase: 'https://evil.example/en',
        tokenSealed: 'x',
        submittedFromIP: '6.6.6.6',
        replies: [{ body: `Quote ${token.slice(0, 6)}: follow the link.` }],
      },
    })
    expect(reply.status, reply.text).toBe(200)
    const [mail] = await waitForMail(
      (message) => isTo(message, buyerEmail) && message.subject.startsWith('Re:'),
    )
    expect(mail.text).not.toContain('evil.example')
    expect(mail.text).toContain(`localhost:${inject('port')}/en/inquiries/${token}`)
    const seen = await api(`/api/inquiries/${id}?depth=0`, { token: admin })
    expect(seen.json.submittedFromIP).not.toBe('6.6.6.6')
  })
})

describe('the buyer’s own data', () => {
  it('exports it as JSON through the private link, and erases it on a confirmed request', async () => {
    const buyerEmail = `${unique('gdpr')}@example.com`
    const response = await postForm(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(inquiryFields({ email: buyerEmail, name: 'Ingrid Berg', phone: '+47 555 0100' }), [
        { name: 'drawing.pdf', type: 'application/pdf', data: smallPdf('drawing') },
      ]),
    )
    expect(response.status, response.body).toBe(303)
    const token = await inquiryByToken(response.location!)
    const inquiry = await newestFor()
    const exported = await portalRequest('GET', `/en/inquiries/${token}/export`)
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
    const unconfirmed = await postForm(`/en/inquiries/${token}/erase`, {})
    expect(unconfirmed.status).toBe(400)
    const member = await login(memberEmail(cast.factoryA1.slug))
    expect(
      (await api(`/api/inquiries/${inquiry.id}?depth=0`, { token: member })).json.buyer.name,
    ).toBe('Ingrid Berg')

    const erased = await postForm(`/en/inquiries/${token}/erase`, { confirm: 'yes' })
    expect(erased.status).toBe(200)
    expect(erased.body).toContain('Your data has been erased')
    expect((await zhili(`/en/inquiries/${token}`)).status).toBe(404)
    expect((await portalRequest('GET', `/en/inquiries/${token}/export`)).status).toBe(404)
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
