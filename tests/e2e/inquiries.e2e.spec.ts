import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, login } from '../helpers/api'
import { adminLogin, launchBrowser, screenshot } from '../helpers/browser'
import { smallPdf } from '../helpers/files'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { isTo, waitForMail } from '../helpers/mail'

/**
 * The whole conversation in real browsers: a buyer asks from a product page, the factory's
 * member answers in the admin, the buyer reads the answer through the private link.
 */
let browser: Browser
const created: (number | string)[] = []
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  const admin = await login(cast.emails.admin)
  for (const id of created) await api(`/api/inquiries/${id}`, { method: 'DELETE', token: admin })
})

describe('an inquiry, end to end', () => {
  it('a buyer sends one from a product page, the factory replies in the admin, the buyer reads the reply', async () => {
    const product = cast.factoryA1.products[1]
    const buyerEmail = `${unique('e2e')}@example.com`
    const message = `Please quote ${product.moq * 3} pieces, mixed sizes, for ${unique('order')}.`
    const reply = `Thank you! ${unique('reply')}: we can ship in 20 days.`

    // The buyer, in English, from the product page.
    const buyer = await (
      await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
    ).newPage()
    const errors: string[] = []
    buyer.on('pageerror', (error) => errors.push(error.message))
    await buyer.goto(`http://zhili.localhost:${inject('port')}/en/products/${product.slug}`, {
      waitUntil: 'networkidle',
    })
    await buyer.getByRole('link', { name: 'Send inquiry' }).first().click()
    await buyer.waitForURL(/\/inquire\?product=/)
    expect(await buyer.locator('select[name="product"]').inputValue()).toBe(product.slug)
    await buyer.getByLabel('Quantity').fill(String(product.moq * 3))
    await buyer.getByLabel('Message *').fill(message)
    await buyer.getByLabel('Your name *').fill('Maria Rossi')
    await buyer.getByLabel('E-mail *').fill(buyerEmail)
    const spec = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-e2e-')), 'size-chart.pdf')
    fs.writeFileSync(spec, smallPdf('size chart'))
    await buyer.locator('input[name="attachments"]').setInputFiles(spec)
    await buyer.getByRole('button', { name: 'Send inquiry' }).click()
    await buyer.waitForURL(/\/en\/inquiries\/[A-Za-z0-9_-]{32}\?sent=1$/)
    const threadURL = buyer.url().replace(/\?sent=1$/, '')
    await expect.poll(() => buyer.getByRole('status').innerText()).toContain('Inquiry sent')
    expect(await buyer.getByRole('link', { name: 'size-chart.pdf' }).count()).toBe(1)
    await screenshot(buyer, 'inquiry-buyer-sent')
    const [confirmation] = await waitForMail((mail) => isTo(mail, buyerEmail))
    expect(confirmation.text).toContain(new URL(threadURL).pathname)

    // The factory's member, in the Chinese admin.
    const memberToken = await login(memberEmail(cast.factoryA1.slug))
    const inquiry = (
      await api('/api/inquiries?sort=-createdAt&limit=1&depth=0', { token: memberToken })
    ).json.docs[0]
    expect(inquiry.message).toBe(message)
    created.push(inquiry.id)
    const member = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } })
    ).newPage()
    await adminLogin(member, baseURL(), memberEmail(cast.factoryA1.slug), DEMO_PASSWORD)
    await member.goto(`${baseURL()}/admin/collections/inquiries`, { waitUntil: 'networkidle' })
    await member.getByRole('link', { name: inquiry.subject }).first().click()
    await member.waitForURL(new RegExp(`/admin/collections/inquiries/${inquiry.id}$`))
    // The buyer's words are the conversation's text, not fields: no input holds them.
    const first = member.getByTestId('inquiry-buyer-message')
    await first.waitFor({ timeout: 30_000 })
    const quantity = String(product.moq * 3)
    const shown = await first.innerText()
    for (const words of [message, 'Maria Rossi', buyerEmail, `数量 ${quantity}`])
      expect(shown).toContain(words)
    const values = await member
      .locator(
        'input:not([type="hidden"]):not([readonly]):not([disabled]), textarea:not([readonly]):not([disabled]), [contenteditable="true"]',
      )
      .evaluateAll((nodes) =>
        nodes.map((node) => (node as HTMLInputElement).value ?? node.textContent ?? ''),
      )
    for (const words of [message, 'Maria Rossi', buyerEmail])
      expect(values.filter((value) => value.includes(words))).toEqual([])
    expect(values).not.toContain(quantity)
    expect(
      await member.locator('#field-message, #field-buyer__name, #field-quantity').count(),
    ).toBe(0)
    await screenshot(member, 'inquiry-member-conversation')

    // The reply box below still takes a reply.
    await member.locator('#field-replies .array-field__add-row').click()
    await member.locator('textarea#field-replies__0__body').fill(reply)
    await member.locator('#action-save').click()
    await expect
      .poll(
        async () =>
          (await api(`/api/inquiries/${inquiry.id}?depth=0`, { token: memberToken })).json
            .replies?.[0]?.body,
        { timeout: 20_000 },
      )
      .toBe(reply)
    // The sent reply joins the conversation, with its time, and leaves the reply box.
    const sent = member.getByTestId('inquiry-reply')
    await expect.poll(() => sent.count(), { timeout: 20_000 }).toBe(1)
    expect(await sent.innerText()).toContain(reply)
    expect(await sent.innerText()).toMatch(/工厂 · \d{4}\/\d{1,2}\/\d{1,2}/)
    expect(await member.locator('textarea#field-replies__0__body').count()).toBe(0)
    expect(await member.locator('#field-replies [id^="replies-row-"]').first().isVisible()).toBe(
      false,
    )
    await screenshot(member, 'inquiry-member-replied')
    expect(
      (await api(`/api/inquiries/${inquiry.id}?depth=0`, { token: memberToken })).json.status,
    ).toBe('replied')

    // The buyer reads it through the link, and was e-mailed about it.
    await buyer.goto(threadURL, { waitUntil: 'networkidle' })
    expect(await buyer.locator('main, body').first().innerText()).toContain(reply)
    await screenshot(buyer, 'inquiry-buyer-reads-reply')
    const [notice] = await waitForMail(
      (mail) => isTo(mail, buyerEmail) && mail.text.includes(reply),
    )
    expect(notice.text).toContain(new URL(threadURL).pathname)
    expect(errors).toEqual([])
  })
})
