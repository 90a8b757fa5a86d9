import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginAt, portalRequest, requestAt } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { onPostgres } from '../helpers/databases'
import { cast, unique } from '../helpers/fixtures'
import { mails, type Mail } from '../helpers/mail'
import { runNode } from '../helpers/node-args'
import { startMailSink } from '../setup/mail-sink'
import { startServer, stopServer, type RunningServer } from '../setup/server'

/**
 * More than one node on one database (issue #19): two `npm start` processes, each on its own
 * port, on a copy of the suite's database, with nothing else running on it. On PostgreSQL they
 * are two nodes: an edit through one evicts the other's cached page (NOTIFY), the jobs run on one
 * only (an advisory lock), the inquiry limit counts in one table, and a login made on one is valid
 * on the other. SQLite is one machine's file: there the same limit and jobs claims are checked
 * for `CHANDI_WORKERS=2`, and evictions between processes in processes.int.spec.ts.
 */
const LIMIT = 3

const inquiryForm = () => ({
  message: `Please quote ${unique('lot')} for our stores.`,
  name: 'Ana Souza',
  email: `${unique('ana')}@example.com`,
})

/** An inquiry to Zhili's first factory at `port`, on a new connection, as sent by `ip` (through a proxy on the loopback). */
const inquire = async (port: number, ip: string) =>
  (
    await portalRequest('POST', `/en/factories/${cast.factoryA1.slug}/inquire`, {
      form: inquiryForm(),
      port,
      newConnection: true,
      headers: { 'x-forwarded-for': ip },
    })
  ).status

/** An address of its own per test run (the copied database carries the suite's counts). */
const testIP = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`

type Cluster = { dir: string; outbox: string; env: Record<string, string>; remove: () => unknown }

/** A copy of the suite's database, a mail sink of its own, and the variables both nodes share. */
const prepare = async (label: string) => {
  const copy = await copySuiteDatabase(label)
  const outbox = path.join(copy.dir, 'outbox')
  const sink = await startMailSink(outbox)
  const cluster: Cluster = {
    dir: copy.dir,
    outbox,
    env: {
      ...copy.env,
      SMTP_URL: sink.url,
      CHANDI_JOBS: 'true',
      // Every node's mail cron ticks each second, at the same instants.
      CHANDI_MAIL_CRON: '* * * * * *',
      CHANDI_MAIL_RETRY_DELAY_MS: '1000',
      CHANDI_INQUIRY_LIMIT_IP: String(LIMIT),
      CHANDI_SEARCH_INDEX: 'false',
      TRUST_PROXY: 'loopback',
    },
    remove: async () => {
      await sink.close()
      await copy.remove()
    },
  }
  return cluster
}

/** Queues `count` e-mails due at once, with no first attempt: only a queue runner sends them. */
const queueMails = async (cluster: Cluster, count: number, prefix: string) => {
  const run = await runNode('tests/helpers/queue-mail.ts', [String(count), prefix], {
    env: { ...process.env, NODE_ENV: 'test', ...cluster.env },
    timeout: 120_000,
  })
  expect(run.status, run.stderr).toBe(0)
}

/** Waits for `count` e-mails to `prefix-*`, then a few more cron ticks, and counts each address's. */
const deliveries = async (cluster: Cluster, prefix: string, count: number) => {
  const mine = () =>
    mails(cluster.outbox).filter((mail: Mail) =>
      mail.to.some((rcpt) => rcpt.address.startsWith(`${prefix}-`)),
    )
  for (const started = Date.now(); mine().length < count && Date.now() - started < 60_000;)
    await new Promise((resolve) => setTimeout(resolve, 250))
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const perAddress = new Map<string, number>()
  for (const mail of mine())
    for (const rcpt of mail.to)
      perAddress.set(rcpt.address, (perAddress.get(rcpt.address) ?? 0) + 1)
  return perAddress
}

const expectEachOnce = (perAddress: Map<string, number>, prefix: string, count: number) => {
  expect([...perAddress.keys()].sort()).toEqual(
    Array.from({ length: count }, (_, index) => `${prefix}-${index}@example.com`).sort(),
  )
  expect([...perAddress.entries()].filter(([, sent]) => sent !== 1)).toEqual([])
}

const sql = async (cluster: Cluster, text: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: cluster.env.DATABASE_URL })
  await client.connect()
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

describe.runIf(onPostgres())('two nodes on one PostgreSQL database', () => {
  let cluster: Cluster | undefined
  const nodes: RunningServer[] = []
  const [a, b] = [() => nodes[0].port, () => nodes[1].port]

  beforeAll(async () => {
    cluster = await prepare('two-nodes')
    // A window counted before the nodes start: their schema push must leave it alone.
    await sql(cluster, `create schema if not exists chandi`)
    await sql(
      cluster,
      `create table if not exists chandi.rate_limits (key text primary key, count integer not null, reset_at bigint not null)`,
    )
    await sql(cluster, `insert into chandi.rate_limits values ('before-push', 7, $1)`, [
      Date.now() + 3_600_000,
    ])
    // Both at once, as a deployment's nodes start.
    const started = await Promise.allSettled([
      startServer({ env: cluster.env }),
      startServer({ env: cluster.env }),
    ])
    for (const result of started) if (result.status === 'fulfilled') nodes.push(result.value)
    const failed = started.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
  })
  afterAll(async () => {
    await Promise.all(nodes.map((node) => stopServer(node)))
    await cluster?.remove()
  })

  it('the rate limits table, outside Payload’s schema, survives both nodes’ schema push', async () => {
    expect(
      await sql(cluster!, `select count from chandi.rate_limits where key = 'before-push'`),
    ).toEqual([{ count: 7 }])
  })

  it('an edit through node A evicts node B’s cached page', async () => {
    const token = await loginAt(a(), cast.emails.operatorA)
    const about = (
      await requestAt(a(), 'GET', '/api/pages?where[slug][equals]=about&depth=0&locale=en', {
        token,
      })
    ).json.docs[0] as { id: number }
    const read = () =>
      requestAt(b(), 'GET', '/en/about', { host: 'zhili.localhost', newConnection: true })
    // B has the page cached (its startup's and A's evictions, each repeated a second later, done).
    let cached = await read()
    for (let tries = 0; tries < 20 && cached.headers['x-chandi-cache'] !== 'hit'; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      cached = await read()
    }
    expect(cached.headers['x-chandi-cache']).toBe('hit')

    const title = unique('Edited on node A')
    const edit = await requestAt(a(), 'PATCH', `/api/pages/${about.id}?locale=en`, {
      token,
      body: { title },
    })
    expect(edit.status, edit.text).toBe(200)
    // NOTIFY reaches B within milliseconds; until then B answers from its cache.
    let page = await read()
    // Up to 10 s: a loaded CI machine can be slow to deliver it.
    for (let tries = 0; tries < 200 && !page.text.includes(title); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      page = await read()
    }
    expect(page.text).toContain(title)
    expect(page.headers['x-chandi-cache']).not.toBe('hit')
  })

  it('a login made on node A is valid on node B, by its token and its cookie, until it logs out', async () => {
    const token = await loginAt(a(), cast.emails.operatorA)
    const me = async (headers: Record<string, string>) => {
      const response = await requestAt(b(), 'GET', '/api/users/me', { headers })
      expect(response.status, response.text).toBe(200)
      return response.json?.user?.email ?? null
    }
    expect(await me({ authorization: `JWT ${token}` })).toBe(cast.emails.operatorA)
    // The cookie as a browser on B's origin sends it (the cookie alone needs an allowed Origin).
    expect(await me({ cookie: `payload-token=${token}`, origin: `http://127.0.0.1:${b()}` })).toBe(
      cast.emails.operatorA,
    )
    // The session lives in the database: logging out on A ends it on B too.
    const out = await requestAt(a(), 'POST', '/api/users/logout', { token })
    expect(out.status, out.text).toBe(200)
    expect(await me({ authorization: `JWT ${token}` })).toBeNull()
  })

  it(`the inquiry limit counts across both nodes: ${LIMIT} from one address pass, the next is refused on either`, async () => {
    const ip = testIP()
    const statuses = []
    for (let index = 0; index < LIMIT; index += 1)
      statuses.push(await inquire(index % 2 ? b() : a(), ip))
    statuses.push(await inquire(b(), ip), await inquire(a(), ip))
    expect(statuses).toEqual([...Array(LIMIT).fill(303), 429, 429])
    // Another address is counted on its own.
    expect(await inquire(b(), testIP())).toBe(303)
  })

  it('the jobs run on one node: queued e-mails are sent once each, and the other node takes over when it stops', async () => {
    const roles = await Promise.all(
      [a(), b()].map(async (port) => (await requestAt(port, 'GET', '/readyz')).json.jobs),
    )
    expect([...roles].sort()).toEqual(['running', 'standby (another node runs them)'])

    const prefix = unique('queued')
    await queueMails(cluster!, 40, prefix)
    expectEachOnce(await deliveries(cluster!, prefix, 40), prefix, 40)

    // The node that runs them stops; the other takes the lock at its next tick.
    const running = nodes[roles.indexOf('running') === 0 ? 0 : 1]
    await stopServer(running)
    const survivor = nodes.find((node) => node !== running)!
    const next = unique('after')
    await queueMails(cluster!, 5, next)
    expectEachOnce(await deliveries(cluster!, next, 5), next, 5)
    expect((await requestAt(survivor.port, 'GET', '/readyz')).json.jobs).toBe('running')
  }, 240_000)
})

