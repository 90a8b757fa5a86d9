import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import Database from 'libsql'
import { describe, expect, it, onTestFinished } from 'vitest'

import { isDatabaseError } from '@/platform/outage'
import {
  migrating,
  serializeWrites,
  WriteLock,
  WritesQueuedError,
} from '@/platform/sqliteTransactions'

/** A database of the test's own in WAL mode, with one table, and a client on it as Payload's adapter opens one. */
const database = async (busyTimeout: number) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-tx-'))
  const url = `file:${path.join(dir, 'test.db')}`
  const client = createClient({ url })
  await client.execute(`pragma busy_timeout = ${busyTimeout}`)
  await client.execute('pragma journal_mode = wal')
  await client.execute('create table rows (name text)')
  onTestFinished(() => {
    client.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  const adapter = { client, clientConfig: { url }, busyTimeout, wal: { synchronous: 'NORMAL' } }
  return {
    client,
    adapter,
    names: async (on: Client = client) =>
      (await on.execute('select name from rows order by rowid')).rows.map((row) => row.name),
  }
}

describe('writes of one process on SQLite', () => {
  it('without the lock, a write outside a transaction of the same process waits out the busy timeout and fails', async () => {
    const { client } = await database(200)
    // libsql's own transaction: the write lock is held on one connection, and the event loop
    // is needed to ever release it, while the next write blocks that loop on another connection.
    const tx = await client.transaction('write')
    await tx.execute("insert into rows values ('in the transaction')")
    await expect(client.execute("insert into rows values ('outside')")).rejects.toThrow(
      /SQLITE_BUSY|locked/,
    )
    await tx.commit()
  })

  it('with it, that write waits for the commit and both are kept, in order', async () => {
    const { client, adapter, names } = await database(200)
    serializeWrites(adapter)
    const tx = await client.transaction('write')
    await tx.execute("insert into rows values ('in the transaction')")
    let outsideDone = false
    const outside = client
      .execute("insert into rows values ('outside')")
      .then(() => (outsideDone = true))
    // Reads do not wait: the open transaction is invisible to them.
    expect(await names()).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 300)) // longer than the busy timeout
    expect(outsideDone).toBe(false)
    await tx.commit()
    await outside
    expect(await names()).toEqual(['in the transaction', 'outside'])
  })

  it('runs concurrent transactions one after the other, a rolled-back one leaving nothing', async () => {
    const { client, adapter, names } = await database(200)
    serializeWrites(adapter)
    const write = async (name: string, fail: boolean) => {
      const tx = await client.transaction('write')
      await tx.execute({ sql: 'insert into rows values (?)', args: [`${name} 1`] })
      await new Promise((resolve) => setTimeout(resolve, 20))
      await tx.execute({ sql: 'insert into rows values (?)', args: [`${name} 2`] })
      if (fail) await tx.rollback()
      else await tx.commit()
    }
    await Promise.all([
      write('a', false),
      write('b', true),
      write('c', false),
      client.batch([{ sql: 'insert into rows values (?)', args: ['batch'] }], 'write'),
    ])
    const rows = await names()
    expect(rows).toHaveLength(5)
    // Each transaction's rows are together: nothing of another came between them.
    expect(rows.indexOf('a 2') - rows.indexOf('a 1')).toBe(1)
    expect(rows.indexOf('c 2') - rows.indexOf('c 1')).toBe(1)
    expect(rows).not.toContain('b 1')
    // A closed transaction refuses further statements.
    const tx = await client.transaction('write')
    await tx.commit()
    await expect(tx.execute("insert into rows values ('late')")).rejects.toThrow(/closed/)
  })

  it('reports a failed COMMIT on the transaction and frees the lock', async () => {
    const { client, adapter, names } = await database(200)
    serializeWrites(adapter)
    // A deferred foreign-key violation is only checked at COMMIT.
    await client.execute('create table parents (id integer primary key)')
    await client.execute(
      'create table children (parent integer references parents(id) deferrable initially deferred)',
    )
    await client.execute('pragma foreign_keys = on')
    const tx = await client.transaction('write')
    await tx.execute('insert into children values (42)')
    await expect(tx.commit()).rejects.toThrow(/FOREIGN KEY/)
    expect((tx as unknown as { commitError?: unknown }).commitError).toBeDefined()
    // Nothing kept, and the next write is not left waiting.
    await client.execute("insert into rows values ('next')")
    expect(await names()).toEqual(['next'])
  })

  it('a migration rebuilding a table others reference keeps their rows (foreign keys off in its transaction), other transactions keep them on', async () => {
    const { client, adapter } = await database(200)
    serializeWrites(adapter)
    await client.execute('pragma foreign_keys = on')
    // What drizzle generates to change a column of a table: copy, drop the old, rename.
    const rebuild = async () => {
      const tx = await client.transaction('write')
      for (const sql of [
        'PRAGMA foreign_keys=OFF',
        'create table __new_parents (id integer primary key, name text)',
        'insert into __new_parents (id) select id from parents',
        'drop table parents',
        'alter table __new_parents rename to parents',
        'PRAGMA foreign_keys=ON',
      ])
        await tx.execute(sql)
      await tx.commit()
    }
    const children = async () =>
      Number((await client.execute('select count(*) from children')).rows[0][0])
    const setUp = async () => {
      await client.execute('drop table if exists children')
      await client.execute('drop table if exists parents')
      await client.execute('create table parents (id integer primary key)')
      await client.execute(
        'create table children (parent integer references parents(id) on delete cascade)',
      )
      await client.execute('insert into parents values (1)')
      await client.execute('insert into children values (1)')
    }
    await setUp()
    await migrating(adapter, rebuild)
    expect(await children()).toBe(1)
    // The same outside a migration: the pragma is ignored in the transaction, the drop cascades.
    await setUp()
    await rebuild()
    expect(await children()).toBe(0)
  })

  it('waits for another process’s transaction on timers, not asleep in SQLite: this process goes on meanwhile', async () => {
    const { client, adapter, names } = await database(2000)
    serializeWrites(adapter)
    // Another process's connection (here: another connection) holds the write lock.
    const other = new Database(adapter.clientConfig.url.slice('file:'.length))
    onTestFinished(() => {
      other.close()
    })
    other.exec("begin immediate; insert into rows values ('other process')")
    // It lets go 100 ms from now: only if this event loop is free to run the timer.
    setTimeout(() => other.exec('commit'), 100)
    const tx = await client.transaction('write')
    await tx.execute("insert into rows values ('this process')")
    await tx.commit()
    expect(await names()).toEqual(['other process', 'this process'])
  })

  it('replaces a connection that met SQLITE_BUSY, which libsql would leave reading an old snapshot', async () => {
    const { client, adapter, names } = await database(0)
    serializeWrites(adapter)
    const other = new Database(adapter.clientConfig.url.slice('file:'.length))
    onTestFinished(() => {
      other.close()
    })
    other.exec("begin immediate; insert into rows values ('other 1')")
    await expect(client.execute("insert into rows values ('refused')")).rejects.toThrow(
      /SQLITE_BUSY|locked/,
    )
    other.exec('commit')
    // The first read after the failure would pin its snapshot: later commits stayed unseen.
    expect(await names()).toEqual(['other 1'])
    other.exec("insert into rows values ('other 2')")
    expect(await names()).toEqual(['other 1', 'other 2'])
    await client.execute("insert into rows values ('this process')")
    expect(await names()).toEqual(['other 1', 'other 2', 'this process'])
  })

  it('a write waiting too long for this process’s others fails, and not as a database outage', async () => {
    const lock = new WriteLock()
    const release = await lock.acquire()
    const refused = await lock.acquire(50).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(WritesQueuedError)
    // Not an outage: the portal must not switch to serving stale pages for it.
    expect(isDatabaseError(refused)).toBe(false)
    // The one that gave up is not served later; the next is.
    release()
    const next = await lock.acquire(50)
    expect(lock.held).toBe(true)
    next()
    next() // releasing twice frees it once
    expect(lock.held).toBe(false)
  })
})
