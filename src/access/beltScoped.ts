import type { Access, AccessArgs, AccessResult, PayloadRequest, Where } from 'payload'

import { BELT_ROLES } from '@/constants'

import { publicWhere, type PublicRule } from './publicWhere'
import type { ChandiUser } from './roles'
import { getBeltIDs, getFactoryID, isPlatformAdmin } from './roles'

/**
 * Access for belt-owned collections. Every rule reads in the same order (STYLE.md):
 * no user → the public rule; platform admin → everything; otherwise a `Where` that keeps the
 * user inside their belts (and, for a factory member, inside their factory).
 *
 * The multi-tenant plugin's own access wrapper is switched off for these collections
 * (`useTenantAccess: false`): it ANDs "tenant in the user's belts" onto every rule, which would
 * leave a signed-in buyer (no belts) with less than an anonymous visitor. Creating in, or moving
 * to, a belt the user does not hold is refused by the `guardBelt` hook, since create access
 * cannot be expressed as a `Where`.
 */

const userOf = (req: PayloadRequest) => req.user as ChandiUser | null

const inBelts = (ids: (number | string)[], prefix = ''): Where => ({
  [`${prefix}tenant`]: { in: ids },
})

type BeltAccessOptions = {
  /**
   * What anyone without a belt role (anonymous visitors, buyers) may read: the collection's
   * entry in `PUBLIC_RULES` (src/access/publicWhere.ts), or null for nothing.
   */
  publicRead: PublicRule | null
  /** Whether operators may create and delete (they may always read and update their belt's). */
  canOperatorsCreate?: boolean
  /**
   * How factory members reach this collection: `none`; `read` (their belt's documents, read
   * only); `own-factory` (documents whose `factory` is theirs); `self` (the factory itself).
   */
  factoryMembers: 'none' | 'read' | 'own-factory' | 'self'
  /** Whether factory members may create and delete their own documents. */
  canFactoryMembersCreate?: boolean
}

const factoryMemberWhere = (
  user: ChandiUser,
  mode: BeltAccessOptions['factoryMembers'],
  prefix = '',
): Where | false => {
  const belts = getBeltIDs(user, BELT_ROLES.factoryMember)
  const factoryID = getFactoryID(user)
  if (mode === 'none' || belts.length === 0) return false
  if (mode === 'read') return inBelts(belts, prefix)
  if (factoryID === null) return false
  const key = mode === 'self' ? 'id' : 'factory'
  // `id` of a version row is the version's, so a factory reads its own versions by `parent`.
  const path = prefix && key === 'id' ? 'parent' : `${prefix}${key}`
  return { and: [inBelts(belts, prefix), { [path]: { equals: factoryID } }] }
}

/** Belt staff see their belts' documents; the rest see what `publicRead` allows. */
const readRule =
  (options: BeltAccessOptions, prefix = ''): Access =>
  async ({ req }: AccessArgs) => {
    const user = userOf(req)
    if (isPlatformAdmin(user)) return true
    const operatorBelts = getBeltIDs(user, BELT_ROLES.operator)
    const memberRule = user ? factoryMemberWhere(user, options.factoryMembers, prefix) : false
    const rules: Where[] = []
    if (operatorBelts.length > 0) rules.push(inBelts(operatorBelts, prefix))
    if (memberRule) rules.push(memberRule)
    if (user && getBeltIDs(user).length > 0) {
      // Staff work inside their belts only, through every door (REST, GraphQL, admin).
      return rules.length === 0 ? false : rules.length === 1 ? rules[0] : { or: rules }
    }
    if (prefix) return false // versions (drafts, history) are never public
    return publicWhere(req, options.publicRead)
  }

const writeRule =
  (options: BeltAccessOptions, kind: 'update' | 'delete'): Access =>
  ({ req }: AccessArgs) => {
    const user = userOf(req)
    if (!user) return false
    if (isPlatformAdmin(user)) return true
    const rules: Where[] = []
    const operatorBelts = getBeltIDs(user, BELT_ROLES.operator)
    if (operatorBelts.length > 0 && (kind === 'update' || options.canOperatorsCreate !== false)) {
      rules.push(inBelts(operatorBelts))
    }
    const memberMayWrite =
      options.factoryMembers === 'own-factory' || options.factoryMembers === 'self'
    const memberMayDelete = options.canFactoryMembersCreate === true
    if (memberMayWrite && (kind === 'update' || memberMayDelete)) {
      const memberRule = factoryMemberWhere(user, options.factoryMembers)
      if (memberRule) rules.push(memberRule)
    }
    if (rules.length === 0) return false
    return rules.length === 1 ? rules[0] : { or: rules }
  }

/**
 * Create is a yes/no question with the incoming data in `req.data`; the belt and factory named
 * in that data are checked (and filled in when omitted) by the `guardBelt` hook.
 */
const createRule =
  (options: BeltAccessOptions): Access =>
  ({ req }: AccessArgs) => {
    const user = userOf(req)
    if (!user) return false
    if (isPlatformAdmin(user)) return true
    if (options.canOperatorsCreate !== false && getBeltIDs(user, BELT_ROLES.operator).length > 0) {
      return true
    }
    return Boolean(options.canFactoryMembersCreate && getFactoryID(user) !== null)
  }

export const beltScopedAccess = (options: BeltAccessOptions) => ({
  create: createRule(options),
  read: readRule(options),
  readVersions: readRule(options, 'version.'),
  update: writeRule(options, 'update'),
  delete: writeRule(options, 'delete'),
})

/**
 * Private working documents (imports, verification requests and their files): the belt's
 * operators read their belt's, a factory member their own factory's, a platform admin all.
 */
export const readOwnFactoryOrBelt: Access = ({ req }): AccessResult => {
  const user = req.user as ChandiUser | null
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const operatorBelts = getBeltIDs(user, BELT_ROLES.operator)
  const factory = getFactoryID(user)
  const or: AccessResult[] = []
  if (operatorBelts.length) or.push({ tenant: { in: operatorBelts } })
  if (factory !== null)
    or.push({
      and: [
        { factory: { equals: factory } },
        { tenant: { in: getBeltIDs(user, BELT_ROLES.factoryMember) } },
      ],
    })
  return or.length ? ({ or } as AccessResult) : false
}
