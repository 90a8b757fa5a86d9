import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it, onTestFinished } from 'vitest'

import { loginAt, requestAt } from '../helpers/api'
import { copySuiteDatabase, uploadFolders } from '../helpers/copy-db'
import { onSQLite } from '../helpers/databases'
import { integrity, MEMBER, sqlOn, stored, writeLoad } from '../helpers/durability'
import { cast, unique } from '../helpers/fixtures'
import { runNode } from '../helpers/node-args'
import { startServer, stopServer } from '../setup/server'

/**
 * Nothing lost, nothing half-written (issue #10): a server killed with SIGKILL in the middle of
 * ordinary writes, and a backup taken under write load then restored. Each on a copy of the
 * suite's database, with servers of their own; on both engines (the PostgreSQL backup's own test
 * is in durability-postgres.int.spec.ts).
 */
describe('durability', () => {
  it('a server killed with SIGKILL during writes restarts with every saved write exactly once and none half-written', async () => {
    const copy = await copySuiteDatabase('kill')
    onTestFinished(copy.remove)
    const first = await startServer({ env: copy.env })
    onTestFinished(() => stopServer(first))
    const token = await loginAt(first.port, MEMBER)
    const prefix = unique('KILL')
    const writing = writeLoad(
      first.port,
      { token, operator: await loginAt(first.port, cast.emails.operatorA) },
      prefix,
    )
    await writing.until(15)
    first.child.kill('SIGKILL')
    await writing.finish()
    const { saved, attempted, images, cut } = writing.load
    // Writes were in flight when the server died: their requests were cut off.
    expect(cut).toBeGreaterThan(0)

    // SQLite's file is whole (on PostgreSQL the database server was not killed, only Chandi).
    if (onSQLite()) expect(await integrity(copy.file)).toBe('ok')
    const second = await startServer({ env: copy.env })
    onTestFinished(() => stopServer(second))
    const after = await stored(second.port, prefix)
    // Every acknowledged write is there, once; writes cut off are there whole or not at all.
    for (const slug of saved) expect(after.slugs.filter((found) => found === slug)).toHaveLength(1)
    expect(new Set(after.slugs).size).toBe(after.slugs.length)
    for (const slug of after.slugs) expect(attempted).toContain(slug)
    for (const doc of after.docs) {
      expect(doc.priceTiers).toHaveLength(1)
      expect(after.versioned.has(doc.id)).toBe(true)
    }
    // Acknowledged images are there; every image stored, acknowledged or not, has its file.
    const admin = await loginAt(second.port, cast.emails.admin)
    const media = (
      await requestAt(
        second.port,
        'GET',
        `/api/media?where[filename][contains]=${prefix.toLowerCase()}&limit=1000&depth=0`,
        { token: admin },
      )
    ).json.docs as { filename: string }[]
    for (const filename of images) expect(media.map((doc) => doc.filename)).toContain(filename)
    for (const { filename } of media)
      expect(
        (await requestAt(second.port, 'GET', `/api/media/file/${filename}`, { token: admin }))
          .status,
        filename,
      ).toBe(200)
    // And the restarted server takes writes again.
    const again = await requestAt(second.port, 'POST', '/api/products', {
      token,
      body: {
        name: 'After the crash',
        slug: unique('after-crash'),
        moq: { quantity: 5, unit: 'piece' },
        priceTiers: [{ minQuantity: 5, unitPrice: 1 }],
      },
    })
    expect(again.status, again.text).toBe(201)
  }, 300_000)

  it('a write that fails half-way (the disk fails on its version) leaves nothing of itself, and an update that fails keeps the document as it was', async () => {
    const copy = await copySuiteDatabase('halfway')
    onTestFinished(copy.remove)
    const server = await startServer({ env: copy.env })
    onTestFinished(() => stopServer(server))
    const token = await loginAt(server.port, MEMBER)
    const admin = await loginAt(server.port, cast.emails.admin)
    const product = (slug: string, name: string, minQuantity: number) => ({
      name,
      slug,
      moq: { quantity: 5, unit: 'piece' },
      priceTiers: [{ minQuantity, unitPrice: 1.5 }],
      _status: 'published',
    })
    const kept = unique('halfway-kept').toLowerCase()
    const created = await requestAt(server.port, 'POST', '/api/products', {
      token,
      body: product(kept, 'Kept romper', 10),
    })
    expect(created.status, created.text).toBe(201)
    const keptID = (created.json.doc as { id: number }).id

    // From now on, writing a version's price tier of 777 pieces fails, as a failing disk would:
    // after the document's own rows and its version's row are written.
    const sql = await sqlOn(copy.env.DATABASE_URL)
    onTestFinished(sql.close)
    await sql.execute(
      onSQLite()
        ? `create trigger failing_disk before insert on _products_v_version_price_tiers when new.min_quantity = 777 begin select raise(abort, 'SQLITE_IOERR: disk I/O error'); end`
        : `create function failing_disk() returns trigger language plpgsql as $$ begin if new.min_quantity = 777 then raise exception 'could not write block: Input/output error' using errcode = '58030'; end if; return new; end $$; create trigger failing_disk before insert on _products_v_version_price_tiers for each row execute function failing_disk()`,
    )

    const lost = unique('halfway-lost').toLowerCase()
    const failed = await requestAt(server.port, 'POST', '/api/products', {
      token,
      body: product(lost, 'Lost romper', 777),
    })
    expect(failed.status).toBeGreaterThanOrEqual(500)
    expect(failed.text).not.toMatch(/at .*\.(js|ts):\d+/) // no stack trace
    const rows = async (query: string, slug: string) =>
      Number(await sql.value(query, Array<string>(query.split('?').length - 1).fill(slug)))
    expect(await rows('select count(*) from products where slug = ? or slug = ?', lost)).toBe(0)
    expect(
      await rows(
        'select count(*) from _products_v where version_slug = ? or version_slug = ?',
        lost,
      ),
    ).toBe(0)
    expect(
      (
        await requestAt(
          server.port,
          'GET',
          `/api/products?where[slug][equals]=${lost}&draft=true&depth=0`,
          { token: admin },
        )
      ).json.totalDocs,
    ).toBe(0)

    // An update that fails the same way: the product, its tiers and its versions are as before.
    const versionsBefore = await rows(
      'select count(*) from _products_v where parent_id = (select id from products where slug = ?)',
      kept,
    )
    const update = await requestAt(server.port, 'PATCH', `/api/products/${keptID}`, {
      token,
      body: { name: 'Renamed romper', priceTiers: [{ minQuantity: 777, unitPrice: 9 }] },
    })
    expect(update.status).toBeGreaterThanOrEqual(500)
    for (const draft of [false, true]) {
      const doc = (
        await requestAt(
          server.port,
          'GET',
          `/api/products/${keptID}?depth=0&draft=${draft}&locale=en`,
          { token: admin },
        )
      ).json as { name: string; priceTiers: { minQuantity: number }[] }
      expect(doc.name).toBe('Kept romper')
      expect(doc.priceTiers.map((tier) => tier.minQuantity)).toEqual([10])
    }
    expect(
      await rows(
        'select count(*) from _products_v where parent_id = (select id from products where slug = ?)',
        kept,
      ),
    ).toBe(versionsBefore)

    // Nothing was left holding the database: the next writes go through.
    const after = await requestAt(server.port, 'POST', '/api/products', {
      token,
      body: product(unique('halfway-after').toLowerCase(), 'After romper', 20),
    })
    expect(after.status, after.text).toBe(201)
  }, 300_000)

  it('a backup taken under write load restores to a consistent state, and restore refuses a database in use', async () => {
    if (!onSQLite()) return
    const copy = await copySuiteDatabase('backup')
    onTestFinished(copy.remove)
    const live = await startServer({ env: copy.env })
    onTestFinished(() => stopServer(live))
    const token = await loginAt(live.port, MEMBER)
    const prefix = unique('BACKUP')
    const writing = writeLoad(
      live.port,
      { token, operator: await loginAt(live.port, cast.emails.operatorA) },
      prefix,
    )
    await writing.until(10)
    const savedBefore = [...writing.load.saved]
    const imagesBefore = [...writing.load.images]
    const out = path.join(copy.dir, 'backup')
    const backup = await runNode('scripts/backup.ts', ['--out', out], {
      env: { ...process.env, ...copy.env },
      timeout: 120_000,
    })
    expect(backup.status, backup.stderr).toBe(0)
    // The load went on during the backup, and after it (writes acknowledged a second after the
    // backup ended committed after it).
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const savedDuring = writing.load.saved.length
    await writing.until(savedDuring + 5)
    await writing.finish()
    const { saved, attempted } = writing.load
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      counts: { products: number }
      missingFiles: string[]
    }
    expect(manifest.missingFiles).toEqual([])

    // Restore over the live server's database: refused, and the live database untouched.
    const refused = await runNode('scripts/restore.ts', [out], {
      env: { ...process.env, ...copy.env },
      timeout: 120_000,
    })
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/is in use: stop the server/)
    expect((await stored(live.port, prefix)).slugs.length).toBe(saved.length)

    // Restore into a new place, and serve it.
    const target = path.join(copy.dir, 'restored')
    const restoredEnv = {
      ...copy.env,
      DATABASE_URL: `file:${path.join(target, 'chandi.db')}`,
      ...uploadFolders(target),
    }
    fs.mkdirSync(target)
    const restore = await runNode('scripts/restore.ts', [out], {
      env: { ...process.env, ...restoredEnv },
      timeout: 120_000,
    })
    expect(restore.status, restore.stderr).toBe(0)
    const restored = await startServer({ env: restoredEnv })
    onTestFinished(() => stopServer(restored))
    const after = await stored(restored.port, prefix)

    // The backup is the database as of one instant: everything saved before it started, a prefix
    // of what was saved during it, nothing after it ended, each once and whole.
    for (const slug of savedBefore) expect(after.slugs).toContain(slug)
    expect(after.slugs.length).toBeLessThan(saved.length)
    expect(new Set(after.slugs).size).toBe(after.slugs.length)
    for (const slug of saved.slice(savedDuring)) expect(after.slugs).not.toContain(slug)
    for (const slug of after.slugs) expect(attempted).toContain(slug)
    for (const doc of after.docs) {
      expect(doc.priceTiers).toHaveLength(1)
      expect(after.versioned.has(doc.id)).toBe(true)
    }
    const admin = await loginAt(restored.port, cast.emails.admin)
    // The manifest counts the products table; `draft=true` would count latest versions instead
    // (the suite's database once had one product fewer of those).
    expect(
      (await requestAt(restored.port, 'GET', '/api/products?limit=1&depth=0', { token: admin }))
        .json.totalDocs,
    ).toBe(manifest.counts.products)
    // Every image the restored database names is served, those uploaded under load included.
    const media = (
      await requestAt(restored.port, 'GET', '/api/media?limit=1000&depth=0', { token: admin })
    ).json.docs as { filename: string; sizes: Record<string, { filename?: string | null }> }[]
    for (const filename of imagesBefore)
      expect(media.map((doc) => doc.filename)).toContain(filename)
    for (const doc of media) {
      for (const filename of [
        doc.filename,
        ...Object.values(doc.sizes ?? {}).map((size) => size.filename),
      ].filter(Boolean)) {
        expect(
          (await requestAt(restored.port, 'GET', `/api/media/file/${filename}`, { token: admin }))
            .status,
          filename!,
        ).toBe(200)
      }
    }
    // The search index is rebuilt from the restored database (the backup holds none).
    const search = () =>
      requestAt(
        restored.port,
        'GET',
        `/en/search?q=romper+${prefix.toLowerCase()}&t=${Date.now()}`,
        { host: 'zhili.localhost' },
      )
    let found = await search()
    for (
      const started = Date.now();
      !found.text.includes(`Load romper ${prefix.toLowerCase()}`) && Date.now() - started < 30_000;
      found = await search()
    ) {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(found.text).toContain(`Load romper ${prefix.toLowerCase()}`)
  }, 400_000)
})
