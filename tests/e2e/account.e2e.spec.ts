import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login } from '../helpers/api'
import { launchBrowser, screenshot } from '../helpers/browser'
import { cast, unique } from '../helpers/fixtures'
import { send } from '../helpers/inquiries'
import { isTo, waitForMail } from '../helpers/mail'

/**
 * A buyer account in a real browser (issue #22): an inquiry sent without an account, then sign-up
 * (a weak password refused first), the verification link from the e-mail, and the inbox with that
 * inquiry, in the page's language; the admin stays closed to the buyer's session.
 */
let browser: Browser
const email = `${unique('account-e2e')}@example.com`
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  const admin = await login(cast.emails.admin)
  const found = await api(`/api/buyers?where[email][equals]=${email}`, { token: admin })
  for (const doc of found.json?.docs ?? [])
    await api(`/api/buyers/${doc.id}`, { method: 'DELETE', token: admin })
})

describe('a buyer account, end to end', () => {
  it('signs up, verifies from the e-mail and finds the earlier inquiry in the inbox', async () => {
    const message = `Please quote ${unique('lot')} for our stores in Madrid, thanks.`
    expect((await send({ email, message })).status).toBe(303)
    const context = await browser.newContext({
      locale: 'es-ES',
      viewport: { width: 1280, height: 900 },
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const portal = `http://zhili.localhost:${inject('port')}`
    await page.goto(`${portal}/es/account/signup`, { waitUntil: 'networkidle' })
    const form = page.locator('form[action$="/account/signup"]')
    await form.locator('input[name="email"]').fill(email)
    await form.locator('input[name="password"]').fill('short')
    await form.locator('button[type="submit"]').click()
    await page.waitForLoadState('networkidle')
    expect(await page.locator('#password-error').innerText()).toContain('Contraseña:')
    expect(await form.locator('input[name="email"]').inputValue()).toBe(email)
    await form.locator('input[name="password"]').fill('a long buyer pass phrase')
    await form.locator('button[type="submit"]').click()
    await page.waitForURL(/\/es\/account\/signup\?sent=1$/)

    const [mail] = await waitForMail((m) => isTo(m, email) && m.text.includes('/account/verify/'))
    expect(mail.subject).toBe('Confirme su correo')
    const link = mail.text.match(/https?:\/\/\S+\/account\/verify\/[A-Za-z0-9_-]{32}/)![0]
    await page.goto(link, { waitUntil: 'networkidle' })
    const verify = page.locator('form[action*="/account/verify/"]')
    await verify.locator('input[name="password"]').fill('a long buyer pass phrase')
    await verify.locator('button[type="submit"]').click()
    await page.waitForURL(/\/es\/account$/)
    expect(await page.locator('h1').innerText()).toBe('Sus consultas y solicitudes de compra')
    const row = page.locator('table[data-inbox="inquiries"] tbody tr')
    expect(await row.count()).toBe(1)
    expect(await row.innerText()).toContain(message)
    await screenshot(page, 'account-inbox')
    await row.getByRole('link').click()
    // The private link as mailed: in the language the inquiry was sent in.
    await page.waitForURL(/\/en\/inquiries\/[A-Za-z0-9_-]{32}$/)
    expect(await page.content()).toContain(message)

    // The admin (the hub's host; the portal's host-only cookie never reaches it): its login page.
    await page.goto(`http://localhost:${inject('port')}/admin`, { waitUntil: 'networkidle' })
    expect(page.url()).toContain('/admin/login')
    expect(errors).toEqual([])
    await context.close()
  })
})
