import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, errorPaths, getWithHost, login } from '../helpers/api'
import { cast, idBy, memberEmail } from '../helpers/fixtures'

/**
 * Per-belt portal settings (menu, footer, contact): one document per belt, edited by its
 * operator only, linking only to the belt's own documents, shown on the belt's portal only.
 */
const portal = (belt: string, path = '/') =>
  getWithHost(path, `${belt}.localhost:${inject('port')}`)
let operatorA: string
let operatorB: string
let member: string
let beltA: number | string
let settingsA: { id: number | string; navigation: unknown[]; footer?: string }

beforeAll(async () => {
  operatorA = await login(cast.emails.operatorA)
  operatorB = await login(cast.emails.operatorB)
  member = await login(memberEmail(cast.factoryA1.slug))
  beltA = await idBy('tenants', 'slug', cast.beltA.slug)
  const found = await api(`/api/belt-settings?where[tenant][equals]=${beltA}&depth=0`, {
    token: operatorA,
  })
  expect(found.json.docs).toHaveLength(1)
  settingsA = found.json.docs[0]
})

afterAll(async () => {
  await api(`/api/belt-settings/${settingsA.id}`, {
    method: 'PATCH',
    token: operatorA,
    body: { navigation: settingsA.navigation, footer: settingsA.footer },
  })
})

describe('portal settings', () => {
  it('are seeded per belt and shown on that belt’s portal only: menu, footer, contact', async () => {
    const home = await portal(cast.beltA.slug)
    expect(home.body).toContain(`<a href="/about">${cast.beltA.about.title.zh}</a>`)
    expect(home.body).toContain(`service@${cast.beltA.slug}.chandi.example`)
    expect(home.body).toContain('工厂直供，询盘直达工厂')
    const english = await portal(cast.beltA.slug, '/en')
    expect(english.body).toContain(`<a href="/en/about">${cast.beltA.about.title.en}</a>`)
    const other = await portal(cast.beltB.slug)
    expect(other.body).not.toContain(`service@${cast.beltA.slug}.chandi.example`)
  })

  it('an operator edits their belt’s menu and footer, and the portal shows the change at once', async () => {
    const campaign = await idBy('campaigns', 'slug', cast.beltA.campaigns![0].slug)
    const response = await api(`/api/belt-settings/${settingsA.id}`, {
      method: 'PATCH',
      token: operatorA,
      body: {
        footer: '新的页脚',
        navigation: [
          ...settingsA.navigation,
          { label: '超级产地日', doc: { relationTo: 'campaigns', value: campaign } },
          { label: '招商', url: '/factories?verified=1' },
        ],
      },
    })
    expect(response.status, response.text).toBe(200)
    const home = await portal(cast.beltA.slug)
    expect(home.body).toContain(
      `<a href="/campaigns/${cast.beltA.campaigns![0].slug}">超级产地日</a>`,
    )
    expect(home.body).toContain('<a href="/factories?verified=1">招商</a>')
    expect(home.body).toContain('新的页脚')
  })

  it('refuses a second settings document, a menu item into another belt, and an unsafe address, naming the field', async () => {
    const second = await api('/api/belt-settings', {
      method: 'POST',
      token: operatorA,
      body: { footer: 'x' },
    })
    expect(second.status, second.text).toBe(400)
    expect(errorPaths(second)).toContain('tenant')

    const beltB = await idBy('tenants', 'slug', cast.beltB.slug)
    const pageB = (
      await api(`/api/pages?where[tenant][equals]=${beltB}&where[slug][equals]=about&depth=0`, {
        token: await login(cast.emails.admin),
      })
    ).json.docs[0].id
    const foreign = await api(`/api/belt-settings/${settingsA.id}`, {
      method: 'PATCH',
      token: operatorA,
      body: { navigation: [{ label: 'x', doc: { relationTo: 'pages', value: pageB } }] },
    })
    expect(foreign.status, foreign.text).toBe(400)
    expect(errorPaths(foreign)).toContain('navigation.0.doc')

    const toUser = await api(`/api/belt-settings/${settingsA.id}`, {
      method: 'PATCH',
      token: operatorA,
      body: { navigation: [{ label: 'x', doc: { relationTo: 'users', value: 1 } }] },
    })
    expect(toUser.status, toUser.text).toBe(400)
    expect(errorPaths(toUser)).toContain('navigation.0.doc')
    expect(toUser.text).toContain('菜单项只能链接到页面、活动、工厂或产品')

    const unsafe = await api(`/api/belt-settings/${settingsA.id}`, {
      method: 'PATCH',
      token: operatorA,
      body: { navigation: [{ label: 'x', url: 'javascript:alert(1)' }] },
    })
    expect(unsafe.status, unsafe.text).toBe(400)
    expect(errorPaths(unsafe)).toContain('navigation.0.url')
  })

  it('another belt’s operator and a factory member cannot change them', async () => {
    const other = await api(`/api/belt-settings/${settingsA.id}`, {
      method: 'PATCH',
      token: operatorB,
      body: { footer: 'hijacked' },
    })
    expect([403, 404]).toContain(other.status)
    const byMember = await api(`/api/belt-settings/${settingsA.id}`, {
      method: 'PATCH',
      token: member,
      body: { footer: 'hijacked' },
    })
    expect([403, 404]).toContain(byMember.status)
    expect((await portal(cast.beltA.slug)).body).not.toContain('hijacked')
  })

  it('the public reads those of published belts only', async () => {
    const hidden = await idBy('tenants', 'slug', cast.unpublished.slug)
    expect(
      (await api(`/api/belt-settings?where[tenant][equals]=${hidden}&depth=0`)).json.totalDocs,
    ).toBe(0)
    expect(
      (await api(`/api/belt-settings?where[tenant][equals]=${beltA}&depth=0`)).json.totalDocs,
    ).toBe(1)
    expect(
      (
        await api(`/api/belt-settings?where[tenant][equals]=${hidden}&depth=0`, {
          token: await login(cast.emails.admin),
        })
      ).json.totalDocs,
    ).toBe(1)
  })
})
