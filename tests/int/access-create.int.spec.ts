import { describe, expect, it } from 'vitest'

import { accessCast, refID } from '../helpers/access'
import { api, errorPaths } from '../helpers/api'
import { unique } from '../helpers/fixtures'

/**
 * The access matrix through HTTP: every role × every collection × create/read/update/delete,
 * with belt A (Zhili, two factories), belt B (Yiwu) and an unpublished belt in the database.
 * Each refusal is checked together with the document it spared. This file: creating.
 */
const { tokens, ids, created } = accessCast()

describe('creating', () => {
  const factoryBody = (tenant?: number | string) => ({
    name: 'Test Garment Co.',
    slug: unique('test-factory'),
    ...(tenant ? { tenant } : {}),
    _status: 'published',
  })
  const productBody = (extra: Record<string, unknown>) => ({
    name: 'Test dress',
    slug: unique('test-dress'),
    moq: { quantity: 50, unit: 'piece' },
    priceTiers: [{ minQuantity: 50, unitPrice: 4.2 }],
    _status: 'published',
    ...extra,
  })

  it('anonymous visitors and buyers create nothing in a belt', async () => {
    for (const role of ['anonymous', 'buyer'] as const) {
      for (const [collection, body] of [
        ['factories', factoryBody(ids.beltA)],
        ['products', productBody({ tenant: ids.beltA, factory: ids.factoryA1 })],
        ['categories', { name: 'x', slug: unique('x'), tenant: ids.beltA }],
        ['pages', { title: 'x', slug: unique('x'), tenant: ids.beltA }],
        ['tenants', { name: 'x', slug: unique('x'), specialty: 'x' }],
      ] as const) {
        const response = await api(`/api/${collection}`, {
          method: 'POST',
          token: tokens[role],
          body,
        })
        expect(response.status, `${role} ${collection}`).toBe(403)
      }
    }
  })

  it('public sign-up makes a buyer, and refuses a sign-up that asks for more', async () => {
    const admin = await api('/api/users', {
      method: 'POST',
      body: {
        email: `${unique('x')}@example.com`,
        password: 'password-123',
        roles: ['platform-admin'],
      },
    })
    expect(admin.status).toBe(403)
    expect(errorPaths(admin)).toEqual(['roles'])
    const belt = await api('/api/users', {
      method: 'POST',
      body: {
        email: `${unique('x')}@example.com`,
        password: 'password-123',
        tenants: [{ tenant: ids.beltA, role: 'belt-operator' }],
      },
    })
    expect(belt.status).toBe(403)
    expect(errorPaths(belt)).toEqual(['tenants'])
  })

  it('a factory member creates products for their own factory only, and nothing else', async () => {
    const own = created(
      'products',
      await api('/api/products', { method: 'POST', token: tokens.member, body: productBody({}) }),
    )
    expect(own.status).toBe(201)
    expect(refID(own.json.doc.factory)).toBe(String(ids.factoryA1))
    expect(refID(own.json.doc.tenant)).toBe(String(ids.beltA))
    const other = created(
      'products',
      await api('/api/products', {
        method: 'POST',
        token: tokens.member,
        body: productBody({ factory: ids.factoryA2 }),
      }),
    )
    expect(other.status).toBe(403)
    expect(errorPaths(other)).toEqual(['factory'])
    const otherBelt = created(
      'products',
      await api('/api/products', {
        method: 'POST',
        token: tokens.member,
        body: productBody({ tenant: ids.beltB }),
      }),
    )
    expect(otherBelt.status).toBe(403)
    for (const [collection, body] of [
      ['factories', factoryBody(ids.beltA)],
      ['categories', { name: 'x', slug: unique('x'), tenant: ids.beltA }],
      ['pages', { title: 'x', slug: unique('x'), tenant: ids.beltA }],
    ] as const) {
      expect(
        (await api(`/api/${collection}`, { method: 'POST', token: tokens.member, body })).status,
        collection,
      ).toBe(403)
    }
  })

  it('an operator creates in their belt, is refused in belt B, and cannot create belts', async () => {
    const own = created(
      'factories',
      await api('/api/factories', { method: 'POST', token: tokens.operatorA, body: factoryBody() }),
    )
    expect(own.status).toBe(201)
    expect(refID(own.json.doc.tenant)).toBe(String(ids.beltA))
    const category = created(
      'categories',
      await api('/api/categories', {
        method: 'POST',
        token: tokens.operatorA,
        body: { name: '测试', slug: unique('cat') },
      }),
    )
    expect(category.status).toBe(201)
    const page = created(
      'pages',
      await api('/api/pages', {
        method: 'POST',
        token: tokens.operatorA,
        body: { title: '测试', slug: unique('page'), _status: 'published' },
      }),
    )
    expect(page.status).toBe(201)
    const inB = created(
      'factories',
      await api('/api/factories', {
        method: 'POST',
        token: tokens.operatorA,
        body: factoryBody(ids.beltB),
      }),
    )
    expect(inB.status).toBe(403)
    expect(errorPaths(inB)).toEqual(['tenant'])
    const productInA = created(
      'products',
      await api('/api/products', {
        method: 'POST',
        token: tokens.operatorA,
        body: productBody({ factory: ids.factoryB1 }),
      }),
    )
    expect(productInA.status).toBe(400)
    expect(errorPaths(productInA)).toEqual(['factory'])
    const belt = await api('/api/tenants', {
      method: 'POST',
      token: tokens.operatorA,
      body: { name: 'x', slug: unique('x'), specialty: 'x' },
    })
    expect(belt.status).toBe(403)
  })

  it('an operator adds a factory member to their belt but cannot appoint operators or reach belt B', async () => {
    const member = created(
      'users',
      await api('/api/users', {
        method: 'POST',
        token: tokens.operatorA,
        body: {
          email: `${unique('m')}@example.com`,
          tenants: [{ tenant: ids.beltA, role: 'factory-member' }],
          factory: ids.factoryA2,
        },
      }),
    )
    expect(member.status).toBe(201)
    const operator = await api('/api/users', {
      method: 'POST',
      token: tokens.operatorA,
      body: {
        email: `${unique('o')}@example.com`,
        tenants: [{ tenant: ids.beltA, role: 'belt-operator' }],
      },
    })
    expect(operator.status).toBe(403)
    const inB = await api('/api/users', {
      method: 'POST',
      token: tokens.operatorA,
      body: {
        email: `${unique('b')}@example.com`,
        tenants: [{ tenant: ids.beltB, role: 'factory-member' }],
        factory: ids.factoryB1,
      },
    })
    expect(inB.status).toBe(403)
  })

  it('a platform admin creates belts and appoints operators', async () => {
    const slug = unique('belt').toLowerCase()
    const belt = created(
      'tenants',
      await api('/api/tenants', {
        method: 'POST',
        token: tokens.admin,
        body: { name: '测试产业带', slug, specialty: '测试' },
      }),
    )
    expect(belt.status).toBe(201)
    const operator = created(
      'users',
      await api('/api/users', {
        method: 'POST',
        token: tokens.admin,
        body: {
          email: `${unique('op')}@example.com`,
          tenants: [{ tenant: belt.json.doc.id, role: 'belt-operator' }],
        },
      }),
    )
    expect(operator.status).toBe(201)
  })
})
