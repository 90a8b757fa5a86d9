import type { Access, PayloadRequest } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, isPlatformAdmin } from '@/access/roles'

export const isAdmin = (req: PayloadRequest) => isPlatformAdmin(req.user as ChandiUser | null)

export const isStaffUser: Access = ({ req }) => {
  const user = req.user as ChandiUser | null
  return isPlatformAdmin(user) || getBeltIDs(user).length > 0
}
