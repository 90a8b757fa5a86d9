import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { api, baseURL, login, unlock } from '../helpers/api'
import { adminLogin, launchBrowser, screenshot } from '../helpers/browser'
import { cast, idBy, memberEmail } from '../helpers/fixtures'

/**
 * The admin's edit locks still work with locks scoped to the belt (tests/int/locks.int.spec.ts
 * has the refusals): two editors of one belt open the same product, the second sees who holds it
 * and takes it over.
 */
let browser: Browser
let productID: number | string
let admin: string

beforeAll(async () => {
  browser = await launchBrowser()
  admin = await login(cast.emails.admin)
  productID = await idBy('products', 'slug', cast.factoryB1.products[0].slug)
})

afterAll(async () => {
  await browser?.close()
  if (productID !== undefined) await unlock('products', productID, admin)
})

const locksOnProduct = async () =>
  (
    await api(
      `/api/payload-locked-documents?where[document.relationTo][equals]=products&where[document.value][equals]=${productID}&depth=0`,
      { token: admin },
    )
  ).json.docs as { user: { value: number } }[]

const openProduct = async (email: string): Promise<Page> => {
  const page = await (
    await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } })
  ).newPage()
  await adminLogin(page, baseURL(), email, DEMO_PASSWORD)
  await page.goto(`${baseURL()}/admin/collections/products/${productID}`, {
    waitUntil: 'networkidle',
  })
  return page
}

describe('edit locks in the admin', () => {
  it('a second editor of the same belt sees the product is being edited, and takes it over', async () => {
    const operatorID = (await api('/api/users/me', { token: await login(cast.emails.operatorB) }))
      .json.user.id
    const memberID = (
      await api('/api/users/me', { token: await login(memberEmail(cast.factoryB1.slug)) })
    ).json.user.id
    const operator = await openProduct(cast.emails.operatorB)
    // The admin takes the lock once the editor starts editing (nothing is saved).
    const name = operator.locator('#field-name')
    await name.waitFor({ timeout: 30_000 })
    await name.press('End')
    await name.pressSequentially(' x')
    await expect
      .poll(async () => (await locksOnProduct()).map((lock) => lock.user.value), {
        timeout: 30_000,
      })
      .toEqual([operatorID])
    const member = await openProduct(memberEmail(cast.factoryB1.slug))
    const takeOver = member.locator('#document-locked-take-over')
    await takeOver.waitFor({ timeout: 30_000 })
    await screenshot(member, 'lock-held-by-same-belt-editor')
    await takeOver.click()
    await expect
      .poll(async () => (await locksOnProduct()).map((lock) => lock.user.value), {
        timeout: 30_000,
      })
      .toEqual([memberID])
    await operator.context().close()
    await member.context().close()
  })
})
