import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import Database from 'libsql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cacheStatements, MAX_STATEMENTS } from '@/platform/sqliteStatements'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-statements-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
beforeAll(() => cacheStatements())

const clientFor = async (name: string) => {
  const client = createClient({ url: `file:${path.join(dir, name)}` })
  await client.execute('pragma journal_mode = wal')
  await client.execute('create table t (id integer primary key, v text unique, n integer)')
  return client
}

/** A connection to a new file in WAL mode (Chandi's default), the only mode that keeps statements. */
let files = 0
const walDatabase = () => {
  const db = new Database(path.join(dir, `wal-${(files += 1)}.db`))
  db.exec('pragma journal_mode = wal')
  return db
}

describe('prepared statements kept per connection', () => {
  it('prepares a SQL text once per connection, and each connection its own', () => {
    const a = walDatabase()
    const b = walDatabase()
    expect(a.prepare('select 1')).toBe(a.prepare('select 1'))
    expect(a.prepare('select 2')).not.toBe(a.prepare('select 1'))
    expect(b.prepare('select 1')).not.toBe(a.prepare('select 1'))
    a.close()
    b.close()
  })

  it('gives the client the same answers as fresh statements: rows, writes, returning, errors', async () => {
    const client = await clientFor('answers.db')
    for (const [v, n] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const) {
      const inserted = await client.execute({
        sql: 'insert into t (v, n) values (?, ?)',
        args: [v, n],
      })
      expect(inserted.rowsAffected).toBe(1)
      expect(inserted.rows).toHaveLength(0)
    }
    const returned = await client.execute({
      sql: 'insert into t (v, n) values (?, ?) returning id, v',
      args: ['d', 4],
    })
    expect(returned.columns).toEqual(['id', 'v'])
    expect(returned.rows[0]?.v).toBe('d')
    // The same statement with other values, then after a constraint error.
    const above = (n: number) =>
      client.execute({ sql: 'select v from t where n > ? order by n', args: [n] })
    expect((await above(2)).rows.map((row) => row.v)).toEqual(['c', 'd'])
    expect((await above(0)).rows.map((row) => row.v)).toEqual(['a', 'b', 'c', 'd'])
    await expect(
      client.execute({ sql: 'insert into t (v, n) values (?, ?)', args: ['a', 9] }),
    ).rejects.toThrow(/UNIQUE/)
    const again = await client.execute({
      sql: 'insert into t (v, n) values (?, ?)',
      args: ['e', 5],
    })
    expect(again.rowsAffected).toBe(1)
    expect((await above(4)).rows.map((row) => row.v)).toEqual(['e'])
    const updated = await client.execute({ sql: 'update t set n = n + 10 where n < ?', args: [3] })
    expect(updated.rowsAffected).toBe(2)
    client.close()
  })

  it('a transaction rolled back by an error leaves the statements usable', async () => {
    const client = await clientFor('rollback.db')
    await client.execute('begin immediate')
    await client.execute({ sql: 'insert into t (v, n) values (?, ?)', args: ['x', 1] })
    await expect(
      client.execute({ sql: 'insert into t (v, n) values (?, ?)', args: ['x', 2] }),
    ).rejects.toThrow(/UNIQUE/)
    await client.execute('rollback')
    await client.execute('begin immediate')
    await client.execute({ sql: 'insert into t (v, n) values (?, ?)', args: ['y', 3] })
    await client.execute('commit')
    const rows = (await client.execute('select v from t')).rows.map((row) => row.v)
    expect(rows).toEqual(['y'])
    client.close()
  })

  it('forgets a connection’s statements when it runs DDL: a column added is seen', async () => {
    const client = await clientFor('ddl.db')
    await client.execute({ sql: 'insert into t (v, n) values (?, ?)', args: ['a', 1] })
    expect((await client.execute('select * from t')).columns).toEqual(['id', 'v', 'n'])
    await client.execute('alter table t add column w text')
    const after = await client.execute('select * from t')
    expect(after.columns).toEqual(['id', 'v', 'n', 'w'])
    expect(after.rows[0]).toHaveLength(4)
    // Through a script as well (`exec`: executeMultiple).
    await client.executeMultiple('alter table t add column z text; update t set z = w;')
    expect((await client.execute('select * from t')).columns).toEqual(['id', 'v', 'n', 'w', 'z'])
    client.close()
  })

  it('drops a statement that failed: one refused as busy may still hold its snapshot', () => {
    const file = path.join(dir, 'busy.db')
    const a = new Database(file)
    const b = new Database(file)
    a.exec('pragma journal_mode = wal')
    a.exec('create table t (id integer primary key, v text)')
    b.exec('pragma busy_timeout = 0')
    a.exec('begin immediate')
    a.prepare('insert into t (v) values (?)').run(['a'])
    const refused = b.prepare('delete from t where id = ?')
    expect(() => refused.run([99])).toThrow(/BUSY|locked/)
    a.exec('commit')
    // A new statement for the same text: the refused one is left to the garbage collector, as
    // without the cache, instead of being kept with its snapshot.
    const again = b.prepare('delete from t where id = ?')
    expect(again).not.toBe(refused)
    const kept = b.prepare('select count(*) as n from t')
    kept.all()
    // One that succeeded is kept.
    expect(b.prepare('select count(*) as n from t')).toBe(kept)
    a.close()
    b.close()
  })

  it('reads the columns again when another connection alters the table', async () => {
    const file = path.join(dir, 'other-ddl.db')
    const a = createClient({ url: `file:${file}` })
    const b = createClient({ url: `file:${file}` })
    await a.execute('pragma journal_mode = wal')
    await a.execute('create table t (id integer primary key, v text)')
    await a.execute("insert into t (v) values ('x')")
    expect((await b.execute('select * from t')).columns).toEqual(['id', 'v'])
    await a.execute('alter table t add column w text')
    await a.execute("update t set w = 'y'")
    // libsql reads a statement's columns before SQLite re-prepares it: the first run after the
    // change may still show the old ones, with or without this cache; the next must not.
    await b.execute('select * from t')
    const after = await b.execute('select * from t')
    expect(after.columns).toEqual(['id', 'v', 'w'])
    expect(after.rows[0]?.w).toBe('y')
    a.close()
    b.close()
  })

  it('keeps nothing for a connection with a rollback journal (a failed statement holds its lock there)', () => {
    const file = path.join(dir, 'journal.db')
    const db = new Database(file)
    expect(db.prepare('select 1')).not.toBe(db.prepare('select 1'))
    // Switched to WAL, it keeps them; back to a rollback journal, it stops.
    db.prepare('pragma journal_mode = wal').all()
    expect(db.prepare('select 1')).toBe(db.prepare('select 1'))
    db.prepare('pragma journal_mode = delete').all()
    expect(db.prepare('select 1')).not.toBe(db.prepare('select 1'))
    db.close()
  })

  it('keeps at most MAX_STATEMENTS a connection, the least recently used going first', () => {
    const db = walDatabase()
    const first = db.prepare('select 0')
    const kept = db.prepare('select 1')
    for (let index = 2; index <= MAX_STATEMENTS; index += 1) {
      db.prepare(`select ${index}`)
      if (index % 50 === 0) expect(db.prepare('select 1')).toBe(kept) // used: stays
    }
    expect(db.prepare('select 1')).toBe(kept)
    expect(db.prepare('select 0')).not.toBe(first)
    db.close()
  })
})
