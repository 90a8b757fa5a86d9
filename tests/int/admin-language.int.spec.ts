import { beforeAll, describe, expect, it } from 'vitest'

import { api, login, type Response } from '../helpers/api'
import { campaignBody } from '../helpers/festivals'
import { cast, idBy, memberEmail, unique } from '../helpers/fixtures'
import { cleanupAfter, expectFieldError } from '../helpers/setup'

/**
 * A refused save names the field by its label and row in the admin's language (the `payload-lng`
 * cookie the admin's language switch sets, else Accept-Language), in the error's message (the
 * admin's toast) and in the field's own (shown on the field); `path` stays the field's path.
 */
let operator: string
let member: string
let productID: number
let factoryID: number
const cleanup = cleanupAfter()

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  member = await login(memberEmail(cast.factoryA1.slug))
  productID = Number(await idBy('products', 'slug', cast.factoryA1.products[0].slug))
  factoryID = Number(await idBy('factories', 'slug', cast.factoryA1.slug))
})

const ZH = { 'accept-language': 'zh-CN,zh;q=0.9' }
const EN = { cookie: 'payload-lng=en', 'accept-language': 'zh-CN' }

/** Two English words in a row: a sentence (or a path) left untranslated. */
const ENGLISH = /[A-Za-z]{2,}[\s.:]+[A-Za-z]{2,}/

/** The one field error of a 400, and the error's message (what the admin's toast shows). */
const refusal = (response: Response, path: string) => {
  expectFieldError(response, path)
  const [error] = response.json.errors
  const field = error.data.errors.find((item: { path: string }) => item.path === path)
  return { toast: String(error.message), field: String(field.message) }
}

const expectChinese = ({ toast, field }: { toast: string; field: string }, text: RegExp) => {
  for (const message of [toast, field]) {
    expect(message).toMatch(text)
    expect(message).not.toMatch(ENGLISH)
    expect(message).not.toMatch(/following field/i)
  }
}

const overlapping = (headers: Record<string, string>) =>
  api(`/api/products/${productID}`, {
    method: 'PATCH',
    token: member,
    headers,
    body: {
      priceTiers: [
        { minQuantity: 5000, maxQuantity: 9000, unitPrice: 3 },
        { minQuantity: 10_000, maxQuantity: 19_999, unitPrice: 2.5 },
        { minQuantity: 15_000, maxQuantity: null, unitPrice: 2 },
      ],
    },
  })

describe('field errors in the admin’s language', () => {
  it('overlapping price tiers: 阶梯价 第 3 行 › 起始数量, on the field and in the toast', async () => {
    const zh = refusal(await overlapping(ZH), 'priceTiers.2.minQuantity')
    expectChinese(zh, /^阶梯价 第 3 行 › 起始数量：与上一档重叠/)
    expect(zh.toast).toBe(zh.field)
    const en = refusal(await overlapping(EN), 'priceTiers.2.minQuantity')
    expect(en.toast).toMatch(/^Price tiers row 3 › From: overlaps the previous tier/)
    expect(en.field).toBe(en.toast)
  })

  it('a festival price for a product the campaign does not feature', async () => {
    const response = await api('/api/campaigns', {
      method: 'POST',
      token: operator,
      headers: ZH,
      // Confirmed, so another file's campaign of the same kind in that month is no refusal here.
      body: campaignBody({
        confirmOverlap: true,
        featuredProducts: [],
        festivalPrices: [{ product: productID, tiers: [{ minQuantity: 5000, unitPrice: 1 }] }],
      }),
    })
    expectChinese(
      refusal(response, 'festivalPrices.0.product'),
      /^节日价 第 1 行 › 产品：节日价只能用于本活动的推荐产品/,
    )
  })

  it('a quotation without its validity date', async () => {
    const created = await api('/api/inquiries', {
      method: 'POST',
      token: await login(cast.emails.admin),
      body: {
        subject: 'Quote test',
        tenant: await idBy('tenants', 'slug', cast.beltA.slug),
        factory: factoryID,
        message: 'Please quote 500 sets.',
        buyer: { name: 'Ana', email: `${unique('quote')}@example.com` },
      },
    })
    expect(created.status, created.text).toBe(201)
    cleanup.push({ collection: 'inquiries', id: created.json.doc.id })
    const response = await api(`/api/inquiries/${created.json.doc.id}`, {
      method: 'PATCH',
      token: member,
      headers: ZH,
      body: {
        replies: [
          {
            author: 'factory',
            body: 'Our price',
            quote: { priceTiers: [{ minQuantity: 500, unitPrice: 3 }] },
          },
        ],
      },
    })
    expectChinese(
      refusal(response, 'replies.0.quote.validUntil'),
      /^回复 第 1 行 › 报价单（可选） › 有效期至：/,
    )
  })

  it('a live session without its stream URL (a 400 on the field, not a 500)', async () => {
    const response = await api('/api/live-sessions', {
      method: 'POST',
      token: member,
      headers: ZH,
      body: {
        title: 'No stream',
        factory: factoryID,
        startsAt: new Date(Date.now() + 500 * 86_400_000).toISOString(),
        durationMinutes: 60,
      },
    })
    expectChinese(refusal(response, 'streamURL'), /^直播地址：请填写直播地址$/)
  })

  it('Payload’s own checks too: a required field left empty', async () => {
    const response = await api('/api/products', {
      method: 'POST',
      token: member,
      headers: ZH,
      body: { factory: factoryID, priceTiers: [{ minQuantity: 10, unitPrice: 1 }] },
    })
    expect(response.status, response.text).toBe(400)
    const [error] = response.json.errors
    const name = error.data.errors.find((item: { path: string }) => item.path === 'name')
    expect(name.message).toMatch(/^产品名称：/)
    expect(error.message).toContain(name.message)
    expect(error.message).not.toMatch(ENGLISH)
  })
})
