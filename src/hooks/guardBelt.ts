import type { CollectionBeforeValidateHook, CollectionSlug, PayloadRequest } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, getFactoryID, idsOf as idsIn, isPlatformAdmin, sameID } from '@/access/roles'
import { BELT_ROLES, PORTAL_LINKABLE, SLUGS } from '@/constants'
import { fieldError, FieldForbidden } from '@/utilities/errors'
import { t } from '@/utilities/i18n'

type Relation = {
  /** Relationship or upload field of the document; dotted for one inside a group (`meta.image`). */
  field: string
  collection: CollectionSlug
}

const valueAt = (
  data: Record<string, unknown>,
  path: string,
): { found: boolean; value: unknown } => {
  let current: unknown = data
  for (const key of path.split('.')) {
    if (!current || typeof current !== 'object' || !(key in current))
      return { found: false, value: undefined }
    current = (current as Record<string, unknown>)[key]
  }
  return { found: true, value: current }
}

type Reference = { path: string; relationTo: string; value: unknown }

/**
 * The documents a document's rich text points at: internal links, relationship and upload
 * nodes, wherever the rich text sits (a field, a block, an array), with the path of the
 * rich-text field that holds them.
 */
export const richTextReferences = (data: unknown): Reference[] => {
  const found: Reference[] = []
  const walk = (value: unknown, path: string[], field: string | null) => {
    if (!value || typeof value !== 'object') return
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, String(index)], field))
      return
    }
    const node = value as Record<string, unknown>
    // A Lexical value is `{ root: { type: 'root', children } }`: its field's path is where it sits.
    const holder =
      field ??
      (node.root &&
      typeof node.root === 'object' &&
      (node.root as { type?: unknown }).type === 'root'
        ? path.join('.')
        : null)
    if (holder !== null) {
      const fields = node.fields as
        { linkType?: unknown; doc?: { relationTo?: unknown; value?: unknown } } | undefined
      if (
        (node.type === 'link' || node.type === 'autolink') &&
        fields?.linkType === 'internal' &&
        fields.doc?.relationTo
      ) {
        found.push({
          path: holder,
          relationTo: String(fields.doc.relationTo),
          value: fields.doc.value,
        })
      }
      if (
        (node.type === 'relationship' || node.type === 'upload') &&
        typeof node.relationTo === 'string'
      ) {
        found.push({ path: holder, relationTo: node.relationTo, value: node.value })
      }
    }
    for (const [key, child] of Object.entries(node)) walk(child, [...path, key], holder)
  }
  walk(data, [], null)
  return found
}

/** Refuses rich text that links to, or embeds, a document of another belt (or a belt itself). */
export const assertRichTextInBelt = async (req: PayloadRequest, tenant: unknown, data: unknown) => {
  for (const reference of richTextReferences(data)) {
    if (reference.relationTo === SLUGS.tenants) {
      if (!sameID(reference.value as never, tenant as never)) {
        throw fieldError({
          path: reference.path,
          message: t(req, {
            zh: `${reference.path}：链接指向了另一个产业带`,
            en: `${reference.path}: the link points at another belt.`,
          }),
        })
      }
      continue
    }
    if (!(PORTAL_LINKABLE as readonly string[]).includes(reference.relationTo)) {
      throw fieldError({
        path: reference.path,
        message: t(req, {
          zh: `${reference.path}：门户不能链接到 ${reference.relationTo}`,
          en: `${reference.path}: ${reference.relationTo} cannot be linked from a portal.`,
        }),
      })
    }
    await assertSameBelt({
      req,
      tenant,
      relation: { field: reference.path, collection: reference.relationTo as CollectionSlug },
      value: reference.value,
    })
  }
}

type GuardBeltOptions = {
  /** Relationships whose targets must live in the same belt as the document. */
  sameBelt?: Relation[]
  /** The collection has a `factory` field; a factory member may only write their own. */
  hasFactoryField?: boolean
}

