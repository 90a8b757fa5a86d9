import { describe, expect, it } from 'vitest'

import { insert, literal } from './bulkSql'

describe('the batched writer’s literals', () => {
  it('on PostgreSQL, a backslash cannot end a string whatever standard_conforming_strings says', () => {
    // E'…' reads backslashes as escapes: each one doubled, so `\'` is a backslash and a quote.
    expect(literal("it's \\", 'postgres').trim()).toBe("E'it''s \\\\'")
    expect(literal('plain', 'postgres')).toBe("'plain'")
    expect(literal(true, 'postgres')).toBe('true')
  })

  it('on SQLite, quotes are doubled and backslashes are plain characters', () => {
    expect(literal("it's \\", 'sqlite')).toBe("'it''s \\'")
    expect(literal(true, 'sqlite')).toBe('1')
  })

  it('drops NUL and writes null for what has no value', () => {
    expect(literal('a\0b', 'postgres')).toBe("'ab'")
    expect(literal(undefined, 'sqlite')).toBe('null')
    expect(literal(Number.NaN, 'postgres')).toBe('null')
  })

  it('builds one multi-row INSERT with the first row’s columns', () => {
    expect(
      insert(
        't',
        [
          { a: 1, b: 'x' },
          { a: 2, b: null },
        ],
        'postgres',
      ),
    ).toBe(`insert into "t" ("a", "b") values (1, 'x'), (2, null);`)
  })
})
