import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, login, zhili } from '../helpers/api'
import { cast, idBy, unique } from '../helpers/fixtures'
import { restoreAfter } from '../helpers/setup'

/**
 * A portal's public reads are held per belt until its next edit (src/portal/heldReads.ts), so a
 * render that misses the page cache (a new address) reads what earlier renders read. Through
 * HTTP: an edit shows on the next render of any address of its belt, search results included
 * (an empty result too); a draft never reaches the public; another belt never sees any of it.
 */
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${inject('port')}`)
const restore = restoreAfter()
const product = () => cast.factoryA2.products[0]

let operator: string
let admin: string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  admin = await login(cast.emails.admin)
})

const rename = async (name: string, { draft = false } = {}) => {
  const id = await idBy('products', 'slug', product().slug)
  const saved = await api(`/api/products/${id}?locale=en${draft ? '&draft=true' : ''}`, {
    method: 'PATCH',
    token: operator,
    body: { name },
  })
  expect(saved.status).toBe(200)
  restore.push(() =>
    api(`/api/products/${id}?locale=en`, {
      method: 'PATCH',
      token: admin,
      body: { name: product().name.en, _status: 'published' },
    }),
  )
}

describe('held reads through HTTP', () => {
  it('an edit shows on the next render of every address of its belt, search included, and on no other belt', async () => {
    // A word no document has: its empty search result is held too, until the edit.
    const word = `zq${Date.now().toString(36)}`
    const addresses = (round: string) => [
      `/en/products?held=${round}`,
      `/en/factories/${cast.factoryA2.slug}?held=${round}`,
      `/en/products/${product().slug}?held=${round}`,
    ]
    for (const path of addresses(unique('before'))) {
      const page = await zhili(path)
      expect(page.status, path).toBe(200)
      expect(page.body, path).toContain(product().name.en)
    }
    const found = async (round: string) => (await zhili(`/en/search?q=${word}&held=${round}`)).body
    expect(await found(unique('empty'))).not.toContain(`/products/${product().slug}`)
    expect(await found(unique('empty'))).not.toContain(`/products/${product().slug}`)
    // Held now: the same reads again from other addresses cost no query (not observable here)
    // and must not survive the edit.
    const newName = `Held romper ${word}`
    await rename(newName)
    for (const path of addresses(unique('after'))) {
      const page = await zhili(path)
      expect(page.headers['x-chandi-cache'], path).not.toBe('hit')
      expect(page.body, path).toContain(newName)
    }
    expect(await found(unique('found'))).toContain(`/products/${product().slug}`)
    const other = await yiwu(`/en/search?q=${word}&held=${unique('yiwu')}`)
    expect(other.status).toBe(200)
    expect(other.body).not.toContain(newName)
    expect((await yiwu(`/en/products?held=${unique('yiwu')}`)).body).not.toContain(newName)
  })

  it('a draft save drops the held reads and the public still reads the published version', async () => {
    const published = `Published romper ${unique('p')}`
    await rename(published)
    const list = async () => (await zhili(`/en/products?held=${unique('list')}`)).body
    expect(await list()).toContain(published)
    const draftName = `Draft only ${unique('d')}`
    await rename(draftName, { draft: true })
    for (const path of [
      `/en/products?held=${unique('draft')}`,
      `/en/products/${product().slug}?held=${unique('draft')}`,
      `/en/factories/${cast.factoryA2.slug}?held=${unique('draft')}`,
    ]) {
      const page = await zhili(path)
      expect(page.status, path).toBe(200)
      expect(page.body, path).toContain(published)
      expect(page.body, path).not.toContain(draftName)
    }
  })
})
