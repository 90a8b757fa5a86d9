import fs from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { configProblem, env, VARIABLES } from '@/utilities/config'

/** The backticked names in the first column of the README's Environment table. */
const documented = () => {
  const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')
  const section = readme.split('\n## Environment\n')[1].split('\n## ')[0]
  const names = new Set<string>()
  for (const line of section.split('\n')) {
    if (!line.startsWith('| `')) continue
    for (const [, name] of line.split('|')[1].matchAll(/`([A-Z0-9_]+)`/g)) names.add(name)
  }
  return names
}

const saved = { ...process.env }
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
})

describe('config', () => {
  it('the README documents exactly the variables config.ts knows', () => {
    const readme = documented()
    expect(
      [...VARIABLES].filter((name) => !readme.has(name)),
      'known but not in the README',
    ).toEqual([])
    expect(
      [...readme].filter((name) => !VARIABLES.includes(name as never)),
      'in the README but unknown',
    ).toEqual([])
  })

  it('gives the defaults of before when nothing is set', () => {
    for (const name of VARIABLES) delete process.env[name]
    expect(env('PORT')).toBe(3000)
    expect(env('CHANDI_DRAIN_MS')).toBe(2000)
    expect(env('CHANDI_JOBS')).toBe(true)
    expect(env('CHANDI_NEXT_DEV')).toBe(false)
    expect(env('MEDIA_DIR')).toBe('media')
    expect(env('CHANDI_MAIL_CRON')).toBe('*/15 * * * * *')
    expect(configProblem()).toBeNull()
  })

  it('reads the variable when asked, not once at import', () => {
    process.env.CHANDI_IMPORT_MAX_ROWS = '42'
    expect(env('CHANDI_IMPORT_MAX_ROWS')).toBe(42)
  })

  it.each([
    ['PORT', 'abc', /^PORT must be a whole number from 0 to 65535 \(got "abc"\)$/],
    ['DATABASE_URL', 'mysql://db/chandi', /^DATABASE_URL must be a URL starting with file:/],
    [
      'CHANDI_INQUIRY_LIMIT_IP',
      'ten',
      /^CHANDI_INQUIRY_LIMIT_IP must be a whole number of at least 0 \(got "ten"\)$/,
    ],
    [
      'CHANDI_RETENTION_SPAM_DAYS',
      '-1',
      /^CHANDI_RETENTION_SPAM_DAYS must be a number of at least 0/,
    ],
    ['CHANDI_JOBS', 'no', /^CHANDI_JOBS must be true or false \(got "no"\)$/],
    ['PUBLIC_URL', 'chandi.example.com', /^PUBLIC_URL must be an http:\/\/ or https:\/\/ URL/],
    ['CHANDI_WORKERS', '0', /^CHANDI_WORKERS must be a whole number from 1 to 64 \(got "0"\)$/],
  ])('a wrong %s is one line naming it', (name, value, message) => {
    process.env[name] = value
    const problem = configProblem()
    expect(problem).toMatch(message)
    expect(problem).not.toContain('\n')
  })

  it('reads DATABASE_REPLICA_URLS as postgres:// URLs separated by spaces or commas', () => {
    process.env.DATABASE_URL = 'postgres://chandi@db-1/chandi'
    process.env.DATABASE_REPLICA_URLS = ' postgres://chandi@db-2/chandi,postgresql://db-3/chandi  '
    expect(env('DATABASE_REPLICA_URLS')).toEqual([
      'postgres://chandi@db-2/chandi',
      'postgresql://db-3/chandi',
    ])
    delete process.env.DATABASE_REPLICA_URLS
    expect(env('DATABASE_REPLICA_URLS')).toEqual([])
    expect(env('DATABASE_REPLICA_AFTER_WRITE_MS')).toBe(2000)
  })

  it('a replica URL that is not PostgreSQL, or replicas beside SQLite, is one line without the URL', () => {
    process.env.DATABASE_URL = 'postgres://chandi@db-1/chandi'
    process.env.DATABASE_REPLICA_URLS = 'postgres://db-2/chandi mysql://root:hunter2@db-3/chandi'
    expect(configProblem()).toBe(
      'DATABASE_REPLICA_URLS must be postgres:// URLs separated by spaces or commas (got "mysql:… as URL 2")',
    )
    process.env.DATABASE_URL = 'file:data/chandi.db'
    process.env.DATABASE_REPLICA_URLS = 'postgres://chandi:hunter2@db-2/chandi'
    const problem = configProblem()
    expect(problem).toMatch(
      /^DATABASE_REPLICA_URLS must be unset unless DATABASE_URL is a postgres/,
    )
    expect(problem).not.toContain('hunter2')
  })
})