/** Look a set of related documents up, bypassing access, and refuse any from another belt. */
export const assertSameBelt = async ({
  req,
  tenant,
  relation,
  value,
}: {
  req: PayloadRequest
  tenant: unknown
  relation: Relation
  value: unknown
}) => {
  const ids = idsIn(value)
  if (ids.length === 0) return
  const { docs } = (await req.payload.find({
    collection: relation.collection,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    select: { tenant: true } as never,
    req,
  })) as unknown as { docs: { id: number | string; tenant?: unknown }[] }
  for (const id of ids) {
    const found = docs.find((doc) => sameID(doc.id, id))
    if (!found) {
      throw fieldError({
        path: relation.field,
        message: t(req, {
          zh: `${relation.field}：${relation.collection} ${id} 不存在`,
          en: `${relation.field}: ${relation.collection} ${id} does not exist.`,
        }),
      })
    }
    if (!sameID((found as { tenant?: unknown }).tenant as never, tenant as never)) {
      throw fieldError({
        path: relation.field,
        message: t(req, {
          zh: `${relation.field}：${relation.collection} ${id} 属于另一个产业带`,
          en: `${relation.field}: ${relation.collection} ${id} belongs to another belt.`,
        }),
      })
    }
  }
}

/**
 * Keeps every write inside the writer's belt: a new document lands only in a belt its author
 * works for (filled in when they have just one), a document never moves to another belt, a
 * factory member writes only for their own factory, and related documents come from the same
 * belt. Writes by the system itself (Local API without a user: seeds, jobs) pass the first
 * three checks but not the last.
 */
export const guardBelt =
  ({ sameBelt = [], hasFactoryField = false }: GuardBeltOptions): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, operation, req }) => {
    if (!data) return data
    const user = req.user as ChandiUser | null
    const isTrusted = !user || isPlatformAdmin(user)

    if (operation === 'update' && 'tenant' in data && data.tenant !== undefined) {
      if (originalDoc && !sameID(data.tenant, originalDoc.tenant)) {
        throw new FieldForbidden({
          path: 'tenant',
          message: t(req, {
            zh: 'tenant：内容不能移到另一个产业带，请在那个产业带中新建',
            en: 'tenant: a document cannot be moved to another belt. Create it in that belt instead.',
          }),
        })
      }
    }

    if (!isTrusted && user) {
      const factoryID = getFactoryID(user)
      const operatorBelts = getBeltIDs(user, BELT_ROLES.operator)
      const memberBelts = getBeltIDs(user, BELT_ROLES.factoryMember)
      const isOperatorWrite =
        operatorBelts.length > 0 &&
        (operation === 'update'
          ? operatorBelts.some((id) => sameID(id, originalDoc?.tenant))
          : data.tenant === undefined || data.tenant === null
            ? operatorBelts.length === 1 || memberBelts.length === 0
            : operatorBelts.some((id) => sameID(id, data.tenant)))

      if (!isOperatorWrite && hasFactoryField && factoryID !== null) {
        if (data.factory === undefined || data.factory === null) {
          if (operation === 'create') data.factory = factoryID
        } else if (!sameID(data.factory, factoryID)) {
          throw new FieldForbidden({
            path: 'factory',
            message: t(req, {
              zh: 'factory：只能为自己的工厂填写',
              en: 'factory: you can only write for your own factory.',
            }),
          })
        }
        if (operation === 'create') {
          if (data.tenant === undefined || data.tenant === null) data.tenant = memberBelts[0]
          if (!memberBelts.some((id) => sameID(id, data.tenant))) {
            throw new FieldForbidden({
              path: 'tenant',
              message: t(req, {
                zh: 'tenant：只能在自己所在的产业带中创建',
                en: 'tenant: you can only create documents in your own belt.',
              }),
            })
          }
        }
      } else if (operation === 'create') {
        if ((data.tenant === undefined || data.tenant === null) && operatorBelts.length === 1) {
          data.tenant = operatorBelts[0]
        }
        if (!operatorBelts.some((id) => sameID(id, data.tenant))) {
          throw new FieldForbidden({
            path: 'tenant',
            message: t(req, {
              zh: 'tenant：只能在您运营的产业带中创建',
              en: 'tenant: you can only create documents in a belt you operate.',
            }),
          })
        }
      }
    }

    const tenant = data.tenant ?? originalDoc?.tenant
    if (tenant === undefined || tenant === null) {
      throw fieldError({
        path: 'tenant',
        message: t(req, {
          zh: 'tenant：每条内容都必须属于一个产业带',
          en: 'tenant: every document must belong to a belt.',
        }),
      })
    }
    for (const relation of sameBelt) {
      const { found, value } = valueAt(data, relation.field)
      if (found) await assertSameBelt({ req, tenant, relation, value })
    }
    await assertRichTextInBelt(req, tenant, data)
    if (hasFactoryField && 'factory' in data && data.factory) {
      await assertSameBelt({
        req,
        tenant,
        relation: { field: 'factory', collection: 'factories' as CollectionSlug },
        value: data.factory,
      })
    }
    return data
  }
