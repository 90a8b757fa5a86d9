import { fieldError } from '@/utilities/errors'

import { COMMON_PASSWORDS } from './commonPasswords'

/** The shortest password anyone may choose (buyers and staff alike). */
export const MIN_PASSWORD_LENGTH = 10

const common = new Set(COMMON_PASSWORDS)

/** What is wrong with a password someone chose, or null when it may be used. */
export const passwordProblem = (password: unknown): string | null => {
  if (typeof password !== 'string' || password === '') return 'password: required.'
  // Characters, not UTF-16 units: a Chinese pass phrase counts what its reader sees.
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `password: at least ${MIN_PASSWORD_LENGTH} characters.`
  if (common.has(password.toLowerCase()))
    return 'password: this is one of the most common passwords; choose another.'
  return null
}

/** Throws the 400 naming `password` when a chosen password breaks the policy. */
export const assertPasswordPolicy = (password: unknown) => {
  const problem = passwordProblem(password)
  if (problem) throw fieldError({ path: 'password', message: problem })
}
