import pg from 'pg'

import { env } from '@/utilities/config'

/**
 * Before Payload loads: can the server named by DATABASE_URL be reached, and does it accept the
 * login? Payload's PostgreSQL adapter would otherwise log a multi-line error with a stack and
 * throw; `npm start` prints this one line instead and exits 1 (src/server/preflight.ts).
 * A database that does not exist yet is fine: the adapter creates it. Only PostgreSQL is probed
 * (SQLite is a file we create; MongoDB has no server to test against here).
 */
export const databaseStartProblem = async (
  url = env('DATABASE_URL'),
  timeoutMs = 5000,
): Promise<string | null> => {
  if (!/^postgres(ql)?:\/\//.test(url)) return null
  const where = describeDatabaseURL(url)
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  // A server that drops the connection later emits 'error' on the client; never crash for it.
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string }
    const detail = (message || code || String(error)).split('\n')[0]
    // 3D000: the database does not exist; Payload creates it on connect.
    if (code === '3D000') return null
    // 28P01 wrong password, 28000 no such role or not allowed by pg_hba.conf.
    if (code === '28P01' || code === '28000')
      return `DATABASE_URL: PostgreSQL at ${where} refused the login (${detail})`
    return `DATABASE_URL: cannot reach PostgreSQL at ${where} (${detail})`
  } finally {
    await client.end().catch(() => {})
  }
}

/** `user@host:port/database`, never the password. */
export const describeDatabaseURL = (url: string) => {
  try {
    const parsed = new URL(url)
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : ''
    return `${user}${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`
  } catch {
    return '(an unreadable URL)'
  }
}
