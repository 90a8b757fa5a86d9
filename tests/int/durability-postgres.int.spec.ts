import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { describe, expect, it, onTestFinished } from 'vitest'

import { loginAt, requestAt } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { onPostgres } from '../helpers/databases'
import { MEMBER, stored, writeLoad } from '../helpers/durability'
import { cast, unique } from '../helpers/fixtures'
import { runNode } from '../helpers/node-args'
import { startServer, stopServer } from '../setup/server'

/**
 * `npm run backup` and `npm run restore` on PostgreSQL (issue 19): `pg_dump` of one snapshot
 * under write load, `pg_restore` into a new database renamed into place. On a copy of the suite's
 * database, with servers of its own. (SQLite's: durability.int.spec.ts.)
 */
describe('backup and restore on PostgreSQL', () => {
  it('a backup taken under write load restores to a consistent state over the same database, and restore refuses a database in use', async () => {
    if (!onPostgres()) return
    const copy = await copySuiteDatabase('backup')
    onTestFinished(copy.remove)
    const url = copy.env.DATABASE_URL
    const name = new URL(url).pathname.slice(1)
    // The database the restore moves aside (never dropped by it) goes with the test.
    onTestFinished(async () => {
      const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') })
      await admin.connect()
      const aside = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like $1 || '\\_before\\_restore\\_%'",
        [name.slice(0, 32)],
      )
      for (const { datname } of aside.rows)
        await admin.query(`drop database if exists "${datname}" with (force)`)
      await admin.end()
    })
    const env = { ...process.env, ...copy.env }
    const live = await startServer({ env: copy.env })
    onTestFinished(() => stopServer(live))
    const token = await loginAt(live.port, MEMBER)
    const prefix = unique('PGBACKUP')
    const writing = writeLoad(
      live.port,
      { token, operator: await loginAt(live.port, cast.emails.operatorA) },
      prefix,
    )
    await writing.until(10)
    const savedBefore = [...writing.load.saved]
    const imagesBefore = [...writing.load.images]
    const out = path.join(copy.dir, 'backup')
    const backup = await runNode('scripts/backup.ts', ['--out', out], { env, timeout: 120_000 })
    expect(backup.status, backup.stderr).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const savedDuring = writing.load.saved.length
    await writing.until(savedDuring + 5)
    await writing.finish()
    const { saved, attempted } = writing.load
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      engine: string
      counts: { products: number }
      missingFiles: string[]
    }
    expect(manifest.engine).toBe('postgres')
    expect(manifest.missingFiles).toEqual([])
    expect(fs.statSync(path.join(out, 'chandi.dump')).size).toBeGreaterThan(0)

    // Restore while the server is connected: refused, and the live database untouched.
    const refused = await runNode('scripts/restore.ts', [out], { env, timeout: 120_000 })
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/is in use: stop the server/)
    expect((await stored(live.port, prefix)).slugs.length).toBe(saved.length)

    // After the backup a product saved before it is deleted; then the server stops and the backup
    // goes back over the same database.
    const admin = await loginAt(live.port, cast.emails.admin)
    const deleted = (await stored(live.port, prefix)).docs.find(
      (doc) => doc.slug === savedBefore[0],
    )!
    expect(
      (await requestAt(live.port, 'DELETE', `/api/products/${deleted.id}`, { token: admin }))
        .status,
    ).toBe(200)
    expect((await stored(live.port, prefix)).slugs).not.toContain(savedBefore[0])
    await stopServer(live)
    const restore = await runNode('scripts/restore.ts', [out], { env, timeout: 120_000 })
    expect(restore.status, restore.stderr).toBe(0)
    expect(restore.stdout).toMatch(/the one it replaced: \S+_before_restore_\d{8}t\d{6}/)

    const restored = await startServer({ env: copy.env })
    onTestFinished(() => stopServer(restored))
    const after = await stored(restored.port, prefix)
    // The database as of one instant: everything saved before the backup (the deleted product
    // too), a prefix of what was saved during it, nothing after it ended, each once and whole.
    for (const slug of savedBefore) expect(after.slugs).toContain(slug)
    expect(after.slugs.length).toBeLessThan(saved.length)
    expect(new Set(after.slugs).size).toBe(after.slugs.length)
    for (const slug of saved.slice(savedDuring)) expect(after.slugs).not.toContain(slug)
    for (const slug of after.slugs) expect(attempted).toContain(slug)
    for (const doc of after.docs) {
      expect(doc.priceTiers).toHaveLength(1)
      expect(after.versioned.has(doc.id)).toBe(true)
    }
    const restoredAdmin = await loginAt(restored.port, cast.emails.admin)
    expect(
      (
        await requestAt(restored.port, 'GET', '/api/products?limit=1&depth=0', {
          token: restoredAdmin,
        })
      ).json.totalDocs,
    ).toBe(manifest.counts.products)
    const media = (
      await requestAt(
        restored.port,
        'GET',
        `/api/media?where[filename][contains]=${prefix.toLowerCase()}&limit=1000&depth=0`,
        { token: restoredAdmin },
      )
    ).json.docs as { filename: string }[]
    for (const filename of imagesBefore)
      expect(media.map((doc) => doc.filename)).toContain(filename)
    for (const { filename } of media)
      expect(
        (
          await requestAt(restored.port, 'GET', `/api/media/file/${filename}`, {
            token: restoredAdmin,
          })
        ).status,
        filename,
      ).toBe(200)
    // And the restored database takes writes.
    const again = await requestAt(restored.port, 'POST', '/api/products', {
      token: await loginAt(restored.port, MEMBER),
      body: {
        name: 'After the restore',
        slug: unique('after-restore'),
        moq: { quantity: 5, unit: 'piece' },
        priceTiers: [{ minQuantity: 5, unitPrice: 1 }],
      },
    })
    expect(again.status, again.text).toBe(201)
  }, 400_000)

  it('a backup of a database that cannot be reached fails with one line and exit 1, leaving no folder', async () => {
    if (!onPostgres()) return
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-unreachable-'))
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
    const out = path.join(dir, 'backup')
    const backup = await runNode('scripts/backup.ts', ['--out', out], {
      env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/chandi' },
      timeout: 60_000,
    })
    expect(backup.status).toBe(1)
    expect(backup.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^\[backup\] failed: DATABASE_URL: cannot reach PostgreSQL at postgres@127\.0\.0\.1:1\/chandi \(.*ECONNREFUSED.*\)$/,
      ),
    ])
    expect(fs.existsSync(out) || fs.existsSync(`${out}.partial`)).toBe(false)
  }, 120_000)
})
