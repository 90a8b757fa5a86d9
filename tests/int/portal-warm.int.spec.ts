import { beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest'

import { api, getWithHost, login, zhili } from '../helpers/api'
import { cast, idBy, unique } from '../helpers/fixtures'

/**
 * Warming: after an edit, the pages buyers were reading are rendered again in the background
 * (src/renderer/warm.ts), as the public sees them.
 */
const port = () => inject('port')
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${port()}`)

/**
 * A product no other file edits (bad-input-documents and the festival tests use Hengyuan's): a
 * draft of it stands for the ten seconds this file waits.
 */
const windbreaker = cast.beltA.factories[2].products[1]

let operator: string
let admin: string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
})

describe('warm after an edit', () => {
  it('renders again in the background the pages buyers were reading, and only those', async () => {
    const productSlug = cast.factoryA1.products[1].slug
    const popular = `/en/products/${productSlug}?warm=${unique('w')}`
    const unread = `/en/products/${productSlug}?cold=${unique('c')}`
    // An earlier test's edit repeats its eviction a second later (CHANDI_EVICTION_SETTLE_MS):
    // renders are fast enough now for this test to start inside that second.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    await zhili(popular)
    expect((await zhili(popular)).headers['x-chandi-cache']).toBe('hit')
    // Read often: the warmer takes the most read first, at most CHANDI_WARM_PAGES of them.
    for (let read = 0; read < 30; read += 1) await zhili(popular)
    await zhili(unread) // rendered once, never read again: not popular
    const id = await idBy('products', 'slug', productSlug)
    const newName = `Warm romper ${unique('n')}`
    const patch = await api(`/api/products/${id}?locale=en`, {
      method: 'PATCH',
      token: operator,
      body: { name: newName },
    })
    expect(patch.status).toBe(200)
    // Put back at once: later tests search for this product by its own name.
    onTestFinished(async () => {
      await api(`/api/products/${id}?locale=en`, {
        method: 'PATCH',
        token: admin,
        body: { name: cast.factoryA1.products[1].name.en },
      })
    })
    // The evictions settle after a second (CHANDI_EVICTION_SETTLE_MS), then the warmer renders.
    await new Promise((resolve) => setTimeout(resolve, 10_000))
    const warmed = await zhili(popular)
    expect(warmed.headers['x-chandi-cache']).toBe('hit')
    expect(warmed.body).toContain(newName)
    const cold = await zhili(unread)
    expect(cold.headers['x-chandi-cache']).toBe('miss')
    expect(cold.body).toContain(newName)
  })
})

describe('warm after a draft save', () => {
  it('re-renders the page buyers read as the public sees it: no draft text, nothing of another belt', async () => {
    const productSlug = windbreaker.slug
    const popular = `/en/products/${productSlug}?warm-draft=${unique('w')}`
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    for (let read = 0; read < 30; read += 1) await zhili(popular)
    // The same address on another belt, read as often: its pages stay its own.
    const otherPopular = `/en/products?warm-draft=${unique('o')}`
    for (let read = 0; read < 30; read += 1) await yiwu(otherPopular)
    const id = await idBy('products', 'slug', productSlug)
    const draftName = `Draft only ${unique('d')}`
    // A draft save evicts the belt's pages too (src/hooks/invalidatePortal.ts).
    const draft = await api(`/api/products/${id}?locale=en&draft=true`, {
      method: 'PATCH',
      token: operator,
      body: { name: draftName },
    })
    expect(draft.status).toBe(200)
    onTestFinished(async () => {
      await api(`/api/products/${id}?locale=en`, {
        method: 'PATCH',
        token: admin,
        body: { name: windbreaker.name.en, _status: 'published' },
      })
    })
    await new Promise((resolve) => setTimeout(resolve, 10_000))
    const warmed = await zhili(popular)
    expect(warmed.headers['x-chandi-cache']).toBe('hit')
    expect(warmed.body).toContain(windbreaker.name.en)
    expect(warmed.body).not.toContain(draftName)
    for (const factory of cast.beltB.factories) expect(warmed.body).not.toContain(factory.slug)
    const other = await yiwu(otherPopular)
    expect(other.body).not.toContain(draftName)
    expect(other.body).not.toContain(cast.factoryA1.slug)
  })
})
