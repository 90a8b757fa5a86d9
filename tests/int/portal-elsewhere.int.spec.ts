import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, login, zhili } from '../helpers/api'
import { cast, idBy, unique } from '../helpers/fixtures'
import { restoreAfter } from '../helpers/setup'

/**
 * A product page's similar products from other belts (issue #21), through HTTP: found by the
 * words they share with this product, only what the public may open (no draft, no product of an
 * unpublished belt), linked to their own belt's portal; and the cached page is evicted by an
 * edit in a belt it shows, not by an edit in one it does not.
 */
const restore = restoreAfter()
// Runs last (the restores run newest first): the restores' evictions repeat a second later
// (CHANDI_EVICTION_SETTLE_MS), which would empty Zhili's and Yiwu's caches in the next file.
restore.push(() => new Promise((resolve) => setTimeout(resolve, 1500)))
const here = () => cast.factoryA2.products[0]
const there = () => cast.factoryB1.products[0]
const draftThere = () => cast.factoryB1.products[1]
const unpublishedBelt = () => cast.unpublished.factories[0].products[0]

let admin: string
let operatorA: string
let operatorB: string

beforeAll(async () => {
  admin = await login(cast.emails.admin)
  operatorA = await login(cast.emails.operatorA)
  operatorB = await login(cast.emails.operatorB)
})

/** Renames a product in English (as `token`), put back as published by the admin afterwards. */
const rename = async (
  slug: string,
  original: string,
  name: string,
  token: string,
  { draft = false } = {},
) => {
  const id = await idBy('products', 'slug', slug)
  const saved = await api(`/api/products/${id}?locale=en${draft ? '&draft=true' : ''}`, {
    method: 'PATCH',
    token,
    body: { name },
  })
  expect(saved.status, `rename ${slug}`).toBe(200)
  restore.push(() =>
    api(`/api/products/${id}?locale=en`, {
      method: 'PATCH',
      token: admin,
      body: { name: original, _status: 'published' },
    }),
  )
}

/** The section of other belts' products: its links, and its text. */
const elsewhereOf = (body: string) => {
  const start = body.indexOf('<section aria-labelledby="similar-elsewhere"')
  const section = start < 0 ? '' : body.slice(start, body.indexOf('</section>', start))
  return { section, links: [...section.matchAll(/href="([^"]+)"/g)].map((match) => match[1]) }
}

describe('similar products from other belts', () => {
  it('shows what shares this product’s words in other published belts, linked to their portals, never a draft or an unpublished belt’s', async () => {
    const word = `zq${Date.now().toString(36)}`
    await rename(here().slug, here().name.en, `${here().name.en} ${word}`, operatorA)
    await rename(there().slug, there().name.en, `Elsewhere ${word}`, operatorB)
    await rename(draftThere().slug, draftThere().name.en, `Draft ${word}`, operatorB, {
      draft: true,
    })
    await rename(
      unpublishedBelt().slug,
      unpublishedBelt().name.en,
      `Unpublished belt ${word}`,
      admin,
    )

    const path = `/en/products/${here().slug}?elsewhere=${unique('e')}`
    const page = await zhili(path)
    expect(page.status).toBe(200)
    const { section, links } = elsewhereOf(page.body)
    expect(section).toContain(`Elsewhere ${word}`)
    expect(section).toContain(cast.beltB.name.en)
    expect(links).toContain(`http://yiwu.localhost:${inject('port')}/en/products/${there().slug}`)
    expect(page.body).toContain('href="#similar-elsewhere"')
    // Only what an anonymous buyer may open: not the draft, not the unpublished belt's product.
    expect(page.body).not.toContain(`Draft ${word}`)
    expect(page.body).not.toContain(`Unpublished belt ${word}`)
    expect(page.body).not.toContain(`/products/${unpublishedBelt().slug}`)
    // Never this belt's own products in this section (they have theirs), nor itself.
    expect(links.some((link) => link.includes('zhili.localhost'))).toBe(false)

    // The buyer's currency goes with them.
    const inEuros = elsewhereOf((await zhili(`${path}&currency=EUR`)).body).links
    expect(inEuros).toContain(
      `http://yiwu.localhost:${inject('port')}/en/products/${there().slug}?currency=EUR`,
    )
  })

  it('is evicted with a belt it shows, and kept through an edit of a belt it does not show', async () => {
    const word = `zr${Date.now().toString(36)}`
    await rename(here().slug, here().name.en, `${here().name.en} ${word}`, operatorA)
    await rename(there().slug, there().name.en, `Elsewhere ${word}`, operatorB)
    const path = `/en/products/${here().slug}?evicted=${unique('e')}`
    expect(elsewhereOf((await zhili(path)).body).section).toContain(`Elsewhere ${word}`)
    expect((await zhili(path)).headers['x-chandi-cache']).toBe('hit')

    // An edit in the unpublished belt (not shown here) leaves the page cached.
    await rename(unpublishedBelt().slug, unpublishedBelt().name.en, `Kept ${word}`, admin)
    expect((await zhili(path)).headers['x-chandi-cache']).toBe('hit')

    // Yiwu renames its product: Zhili's page showing it is rendered again, without it (by the
    // request, or before it by the warmer: the page was popular).
    const renamed = `Renamed ${unique('r')}`
    await rename(there().slug, there().name.en, renamed, operatorB)
    const after = await zhili(path)
    expect(after.status).toBe(200)
    expect(after.body).toContain(here().slug)
    expect(after.body).not.toContain(`Elsewhere ${word}`)
    expect(after.body).not.toContain(renamed)
  })
})