describe.runIf(!onPostgres())('two workers on one SQLite file (CHANDI_WORKERS=2)', () => {
  let cluster: Cluster | undefined
  let server: RunningServer | undefined

  beforeAll(async () => {
    cluster = await prepare('two-workers')
    server = await startServer({ env: { ...cluster.env, CHANDI_WORKERS: '2' } })
    // The second worker starts once the first listens.
    const pids = new Set<number>()
    for (const started = Date.now(); pids.size < 2 && Date.now() - started < 180_000;) {
      pids.add((await requestAt(server.port, 'GET', '/healthz', { newConnection: true })).json.pid)
      if (pids.size < 2) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(pids.size, server.output()).toBe(2)
  })
  afterAll(async () => {
    if (server) await stopServer(server)
    await cluster?.remove()
  })

  it(`the inquiry limit counts across the workers (the .limits file): ${LIMIT} from one address pass, the rest are refused`, async () => {
    const ip = testIP()
    const statuses = []
    // New connections: the primary hands them to the workers in turn.
    for (let index = 0; index < LIMIT + 2; index += 1)
      statuses.push(await inquire(server!.port, ip))
    expect(statuses).toEqual([...Array(LIMIT).fill(303), 429, 429])
    expect(fs.existsSync(`${cluster!.env.DATABASE_URL.slice('file:'.length)}.limits`)).toBe(true)
  })

  it('queued e-mails are sent once each (only the leader runs the jobs)', async () => {
    const prefix = unique('queued')
    await queueMails(cluster!, 20, prefix)
    expectEachOnce(await deliveries(cluster!, prefix, 20), prefix, 20)
  }, 120_000)
})
