import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/**
 * Operator-written rich text, converted by Lexical's own HTML converter, which escapes text
 * and drops `javascript:` links: what an operator types is shown, never run.
 */
export const RichText = ({ data, className }: { data: unknown; className?: string }) => {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const html = convertLexicalToHTML({ data: data as never, disableContainer: true })
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
