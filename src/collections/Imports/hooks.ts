import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import { fieldError } from '@/utilities/errors'
import { t } from '@/utilities/i18n'

/**
 * An import may only use files its author can read: otherwise a factory member could name
 * another factory's uploaded spreadsheet and read its rows back through the report.
 */
export const ownFilesOnly: CollectionBeforeValidateHook = async ({ data, req }) => {
  if (!data || !req.user) return data
  for (const field of ['spreadsheet', 'images'] as const) {
    const id = idOf(data[field] as never)
    if (id === null) continue
    const found = await req.payload.find({
      collection: SLUGS.importFiles,
      where: { id: { equals: id } },
      limit: 1,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    if (found.docs.length === 0)
      throw fieldError({
        path: field,
        message: t(req, {
          zh: `${field}：文件 ${id} 不存在或不属于你`,
          en: `${field}: file ${id} does not exist or is not yours`,
        }),
      })
  }
  return data
}
