/**
 * Every environment variable Chandi reads, in one table: its default and what a good value looks
 * like. Values are read from process.env on each access, not once at import, because the tests
 * (and the cluster's workers) set variables before the code that reads them runs, and some are
 * read per request. src/server/preflight.ts calls `configProblem()` before anything else loads,
 * so a wrong value stops the start-up with one line naming the variable instead of failing later
 * with a stack trace or, worse, running on NaN. The README's Environment table is checked
 * against `VARIABLES` (src/utilities/config.spec.ts).
 *
 * Not here: NODE_ENV is read literally below (Next inlines `process.env.NODE_ENV` in its bundle,
 * and a computed read would not be); DISABLE_PAYLOAD_HMR is Payload's own, only written by us.
 */

/** A wrong value, with a message of one line that names the variable and what it expects. */
export class ConfigError extends Error {}

const read = (name: string) => process.env[name] ?? ''

const refuse = (name: string, expected: string, raw: string): never => {
  throw new ConfigError(`${name} must be ${expected} (got "${raw}")`)
}

type Spec<T> = (name: string) => T

const whole =
  (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): Spec<number> =>
  (name) => {
    const raw = read(name)
    if (raw === '') return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min || value > max) {
      refuse(
        name,
        max === Number.MAX_SAFE_INTEGER
          ? `a whole number of at least ${min}`
          : `a whole number from ${min} to ${max}`,
        raw,
      )
    }
    return value
  }

const number =
  (fallback: number, min = -Infinity): Spec<number> =>
  (name) => {
    const raw = read(name)
    if (raw === '') return fallback
    const value = Number(raw)
    if (!Number.isFinite(value) || value < min)
      refuse(name, min === -Infinity ? 'a number' : `a number of at least ${min}`, raw)
    return value
  }

/** `true`/`false`; unset or empty is the default. */
const flag =
  (fallback: boolean): Spec<boolean> =>
  (name) => {
    const raw = read(name)
    if (raw === '') return fallback
    if (raw !== 'true' && raw !== 'false') refuse(name, 'true or false', raw)
    return raw === 'true'
  }

/** Any text; unset or empty is the fallback. */
const text =
  (fallback = ''): Spec<string> =>
  (name) =>
    read(name) || fallback

/** Trimmed text (the S3 variables, which storage.ts checks together). */
const trimmed: Spec<string> = (name) => read(name).trim()

const oneOf =
  <T extends string>(...values: T[]): Spec<T | ''> =>
  (name) => {
    const raw = read(name)
    if (raw !== '' && !values.includes(raw as T)) refuse(name, `one of ${values.join(', ')}`, raw)
    return raw as T | ''
  }

