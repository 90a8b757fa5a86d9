import { describe, expect, it } from 'vitest'

import { getBeltIDs, getFactoryID, isOperatorOf, isPlatformAdmin, sameID } from './roles'

const operator = { id: 1, roles: [], tenants: [{ tenant: 7, role: 'belt-operator' }] }
const member = {
  id: 2,
  roles: [],
  tenants: [{ tenant: { id: 8 }, role: 'factory-member' }],
  factory: { id: 30 },
}

describe('role helpers', () => {
  it('a platform admin is recognised only by the global role', () => {
    expect(isPlatformAdmin({ id: 3, roles: ['platform-admin'] })).toBe(true)
    expect(isPlatformAdmin(operator)).toBe(false)
    expect(isPlatformAdmin(null)).toBe(false)
  })

  it('lists belts by role and compares ids across number and string', () => {
    expect(getBeltIDs(operator)).toEqual([7])
    expect(getBeltIDs(member, 'belt-operator')).toEqual([])
    expect(getBeltIDs(member, 'factory-member')).toEqual([8])
    expect(isOperatorOf(operator, '7')).toBe(true)
    expect(isOperatorOf(operator, 8)).toBe(false)
    expect(sameID({ id: 5 }, '5')).toBe(true)
    expect(sameID(null, null)).toBe(false)
  })

  it('a factory id counts only for a factory member', () => {
    expect(getFactoryID(member)).toBe(30)
    expect(getFactoryID({ ...operator, factory: 30 })).toBeNull()
  })
})
