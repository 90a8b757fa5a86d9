import { convertLexicalToHTML, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'

import { sameID } from '@/access/roles'

import { hrefFor, portalPathOf, type RenderContext } from '@/portal/context'

/**
 * Operator-written rich text, converted by Lexical's own HTML converter, which escapes text
 * and drops `javascript:` links: what an operator types is shown, never run. Internal links go
 * to the document's page on this portal; one to a document that is not (any more) this belt's
 * or not populated goes nowhere.
 */
export const RichText = ({
  ctx,
  data,
  className,
}: {
  ctx: Pick<RenderContext, 'belt' | 'ui'>
  data: unknown
  className?: string
}) => {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const internalDocToHref = ({
    linkNode,
  }: {
    linkNode: { fields: { doc?: { relationTo?: string; value?: unknown } | null } }
  }) => {
    const { relationTo, value } = linkNode.fields.doc ?? {}
    const doc =
      value && typeof value === 'object' ? (value as { slug?: unknown; tenant?: unknown }) : null
    const path =
      relationTo && doc && typeof doc.slug === 'string' ? portalPathOf(relationTo, doc.slug) : null
    if (!doc || !path || !ctx.belt || !sameID(doc.tenant as never, ctx.belt.id)) return '#'
    return hrefFor(ctx, path)
  }
  const html = convertLexicalToHTML({
    data: data as never,
    disableContainer: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...LinkHTMLConverter({ internalDocToHref: internalDocToHref as never }),
    }),
  })
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
