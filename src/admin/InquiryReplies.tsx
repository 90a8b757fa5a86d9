'use client'

import {
  TextareaField,
  useDocumentInfo,
  useFormFields,
  useRowLabel,
  useTranslation,
} from '@payloadcms/ui'
import type { TextareaFieldClientProps } from 'payload'

/**
 * The reply box under an inquiry's conversation. Sent messages (the saved document's rows) are in
 * the conversation above: their rows are labelled as sent and hidden (InquiryConversation's
 * style), and their text is not an input at all; a new row is an ordinary text box.
 */
const useSentIDs = () => {
  const { data } = useDocumentInfo()
  const replies = (data as { replies?: { id?: string | null }[] | null } | undefined)?.replies
  return new Set((replies ?? []).map((reply) => String(reply.id)))
}

export const ReplyRowLabel = () => {
  const { data } = useRowLabel<{ id?: string | null }>()
  const sent = useSentIDs().has(String(data?.id))
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  if (sent) return <span data-sent-reply="true">{zh ? '已发送' : 'Sent'}</span>
  return <span>{zh ? '新回复' : 'New reply'}</span>
}

export const ReplyBody = (props: TextareaFieldClientProps) => {
  const rowPath = (props.path ?? '').replace(/\.body$/, '')
  const rowID = useFormFields(([fields]) => fields[`${rowPath}.id`]?.value)
  const sent = useSentIDs().has(String(rowID))
  if (sent) return null
  return <TextareaField {...props} />
}
