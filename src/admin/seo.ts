import type { Config, Field, PayloadRequest, Plugin } from 'payload'

import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import { portalPathOf } from '@/portal/context'
import { adminOriginOf, portalOrigin } from '@/preview/links'
import { label } from '@/utilities/i18n'

/** The SEO plugin's fields name themselves in English ("Meta Image", "Preview"): in both here. */
const SEO_LABELS: Record<
  string,
  { label: ReturnType<typeof label>; description?: ReturnType<typeof label> }
> = {
  overview: { label: label('概览', 'Overview') },
  title: { label: label('搜索标题', 'Search title') },
  description: { label: label('搜索描述', 'Search description') },
  image: {
    label: label('分享图片', 'Share image'),
    description: label(
      '搜索结果和社交分享中显示的图片；建议小于 500 KB',
      'Shown in search results and when shared; under 500 KB is best',
    ),
  },
  preview: { label: label('搜索结果预览', 'Search result preview') },
}

/** `seoPlugin({ fields })`: the default fields, labelled in the admin's language. */
export const seoFields = ({ defaultFields }: { defaultFields: Field[] }): Field[] =>
  defaultFields.map((field) => {
    const names = 'name' in field ? SEO_LABELS[field.name] : undefined
    if (!names) return field
    return {
      ...field,
      label: names.label,
      ...(names.description ? { admin: { ...field.admin, description: names.description } } : {}),
    } as Field
  })

/** After the SEO plugin: its group is called "SEO" in both languages; say what it is for. */
export const labelSeoGroup: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: collection.fields.map((field) =>
      field.type === 'group' && 'name' in field && field.name === 'meta' && field.label === 'SEO'
        ? { ...field, label: label('SEO 搜索引擎优化', 'SEO') }
        : field,
    ),
  })),
})

/**
 * `seoPlugin({ generateURL })`: the document's address on its belt's portal (the belt's own
 * domain in production), in the locale being edited, for the plugin's search-result preview.
 * Empty until the document has a slug and a belt the editor may read.
 */
export const seoURL = async ({
  collectionConfig,
  doc,
  locale,
  req,
}: {
  collectionConfig?: { slug: string }
  doc: Record<string, unknown>
  locale?: string
  req: PayloadRequest
}): Promise<string> => {
  const slug = typeof doc?.slug === 'string' ? doc.slug : ''
  const path = collectionConfig && slug ? portalPathOf(collectionConfig.slug, slug) : null
  const beltID = idOf(doc?.tenant as never)
  if (!path || beltID === null || !req.user) return ''
  const belt = await req.payload
    .findByID({
      collection: SLUGS.tenants,
      id: beltID,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      select: { slug: true, domains: true },
      disableErrors: true,
    })
    .catch(() => null)
  if (!belt) return ''
  const prefix = locale === 'en' ? '/en' : ''
  return `${portalOrigin(belt, adminOriginOf(req))}${prefix}${path}`
}
