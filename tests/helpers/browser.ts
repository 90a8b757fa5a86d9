import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium, as installed by .ci/run; CHROMIUM_PATH overrides. */
export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const launchBrowser = (): Promise<Browser> => {
  if (!fs.existsSync(chromiumPath())) {
    throw new Error(
      `Chromium not found at ${chromiumPath()}: install Debian's chromium package (see .ci/run)`,
    )
  }
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** Screenshots land in artifacts/ (kept by CI). */
export const screenshot = async (page: Page, name: string) => {
  const dir = path.resolve('artifacts/screenshots')
  fs.mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
}

/**
 * Logs in through the admin's own login form. The form is server-rendered and then hydrated by
 * React, which resets what was typed before it; so type once the page is idle and check.
 */
export const adminLogin = async (page: Page, baseURL: string, email: string, password: string) => {
  await page.goto(`${baseURL}/admin/login`, { waitUntil: 'networkidle', timeout: 120_000 })
  const emailInput = page.locator('input[name="email"]')
  const passwordInput = page.locator('input[name="password"]')
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await emailInput.fill(email)
    await passwordInput.fill(password)
    await page.waitForTimeout(200)
    if (
      (await emailInput.inputValue()) === email &&
      (await passwordInput.inputValue()) === password
    )
      break
  }
  await page.locator('button[type="submit"]').click()
  // Leaving the login page is the login; the next page (a dashboard) may take long to load on a
  // busy machine, and is not what is waited for.
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), {
    timeout: 60_000,
    waitUntil: 'commit',
  })
}
