import { beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest'

import { api, login, rawRequest, requestAt, zhili } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { onPostgres } from '../helpers/databases'
import { campaignBody, HOUR, sleep } from '../helpers/festivals'
import { cast, unique } from '../helpers/fixtures'
import { runNode } from '../helpers/node-args'
import { cleanupAfter, idsBefore, keptIn } from '../helpers/setup'
import { startServer, stopServer } from '../setup/server'

/**
 * Campaigns and live sessions: their rules, their windows (with real, short windows and a
 * second server whose clock runs ahead), and their calendar files. This file: windows and scheduled publishing.
 */
let operator: string
let admin: string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
})

const ids = idsBefore({
  beltB: ['tenants', 'slug', cast.beltB.slug],
  factoryA1: ['factories', 'slug', cast.factoryA1.slug],
  factoryA2: ['factories', 'slug', cast.factoryA2.slug],
  productA2: ['products', 'slug', cast.factoryA2.products[1].slug],
  productA1: ['products', 'slug', cast.factoryA1.products[1].slug],
})
const cleanup = cleanupAfter({ newestFirst: true })
const kept = keptIn(cleanup)

describe('festival windows', () => {
  it('festival prices appear at the start instant and disappear at the end, on the page and in the JSON-LD offers', async () => {
    const product = (await api(`/api/products/${ids.productA1}?depth=0`, { token: admin })).json
    const festivalPrice = Math.round(product.priceTiers[0].unitPrice * 0.5 * 100) / 100
    const slug = unique('flash')
    const startsAt = new Date(Date.now() + 4000)
    const endsAt = new Date(startsAt.getTime() + 4000)
    const created = kept(
      'campaigns',
      await api('/api/campaigns', {
        method: 'POST',
        token: operator,
        body: {
          name: 'Flash sale',
          slug,
          kind: 'custom',
          confirmOverlap: true,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          featuredProducts: [ids.productA1],
          festivalPrices: [
            {
              product: ids.productA1,
              tiers: product.priceTiers.map((tier: any) => ({
                minQuantity: tier.minQuantity,
                maxQuantity: tier.maxQuantity,
                unitPrice: Math.min(festivalPrice, tier.unitPrice),
              })),
            },
          ],
          _status: 'published',
        },
      }),
    )
    expect(created.status, created.text).toBe(201)
    const path = `/en/products/${product.slug}`
    const offers = (body: string) => {
      const ld = [...body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)]
        .map((m) => JSON.parse(m[1]))
        .find((item) => item['@type'] === 'Product')
      return ld.offers
    }
    const before = await zhili(path)
    expect(before.body).not.toContain('Flash sale')
    expect(offers(before.body).lowPrice).toBe(
      Math.min(...product.priceTiers.map((tier: any) => tier.unitPrice)),
    )
    expect((await zhili(path)).headers['x-chandi-cache']).toBe('hit')

    await sleep(Math.max(0, startsAt.getTime() - Date.now()) + 300)
    const during = await zhili(path)
    expect(during.body).toContain('Flash sale')
    expect(offers(during.body).lowPrice).toBe(festivalPrice)
    expect(offers(during.body).offers[0].priceValidUntil).toBe(endsAt.toISOString())
    expect((await zhili(`/en/campaigns/${slug}`)).body).toContain('Live now')

    await sleep(Math.max(0, endsAt.getTime() - Date.now()) + 300)
    const after = await zhili(path)
    expect(after.body).not.toContain('Flash sale')
    expect(offers(after.body).lowPrice).toBe(
      Math.min(...product.priceTiers.map((tier: any) => tier.unitPrice)),
    )
    expect((await zhili(`/en/campaigns/${slug}`)).body).toContain('Ended')
  })

  it('a server started after the start instant shows the campaign live at once, not a day late', async () => {
    const slug = unique('later')
    const created = kept(
      'campaigns',
      await api('/api/campaigns', {
        method: 'POST',
        token: operator,
        body: campaignBody({
          slug,
          kind: 'custom',
          confirmOverlap: true,
          startsAt: new Date(Date.now() + HOUR).toISOString(),
          endsAt: new Date(Date.now() + 3 * HOUR).toISOString(),
        }),
      }),
    )
    expect(created.status).toBe(201)
    expect((await zhili(`/en/campaigns/${slug}`)).body).toContain('Starts in')
    if (inject('databaseURL').startsWith('mongodb')) return // not run against MongoDB here
    // A second server on the same database whose clock is two hours ahead: as if restarted then.
    const later = await startServer({
      env: {
        DATABASE_URL: inject('databaseURL'),
        MEDIA_DIR: inject('mediaDir'),
        CHANDI_CLOCK_OFFSET_MS: String(2 * HOUR),
        CHANDI_SEED: 'false',
        CHANDI_JOBS: 'false',
      },
    })
    try {
      const { text: body } = await rawRequest(`/en/campaigns/${slug}`, {
        port: later.port,
        headers: { host: 'zhili.localhost' },
      })
      expect(body).toContain('Live now')
    } finally {
      await stopServer(later)
    }
  })
})

