import type { BeltRole } from '@/constants'
import { BELT_ROLES, GLOBAL_ROLES } from '@/constants'

type ID = number | string
type Related = ID | { id: ID } | null | undefined

/** The shape of a logged-in user that the access helpers read (a Payload `users` document). */
export type ChandiUser = {
  id: ID
  collection?: string
  roles?: string[] | null
  tenants?: { tenant: Related; role?: string | null }[] | null
  factory?: Related
}

export const idOf = (value: Related): ID | null => {
  if (value === null || value === undefined || value === '') return null
  // A MongoDB ObjectId (it has an `id` too, but that is its raw bytes).
  if (typeof value === 'object' && 'toHexString' in value) return String(value)
  if (typeof value === 'object') return value.id
  return value
}

/** Same id whether it came as a number (SQL) or a string (MongoDB, query strings). */
/** The ids in a relationship value: one or many, ids or populated documents. */
export const idsOf = (value: unknown): ID[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => idOf(item as Related))
    .filter((id): id is ID => id !== null)

export const sameID = (a: Related, b: Related): boolean => {
  const x = idOf(a)
  const y = idOf(b)
  return x !== null && y !== null && String(x) === String(y)
}

export const isPlatformAdmin = (user: ChandiUser | null | undefined): boolean =>
  Boolean(user?.roles?.includes(GLOBAL_ROLES.platformAdmin))

/** The belts a user holds a role in, optionally only those where they hold `role`. */
export const getBeltIDs = (user: ChandiUser | null | undefined, role?: BeltRole): ID[] => {
  if (!user?.tenants) return []
  const ids: ID[] = []
  for (const row of user.tenants) {
    const id = idOf(row.tenant)
    if (id === null) continue
    if (role && row.role !== role) continue
    if (!ids.some((known) => String(known) === String(id))) ids.push(id)
  }
  return ids
}

export const isOperatorOf = (user: ChandiUser | null | undefined, belt: Related): boolean =>
  getBeltIDs(user, BELT_ROLES.operator).some((id) => sameID(id, belt))

export const isBeltOperator = (user: ChandiUser | null | undefined): boolean =>
  getBeltIDs(user, BELT_ROLES.operator).length > 0

/** The one factory a factory member belongs to, or null for every other user. */
export const getFactoryID = (user: ChandiUser | null | undefined): ID | null =>
  getBeltIDs(user, BELT_ROLES.factoryMember).length > 0 ? idOf(user?.factory) : null

export const isStaff = (user: ChandiUser | null | undefined): boolean =>
  isPlatformAdmin(user) || getBeltIDs(user).length > 0

/**
 * A factory member and nothing more (no belt to operate, not a platform admin): their admin
 * shows their factory, products, live sessions, inquiries, images and imports, and hides the
 * belt's own collections (\`admin.hidden\`), which they could read but have no work in.
 */
export const isOnlyFactoryMember = (user: ChandiUser | null | undefined): boolean =>
  !!user &&
  !isPlatformAdmin(user) &&
  getFactoryID(user) !== null &&
  getBeltIDs(user, BELT_ROLES.operator).length === 0

export const hiddenFromFactoryMembers = ({ user }: { user: unknown }) =>
  isOnlyFactoryMember(user as ChandiUser | null)

/** A factory field's default in the admin: a factory member's own factory. */
export const ownFactoryDefault = ({ user }: { user?: unknown }) =>
  getFactoryID(user as ChandiUser | null) ?? undefined
