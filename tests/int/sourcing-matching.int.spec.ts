import { afterAll, describe, expect, it } from 'vitest'

import { api, login, postForm, zhili } from '../helpers/api'
import { cast, idBy, memberEmail } from '../helpers/fixtures'
import { isTo, waitForMail } from '../helpers/mail'
import { cleanUp, made, post, quote, visible } from '../helpers/sourcing'

/**
 * Sourcing requests: whom a request is matched to (certifications, verified-only, the ranking)
 * and what happens past its needed-by date. Zhili's demo factories: Hengyuan (verified;
 * OEKO-TEX, BSCI, ISO 9001; baby wear), Xiaoyun (OEKO-TEX; girls' dresses), Beiqi (ISO 9001,
 * BSCI; kids' outerwear) — all under "kids-wear".
 */
afterAll(cleanUp)

const [hengyuan, xiaoyun, beiqi] = ['zhili-hengyuan', 'zhili-xiaoyun', 'zhili-beiqi']

/** The request's matched factories in their ranking, as the platform admin reads them. */
const matched = async (id: number) => {
  const doc = (
    await api(`/api/sourcing-requests/${id}?depth=0`, {
      token: await login(cast.emails.admin),
    })
  ).json
  return doc.matchedFactories as number[]
}

const confirmed = async (extra: Record<string, string>) => {
  const posted = await post(extra)
  expect((await postForm(`/en/sourcing/requests/${posted.token}/confirm`, {})).status).toBe(303)
  return posted
}

describe('sourcing requests: matching and expiry', () => {
  it('ranks the better fit first: the verified factory with fitting products leads', async () => {
    const { id } = await confirmed({})
    const ids = await Promise.all(
      [hengyuan, xiaoyun, beiqi].map((s) => idBy('factories', 'slug', s)),
    )
    const ranking = await matched(id)
    expect([...ranking].sort()).toEqual([...ids].sort())
    expect(ranking[0]).toBe(ids[0])
  })

  it('a factory without every certification asked for is not matched, and sees nothing', async () => {
    const { id } = await confirmed({ certifications: 'bsci, ISO 9001' })
    const ranking = await matched(id)
    expect(ranking).toContain(await idBy('factories', 'slug', hengyuan))
    expect(ranking).toContain(await idBy('factories', 'slug', beiqi))
    expect(ranking).not.toContain(await idBy('factories', 'slug', xiaoyun))
    expect((await visible(memberEmail(xiaoyun), id)).doc).toBeUndefined()
    expect((await visible(memberEmail(beiqi), id)).doc).toBeDefined()
    const refused = await quote(await login(memberEmail(xiaoyun)), id, 2)
    expect(refused.status).toBe(400)
    const oeko = await confirmed({ certifications: 'OEKO-TEX' })
    expect(await matched(oeko.id)).not.toContain(await idBy('factories', 'slug', beiqi))
    expect((await visible(memberEmail(beiqi), oeko.id)).doc).toBeUndefined()
  })

  it('"verified factories only" matches no unverified factory', async () => {
    const { id } = await confirmed({ verifiedOnly: 'yes' })
    expect(await matched(id)).toEqual([await idBy('factories', 'slug', hengyuan)])
    for (const slug of [xiaoyun, beiqi])
      expect((await visible(memberEmail(slug), id)).doc).toBeUndefined()
  })

  it('past its needed-by date a request closes itself: no more quotes, off the board, quotes kept for the buyer', async () => {
    const { id, token, product } = await confirmed({})
    const first = await quote(await login(memberEmail(hengyuan)), id, 2.4)
    expect(first.status, first.text).toBe(201)
    made.quotes.push(first.json.doc.id)
    expect((await zhili('/en/sourcing')).body).toContain(product)
    // Its needed-by date is now three days ago (as if time had passed).
    const past = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10)
    const moved = await api(`/api/sourcing-requests/${id}`, {
      method: 'PATCH',
      token: await login(cast.emails.admin),
      body: { neededBy: past },
    })
    expect(moved.status, moved.text).toBe(200)
    // Before anyone opened it, still "open" in the database: a late quote is refused all the same.
    const late = await quote(await login(memberEmail(xiaoyun)), id, 2.1)
    expect(late.status).toBe(400)
    expect(late.text).toContain('request')
    expect((await zhili('/en/sourcing')).body).not.toContain(product)
    const page = await zhili(`/en/sourcing/requests/${token}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('data-status="expired"')
    expect(page.body).toContain(cast.factoryA1.name.en)
    expect(page.body).toMatch(/US\$2\.40|\$2\.40/)
    expect(page.body).not.toContain('/accept')
    const accept = await postForm(`/en/sourcing/requests/${token}/accept`, {
      quote: String(first.json.doc.id),
    })
    expect(accept.status).toBe(404)
    const stored = (
      await api(`/api/sourcing-requests/${id}?depth=0`, { token: await login(cast.emails.admin) })
    ).json
    expect(stored.status).toBe('expired')
    expect(stored.closedAt).toEqual(expect.any(String))
    // The factory keeps seeing it (expired), and its own quote.
    expect((await visible(memberEmail(hengyuan), id)).doc?.status).toBe('expired')
  })

  it('e-mails the buyer in the language they posted in: the confirmation link, then each quote', async () => {
    const { id, token, email, mail, product } = await post({}, '/ru/sourcing/new')
    expect(mail.subject).toContain('Подтвердите запрос на закупку')
    expect(mail.text).toContain(`/ru/sourcing/requests/${token}`)
    expect((await postForm(`/ru/sourcing/requests/${token}/confirm`, {})).status).toBe(303)
    const answered = await quote(await login(memberEmail(hengyuan)), id, 2.2)
    expect(answered.status, answered.text).toBe(201)
    made.quotes.push(answered.json.doc.id)
    const [quoted] = await waitForMail((m) => isTo(m, email) && !m.subject.includes('Подтвердите'))
    expect(quoted.subject).toBe(`Новое предложение: ${product}`)
    expect(quoted.text).toContain(cast.factoryA1.name.en)
    expect(quoted.text).toContain('Посмотреть и сравнить предложения')
    expect(quoted.text).toContain(`/ru/sourcing/requests/${token}`)
  })
})