/** Kept as written (callers use the text, or `publicURL()` for a URL). */
const httpURL: Spec<string> = (name) => {
  const raw = read(name)
  if (raw === '') return ''
  let url: URL | null = null
  try {
    url = new URL(raw)
  } catch {
    // refused below
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    refuse(name, 'an http:// or https:// URL, e.g. https://chandi.example.com', raw)
  return raw
}

const anyURL: Spec<string> = (name) => {
  const raw = read(name)
  if (raw === '') return ''
  try {
    new URL(raw)
  } catch {
    refuse(name, 'a URL, e.g. smtps://user:password@smtp.example.com:465', raw)
  }
  return raw
}

const databaseURL: Spec<string> = (name) => {
  const raw = read(name)
  if (
    raw === '' ||
    /^(file:|mongodb:\/\/|mongodb\+srv:\/\/|postgres:\/\/|postgresql:\/\/)/.test(raw)
  )
    return raw
  return refuse(name, 'a URL starting with file:, mongodb://, mongodb+srv:// or postgres://', raw)
}

/**
 * PostgreSQL URLs separated by spaces or commas; only beside a PostgreSQL DATABASE_URL. A wrong
 * one is named by its position and kind, never printed whole (it may carry a password).
 */
const replicaURLs: Spec<string[]> = (name) => {
  const urls = read(name)
    .split(/[\s,]+/)
    .filter(Boolean)
  if (urls.length === 0) return []
  urls.forEach((url, index) => {
    let parsed: URL | null = null
    try {
      parsed = new URL(url)
    } catch {
      // refused below
    }
    if (!parsed || (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:'))
      refuse(
        name,
        'postgres:// URLs separated by spaces or commas',
        `${url.split(':')[0]}:… as URL ${index + 1}`,
      )
  })
  if (!/^postgres(ql)?:\/\//.test(read('DATABASE_URL')))
    refuse(name, 'unset unless DATABASE_URL is a postgres:// URL', `${urls.length} URL(s)`)
  return urls
}

const cron =
  (fallback: string): Spec<string> =>
  (name) => {
    const raw = read(name)
    if (raw === '') return fallback
    const fields = raw.trim().split(/\s+/).length
    if (fields !== 5 && fields !== 6)
      refuse(name, 'a cron expression of five or six fields, e.g. */15 * * * * *', raw)
    return raw
  }

/** `??`, not `||`: today an empty CHANDI_DRAIN_MS means no drain at all, and stays so. */
const wholeOrEmptyZero =
  (fallback: number): Spec<number> =>
  (name) =>
    process.env[name] === '' ? 0 : whole(fallback, 0)(name)

const SPECS = {
  PORT: whole(3000, 0, 65_535),
  DATABASE_URL: databaseURL,
  DATABASE_REPLICA_URLS: replicaURLs,
  DATABASE_REPLICA_AFTER_WRITE_MS: whole(2000, 0),
  DATABASE_REPLICA_MAX_LAG_MS: whole(5000, 0),
  PAYLOAD_SECRET: text(),
  PUBLIC_URL: httpURL,
  MEDIA_DIR: text('media'),
  CHANDI_SEED: flag(true),
  MONGODB_TRANSACTIONS: flag(true),
  SMTP_URL: anyURL,
  MAIL_FROM: text('noreply@chandi.test'),
  MAIL_FROM_NAME: text('产地 Chandi'),
  MAIL_OUTBOX_DIR: text('data/outbox'),
  TRUST_PROXY: text(),
  CHANDI_INQUIRY_LIMIT_IP: whole(10, 0),
  CHANDI_INQUIRY_LIMIT_EMAIL: whole(5, 0),
  CHANDI_SIGN_UP_LIMIT_IP: whole(20, 0),
  CHANDI_SIGN_UP_FLOOR_MS: whole(600, 0),
  CHANDI_RESET_LIMIT_IP: whole(10, 0),
  CHANDI_JOBS: flag(true),
  CHANDI_MAIL_CRON: cron('*/15 * * * * *'),
  CHANDI_MAIL_RETRY_DELAY_MS: whole(60_000, 0),
  CHANDI_MAIL_ATTEMPTS: whole(6, 0),
  CHANDI_SOURCING_DIGEST_SECONDS: whole(3600, 0),
  INQUIRY_FILES_DIR: text('data/inquiry-files'),
  // Empty: `sourcing-files` beside INQUIRY_FILES_DIR (src/platform/uploadDirs.ts).
  SOURCING_FILES_DIR: text(),
  IMPORT_FILES_DIR: text('data/import-files'),
  VERIFICATION_FILES_DIR: text('data/verification-files'),
  CHANDI_IMPORT_MAX_ROWS: whole(100_000, 1),
  CHANDI_IMPORT_BULK: flag(true),
  CHANDI_FRAME_ANCESTORS: text(),
  CHANDI_DRAIN_MS: wholeOrEmptyZero(2000),
  CHANDI_SHUTDOWN_MS: whole(10_000, 0),
  CHANDI_RETENTION_SPAM_DAYS: number(30, 0),
  CHANDI_RETENTION_CLOSED_DAYS: number(730, 0),
  CHANDI_CLOCK_OFFSET_MS: number(0),
  CHANDI_METRICS_TOKEN: text(),
  CHANDI_SEARCH_INDEX: flag(true),
  CHANDI_SQLITE_WAL: flag(true),
  CHANDI_SQLITE_BUSY_TIMEOUT_MS: whole(5000, 1, 600_000),
  S3_BUCKET: trimmed,
  S3_REGION: trimmed,
  S3_ENDPOINT: trimmed,
  S3_ACCESS_KEY_ID: trimmed,
  S3_SECRET_ACCESS_KEY: trimmed,
  S3_FORCE_PATH_STYLE: trimmed,
  S3_PREFIX: trimmed,
  CHANDI_WORKERS: whole(1, 1, 64),
  CHANDI_EVICTION_SETTLE_MS: whole(1000, 0),
  CHANDI_WARM_PAGES: whole(10, 0, 1000),
  CHANDI_VISITS: flag(true),
  CHANDI_VISITS_FLUSH_MS: whole(5000, 100),
  CHANDI_COUNTRY_HEADER: trimmed,
  CHROMIUM_PATH: trimmed,
  CHANDI_ALLOWED_ORIGINS: text(),
  CHANDI_NEXT_DEV: flag(false),
  CHANDI_SOURCE_MAPS: flag(false),
  CHANDI_LOCALHOST_BELTS: flag(false),
  CHANDI_WORKER_ROLE: oneOf('leader', 'follower'),
} satisfies Record<string, Spec<unknown>>

export type Variable = keyof typeof SPECS | 'NODE_ENV'

/** Every variable this module knows, NODE_ENV included. */
export const VARIABLES: readonly Variable[] = [
  'NODE_ENV',
  ...(Object.keys(SPECS) as (keyof typeof SPECS)[]),
]

/** The value of one variable, parsed, or its default; throws a ConfigError on a wrong value. */
export const env = <K extends keyof typeof SPECS>(name: K): ReturnType<(typeof SPECS)[K]> =>
  SPECS[name](name) as ReturnType<(typeof SPECS)[K]>

/** PUBLIC_URL as a URL (a new one each call: callers may change it), or null when unset. */
export const publicURL = (): URL | null => {
  const raw = env('PUBLIC_URL')
  return raw ? new URL(raw) : null
}

/** Literal, so that Next's bundle inlines it exactly as it did where this was read before. */
export const isProduction = () => process.env.NODE_ENV === 'production'

/** The first wrong value, as the line to print, or null when every variable is fine. */
export const configProblem = (): string | null => {
  for (const name of Object.keys(SPECS) as (keyof typeof SPECS)[]) {
    try {
      env(name)
    } catch (error) {
      if (error instanceof ConfigError) return error.message
      throw error
    }
  }
  return null
}
