import { describe, expect, inject, it, onTestFinished } from 'vitest'

import { login, requestAt } from '../helpers/api'
import { cast, unique } from '../helpers/fixtures'
import { startServer, stopServer } from '../setup/server'

/**
 * More than one process on one database (issue #10): the suite's server and a second one (or a
 * cluster of workers) share the database; an edit made through one is on the next page any other
 * answers, though each keeps its own page cache.
 */
const sharedEnv = () => ({
  DATABASE_URL: inject('databaseURL'),
  MEDIA_DIR: inject('mediaDir'),
  INQUIRY_FILES_DIR: inject('inquiryFilesDir'),
  IMPORT_FILES_DIR: inject('importFilesDir'),
  CHANDI_SEED: 'false',
  CHANDI_JOBS: 'false',
})
// SQLite tells the other processes before their next request; MongoDB's change stream and
// PostgreSQL's NOTIFY within milliseconds, so there the test waits for it.
const isSQLite = () => inject('databaseURL').startsWith('file:')

const aboutPage = async (token: string) =>
  (
    await requestAt(
      inject('port'),
      'GET',
      '/api/pages?where[slug][equals]=about&depth=0&locale=en',
      { token },
    )
  ).json.docs[0] as { id: number; title: string }

const setTitle = async (port: number, token: string, id: number, title: string) => {
  const response = await requestAt(port, 'PATCH', `/api/pages/${id}?locale=en`, {
    token,
    body: { title },
  })
  expect(response.status, response.text).toBe(200)
}

/** Zhili's English about page as `port` serves it, once it shows `title` (at once on SQLite). */
const aboutShows = async (port: number, title: string) => {
  const read = () =>
    requestAt(port, 'GET', '/en/about', { host: 'zhili.localhost', newConnection: true })
  if (isSQLite()) return read()
  let page = await read()
  for (let tries = 0; tries < 20 && !page.text.includes(title); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    page = await read()
  }
  return page
}

describe('two processes on one database', () => {
  it('an edit through either process shows through the other on its next request', async () => {
    const first = inject('port')
    const other = await startServer({ env: { ...sharedEnv(), CHANDI_WORKER_ROLE: 'follower' } })
    onTestFinished(() => stopServer(other))
    const second = other.port
    const token = await login(cast.emails.operatorA)
    const page = await aboutPage(token)
    onTestFinished(() => setTitle(first, token, page.id, page.title))

    for (const [writer, reader] of [
      [first, second],
      [second, first],
    ]) {
      // The reader has the page cached (a hit), with the title as it was.
      const title = unique('Edited through another process')
      await requestAt(reader, 'GET', '/en/about', { host: 'zhili.localhost' })
      const before = await requestAt(reader, 'GET', '/en/about', { host: 'zhili.localhost' })
      expect(before.headers['x-chandi-cache']).toBe('hit')
      expect(before.text).not.toContain(title)

      await setTitle(writer, token, page.id, title)
      const after = await aboutShows(reader, title)
      expect(after.status).toBe(200)
      expect(after.text).toContain(title)
    }
    // Only Zhili's pages are evicted in the other process: Yiwu's home stays a hit there. (Each
    // eviction is repeated CHANDI_EVICTION_SETTLE_MS, 1 s, after the edit, so a page is read until
    // it is a hit twice in a row: once in CI the repeat came between two reads.)
    const stays = async (host: string, pathname: string) => {
      const read = () => requestAt(second, 'GET', pathname, { host })
      for (const started = Date.now(); Date.now() - started < 15_000;) {
        await read()
        if ((await read()).headers['x-chandi-cache'] === 'hit') {
          if ((await read()).headers['x-chandi-cache'] === 'hit') return 'hit'
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      return (await read()).headers['x-chandi-cache']
    }
    expect(await stays('yiwu.localhost', '/en')).toBe('hit')
    expect(await stays('zhili.localhost', '/en/about')).toBe('hit')
    const once = unique('Edited once more')
    await setTitle(first, token, page.id, once)
    // On PostgreSQL the eviction arrives by NOTIFY, a moment after the commit: aboutShows waits for it.
    expect((await aboutShows(second, once)).text).toContain(once)
    expect(
      (await requestAt(second, 'GET', '/en', { host: 'yiwu.localhost' })).headers['x-chandi-cache'],
    ).toBe('hit')
  }, 180_000)
})

describe('npm start with CHANDI_WORKERS', () => {
  it('runs the workers on one port, sees edits made elsewhere, sums their metrics, and stops them all on SIGTERM', async () => {
    const cluster = await startServer({
      env: { ...sharedEnv(), CHANDI_WORKERS: '2', CHANDI_SEARCH_INDEX: 'false' },
    })
    onTestFinished(() => stopServer(cluster))
    // The second worker starts once the first listens.
    const pids = new Set<number>()
    for (const started = Date.now(); pids.size < 2 && Date.now() - started < 180_000;) {
      pids.add((await requestAt(cluster.port, 'GET', '/healthz', { newConnection: true })).json.pid)
      if (pids.size < 2) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(pids.size, cluster.output()).toBe(2)
    expect(pids.has(cluster.child.pid!)).toBe(false)

    // Every worker caches the page, then an edit through the suite's server reaches them all.
    const token = await login(cast.emails.operatorA)
    const page = await aboutPage(token)
    onTestFinished(() => setTitle(inject('port'), token, page.id, page.title))
    for (let index = 0; index < 4; index += 1)
      await requestAt(cluster.port, 'GET', '/en/about', {
        host: 'zhili.localhost',
        newConnection: true,
      })
    const title = unique('Edited for the workers')
    await setTitle(inject('port'), token, page.id, title)
    for (let index = 0; index < 4; index += 1)
      expect((await aboutShows(cluster.port, title)).text).toContain(title)

    // Six 404s, spread over both workers, counted once each in the one /metrics answer.
    for (let index = 0; index < 6; index += 1)
      expect(
        (
          await requestAt(cluster.port, 'GET', '/en/no-such-page', {
            host: 'zhili.localhost',
            newConnection: true,
          })
        ).status,
      ).toBe(404)
    const metrics = await requestAt(cluster.port, 'GET', '/metrics')
    expect(metrics.status).toBe(200)
    expect(metrics.text).toMatch(/^chandi_http_requests_total\{kind="portal",status="4xx"\} 6$/m)

    const exited = new Promise<number | null>((resolve) => cluster.child.once('exit', resolve))
    cluster.child.kill('SIGTERM')
    expect(await exited).toBe(0)
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow()
  }, 360_000)
})
