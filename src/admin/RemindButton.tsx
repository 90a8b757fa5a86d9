'use client'

import { useState } from 'react'

/**
 * A "remind" button of the dashboard's "to nudge" list: POSTs to /api/dashboard/remind (the
 * admin's own cookie) and says in place what happened — sent, already reminded today (429), or
 * refused.
 */
export const RemindButton = ({
  body,
  label,
  zh,
}: {
  body: { factory: number | string } | { all: true; belt: number | string }
  label: string
  zh: boolean
}) => {
  const [state, setState] = useState<'idle' | 'sending' | string>('idle')
  const send = async () => {
    setState('sending')
    try {
      const response = await fetch('/api/dashboard/remind', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = (await response.json().catch(() => ({}))) as {
        sent?: unknown[]
        errors?: { message?: string }[]
      }
      if (response.ok) {
        const count = json.sent?.length ?? 0
        setState(zh ? `已发送 ${count} 家工厂的催办邮件` : `Reminder sent to ${count} factories`)
      } else if (response.status === 429)
        setState(zh ? '24 小时内已催办过' : 'Already reminded in the last 24 h')
      else setState(json.errors?.[0]?.message ?? String(response.status))
    } catch {
      setState(zh ? '发送失败，请稍后再试' : 'Could not send; try again later')
    }
  }
  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
        disabled={state === 'sending'}
        onClick={() => void send()}
      >
        {label}
      </button>
      <span role="status" style={{ fontSize: 12 }}>
        {state === 'idle' || state === 'sending' ? '' : state}
      </span>
    </span>
  )
}
