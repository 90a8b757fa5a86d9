import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionSlug,
  Payload,
  PayloadRequest,
  SanitizedConfig,
  Where,
} from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, idOf, idsOf, isPlatformAdmin, isStaff, sameID } from '@/access/roles'
import { SLUGS } from '@/constants'
import { FieldForbidden } from '@/utilities/errors'
import { t } from '@/utilities/i18n'

/** Payload's own collection of edit locks (one per document open in the admin's edit view). */
export const LOCKED_DOCUMENTS = 'payload-locked-documents'

type ID = number | string
type DocumentRef = { relationTo?: string; value?: unknown } | null | undefined
type Lock = { id: ID; document?: DocumentRef; globalSlug?: string | null; user?: DocumentRef }

const userOf = (req: PayloadRequest) => req.user as ChandiUser | null

/** Nothing matches it, without refusing the read (the admin's lock check must not fail with 403). */
const NONE: Where = { id: { exists: false } }

const hasTenantField = (payload: Payload, slug: string) =>
  Boolean(
    payload.collections[slug as CollectionSlug]?.config.flattenedFields.some(
      (field) => field.name === 'tenant',
    ),
  )

/**
 * Of `ids` in `slug`, those that belong to one of `belts`: a belt itself, a belt-owned document
 * by its `tenant`, a user by the belts they hold a role in. Documents of no belt (jobs, the
 * access log) belong to no one's.
 */
const inBelts = async (
  payload: Payload,
  slug: string,
  ids: ID[],
  belts: ID[],
): Promise<Set<string>> => {
  const found = new Set<string>()
  if (ids.length === 0 || belts.length === 0) return found
  const mine = (value: unknown) => belts.some((belt) => sameID(belt, value as never))
  if (slug === SLUGS.tenants) {
    for (const id of ids) if (mine(id)) found.add(String(id))
    return found
  }
  const isUsers = slug === SLUGS.users
  if (!isUsers && !hasTenantField(payload, slug)) return found
  const { docs } = await payload.find({
    collection: slug as CollectionSlug,
    where: { id: { in: ids } },
    select: isUsers ? { tenants: true } : { tenant: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    // A draft's belt is its document's; every version carries the same tenant.
    draft: false,
  })
  for (const doc of docs as { id: ID; tenant?: unknown; tenants?: { tenant?: unknown }[] }[]) {
    const docBelts = isUsers
      ? idsOf((doc.tenants ?? []).map((row) => row.tenant))
      : idsOf(doc.tenant)
    if (docBelts.some(mine)) found.add(String(doc.id))
  }
  return found
}

/** The locks whose document is in one of the user's belts, or is the user's own account. */
const visibleLockIDs = async (req: PayloadRequest, user: ChandiUser): Promise<ID[]> => {
  const { docs } = (await req.payload.db.find({
    collection: LOCKED_DOCUMENTS,
    pagination: false,
    limit: 0,
    req: {},
  })) as unknown as { docs: Lock[] }
  const belts = getBeltIDs(user)
  const bySlug = new Map<string, ID[]>()
  for (const lock of docs) {
    const slug = lock.document?.relationTo
    const id = idOf(lock.document?.value as never)
    if (!slug || id === null) continue
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), id])
  }
  const allowed = new Map<string, Set<string>>()
  for (const [slug, ids] of bySlug) allowed.set(slug, await inBelts(req.payload, slug, ids, belts))
  return docs
    .filter((lock) => {
      const slug = lock.document?.relationTo
      const id = idOf(lock.document?.value as never)
      if (!slug || id === null) return false
      if (slug === SLUGS.users && sameID(id, user.id)) return true
      return allowed.get(slug)?.has(String(id)) ?? false
    })
    .map((lock) => lock.id)
}

/** Belt staff see the locks on their belts' documents (their editors' presence); nobody else does. */
const readLocks: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  // Not `false` for staff: the admin's lock check reads with the user's access and would fail.
  if (!isStaff(user)) return false
  const ids = await visibleLockIDs(req, user)
  return ids.length > 0 ? { id: { in: ids } } : NONE
}

/** Taking over a lock (the admin's "take over") is an update; the hook checks what it becomes. */
const updateLocks: Access = readLocks

/** One's own lock, released when one leaves the document; another's lock is never removed by hand. */
const deleteLocks: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  if (!isStaff(user)) return false
  const own: Where = {
    and: [{ 'user.relationTo': { equals: SLUGS.users } }, { 'user.value': { equals: user.id } }],
  }
  return own
}

/** Whether `user` may edit that document under its own collection's update access. */
const canEdit = async (req: PayloadRequest, slug: string, id: ID) => {
  const collection = req.payload.collections[slug as CollectionSlug]
  const update = collection?.config.access.update
  if (!update) return false
  const result = await update({ req, id } as never)
  if (result === true) return true
  if (!result) return false
  const { totalDocs } = await req.payload.count({
    collection: slug as CollectionSlug,
    where: { and: [{ id: { equals: id } }, result as Where] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * A lock is made or taken over only by its own user (a lock in another's name would show them
 * editing what they never opened) and only on a document of the user's belts that the user may
 * edit: a lock makes every other editor's save fail with 423, so it is as strong as an edit.
 */
const guardLock: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = userOf(req)
  if (!user || isPlatformAdmin(user)) return data
  const lock = { ...(originalDoc as Lock | undefined), ...(data as Partial<Lock>) }
  if (lock.globalSlug) {
    throw new FieldForbidden({
      path: 'globalSlug',
      message: t(req, {
        zh: 'globalSlug：只有平台管理员可以锁定全局设置',
        en: 'globalSlug: only platform admins lock globals',
      }),
    })
  }
  const owner = lock.user
  if (owner?.relationTo !== SLUGS.users || !sameID(owner.value as never, user.id)) {
    throw new FieldForbidden({
      path: 'user',
      message: t(req, {
        zh: 'user：只能以自己的名义锁定文档',
        en: 'user: a lock is taken in one’s own name only',
      }),
    })
  }
  const slug = lock.document?.relationTo
  const id = idOf(lock.document?.value as never)
  const isOwnAccount = slug === SLUGS.users && id !== null && sameID(id, user.id)
  const isMine =
    isOwnAccount ||
    (slug &&
      id !== null &&
      (await inBelts(req.payload, slug, [id], getBeltIDs(user))).has(String(id)))
  if (!slug || id === null || !isMine || !(await canEdit(req, slug, id))) {
    throw new FieldForbidden({
      path: 'document',
      message: t(req, {
        zh: 'document：只能锁定自己产业带中可以编辑的文档',
        en: 'document: only a document of your belt that you may edit can be locked',
      }),
    })
  }
  return data
}

/**
 * Payload adds `payload-locked-documents` while sanitising the config, open to every signed-in
 * user: any staff member could list every belt's locks, lock another belt's document in anyone's
 * name (its editors then get 423 on save) or delete others' locks. Here it is scoped like a
 * belt-owned collection. The admin's own locking is unaffected: it creates and refreshes locks
 * through the adapter, reads them with the user's access (same-belt editors see each other) and
 * releases or takes over through REST, which these rules allow for the lock's own user.
 */
export const scopeLockedDocuments = (config: SanitizedConfig): SanitizedConfig => {
  const collection = config.collections.find((candidate) => candidate.slug === LOCKED_DOCUMENTS)
  if (!collection) return config
  collection.access = {
    ...collection.access,
    read: readLocks,
    create: ({ req }) => isStaff(userOf(req)),
    update: updateLocks,
    delete: deleteLocks,
  }
  collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), guardLock]
  return config
}
