import { describe, expect, it } from 'vitest'

import { accessCast, refID } from '../helpers/access'
import { api, errorPaths, login } from '../helpers/api'
import { adminRead, cast, memberEmail, unique } from '../helpers/fixtures'

/**
 * The access matrix through HTTP: every role × every collection × create/read/update/delete,
 * with belt A (Zhili, two factories), belt B (Yiwu) and an unpublished belt in the database.
 * Each refusal is checked together with the document it spared. This file: updating and deleting.
 */
const { tokens, ids } = accessCast()

describe('updating and deleting', () => {
  it('a factory member edits their own profile but cannot verify it', async () => {
    const edit = await api(`/api/factories/${ids.factoryA1}`, {
      method: 'PATCH',
      token: tokens.member,
      body: { staffCount: 321 },
    })
    expect(edit.status).toBe(200)
    expect((await adminRead('factories', ids.factoryA1)).json.staffCount).toBe(321)
    const before = (await adminRead('factories', ids.factoryA2)).json.verification.status
    const verifySelf = await api(`/api/factories/${ids.factoryA2}`, {
      method: 'PATCH',
      token: await login(memberEmail(cast.factoryA2.slug)),
      body: { verification: { status: 'verified' } },
    })
    expect(verifySelf.status).toBe(403)
    expect(errorPaths(verifySelf)).toEqual(['verification.status'])
    expect((await adminRead('factories', ids.factoryA2)).json.verification.status).toBe(before)
  })

  it('a factory member cannot edit another factory or its products', async () => {
    const factory = await api(`/api/factories/${ids.factoryA2}`, {
      method: 'PATCH',
      token: tokens.member,
      body: { staffCount: 1 },
    })
    expect(factory.status).toBe(403)
    const product = await api(`/api/products/${ids.productA2}`, {
      method: 'PATCH',
      token: tokens.member,
      body: { leadTimeDays: 1 },
    })
    expect(product.status).toBe(403)
    expect((await adminRead('products', ids.productA2)).json.leadTimeDays).not.toBe(1)
    const remove = await api(`/api/products/${ids.productA2}`, {
      method: 'DELETE',
      token: tokens.member,
    })
    expect(remove.status).toBe(403)
    expect((await adminRead('products', ids.productA2)).status).toBe(200)
    const ownFactory = await api(`/api/factories/${ids.factoryA1}`, {
      method: 'DELETE',
      token: tokens.member,
    })
    expect(ownFactory.status).toBe(403)
  })

  it('a factory member cannot move their product to another factory or belt', async () => {
    const toFactory = await api(`/api/products/${ids.productA1}`, {
      method: 'PATCH',
      token: tokens.member,
      body: { factory: ids.factoryA2 },
    })
    expect(toFactory.status).toBe(403)
    const toBelt = await api(`/api/products/${ids.productA1}`, {
      method: 'PATCH',
      token: tokens.member,
      body: { tenant: ids.beltB },
    })
    expect(toBelt.status).toBe(403)
    expect(errorPaths(toBelt)).toEqual(['tenant'])
    const stored = (await adminRead('products', ids.productA1)).json
    expect(refID(stored.factory)).toBe(String(ids.factoryA1))
    expect(refID(stored.tenant)).toBe(String(ids.beltA))
  })

  it('no one moves a document to another belt by changing its tenant', async () => {
    for (const role of ['operatorA', 'admin'] as const) {
      const response = await api(`/api/factories/${ids.factoryA2}`, {
        method: 'PATCH',
        token: tokens[role],
        body: { tenant: ids.beltB },
      })
      expect(response.status, role).toBe(403)
      expect(errorPaths(response)).toEqual(['tenant'])
    }
    expect(refID((await adminRead('factories', ids.factoryA2)).json.tenant)).toBe(String(ids.beltA))
  })

  it('an operator verifies factories of their belt, brands it, and is refused belt B', async () => {
    const verify = await api(`/api/factories/${ids.factoryA2}`, {
      method: 'PATCH',
      token: tokens.operatorA,
      body: { verification: { status: 'verified', note: 'visited' } },
    })
    expect(verify.status).toBe(200)
    expect((await adminRead('factories', ids.factoryA2)).json.verification.status).toBe('verified')
    await api(`/api/factories/${ids.factoryA2}`, {
      method: 'PATCH',
      token: tokens.operatorA,
      body: { verification: { status: 'unverified', note: '' } },
    })
    const brand = await api(`/api/tenants/${ids.beltA}`, {
      method: 'PATCH',
      token: tokens.operatorA,
      body: { branding: { primaryColour: '#123456', accentColour: '#FEDCBA' } },
    })
    expect(brand.status).toBe(200)
    expect((await adminRead('tenants', ids.beltA)).json.branding.primaryColour).toBe('#123456')
    await api(`/api/tenants/${ids.beltA}`, {
      method: 'PATCH',
      token: tokens.operatorA,
      body: {
        branding: {
          primaryColour: cast.beltA.branding.primaryColour,
          accentColour: cast.beltA.branding.accentColour,
        },
      },
    })
    const beltB = await api(`/api/tenants/${ids.beltB}`, {
      method: 'PATCH',
      token: tokens.operatorA,
      body: { tagline: 'hijacked' },
    })
    expect(beltB.status).toBe(403)
    const factoryB = await api(`/api/factories/${ids.factoryB1}`, {
      method: 'PATCH',
      token: tokens.operatorA,
      body: { verification: { status: 'rejected' } },
    })
    expect(factoryB.status).toBe(403)
    expect((await adminRead('factories', ids.factoryB1)).json.verification.status).not.toBe(
      'rejected',
    )
    const productB = await api(`/api/products/${ids.productB1}`, {
      method: 'DELETE',
      token: tokens.operatorA,
    })
    expect(productB.status).toBe(403)
    const deleteBelt = await api(`/api/tenants/${ids.beltA}`, {
      method: 'DELETE',
      token: tokens.operatorA,
    })
    expect(deleteBelt.status).toBe(403)
  })

  it('an operator cannot change the belt’s domains or slug', async () => {
    const response = await api(`/api/tenants/${ids.beltA}`, {
      method: 'PATCH',
      token: tokens.operatorA,
      body: { domains: [{ domain: 'mine.example.com' }] },
    })
    expect(response.status).toBe(403)
    expect(errorPaths(response)).toEqual(['domains'])
  })

  it('nobody but a platform admin grants roles or belts, least of all to themself', async () => {
    const me = (token?: string) => api('/api/users/me', { token }).then((r) => r.json.user)
    const operator = await me(tokens.operatorA)
    const asAdmin = await api(`/api/users/${operator.id}`, {
      method: 'PATCH',
      token: tokens.operatorA,
      body: { roles: ['platform-admin'] },
    })
    expect(asAdmin.status).toBe(403)
    expect(errorPaths(asAdmin)).toEqual(['roles'])
    const toBeltB = await api(`/api/users/${operator.id}`, {
      method: 'PATCH',
      token: tokens.operatorA,
      body: {
        tenants: [
          ...operator.tenants.map((row: any) => ({
            tenant: row.tenant.id ?? row.tenant,
            role: row.role,
          })),
          { tenant: ids.beltB, role: 'belt-operator' },
        ],
      },
    })
    expect(toBeltB.status).toBe(403)
    const member = await me(tokens.member)
    const promote = await api(`/api/users/${member.id}`, {
      method: 'PATCH',
      token: tokens.member,
      body: { tenants: [{ tenant: ids.beltA, role: 'belt-operator' }] },
    })
    expect(promote.status).toBe(403)
    const buyer = await api(`/api/users/${ids.buyer}`, {
      method: 'PATCH',
      token: tokens.buyer,
      body: { roles: ['platform-admin'] },
    })
    expect(buyer.status).toBe(403)
    expect((await me(tokens.operatorA)).roles ?? []).not.toContain('platform-admin')
    const adminUser = await me(tokens.admin)
    expect(
      (
        await api(`/api/users/${adminUser.id}`, {
          method: 'PATCH',
          token: tokens.operatorA,
          body: { name: 'x' },
        })
      ).status,
    ).toBe(403)
    const name = await api(`/api/users/${member.id}`, {
      method: 'PATCH',
      token: tokens.member,
      body: { name: '王经理' },
    })
    expect(name.status).toBe(200)
  })

  it('a platform admin updates and deletes anything', async () => {
    const verify = await api(`/api/factories/${ids.factoryB1}`, {
      method: 'PATCH',
      token: tokens.admin,
      body: { verification: { status: 'verified' } },
    })
    expect(verify.status).toBe(200)
    const category = await api('/api/categories', {
      method: 'POST',
      token: tokens.admin,
      body: { name: 'tmp', slug: unique('tmp'), tenant: ids.beltB },
    })
    expect(category.status).toBe(201)
    const remove = await api(`/api/categories/${category.json.doc.id}`, {
      method: 'DELETE',
      token: tokens.admin,
    })
    expect(remove.status).toBe(200)
    expect((await adminRead('categories', category.json.doc.id)).status).toBe(404)
  })
})
