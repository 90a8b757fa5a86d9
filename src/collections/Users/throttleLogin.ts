import crypto from 'node:crypto'

import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from '@/platform/clientAddress'

import { createLoginThrottle, type LoginAttempt } from './loginThrottle'

/** One per process (see loginThrottle.ts for what several nodes mean). */
export const loginThrottle = createLoginThrottle()

// Payload's current password hash (pbkdf2-sha256-v1 in generatePasswordSaltHash.js): an unknown
// e-mail costs what a wrong password of a real account costs, so the answer's time tells nothing.
const HASH_ITERATIONS = 600_000
const HASH_KEY_LENGTH = 32
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')
/** Costs what a real password hash costs, for answers that must not tell an account exists. */
export const dummyHash = (password: string) =>
  new Promise<void>((resolve) =>
    crypto.pbkdf2(password, DUMMY_SALT, HASH_ITERATIONS, HASH_KEY_LENGTH, 'sha256', () =>
      resolve(),
    ),
  )

const ATTEMPT = 'chandiLoginAttempt'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Before every login (REST, GraphQL, the admin's form): waits as long as the throttle says,
 * then, for an e-mail no account has, runs a hash of the same cost as the password check Payload
 * is about to skip. Payload then answers its usual 401 for both.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  if (
    typeof data.email !== 'string' ||
    typeof data.password !== 'string' ||
    data.password.trim() === ''
  )
    return args
  const account = data.email.toLowerCase().trim()
  const attempt: LoginAttempt = { source: clientAddress(req.headers), account }
  req.context[ATTEMPT] = attempt
  const delay = loginThrottle.begin(attempt)
  if (delay > 0) await sleep(delay)
  // A read: nothing here takes the write lock, so wrong logins never hold up anyone's writes.
  const found = await req.payload.db.findOne({
    collection: args.collection.config.slug,
    where: { email: { equals: account } },
    req,
  })
  if (!found) await dummyHash(data.password)
  return args
}

/** A correct password: its attempt is taken back, and its address trusted for this account. */
export const clearLoginFailures: CollectionAfterLoginHook = ({ req, user }) => {
  const attempt = req.context[ATTEMPT] as LoginAttempt | undefined
  if (attempt)
    loginThrottle.succeeded({
      ...attempt,
      account: String(user.email ?? attempt.account).toLowerCase(),
    })
  return user
}
