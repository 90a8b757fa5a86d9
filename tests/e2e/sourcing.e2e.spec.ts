import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, login } from '../helpers/api'
import { adminLogin, launchBrowser, screenshot } from '../helpers/browser'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { isTo, waitForMail } from '../helpers/mail'
import { cleanUp, inAMonth, made, quote, requestIDOf } from '../helpers/sourcing'

/**
 * A sourcing request in real browsers: a buyer posts a need on Zhili's portal (a bad submit
 * first), confirms it from the mailed link; Hengyuan's member (matched) finds it in the admin
 * without the buyer and quotes (through the API); the buyer sees the quote, asks the factory a
 * question that its member answers in the admin, and accepts it, which opens the thread.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await cleanUp()
})

describe('a sourcing request, end to end', () => {
  it('posted in the browser, confirmed from the e-mail, seen in the admin without the buyer, quoted, accepted', async () => {
    const email = `${unique('sourcing-e2e')}@example.com`
    const product = unique('Organic cotton bodysuits')
    const buyer = await (
      await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } })
    ).newPage()
    const errors: string[] = []
    buyer.on('pageerror', (error) => errors.push(error.message))
    const portal = `http://zhili.localhost:${inject('port')}`
    await buyer.goto(`${portal}/en/sourcing/new`, { waitUntil: 'networkidle' })
    const form = buyer.locator('form[action$="/sourcing/new"]')
    await form.locator('input[name="product"]').fill(product)
    await form.locator('select[name="category"]').selectOption('baby-wear')
    await form.locator('input[name="quantity"]').fill('20000')
    await form.locator('input[name="neededBy"]').fill('2001-01-01')
    await form.locator('input[name="destinationCountry"]').fill('Germany')
    await form.locator('input[name="name"]').fill('Greta Buyer')
    await form.locator('input[name="company"]').fill('Hamburg Kids GmbH')
    await form.locator('input[name="email"]').fill(email)
    await form.locator('button[type="submit"]').click()
    await buyer.waitForLoadState('networkidle')
    // Refused in English, the values kept.
    expect(await buyer.locator('div[role="alert"]').innerText()).toContain(
      'Please correct the following:',
    )
    expect(await buyer.locator('#neededBy-error').innerText()).toContain('Needed by: ')
    expect(await form.locator('input[name="product"]').inputValue()).toBe(product)
    expect(await form.locator('input[name="email"]').inputValue()).toBe(email)
    expect(await form.locator('select[name="category"]').inputValue()).toBe('baby-wear')
    await screenshot(buyer, 'sourcing-buyer-refused')
    await form.locator('input[name="neededBy"]').fill(inAMonth())
    await form.locator('button[type="submit"]').click()
    await buyer.waitForURL(/\/en\/sourcing\/new\?sent=1$/)
    expect(await buyer.getByRole('status').innerText()).not.toBe('')

    // The mailed link: the buyer confirms, and only then does the factory see the request.
    const [mail] = await waitForMail((m) => isTo(m, email))
    const link = mail.text.match(/https?:\/\/\S+\/sourcing\/requests\/[A-Za-z0-9_-]{32}/)![0]
    await buyer.goto(link, { waitUntil: 'networkidle' })
    await buyer.getByRole('button', { name: 'Confirm and send to factories' }).click()
    await buyer.waitForURL(link)
    expect(await buyer.locator('[data-status]').getAttribute('data-status')).toBe('open')
    const id = await requestIDOf(product)
    made.requests.push(id)

    // Hengyuan's member finds it in the admin, without the buyer.
    const member = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } })
    ).newPage()
    await adminLogin(member, baseURL(), memberEmail(cast.factoryA1.slug), DEMO_PASSWORD)
    await member.goto(`${baseURL()}/admin/collections/sourcing-requests`, {
      waitUntil: 'networkidle',
    })
    await member.getByRole('link', { name: product }).first().click()
    await member.waitForURL(new RegExp(`/admin/collections/sourcing-requests/${id}$`))
    await expect
      .poll(() => member.locator('input[name="product"], #field-product').first().inputValue())
      .toBe(product)
    const shown = await member.locator('body').innerText()
    for (const secret of ['Greta', email, 'Hamburg Kids', '+49'])
      expect(shown).not.toContain(secret)
    await screenshot(member, 'sourcing-member-request')
    const answered = await quote(await login(memberEmail(cast.factoryA1.slug)), id, 2.35)
    expect(answered.status, answered.text).toBe(201)
    made.quotes.push(answered.json.doc.id)

    // The buyer sees the quote and accepts it: the inquiry thread opens.
    await buyer.goto(link, { waitUntil: 'networkidle' })
    const row = buyer.locator(`tr[data-quote="${answered.json.doc.id}"]`)
    expect(await row.innerText()).toContain(cast.factoryA1.name.en)
    expect(await row.innerText()).toMatch(/\$2\.35/)
    await screenshot(buyer, 'sourcing-buyer-quotes')

    // The buyer asks that factory a question; its member answers in the admin; the buyer reads it.
    const question = unique('Can the bodysuits be GOTS certified?')
    const thread = buyer.locator(`article[data-thread="${answered.json.doc.id}"]`)
    await thread.getByLabel('Your question').fill(question)
    await thread.getByRole('button', { name: 'Send the question' }).click()
    await buyer.waitForURL(/\?asked=\d+#quote-\d+$/)
    expect(await thread.locator('[data-author="buyer"]').innerText()).toContain(question)
    expect(await thread.getByRole('status').innerText()).toContain('sent to the factory')
    await member.goto(`${baseURL()}/admin/collections/sourcing-quotes/${answered.json.doc.id}`, {
      waitUntil: 'networkidle',
    })
    const questions = member.getByTestId('quote-questions')
    await questions.locator('[data-author="buyer"]').waitFor({ timeout: 30_000 })
    expect(await questions.innerText()).toContain(question)
    for (const secret of ['Greta', email, 'Hamburg Kids'])
      expect(await member.locator('body').innerText()).not.toContain(secret)
    const reply = unique('Yes, GOTS adds two weeks.')
    await questions.getByLabel('回答采购商').fill(reply)
    await questions.getByRole('button', { name: '发送回答' }).click()
    await expect
      .poll(() => questions.getByRole('status').innerText(), { timeout: 15_000 })
      .toContain('已发送')
    expect(await questions.locator('[data-author="factory"]').innerText()).toContain(reply)
    await screenshot(member, 'sourcing-member-answer')
    await buyer.goto(link, { waitUntil: 'networkidle' })
    expect(await thread.locator('[data-author="factory"]').innerText()).toContain(reply)

    await row.locator('button[type="submit"]').click()
    await buyer.waitForURL(/\/en\/inquiries\/[A-Za-z0-9_-]{32}$/)
    expect(await buyer.locator('main, body').first().innerText()).toContain(product)
    const inquiry = (
      await api(`/api/inquiries?where[buyer.email][equals]=${encodeURIComponent(email)}&depth=0`, {
        token: await login(memberEmail(cast.factoryA1.slug)),
      })
    ).json.docs[0]
    expect(inquiry.buyer.name).toBe('Greta Buyer')
    made.inquiries.push(inquiry.id)
    expect(errors).toEqual([])
  })
})
