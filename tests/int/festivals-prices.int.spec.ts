import { describe, expect, it } from 'vitest'

import { zhili } from '../helpers/api'

/**
 * During a festival its tiers are shown wherever tiers are: the campaign's cards (inside the
 * card, the normal range struck through) and the inquiry form. The demo's Zhili Super Origin Day
 * runs from a day before the first start, with festival prices for three products.
 */
const FEATURED = 'hengyuan-cotton-romper'
const NOT_FEATURED = 'hengyuan-bodysuit-3-pack'

/** Each `<article class="card">…</article>` of a page. */
const cards = (html: string) =>
  [...html.matchAll(/<article class="card">(.*?)<\/article>/gs)].map(([, card]) => card)

describe('festival prices where the tiers show', () => {
  it('the campaign’s product cards carry the festival price and the inquiry link inside the card', async () => {
    const page = await zhili('/en/campaigns/super-origin-day')
    expect(page.status).toBe(200)
    const card = cards(page.body).find((body) => body.includes(`/en/products/${FEATURED}"`))
    expect(card).toBeDefined()
    expect(card).toMatch(/class="festival-price">Festival price: <bdi>/)
    expect(card).toMatch(/<s><bdi>[^<]+<\/bdi><\/s>/)
    expect(card).toContain(`/en/factories/zhili-hengyuan/inquire?product=${FEATURED}`)
    // Nothing of the price or the link is left between the cards.
    expect(page.body).not.toMatch(/<\/article><p class="festival-price">/)
  })

  it('the inquiry form shows the festival tiers for a product in the festival, the normal ones otherwise', async () => {
    const featured = await zhili(`/en/factories/zhili-hengyuan/inquire?product=${FEATURED}`)
    expect(featured.status).toBe(200)
    expect(featured.body).toMatch(/<th scope="col">Festival price<\/th>/)
    const normal = await zhili(`/en/factories/zhili-hengyuan/inquire?product=${NOT_FEATURED}`)
    expect(normal.body).toMatch(/<th scope="col">Unit price<\/th>/)
    expect(normal.body).not.toContain('Festival price</th>')
  })
})
