import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/constants'

import { passwordProblem } from './passwordPolicy'

describe('password policy', () => {
  it('refuses fewer than 10 characters, counting characters rather than UTF-16 units', () => {
    expect(passwordProblem('short-pw1')).toMatch(/at least 10/)
    expect(passwordProblem('产地密码很长的一句话')).toBeNull()
    expect(passwordProblem('产地密码')).toMatch(/at least 10/)
  })

  it('refuses the common passwords whatever their case, and accepts the demo password', () => {
    expect(passwordProblem('password123')).toMatch(/most common/)
    expect(passwordProblem('QwertyUiop')).toMatch(/most common/)
    expect(passwordProblem('1234567890')).toMatch(/most common/)
    expect(passwordProblem(DEMO_PASSWORD)).toBeNull()
    expect(passwordProblem('a-long-and-rare-passphrase')).toBeNull()
  })

  it('refuses a missing or non-string password', () => {
    expect(passwordProblem(undefined)).toMatch(/required/)
    expect(passwordProblem(12345678901)).toMatch(/required/)
  })
})
