'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Entry = { id?: string; author: 'buyer' | 'factory'; body: string; sentAt: string }

/**
 * The buyer's questions on a quote and the factory's answers (issue #22), read-only, oldest
 * first, with a box to answer below once the buyer has asked: POSTs to
 * `/api/sourcing-quotes/:id/answer` (the admin's own cookie), which keeps it and e-mails the buyer.
 * Nothing of the buyer is shown: their name and contacts stay hidden until they accept a quote.
 */
export const QuoteQuestions = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [entries, setEntries] = useState<Entry[] | null>(null)
  const [answer, setAnswer] = useState('')
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | string>('idle')

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const response = await fetch(`/api/sourcing-quotes/${id}?depth=0`, { credentials: 'include' })
    if (!response.ok) return
    const doc = (await response.json()) as { questions?: Entry[] }
    setEntries(doc.questions ?? [])
  }, [id])
  useEffect(() => void load(), [load])

  if (id === undefined || id === null || entries === null) return null
  const send = async () => {
    setState('sending')
    const response = await fetch(`/api/sourcing-quotes/${id}/answer`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answer }),
    }).catch(() => null)
    const json = (await response?.json().catch(() => ({}))) as {
      questions?: Entry[]
      errors?: { message?: string }[]
    }
    if (response?.ok) {
      setEntries(json.questions ?? [])
      setAnswer('')
      setState('sent')
    } else setState(json?.errors?.[0]?.message ?? (zh ? '发送失败，请稍后再试' : 'Could not send'))
  }
  const asked = entries.some((entry) => entry.author === 'buyer')
  return (
    <div className="field-type" data-testid="quote-questions" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '8px 0' }}>{zh ? '采购商提问' : 'Buyer’s questions'}</h4>
      {entries.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-600)' }}>
          {zh ? '采购商还没有提问。' : 'The buyer has asked nothing yet.'}
        </p>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0 }}>
          {entries.map((entry, index) => (
            <li
              key={entry.id ?? index}
              data-author={entry.author}
              style={{
                border: '1px solid var(--theme-elevation-150)',
                background:
                  entry.author === 'buyer' ? 'var(--theme-elevation-50)' : 'var(--theme-bg)',
                borderRadius: 4,
                padding: '8px 12px',
                marginBottom: 8,
              }}
            >
              <div style={{ fontSize: 12, color: 'var(--theme-elevation-600)' }}>
                {entry.author === 'buyer'
                  ? zh
                    ? '采购商'
                    : 'Buyer'
                  : zh
                    ? '我方回答'
                    : 'Our answer'}
                {' · '}
                {new Date(entry.sentAt).toLocaleString(zh ? 'zh-CN' : 'en')}
              </div>
              <div style={{ whiteSpace: 'pre-wrap' }}>{entry.body}</div>
            </li>
          ))}
        </ol>
      )}
      {asked ? (
        <div>
          <label htmlFor="quote-answer" style={{ display: 'block', marginBottom: 4 }}>
            {zh ? '回答采购商' : 'Answer the buyer'}
          </label>
          <textarea
            id="quote-answer"
            value={answer}
            maxLength={2000}
            rows={4}
            style={{ width: '100%' }}
            onChange={(event) => setAnswer(event.target.value)}
          />
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={state === 'sending' || !answer.trim()}
            onClick={() => void send()}
          >
            {zh ? '发送回答' : 'Send the answer'}
          </button>{' '}
          <span role="status" style={{ fontSize: 12 }}>
            {state === 'sent'
              ? zh
                ? '已发送，采购商会收到邮件'
                : 'Sent: the buyer is e-mailed'
              : state === 'idle' || state === 'sending'
                ? ''
                : state}
          </span>
        </div>
      ) : null}
    </div>
  )
}
