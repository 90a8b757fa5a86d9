import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, getWithHost, login } from '../helpers/api'
import { adminLogin, launchBrowser, screenshot } from '../helpers/browser'
import { smallPdf } from '../helpers/files'
import { cast, idBy, memberEmail } from '../helpers/fixtures'

/** Journey 3: a factory requests verification, the operator approves, the badge shows. */
let browser: Browser
const factory = () => cast.beltA.factories[2]
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  const operator = await login(cast.emails.operatorA)
  await api(`/api/factories/${await idBy('factories', 'slug', factory().slug)}`, {
    method: 'PATCH',
    token: operator,
    body: { verification: { status: 'unverified', note: '' } },
  })
})

describe('verification in the admin', () => {
  it('a factory member requests it with a licence, the operator approves it, and the portal shows the badge', async () => {
    const page = async () =>
      (
        await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } })
      ).newPage()
    const member = await page()
    await adminLogin(member, baseURL(), memberEmail(factory().slug), DEMO_PASSWORD)
    await member.goto(`${baseURL()}/admin/collections/verification-requests/create`, {
      waitUntil: 'networkidle',
    })
    const licence = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-e2e-')),
      'business-licence.pdf',
    )
    fs.writeFileSync(licence, smallPdf('licence'))
    await member.locator('#field-documents').getByRole('button', { name: '创建新条目' }).click()
    await member.locator('.drawer input[type="file"]').last().setInputFiles(licence)
    await member.locator('.drawer #action-save, .drawer button:has-text("保存")').last().click()
    await member
      .locator('#field-documents')
      .getByText('business-licence', { exact: false })
      .first()
      .waitFor({ timeout: 30_000 })
    await member.locator('#field-message').fill('营业执照已上传，请审核。')
    await member.locator('#action-save').click()
    await member.waitForURL(/\/admin\/collections\/verification-requests\/\d+$/, {
      timeout: 30_000,
    })
    const requestID = member.url().split('/').pop()
    await screenshot(member, 'verification-requested')
    const operatorToken = await login(cast.emails.operatorA)
    const factoryID = await idBy('factories', 'slug', factory().slug)
    expect(
      (await api(`/api/factories/${factoryID}?depth=0`, { token: operatorToken })).json.verification
        .status,
    ).toBe('pending')

    const operator = await page()
    await adminLogin(operator, baseURL(), cast.emails.operatorA, DEMO_PASSWORD)
    await operator.goto(`${baseURL()}/admin/collections/verification-requests/${requestID}`, {
      waitUntil: 'networkidle',
    })
    await operator.locator('#field-status').click()
    await operator.getByRole('option', { name: '批准' }).click()
    await operator.locator('#action-save').click()
    await expect
      .poll(
        async () =>
          (await api(`/api/factories/${factoryID}?depth=0`, { token: operatorToken })).json
            .verification.status,
        { timeout: 20_000 },
      )
      .toBe('verified')
    await screenshot(operator, 'verification-approved')
    const portal = await getWithHost(
      `/en/factories/${factory().slug}`,
      `zhili.localhost:${inject('port')}`,
    )
    expect(portal.body).toContain('Verified factory')
  })
})
