import { env, isProduction } from '@/utilities/config'

/** Shown, on one line, when production is started without a secret. */
export const MISSING_SECRET_MESSAGE =
  'PAYLOAD_SECRET is required when NODE_ENV=production: set it to a long random string (e.g. `openssl rand -hex 32`).'

const DEVELOPMENT_SECRET = 'chandi-development-secret-not-for-production'

/** The secret that signs logins. Production refuses to run on the development fallback. */
export const payloadSecret = (): string => {
  const secret = env('PAYLOAD_SECRET')
  if (secret) return secret
  if (isProduction()) throw new Error(MISSING_SECRET_MESSAGE)
  return DEVELOPMENT_SECRET
}
