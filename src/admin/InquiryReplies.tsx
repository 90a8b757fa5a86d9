'use client'

import { TextareaField, useFormFields, useRowLabel, useTranslation } from '@payloadcms/ui'
import type { TextareaFieldClientProps } from 'payload'

/**
 * The reply box under an inquiry's conversation. Sent messages are in the conversation above:
 * their rows are labelled as sent and hidden (InquiryConversation's style), and their text is
 * not an input at all; a new row is an ordinary text box.
 */
export const ReplyRowLabel = () => {
  const { data } = useRowLabel<{ sentAt?: string | null }>()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  if (data?.sentAt) return <span data-sent-reply="true">{zh ? '已发送' : 'Sent'}</span>
  return <span>{zh ? '新回复' : 'New reply'}</span>
}

export const ReplyBody = (props: TextareaFieldClientProps) => {
  const sentPath = `${(props.path ?? '').replace(/\.body$/, '')}.sentAt`
  const sent = useFormFields(([fields]) => Boolean(fields[sentPath]?.value))
  if (sent) return null
  return <TextareaField {...props} />
}
