import type { CollectionBeforeValidateHook, FieldHook, Where } from 'payload'

import { normaliseDomain } from '@/utilities/domain'
import { idOf } from '@/access/roles'
import { DOMAIN_PATTERN, SLUGS } from '@/constants'
import { fieldError } from '@/utilities/errors'
import { t } from '@/utilities/i18n'

/** Host names are compared as browsers send them: lower case, no trailing dot, no port. */
export const normaliseDomains: FieldHook = ({ value }) =>
  Array.isArray(value)
    ? value.map((row) =>
        row && typeof row.domain === 'string'
          ? { ...row, domain: normaliseDomain(row.domain) }
          : row,
      )
    : value

export const validateDomain = (value: unknown, req?: Parameters<typeof t>[0]): true | string => {
  if (typeof value === 'string' && DOMAIN_PATTERN.test(value)) return true
  return t(req, {
    zh: '请填写不带协议和端口的主机名，例如 "zhili.example.cn"',
    en: 'Enter a host name without scheme or port, e.g. "zhili.example.cn"',
  })
}

/**
 * A host may point at one belt only, or a buyer could land on the wrong town's portal.
 * Also refuses the same domain twice on one belt, and a domain that is another belt's
 * `<slug>.localhost` address.
 */
export const ensureDomainsAreFree: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const rows = (data?.domains ?? []) as { domain?: string }[]
  const seen = new Set<string>()
  const ownID = idOf(originalDoc?.id)
  for (const [index, row] of rows.entries()) {
    const domain = typeof row?.domain === 'string' ? normaliseDomain(row.domain) : ''
    if (!domain) continue
    const path = `domains.${index}.domain`
    if (seen.has(domain)) {
      throw fieldError({
        path,
        message: t(req, {
          zh: `${path}：“${domain}” 重复填写`,
          en: `${path}: "${domain}" is listed twice`,
        }),
      })
    }
    seen.add(domain)
    const where: Where = {
      and: [
        { 'domains.domain': { equals: domain } },
        ...(ownID !== null ? [{ id: { not_equals: ownID } }] : []),
      ],
    }
    const taken = await req.payload.count({
      collection: SLUGS.tenants,
      where,
      overrideAccess: true,
      req,
    })
    if (taken.totalDocs > 0) {
      throw fieldError({
        path,
        message: t(req, {
          zh: `${path}：“${domain}” 已被另一个产业带使用`,
          en: `${path}: "${domain}" is already used by another belt`,
        }),
      })
    }
  }
  return data
}
