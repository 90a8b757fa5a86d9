import fs from 'node:fs'

import { afterAll, describe, expect, inject, it } from 'vitest'

import { api, getWithHost, login, requestAt } from '../helpers/api'
import { copySuiteDatabase } from '../helpers/copy-db'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { indexedBelt, onPostgres, withPostgres } from '../helpers/search'
import { startServer, stopServer } from '../setup/server'

/**
 * Search through the index (issues #8 and #19; SQLite's FTS5 file, PostgreSQL's
 * `chandi_search.entries`), the same on both engines: kept by the collections' hooks as documents
 * are published, drafted, unpublished and deleted; scoped to the portal's belt; rebuilt at
 * start-up when it is missing. tests/int/search-index.int.spec.ts checks the index itself.
 */
const port = () => inject('port')
const zhili = (path: string) => getWithHost(path, `zhili.localhost:${port()}`)
const yiwu = (path: string) => getWithHost(path, `yiwu.localhost:${port()}`)
const found = async (portal: typeof zhili, word: string) =>
  (await portal(`/en/search?q=${encodeURIComponent(word)}&v=${unique('v')}`)).body.match(
    /href="\/en\/products\/([^"]+)"/g,
  ) ?? []

const created: (number | string)[] = []
afterAll(async () => {
  const admin = await login('admin@chandi.test')
  for (const id of created) await api(`/api/products/${id}`, { method: 'DELETE', token: admin })
})

describe('the search index', () => {
  it('follows a product through publish, draft, re-publish, unpublish and delete, on its own belt only', async () => {
    const member = await login(memberEmail(cast.factoryA1.slug))
    const [first, second] = [
      unique('zebrafoo').replace(/[^a-z0-9]/gi, ''),
      unique('quokkabar').replace(/[^a-z0-9]/gi, ''),
    ]
    const slug = unique('indexed')
    const product = await api('/api/products', {
      method: 'POST',
      token: member,
      body: {
        name: `Linen ${first} romper`,
        slug,
        moq: { quantity: 50, unit: 'piece' },
        priceTiers: [{ minQuantity: 50, unitPrice: 4.2 }],
        _status: 'published',
      },
    })
    expect(product.status, product.text).toBe(201)
    const id = product.json.doc.id
    const belt = Number(product.json.doc.tenant?.id ?? product.json.doc.tenant)
    created.push(id)
    expect(await found(zhili, first)).toEqual([`href="/en/products/${slug}"`])
    expect(await found(yiwu, first)).toEqual([])
    expect(await indexedBelt('product', id)).toBe(belt)

    // A draft leaves the published product as it is, in the index too.
    expect(
      (
        await api(`/api/products/${id}?draft=true`, {
          method: 'PATCH',
          token: member,
          body: { name: `Linen ${second} romper`, _status: 'draft' },
        })
      ).status,
    ).toBe(200)
    expect(await found(zhili, first)).toHaveLength(1)
    expect(await found(zhili, second)).toHaveLength(0)
    // Publishing it swaps the words.
    expect(
      (
        await api(`/api/products/${id}`, {
          method: 'PATCH',
          token: member,
          body: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
    expect(await found(zhili, first)).toHaveLength(0)
    expect(await found(zhili, second)).toHaveLength(1)
    // A prefix of a word finds it; so does the English stem of a plural.
    expect(await found(zhili, second.slice(0, 12))).toHaveLength(1)
    expect(await found(zhili, `${second} rompers`)).toHaveLength(1)
    // Unpublished: gone from search, and from the portal.
    expect(
      (
        await api(`/api/products/${id}`, {
          method: 'PATCH',
          token: member,
          body: { _status: 'draft' },
        })
      ).status,
    ).toBe(200)
    expect(await found(zhili, second)).toHaveLength(0)
    expect(await indexedBelt('product', id)).toBeNull()
    expect(
      (
        await api(`/api/products/${id}`, {
          method: 'PATCH',
          token: member,
          body: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
    expect(await found(zhili, second)).toHaveLength(1)
    expect(await indexedBelt('product', id)).toBe(belt)
    expect((await api(`/api/products/${id}`, { method: 'DELETE', token: member })).status).toBe(200)
    expect(await found(zhili, second)).toHaveLength(0)
    expect(await indexedBelt('product', id)).toBeNull()
  })

  it('finds Chinese words and factories, and every word of the query must match', async () => {
    const page = await zhili(
      `/search?q=${encodeURIComponent(cast.factoryA1.name.zh)}&v=${unique('v')}`,
    )
    expect(page.body).toContain(`href="/factories/${cast.factoryA1.slug}"`)
    expect(
      (
        await zhili(
          `/en/search?q=${encodeURIComponent(`${cast.factoryA1.products[0].name.en} xylophonequartz`)}&v=${unique('v')}`,
        )
      ).body,
    ).not.toMatch(/href="\/en\/products\//)
  })

  it('is rebuilt when it is missing, at the next start', async () => {
    // A copy of the suite's database: on SQLite without its index file, on PostgreSQL with its
    // index emptied.
    const copy = await copySuiteDatabase('search')
    if (onPostgres())
      await withPostgres(copy.env.DATABASE_URL, (client) =>
        client.query('truncate chandi_search.entries'),
      )
    else expect(fs.existsSync(`${copy.file}.search`)).toBe(false)
    const server = await startServer({ env: copy.env })
    try {
      const url = new URL(server.baseURL)
      // The rebuild runs beside the server; wait for it to say it is done.
      const started = Date.now()
      while (!/search index: \d+ entries/.test(server.output()) && Date.now() - started < 60_000)
        await new Promise((resolve) => setTimeout(resolve, 200))
      expect(server.output()).toMatch(
        /search index: rebuilding \(0\/\d+ factories, 0\/\d+ products\)/,
      )
      const page = (
        await requestAt(
          url.port,
          'GET',
          `/en/search?q=${encodeURIComponent(cast.factoryA1.products[0].name.en)}`,
          { host: 'zhili.localhost' },
        )
      ).text
      expect(page).toContain(`/en/products/${cast.factoryA1.products[0].slug}`)
    } finally {
      await stopServer(server)
      await copy.remove()
    }
  })
})