describe('scheduled publishing', () => {
  it('a draft scheduled to publish while the server was down is published when it starts', async () => {
    if (inject('databaseURL').startsWith('mongodb')) return // not run against MongoDB here
    const slug = unique('scheduled')
    const draft = kept(
      'campaigns',
      await api('/api/campaigns?draft=true', {
        method: 'POST',
        token: operator,
        body: campaignBody({ slug, kind: 'custom', confirmOverlap: true, _status: 'draft' }),
      }),
    )
    expect(draft.status, draft.text).toBe(201)
    expect((await api(`/api/campaigns?where[slug][equals]=${slug}`)).json.totalDocs).toBe(0)
    // The job is queued in a copy of the database of its own, so that the suite's server (whose
    // cron runs jobs every minute) cannot take it first: once it had, mid-run, when PostgreSQL's
    // copy was taken, and the copy held a job marked as running and a campaign still a draft.
    const copy = await copySuiteDatabase('scheduled')
    onTestFinished(async () => {
      await copy.remove()
    })
    const queued = await runNode('tests/helpers/queue-publish.ts', [String(draft.json.doc.id)], {
      env: { ...process.env, ...copy.env, NODE_ENV: 'test' as const },
      timeout: 120_000,
    })
    expect(queued.status, queued.stderr).toBe(0)
    // A server starting now runs the due job at once, before it answers.
    const restarted = await startServer({ env: { ...copy.env, CHANDI_JOBS: 'true' } })
    try {
      const published = (
        await requestAt(restarted.port, 'GET', `/api/campaigns?where[slug][equals]=${slug}`)
      ).json
      expect(published.totalDocs).toBe(1)
      expect(published.docs[0]._status).toBe('published')
    } finally {
      await stopServer(restarted)
    }
  })
})

