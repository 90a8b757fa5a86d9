import type { Access, AccessResult } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, isPlatformAdmin, isStaff } from '@/access/roles'
import { BELT_ROLES } from '@/constants'

/**
 * Users read themselves; a belt operator also reads the people of their belts; a platform admin
 * reads everyone. Anonymous visitors read nobody (no e-mail leaves through the API).
 */
export const readUsers: Access = ({ req }): AccessResult => {
  const user = req.user as ChandiUser | null
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const belts = getBeltIDs(user, BELT_ROLES.operator)
  if (belts.length === 0) return { id: { equals: user.id } }
  return { or: [{ id: { equals: user.id } }, { 'tenants.tenant': { in: belts } }] }
}

/** Who may be changed is as for reading; what may be changed is checked by `guardPrivileges`. */
export const updateUsers: Access = readUsers

/**
 * Public sign-up makes buyer accounts (`guardPrivileges` refuses anything more); operators add
 * their factories' members; platform admins add anyone. A signed-in buyer or factory member
 * already has the one account they need.
 */
export const createUsers: Access = ({ req }) => {
  const user = req.user as ChandiUser | null
  return !user || isPlatformAdmin(user) || getBeltIDs(user, BELT_ROLES.operator).length > 0
}

export const deleteUsers: Access = ({ req }): AccessResult => {
  const user = req.user as ChandiUser | null
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const belts = getBeltIDs(user, BELT_ROLES.operator)
  // Buyers may delete their own account (their data is theirs); staff ask their operator.
  if (belts.length === 0) return isStaff(user) ? false : { id: { equals: user.id } }
  return {
    and: [
      { 'tenants.tenant': { in: belts } },
      { 'tenants.role': { equals: BELT_ROLES.factoryMember } },
      { id: { not_equals: user.id } },
    ],
  }
}

/** Only belt staff and platform admins use the admin panel; buyers use the portals. */
export const canUseAdmin = ({ req }: { req: { user?: unknown } }) =>
  isStaff(req.user as ChandiUser | null)
