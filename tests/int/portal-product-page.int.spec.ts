import { describe, expect, inject, it } from 'vitest'

import { api, getWithHost, zhili } from '../helpers/api'

/**
 * The product page a buyer lands on, through HTTP: a gallery of the product's photos (links
 * that work without JavaScript), the factory's other products and similar products of the
 * belt's other factories, all of this belt only; and lists that find nothing say so, with the
 * way back and the sourcing request as the next step.
 */
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${inject('port')}`)

/** The product slugs the cards of one section link to. */
const cardsIn = (body: string, id: string) => {
  const start = body.indexOf(`<section aria-labelledby="${id}"`)
  if (start < 0) return []
  const section = body.slice(start, body.indexOf('</section>', start))
  return [...section.matchAll(/href="\/en\/products\/([^"?#]+)"/g)].map((match) => match[1])
}

/** What the public API says a product's factory and category are. */
const productOf = async (slug: string) =>
  (await api(`/api/products?where[slug][equals]=${slug}&depth=1&locale=en`)).json.docs[0] as {
    id: number
    factory: { id: number; slug: string }
    category: { id: number; slug: string; parent?: number | null }
    images: unknown[]
  }

describe('the product page', () => {
  it('shows every photo in a gallery with a link to each, the first loaded at once', async () => {
    const page = await zhili('/en/products/hengyuan-cotton-romper')
    expect(page.status).toBe(200)
    const romper = await productOf('hengyuan-cotton-romper')
    expect(romper.images.length).toBeGreaterThanOrEqual(3)
    const slides = page.body.match(/<li id="photo-\d+"/g) ?? []
    expect(slides).toHaveLength(romper.images.length)
    for (let n = 1; n <= romper.images.length; n++)
      expect(page.body).toContain(`href="#photo-${n}" aria-label="Photo ${n}"`)
    // Only the first is eager; the thumbnails carry no second description of the photo.
    expect(
      page.body.match(/class="slides"[\s\S]*?<\/ul>/)![0].match(/loading="eager"/g),
    ).toHaveLength(1)
    expect(page.body.match(/class="thumbs"[\s\S]*?<\/ul>/)![0]).not.toMatch(/alt="[^"]/)
    // The sections are reachable from the tabs.
    for (const id of ['price-tiers', 'more-from-factory', 'similar-products'])
      expect(page.body).toContain(`href="#${id}"`)
  })

  it('lists the factory’s other products and similar ones from other factories of this belt only', async () => {
    const romper = await productOf('hengyuan-cotton-romper')
    const page = await zhili('/en/products/hengyuan-cotton-romper')
    const more = cardsIn(page.body, 'more-from-factory')
    const similar = cardsIn(page.body, 'similar-products')
    expect(more).toContain('hengyuan-bodysuit-3-pack')
    expect(similar.length).toBeGreaterThan(0)
    expect([...more, ...similar]).not.toContain('hengyuan-cotton-romper')
    for (const slug of more) expect((await productOf(slug)).factory.id).toBe(romper.factory.id)
    // Similar: another factory, the same family of categories (children's wear), this belt.
    const family = romper.category.parent ?? romper.category.id
    for (const slug of similar) {
      const other = await productOf(slug)
      expect(other.factory.id).not.toBe(romper.factory.id)
      expect([other.category.id, other.category.parent]).toContain(family)
      expect((await zhili(`/en/products/${slug}`)).status, slug).toBe(200)
    }
    // Nothing of another belt: every card opens on this portal and none on Yiwu's.
    for (const slug of [...more, ...similar])
      expect((await yiwu(`/en/products/${slug}`)).status, slug).toBe(404)
  })

  it('a list that finds nothing says so, links back to the whole list and to a sourcing request', async () => {
    for (const [path, list] of [
      ['/en/products?moqMax=1', '/en/products'],
      ['/en/factories?moqMin=999999999', '/en/factories'],
    ]) {
      const page = await zhili(path)
      expect(page.status, path).toBe(200)
      expect(page.body).toContain('class="empty"')
      expect(page.body).toContain('Nothing matches your search.')
      expect(page.body).toContain(`href="${list}">Clear filters</a>`)
      expect(page.body).toContain('href="/en/sourcing/new">Post a sourcing request</a>')
    }
    const zh = await zhili('/products?moqMax=1')
    expect(zh.body).toContain('清除筛选')
    // A list with results shows no such box.
    expect((await zhili('/en/products')).body).not.toContain('class="empty"')
  })
})
