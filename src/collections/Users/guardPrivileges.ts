import type { CollectionBeforeChangeHook } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, idOf, isPlatformAdmin, sameID } from '@/access/roles'
import { BELT_ROLES, GLOBAL_ROLES, SLUGS } from '@/constants'
import { fieldError, FieldForbidden } from '@/utilities/errors'

type Row = { tenant?: unknown; role?: string | null; id?: string }

const rowKey = (row: Row) => `${String(idOf(row.tenant as never))}:${row.role ?? ''}`
const sameRows = (a: Row[], b: Row[]) =>
  JSON.stringify(a.map(rowKey).sort()) === JSON.stringify(b.map(rowKey).sort())
/** `roles` and `tenants` arrive as the client sent them: anything but a list is a field error. */
const assertList = (value: unknown, path: string) => {
  if (value !== undefined && value !== null && !Array.isArray(value))
    throw fieldError({ path, message: `${path}: must be a list.` })
  if (
    Array.isArray(value) &&
    value.some((item) =>
      path === 'roles' ? typeof item !== 'string' : !item || typeof item !== 'object',
    )
  ) {
    throw fieldError({
      path,
      message:
        path === 'roles'
          ? 'roles: must be a list of role names.'
          : 'tenants: each row must name a belt and a role.',
    })
  }
}

const sameRoles = (a: unknown, b: unknown) =>
  JSON.stringify([...((a as string[]) ?? [])].sort()) ===
  JSON.stringify([...((b as string[]) ?? [])].sort())

/** Public sign-up: a buyer, nothing more (also checked before the sign-up looks up the e-mail). */
export const refuseSignUpPrivileges = (data: Record<string, unknown>) => {
  assertList(data.roles, 'roles')
  assertList(data.tenants, 'tenants')
  if (data.roles !== undefined && !sameRoles(data.roles, [GLOBAL_ROLES.buyer])) {
    throw new FieldForbidden({ path: 'roles', message: 'roles: a new account is a buyer account.' })
  }
  if ((Array.isArray(data.tenants) && data.tenants.length > 0) || data.factory) {
    throw new FieldForbidden({
      path: 'tenants',
      message: 'tenants: a new account cannot join a belt by itself.',
    })
  }
}

/**
 * Who may grant what. A platform admin grants anything. A belt operator adds and removes
 * factory members of the belts they operate, and nothing else. Nobody else changes roles,
 * belts or factories — not even their own: that is how one would make oneself an admin.
 * Public sign-up yields a buyer with no belt.
 */
export const guardPrivileges: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const actor = req.user as ChandiUser | null
  const isSystem = !actor && req.payloadAPI === 'local'
  assertList(data.roles, 'roles')
  assertList(data.tenants, 'tenants')
  const incomingRows = data.tenants as Row[] | undefined
  const beforeRows = (originalDoc?.tenants ?? []) as Row[]
  const rows = incomingRows ?? beforeRows

  // An e-mail address is where reset links go: whoever changed another's could take the account
  // over. Platform admins included; an account in the wrong hands is deleted and invited anew.
  if (
    !isSystem &&
    operation === 'update' &&
    data.email !== undefined &&
    !sameID(originalDoc?.id, actor?.id ?? null)
  ) {
    if (
      String(data.email ?? '')
        .toLowerCase()
        .trim() !==
      String(originalDoc?.email ?? '')
        .toLowerCase()
        .trim()
    ) {
      throw new FieldForbidden({
        path: 'email',
        message: 'email: only the account’s owner changes its e-mail address.',
      })
    }
  }
  if (
    !isSystem &&
    !isPlatformAdmin(actor) &&
    data._verified === true &&
    originalDoc?._verified !== true
  ) {
    throw new FieldForbidden({
      path: '_verified',
      message: '_verified: an address is verified by its owner, through the link mailed to it.',
    })
  }
  // Un-verifying an account locks its owner out of login: only a platform admin may (an operator
  // could otherwise shut a factory's member out of their inbox).
  if (
    !isSystem &&
    !isPlatformAdmin(actor) &&
    data._verified === false &&
    originalDoc?._verified === true
  ) {
    throw new FieldForbidden({
      path: '_verified',
      message: '_verified: only a platform admin marks an address unverified.',
    })
  }

  if (!isSystem && !isPlatformAdmin(actor)) {
    if (operation === 'update' && isPlatformAdmin(originalDoc as ChandiUser)) {
      throw new FieldForbidden({
        path: 'roles',
        message: 'roles: a platform admin’s account is changed by platform admins only.',
      })
    }
    if (!actor) {
      refuseSignUpPrivileges(data)
      data.roles = [GLOBAL_ROLES.buyer]
    } else {
      const rolesBefore = operation === 'create' ? [] : originalDoc?.roles
      if (data.roles !== undefined && !sameRoles(data.roles, rolesBefore)) {
        throw new FieldForbidden({
          path: 'roles',
          message: 'roles: only a platform admin can grant or remove roles.',
        })
      }
      const operated = getBeltIDs(actor, BELT_ROLES.operator)
      const isSelf = operation === 'update' && sameID(originalDoc?.id, actor.id)
      const changedRows = incomingRows !== undefined && !sameRows(incomingRows, beforeRows)
      const factoryChanged =
        data.factory !== undefined &&
        !sameID(data.factory, originalDoc?.factory) &&
        !(data.factory === null && !originalDoc?.factory)
      if ((changedRows || factoryChanged) && (isSelf || operated.length === 0)) {
        throw new FieldForbidden({
          path: changedRows ? 'tenants' : 'factory',
          message: `${changedRows ? 'tenants' : 'factory'}: you cannot change which belts or factory an account belongs to.`,
        })
      }
      if (changedRows) {
        const isOperated = (row: Row) => operated.some((id) => sameID(id, row.tenant as never))
        const outsideBefore = beforeRows.filter((row) => !isOperated(row))
        const outsideAfter = rows.filter((row) => !isOperated(row))
        if (!sameRows(outsideBefore, outsideAfter)) {
          throw new FieldForbidden({
            path: 'tenants',
            message: 'tenants: you can only assign people to belts you operate.',
          })
        }
        const added = rows.filter((row) => isOperated(row))
        if (added.some((row) => row.role !== BELT_ROLES.factoryMember)) {
          throw new FieldForbidden({
            path: 'tenants',
            message: 'tenants: only a platform admin can appoint belt operators.',
          })
        }
      }
    }
  }

  // Whoever writes: a factory member belongs to exactly one factory, of their belt.
  const memberRows = rows.filter((row) => row.role === BELT_ROLES.factoryMember)
  const factory = data.factory !== undefined ? data.factory : originalDoc?.factory
  if (memberRows.length > 1) {
    throw fieldError({
      path: 'tenants',
      message: 'tenants: a factory member belongs to one factory, in one belt.',
    })
  }
  if (memberRows.length === 1) {
    const factoryID = idOf(factory as never)
    if (factoryID === null) {
      throw fieldError({
        path: 'factory',
        message: 'factory: choose the factory this member belongs to.',
      })
    }
    const found = await req.payload.find({
      collection: SLUGS.factories,
      where: { id: { equals: factoryID } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (!found.docs[0] || !sameID(found.docs[0].tenant as never, memberRows[0].tenant as never)) {
      throw fieldError({
        path: 'factory',
        message: 'factory: the factory must belong to the member’s belt.',
      })
    }
  } else if (idOf(factory as never) !== null && operation === 'create') {
    throw fieldError({
      path: 'factory',
      message: 'factory: only a factory member is tied to a factory.',
    })
  }
  return data
}
