import type { PayloadRequest } from 'payload'

import { fieldError } from '@/utilities/errors'
import { type Bilingual, t } from '@/utilities/i18n'

import { COMMON_PASSWORDS } from './commonPasswords'

/** The shortest password anyone may choose (buyers and staff alike). */
export const MIN_PASSWORD_LENGTH = 10

const common = new Set(COMMON_PASSWORDS)

/**
 * What is wrong with a password someone chose, or null when it may be used; in the language of
 * `req` (the admin's, or the browser's), in English without one.
 */
export const passwordProblem = (
  password: unknown,
  req?: Pick<PayloadRequest, 'i18n'>,
): string | null => {
  const say = (text: Bilingual) => (req ? t(req, text) : text.en)
  if (typeof password !== 'string' || password === '')
    return say({ zh: 'password：请填写密码', en: 'password: required.' })
  // Characters, not UTF-16 units: a Chinese pass phrase counts what its reader sees.
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return say({
      zh: `password：密码至少 ${MIN_PASSWORD_LENGTH} 个字符`,
      en: `password: at least ${MIN_PASSWORD_LENGTH} characters.`,
    })
  if (common.has(password.toLowerCase()))
    return say({
      zh: 'password：这是最常见的密码之一，请换一个',
      en: 'password: this is one of the most common passwords; choose another.',
    })
  return null
}

/** Throws the 400 naming `password` when a chosen password breaks the policy. */
export const assertPasswordPolicy = (password: unknown, req?: Pick<PayloadRequest, 'i18n'>) => {
  const problem = passwordProblem(password, req)
  if (problem) throw fieldError({ path: 'password', message: problem })
}
