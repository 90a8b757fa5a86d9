import { afterAll, describe, expect, inject, it } from 'vitest'

import { api, login, portalRequest, postForm, zhili } from '../helpers/api'
import { smallPdf } from '../helpers/files'
import { cast, memberEmail } from '../helpers/fixtures'
import { uploadForm } from '../helpers/images'
import { runNode } from '../helpers/node-args'
import { startServer, stopServer } from '../setup/server'
import { cleanUp, made, post, quote } from '../helpers/sourcing'

/**
 * The nightly job for sourcing requests (src/sourcing/retention.ts), run once with periods of
 * zero days: due requests expire, unconfirmed ones go, closed and expired ones lose the buyer.
 */
afterAll(cleanUp)

const asAdmin = async (id: number) =>
  api(`/api/sourcing-requests/${id}?depth=0`, { token: await login(cast.emails.admin) })

/** The ids of the files a request carries (the buyer's and its quotes'), as the admin reads them. */
const filesOf = async (id: number) =>
  (
    await api(`/api/sourcing-files?where[request][equals]=${id}&depth=0&sort=id`, {
      token: await login(cast.emails.admin),
    })
  ).json.docs.map((doc: { id: number; from: string }) => `${doc.from}:${doc.id}`) as string[]

const spec = [{ name: 'spec.pdf', type: 'application/pdf', data: smallPdf('Buyer spec') }]

describe('sourcing request retention', () => {
  it('expires due requests, deletes unconfirmed ones and erases the buyer from closed ones, keeping the quotes', async () => {
    const confirmed = async (files: typeof spec = []) => {
      const posted = await post({}, '/en/sourcing/new', files)
      expect((await postForm(`/en/sourcing/requests/${posted.token}/confirm`, {})).status).toBe(303)
      return posted
    }
    const unconfirmed = await post({}, '/en/sourcing/new', spec)
    const closed = await confirmed(spec)
    const member = await login(memberEmail(cast.factoryA1.slug))
    const sheet = await api('/api/sourcing-files', {
      method: 'POST',
      token: member,
      body: uploadForm({
        file: smallPdf('Sheet'),
        name: 'sheet.pdf',
        type: 'application/pdf',
        data: {},
      }),
    })
    expect(sheet.status, sheet.text).toBe(201)
    const answer = await quote(member, closed.id, 2.3, { attachments: [sheet.json.doc.id] })
    expect(answer.status, answer.text).toBe(201)
    const unconfirmedFiles = await filesOf(unconfirmed.id)
    expect(unconfirmedFiles).toHaveLength(1)
    expect(await filesOf(closed.id)).toHaveLength(2)
    made.quotes.push(answer.json.doc.id)
    expect((await postForm(`/en/sourcing/requests/${closed.token}/close`, {})).status).toBe(303)
    const due = await confirmed()
    const past = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10)
    const admin = await login(cast.emails.admin)
    const moved = await api(`/api/sourcing-requests/${due.id}`, {
      method: 'PATCH',
      token: admin,
      body: { neededBy: past },
    })
    expect(moved.status, moved.text).toBe(200)
    const open = await confirmed()

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
    expect(result.expiredRequests).toBeGreaterThanOrEqual(1)
    expect(result.deletedUnconfirmed).toBeGreaterThanOrEqual(1)
    expect(result.erasedRequests).toBeGreaterThanOrEqual(2)

    expect((await asAdmin(unconfirmed.id)).status).toBe(404)
    for (const { id, token } of [closed, due]) {
      const doc = (await asAdmin(id)).json
      expect(doc.details).not.toContain('Hamburg')
      expect(doc.product).toEqual(expect.any(String))
      expect(doc.quantity).toBe(20000)
      expect((await zhili(`/en/sourcing/requests/${token}`)).status).toBe(404)
    }
    expect((await asAdmin(due.id)).json.status).toBe('expired')
    expect((await asAdmin(closed.id)).json.status).toBe('closed')
    // The buyer's files go with the buyer (and with a deleted request); the quote's stay with it.
    expect(await filesOf(closed.id)).toEqual([`factory:${sheet.json.doc.id}`])
    const gone = unconfirmedFiles[0].split(':')[1]
    expect((await api(`/api/sourcing-files/${gone}`, { token: admin })).status).toBe(404)
    // The factory's quote stays, for its figures.
    expect((await api(`/api/sourcing-quotes/${answer.json.doc.id}`, { token: admin })).status).toBe(
      200,
    )
    // An open request keeps everything.
    const untouched = (await asAdmin(open.id)).json
    expect(untouched.status).toBe('open')
    expect(untouched.details).toContain('Hamburg')
    expect((await zhili(`/en/sourcing/requests/${open.token}`)).status).toBe(200)
    // Run twice, nothing more happens to them.
    const again = await runNode('tests/helpers/retention.ts', ['0', '0'], { env, timeout: 120_000 })
    expect(again.status, again.stderr).toBe(0)
    expect((await asAdmin(closed.id)).json.status).toBe('closed')
  })

  it('a quote past its validity shows as expired and is refused with its date; while valid it is offered', async () => {
    const day = 86_400_000
    const inDays = (days: number) => new Date(Date.now() + days * day).toISOString().slice(0, 10)
    const posted = await post({ neededBy: inDays(80) })
    expect((await postForm(`/en/sourcing/requests/${posted.token}/confirm`, {})).status).toBe(303)
    const answer = await quote(await login(memberEmail(cast.factoryA1.slug)), posted.id, 2.2, {
      validUntil: inDays(5),
    })
    expect(answer.status, answer.text).toBe(201)
    made.quotes.push(answer.json.doc.id)
    // The accept form (the question form under the quote names it too).
    const acceptForm = `/accept" method="post"><input type="hidden" name="quote" value="${answer.json.doc.id}"`
    // Today: offered for acceptance.
    const today = await zhili(`/en/sourcing/requests/${posted.token}`)
    expect(today.body).toContain(acceptForm)
    // Ten days on (a server on the same database whose clock is ahead): expired, refused.
    const later = await startServer({
      env: {
        DATABASE_URL: inject('databaseURL'),
        MEDIA_DIR: inject('mediaDir'),
        CHANDI_CLOCK_OFFSET_MS: String(10 * day),
        CHANDI_SEED: 'false',
        CHANDI_JOBS: 'false',
      },
    })
    try {
      const page = await portalRequest('GET', `/en/sourcing/requests/${posted.token}`, {
        port: later.port,
      })
      expect(page.status).toBe(200)
      expect(page.body).not.toContain(acceptForm)
      expect(page.body).toMatch(/<td>Expired<\/td>/)
      const refused = await portalRequest('POST', `/en/sourcing/requests/${posted.token}/accept`, {
        port: later.port,
        form: { quote: String(answer.json.doc.id) },
        headers: { origin: `http://zhili.localhost:${later.port}` },
      })
      expect(refused.status).toBe(400)
      expect(refused.body).toMatch(/valid until .*\d{4}.* can no longer be accepted/)
    } finally {
      await stopServer(later)
    }
    const admin = await login(cast.emails.admin)
    const still = await api(`/api/sourcing-quotes/${answer.json.doc.id}?depth=0`, { token: admin })
    expect(still.json.status).toBe('quoted')
  }, 180_000)
})
