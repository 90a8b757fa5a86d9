import type { Access, AccessResult } from 'payload'

import { publicBeltsWhere } from '@/access/publicWhere'
import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, isPlatformAdmin } from '@/access/roles'
import { BELT_ROLES } from '@/constants'

/** Staff see the belts they work for; everyone else sees published belts. */
export const readBelts: Access = async ({ req }): Promise<AccessResult> => {
  const user = req.user as ChandiUser | null
  if (isPlatformAdmin(user)) return true
  const belts = getBeltIDs(user)
  if (belts.length > 0) return { id: { in: belts } }
  return publicBeltsWhere(req)
}

/** A belt's operators brand and edit it; only a platform admin creates or deletes belts. */
export const updateBelts: Access = ({ req }): AccessResult => {
  const user = req.user as ChandiUser | null
  if (isPlatformAdmin(user)) return true
  const belts = getBeltIDs(user, BELT_ROLES.operator)
  return belts.length > 0 ? { id: { in: belts } } : false
}

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user as ChandiUser | null)
