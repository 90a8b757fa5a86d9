import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, errorPaths, getWithHost, login } from '../helpers/api'
import { cast, idBy, unique } from '../helpers/fixtures'

/**
 * Rich text stays inside its belt: internal links, relationship and upload nodes may point only
 * at the same belt's public documents, wherever the rich text sits; links render to this
 * portal's own addresses.
 */
const text = (value: string) => ({
  type: 'text',
  text: value,
  version: 1,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})
const lexical = (...children: unknown[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children,
      },
    ],
  },
})
const internalLink = (relationTo: string, value: number | string, label = 'link') => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
  children: [text(label)],
})
const blockNode = (type: 'relationship' | 'upload', relationTo: string, value: number | string) =>
  type === 'upload'
    ? { type, version: 3, format: '', relationTo, value, fields: null }
    : { type, version: 2, format: '', relationTo, value }

let operator: string
const created: (number | string)[] = []
let ownFactory: number | string
let otherFactory: number | string
let otherProduct: number | string
let otherMedia: number | string
let someUser: number | string

beforeAll(async () => {
  operator = await login(cast.emails.operatorA)
  ownFactory = await idBy('factories', 'slug', cast.factoryA1.slug)
  otherFactory = await idBy('factories', 'slug', cast.factoryB1.slug)
  const admin = await login(cast.emails.admin)
  const beltB = await idBy('tenants', 'slug', cast.beltB.slug)
  otherProduct = (
    await api(`/api/products?where[tenant][equals]=${beltB}&limit=1&depth=0`, { token: admin })
  ).json.docs[0].id
  otherMedia = (
    await api(`/api/media?where[tenant][equals]=${beltB}&limit=1&depth=0`, { token: admin })
  ).json.docs[0].id
  someUser = (
    await api(
      `/api/users?where[email][equals]=${encodeURIComponent(cast.emails.operatorB)}&limit=1&depth=0`,
      { token: admin },
    )
  ).json.docs[0].id
})

afterAll(async () => {
  for (const id of created) await api(`/api/pages/${id}`, { method: 'DELETE', token: operator })
})

const createPage = (body: Record<string, unknown>) =>
  api('/api/pages', {
    method: 'POST',
    token: operator,
    body: { title: 'Rich text', slug: unique('rt'), _status: 'published', ...body },
  })

describe('rich text in a belt', () => {
  it('refuses a link, a relationship or an upload of another belt, or a link to a private collection, naming the field', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'link to another belt’s factory',
        { content: lexical(internalLink('factories', otherFactory)) },
        'content',
      ],
      [
        'relationship to another belt’s product, in a block',
        {
          layout: [
            { blockType: 'richText', content: lexical(text('x')) },
            {
              blockType: 'richText',
              content: {
                root: {
                  ...lexical().root,
                  children: [blockNode('relationship', 'products', otherProduct)],
                },
              },
            },
          ],
        },
        'layout.1.content',
      ],
      [
        'upload of another belt’s image',
        {
          content: {
            root: { ...lexical().root, children: [blockNode('upload', 'media', otherMedia)] },
          },
        },
        'content',
      ],
      ['link to a user', { content: lexical(internalLink('users', someUser)) }, 'content'],
    ]
    for (const [name, body, path] of cases) {
      const response = await createPage(body)
      expect(response.status, `${name}: ${response.text}`).toBe(400)
      expect(errorPaths(response), name).toContain(path)
      expect(response.text, name).not.toMatch(/at .*\.ts:\d+/)
    }
  })

  it('keeps a link to the belt’s own factory and renders it to that factory’s page on this portal', async () => {
    const response = await createPage({
      content: lexical(text('See '), internalLink('factories', ownFactory, 'our factory')),
    })
    expect(response.status, response.text).toBe(201)
    created.push(response.json.doc.id)
    const portal = await getWithHost(
      `/${response.json.doc.slug}`,
      `zhili.localhost:${inject('port')}`,
    )
    expect(portal.status).toBe(200)
    expect(portal.body).toContain(`<a href="/factories/${cast.factoryA1.slug}">our factory</a>`)
    const english = await getWithHost(
      `/en/${response.json.doc.slug}`,
      `zhili.localhost:${inject('port')}`,
    )
    expect(english.body).toContain(`<a href="/en/factories/${cast.factoryA1.slug}">our factory</a>`)
  })

  it('refuses a belt story that links into another belt', async () => {
    const beltA = await idBy('tenants', 'slug', cast.beltA.slug)
    const response = await api(`/api/tenants/${beltA}`, {
      method: 'PATCH',
      token: operator,
      body: { story: lexical(internalLink('factories', otherFactory)) },
    })
    expect(response.status, response.text).toBe(400)
    expect(errorPaths(response)).toContain('story')
  })
})
