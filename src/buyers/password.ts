import crypto from 'node:crypto'
import { promisify } from 'node:util'

/**
 * Buyers' password hashes with Payload's own parameters (pbkdf2-sha256, 600,000 rounds, a 32-byte
 * salt), stored as `salt:hash` in hex. An unknown e-mail costs the same (`dummyCheck`), so the
 * answer's time does not tell whether an account exists.
 */
const pbkdf2 = promisify(crypto.pbkdf2)
const ROUNDS = 600_000
const LENGTH = 32

const derive = (password: string, salt: string) => pbkdf2(password, salt, ROUNDS, LENGTH, 'sha256')

export const hashPassword = async (password: string) => {
  const salt = crypto.randomBytes(32).toString('hex')
  return `${salt}:${(await derive(password, salt)).toString('hex')}`
}

export const checkPassword = async (password: string, stored: string | null | undefined) => {
  const [salt, hash] = (stored ?? '').split(':')
  if (!salt || !hash) {
    await dummyCheck(password)
    return false
  }
  const expected = Buffer.from(hash, 'hex')
  const actual = await derive(password, salt)
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual)
}

const DUMMY_SALT = crypto.randomBytes(32).toString('hex')
export const dummyCheck = async (password: string) => {
  await derive(password, DUMMY_SALT)
}
