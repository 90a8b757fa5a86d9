import { describe, expect, it } from 'vitest'

import { UI_LOCALES } from '@/constants'

import { ACCOUNT_WORDS } from './account'

/** The account pages' words: all five languages complete and translated (src/portal/i18n/account.ts). */
const SAME_AS_ENGLISH = new Set(['Spam'])

describe('the account dictionaries', () => {
  it.each(UI_LOCALES)('%s has every key, none empty, the placeholder kept', (ui) => {
    const words = ACCOUNT_WORDS[ui]
    expect(Object.keys(words).sort()).toEqual(Object.keys(ACCOUNT_WORDS.zh).sort())
    expect(Object.entries(words).filter(([, value]) => !value.trim())).toEqual([])
    expect(words.signedInAs).toContain('{email}')
  })

  it.each(['ru', 'ar', 'es'] as const)('%s translates every key', (ui) => {
    const untranslated = Object.entries(ACCOUNT_WORDS[ui])
      .filter(([key, value]) => value === ACCOUNT_WORDS.en[key as keyof typeof ACCOUNT_WORDS.en])
      .filter(([, value]) => !SAME_AS_ENGLISH.has(value))
    expect(untranslated).toEqual([])
  })
})
