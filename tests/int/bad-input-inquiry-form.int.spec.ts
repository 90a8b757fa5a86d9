import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login, portalRequest } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { cleanupAfter } from '../helpers/setup'
import { startServer, stopServer, type RunningServer } from '../setup/server'

/**
 * Bad input gets a 400 that names the field — never a 500 — and nothing stored changes: the
 * portal's inquiry form, and the addresses its per-address limit counts by.
 */
let admin: string

beforeAll(async () => {
  admin = await login(cast.emails.admin)
})

const cleanup = cleanupAfter()

/** A portal form post, to a host name, over IPv4 or IPv6 loopback, optionally through a proxy header. */
const postForm = (
  port: number,
  path: string,
  form: Record<string, string>,
  { connectTo = '127.0.0.1', forwardedFor }: { connectTo?: string; forwardedFor?: string } = {},
) =>
  portalRequest('POST', path, {
    form,
    port,
    connectTo,
    newConnection: true,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  })

const inquiryForm = (extra: Record<string, string> = {}) => ({
  message: `Please quote ${unique('lot')} for our stores.`,
  name: 'Ana Souza',
  email: `${unique('ana')}@example.com`,
  ...extra,
})

describe('the portal’s inquiry form', () => {
  const formPath = `/en/factories/${cast.factoryA1.slug}/inquire`

  it('refuses 0x10, 1e308, Infinity, NUL bytes and a line break in a one-line field, naming the field', async () => {
    const port = inject('port')
    const before = (await api('/api/inquiries?limit=0', { token: admin })).json.totalDocs
    for (const [field, value] of [
      ['quantity', '0x10'],
      ['quantity', '1e3'],
      ['targetPrice', '1e308'],
      ['targetPrice', 'Infinity'],
      ['targetPrice', '0x10'],
      ['company', 'Loja\u0000Kids'],
      ['name', 'Ana\u0000'],
      // The name goes into the factory's e-mail subject, a header.
      ['name', 'Bob\r\nBcc: evil@example.com'],
      ['message', 'Please quote\u0000 500 sets now'],
    ] as const) {
      const response = await postForm(port, formPath, inquiryForm({ [field]: value }))
      expect(response.status, `${field}=${JSON.stringify(value)}`).toBe(400)
      // The field itself is marked and described by its error.
      const tag =
        response.body.match(new RegExp(`<(?:input|textarea)[^>]*name="${field}"[^>]*>`))?.[0] ?? ''
      expect(tag, field).toContain('aria-invalid="true"')
    }
    expect((await api('/api/inquiries?limit=0', { token: admin })).json.totalDocs).toBe(before)
  })

  it('counts one mailbox once however its +tag or case is written', async () => {
    const port = inject('port')
    const mailbox = unique('alias')
    const statuses: number[] = []
    // The per-e-mail limit is 5 in ten minutes (CHANDI_INQUIRY_LIMIT_EMAIL); seven aliases of one mailbox meet it.
    for (let index = 0; index < 7; index += 1) {
      const email = `${index % 2 ? mailbox.toUpperCase() : mailbox}+tag${index}@example.com`
      const response = await postForm(port, formPath, inquiryForm({ email }))
      statuses.push(response.status)
    }
    const member = await login(memberEmail(cast.factoryA1.slug))
    const mine = await api(
      `/api/inquiries?where[buyer.email][like]=${encodeURIComponent(mailbox.toLowerCase())}&limit=0&depth=0`,
      { token: member },
    )
    for (const doc of mine.json.docs) cleanup.push({ collection: 'inquiries', id: doc.id })
    expect(statuses[0]).toBe(303)
    expect(statuses.filter((status) => status === 429).length, statuses.join(',')).toBeGreaterThan(
      0,
    )
    expect(mine.json.docs.length).toBe(statuses.filter((status) => status === 303).length)
  })
})

describe('addresses the per-address inquiry limit counts by', () => {
  let server: RunningServer
  let copy: Awaited<ReturnType<typeof copySuiteDatabase>>
  const formPath = `/en/factories/${cast.factoryA1.slug}/inquire`

  beforeAll(async () => {
    copy = await copySuiteDatabase('addresses')
    // Two inquiries per address in ten minutes; a trusted proxy on the loopback names the rest.
    server = await startServer({
      env: { ...copy.env, CHANDI_INQUIRY_LIMIT_IP: '2', TRUST_PROXY: 'loopback' },
    })
  })
  afterAll(async () => {
    if (server) await stopServer(server)
    await copy?.remove()
  })

  const statusesFrom = async (sources: { connectTo?: string; forwardedFor?: string }[]) => {
    const statuses: number[] = []
    for (const source of sources)
      statuses.push((await postForm(server.port, formPath, inquiryForm(), source)).status)
    return statuses
  }

  it('::1 and 127.0.0.1 are one address', async () => {
    expect(
      await statusesFrom([
        { connectTo: '127.0.0.1' },
        { connectTo: '::1' },
        { connectTo: '127.0.0.1' },
      ]),
    ).toEqual([303, 303, 429])
  })

  it('::ffff:1.2.3.4 is 1.2.3.4', async () => {
    expect(
      await statusesFrom([
        { forwardedFor: '203.0.113.7' },
        { forwardedFor: '::ffff:203.0.113.7' },
        { forwardedFor: '203.0.113.7' },
      ]),
    ).toEqual([303, 303, 429])
  })

  it('IPv6 addresses of one /64 are one address, another /64 is another', async () => {
    expect(
      await statusesFrom([
        { forwardedFor: '2001:db8:17:1::1' },
        { forwardedFor: '2001:db8:17:1::2' },
        { forwardedFor: '2001:db8:17:1:abcd::3' },
      ]),
    ).toEqual([303, 303, 429])
    expect(await statusesFrom([{ forwardedFor: '2001:db8:17:2::1' }])).toEqual([303])
  })
})
