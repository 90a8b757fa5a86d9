import { afterEach, describe, expect, it, vi } from 'vitest'

/** The login cookie's flags, read when the collection is loaded (the HTTP test sees HttpOnly and SameSite). */
describe('the login cookie', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('is Secure in production, and not on a development machine served over http', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.resetModules()
    const production = (await import('./index')).Users.auth
    expect(production && typeof production === 'object' && production.cookies).toEqual({
      secure: true,
      sameSite: 'Lax',
    })
    vi.stubEnv('NODE_ENV', 'development')
    vi.resetModules()
    const development = (await import('./index')).Users.auth
    expect(development && typeof development === 'object' && development.cookies).toEqual({
      secure: false,
      sameSite: 'Lax',
    })
  })
})
