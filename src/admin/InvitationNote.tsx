'use client'

import { useFormFields, useOperation, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * On the admin's create-user form. Payload's auth block asks for a password there, which the
 * server refuses from staff: whoever creates an account for someone else sends an invitation
 * (guardCredentials.ts). This takes the two password fields out of the form (custom.scss hides
 * their inputs) and says what happens instead.
 */
export const InvitationNote = () => {
  const operation = useOperation()
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)
  const { i18n } = useTranslation()
  useEffect(() => {
    if (operation !== 'create') return
    dispatchFields({ type: 'REMOVE', path: 'password' })
    dispatchFields({ type: 'REMOVE', path: 'confirm-password' })
  }, [operation, dispatchFields])
  if (operation !== 'create') return null
  const zh = i18n.language !== 'en'
  return (
    <p data-testid="invitation-note" style={{ marginBottom: 24 }}>
      {zh
        ? '保存后，系统会给这个邮箱发送邀请邮件，附一次性链接，由本人设置自己的密码。任何人都不能替别人设置密码。'
        : 'When you save, this address gets an invitation e-mail with a one-time link to choose their own password. Nobody sets another person’s password.'}
    </p>
  )
}