describe('a job a killed process left marked as running', () => {
  it('is left alone while it may still be running, and run at a start once it is abandoned', async () => {
    if (inject('databaseURL').startsWith('mongodb')) return // not run against MongoDB here
    const slug = unique('stuck')
    const draft = kept(
      'campaigns',
      await api('/api/campaigns?draft=true', {
        method: 'POST',
        token: operator,
        body: campaignBody({ slug, kind: 'custom', confirmOverlap: true, _status: 'draft' }),
      }),
    )
    expect(draft.status, draft.text).toBe(201)
    const copy = await copySuiteDatabase('stuck')
    onTestFinished(async () => {
      await copy.remove()
    })
    const env = { ...process.env, ...copy.env, NODE_ENV: 'test' as const }
    const queued = await runNode(
      'tests/helpers/queue-publish.ts',
      ['--stuck', String(draft.json.doc.id)],
      { env, timeout: 120_000 },
    )
    expect(queued.status, queued.stderr).toBe(0)
    // The helper's one JSON line (drizzle may print its schema push before it).
    const lastJSON = (out: string) =>
      JSON.parse(
        out
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .at(-1)!,
      )
    const job = lastJSON(queued.stdout).job
    const publishedOn = async (server: { port: number }) =>
      (await requestAt(server.port, 'GET', `/api/campaigns?where[slug][equals]=${slug}`)).json
        .totalDocs as number
    // Marked running a moment ago: another process may be running it; nothing happens.
    const soon = await startServer({ env: { ...copy.env, CHANDI_JOBS: 'true' } })
    try {
      expect(await publishedOn(soon)).toBe(0)
    } finally {
      await stopServer(soon)
    }
    const shown = await runNode('tests/helpers/queue-publish.ts', ['--show', String(job)], {
      env,
      timeout: 120_000,
    })
    expect(shown.status, shown.stderr).toBe(0)
    expect(lastJSON(shown.stdout).processing).toBe(true)
    // Twenty minutes on (the server's clock ahead), it counts as abandoned and runs at the start
    // (a completed job is deleted, as Payload does by default).
    const later = await startServer({
      env: { ...copy.env, CHANDI_JOBS: 'true', CHANDI_CLOCK_OFFSET_MS: String(HOUR / 3) },
    })
    try {
      expect(await publishedOn(later)).toBe(1)
    } finally {
      await stopServer(later)
    }
  }, 180_000)
})

describe('a failing scheduled job', () => {
  it('is logged and kept for another try, with a back-off, instead of being dropped', async () => {
    if (inject('databaseURL').startsWith('mongodb')) return // not run against MongoDB here
    const env = {
      ...process.env,
      DATABASE_URL: inject('databaseURL'),
      MEDIA_DIR: inject('mediaDir'),
      NODE_ENV: 'test' as const,
    }
    const helper = (...args: string[]) =>
      runNode('tests/helpers/queue-publish.ts', args, { env, timeout: 120_000 })
    // A campaign that does not exist: the publish fails.
    const queued = await helper('987654321')
    expect(queued.status, queued.stderr).toBe(0)
    const jobID = JSON.parse(queued.stdout.trim().split('\n').at(-1) ?? '{}').job
    // A server starting now runs the due job (unless the main server's minute cron got there
    // first); on PostgreSQL on a copy of its own, as above.
    const copy = onPostgres() ? await copySuiteDatabase('failing-job') : undefined
    onTestFinished(async () => {
      await copy?.remove()
    })
    const server = await startServer({
      env: copy
        ? { ...copy.env, CHANDI_JOBS: 'true' }
        : {
            DATABASE_URL: inject('databaseURL'),
            MEDIA_DIR: inject('mediaDir'),
            CHANDI_SEED: 'false',
          },
    })
    await stopServer(server)
    const shown = await runNode('tests/helpers/queue-publish.ts', ['--show', String(jobID)], {
      env: { ...env, ...(copy ? { DATABASE_URL: copy.env.DATABASE_URL } : {}) },
      timeout: 120_000,
    })
    expect(shown.status, shown.stderr).toBe(0)
    const job = JSON.parse(shown.stdout.trim().split('\n').at(-1) ?? '{}')
    expect(job.totalTried).toBeGreaterThanOrEqual(1)
    expect(job.completedAt ?? null).toBeNull()
    expect(job.hasError).toBe(false) // retries remain
    expect(JSON.stringify(job.log)).toMatch(/failed/)
    expect(JSON.stringify(job.log)).toMatch(/987654321|not found|Not Found/i)
    // The next try is set after the failed one (not after "now": starting and stopping the
    // server and the helper can take longer than the back-off on a busy CI machine).
    const failedAt = Math.max(
      ...job.log.map((entry: { completedAt: string }) => new Date(entry.completedAt).getTime()),
    )
    expect(new Date(job.waitUntil).getTime()).toBeGreaterThan(failedAt)
  }, 180_000)
})
