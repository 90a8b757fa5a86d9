import type { Access, AccessResult } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, getFactoryID, isPlatformAdmin, isStaff } from '@/access/roles'
import { BELT_ROLES } from '@/constants'

/**
 * An inquiry is seen by the buyer who sent it (their private link, or their account) and by the
 * members of the one factory it is addressed to — not by another factory, not by the belt's
 * operator (who gets counts elsewhere), not by other buyers. Platform admins read for abuse
 * handling.
 */
export const readInquiries: Access = ({ req }): AccessResult => {
  const user = req.user as ChandiUser | null
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const factory = getFactoryID(user)
  if (factory !== null) {
    return {
      and: [
        { factory: { equals: factory } },
        { tenant: { in: getBeltIDs(user, BELT_ROLES.factoryMember) } },
      ],
    }
  }
  if (isStaff(user)) return false
  return { buyerUser: { equals: user.id } }
}

export const updateInquiries: Access = ({ req }): AccessResult => {
  const user = req.user as ChandiUser | null
  if (isPlatformAdmin(user)) return true
  const factory = getFactoryID(user)
  return factory === null ? false : { factory: { equals: factory } }
}
