'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import type { Inquiry } from '@/payload-types'

type Reply = NonNullable<Inquiry['replies']>[number]
type Quote = NonNullable<Reply['quote']>

const bubble = (mine: boolean): React.CSSProperties => ({
  maxWidth: '80%',
  margin: mine ? '0 0 12px auto' : '0 auto 12px 0',
  padding: '10px 14px',
  borderRadius: 8,
  border: '1px solid var(--theme-elevation-150)',
  background: mine ? 'var(--theme-success-50)' : 'var(--theme-elevation-50)',
  color: 'var(--theme-text)',
})
const meta: React.CSSProperties = { fontSize: 12, color: 'var(--theme-elevation-500)' }
const text: React.CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0)

const QuoteTable = ({ quote, zh }: { quote: Quote; zh: boolean }) => {
  const tiers = quote.priceTiers ?? []
  if (tiers.length === 0) return null
  const currency = quote.currency ?? ''
  return (
    <div data-testid="inquiry-quote" style={{ marginTop: 8 }}>
      <strong>{zh ? '报价单' : 'Quotation'}</strong>
      <table style={{ borderCollapse: 'collapse', marginTop: 4 }}>
        <tbody>
          {tiers.map((tier, index) => (
            <tr key={tier.id ?? index}>
              <td style={{ paddingRight: 16 }}>
                {tier.maxQuantity
                  ? `${tier.minQuantity}–${tier.maxQuantity}`
                  : `≥ ${tier.minQuantity}`}
              </td>
              <td>
                {currency} {tier.unitPrice}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={meta}>
        {[
          quote.validUntil
            ? `${zh ? '有效期至' : 'valid until'} ${quote.validUntil.slice(0, 10)}`
            : null,
          quote.leadTimeDays
            ? `${zh ? '交期' : 'lead time'} ${quote.leadTimeDays} ${zh ? '天' : 'days'}`
            : null,
          quote.incoterm,
          quote.paymentTerms,
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
    </div>
  )
}

/**
 * An inquiry as a conversation, read-only: the buyer's first message with what they asked for
 * and how to reach them, then every sent message and quotation in order, with times. What the
 * buyer wrote is never an input; the factory's reply box (the `replies` field) follows.
 */
export const InquiryConversation = () => {
  const { data } = useDocumentInfo()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const inquiry = data as Partial<Inquiry> | undefined
  if (!inquiry?.id) return null
  const time = (value?: string | null) =>
    value ? new Date(value).toLocaleString(zh ? 'zh-CN' : 'en-GB') : ''
  const buyer = inquiry.buyer ?? ({} as Partial<Inquiry['buyer']>)
  const contact = [
    buyer?.company,
    buyer?.email,
    buyer?.phone && `${zh ? '电话' : 'phone'} ${buyer.phone}`,
    buyer?.wechat && `${zh ? '微信' : 'WeChat'} ${buyer.wechat}`,
    buyer?.whatsapp && `WhatsApp ${buyer.whatsapp}`,
  ].filter(Boolean)
  const asked = [
    inquiry.quantity ? `${zh ? '数量' : 'quantity'} ${inquiry.quantity}` : null,
    inquiry.targetPrice
      ? `${zh ? '目标单价' : 'target unit price'} ${inquiry.currency ?? ''} ${inquiry.targetPrice}`
      : null,
    inquiry.destinationCountry
      ? `${zh ? '目的国家' : 'destination'} ${inquiry.destinationCountry}`
      : null,
  ].filter(Boolean)
  const buyerName = buyer?.name || (zh ? '采购商' : 'Buyer')

  return (
    <section data-testid="inquiry-conversation" style={{ marginBottom: 24 }}>
      {/* Sent messages are shown here, so their rows in the reply box below are hidden. */}
      <style>
        {'#field-replies [id^="replies-row-"]:has([data-sent-reply]) { display: none; }'}
      </style>
      <h3 style={{ marginBottom: 12 }}>{zh ? '往来消息' : 'Conversation'}</h3>
      <div data-testid="inquiry-buyer-message" style={bubble(false)}>
        <div style={meta}>
          <strong data-testid="inquiry-buyer-name">{buyerName}</strong>
          {contact.length ? ` · ${contact.join(' · ')}` : ''} · {time(inquiry.createdAt)}
        </div>
        {asked.length ? (
          <div data-testid="inquiry-asked" style={{ margin: '4px 0', fontWeight: 600 }}>
            {asked.join(' · ')}
          </div>
        ) : null}
        <p style={text}>
          {inquiry.message || (inquiry.erasedAt ? (zh ? '（采购商资料已删除）' : '(erased)') : '')}
        </p>
        {count(inquiry.attachments) ? (
          <div style={meta}>
            {zh
              ? `附件 ${count(inquiry.attachments)} 个（见下方“采购商附件”）`
              : `${count(inquiry.attachments)} attachment(s), below`}
          </div>
        ) : null}
      </div>
      {(inquiry.replies ?? []).map((reply, index) => {
        const mine = reply.author !== 'buyer'
        return (
          <div
            key={reply.id ?? index}
            data-testid="inquiry-reply"
            data-author={reply.author}
            style={bubble(mine)}
          >
            <div style={meta}>
              <strong>{mine ? (zh ? '工厂' : 'Factory') : buyerName}</strong> · {time(reply.sentAt)}
            </div>
            <p style={text}>{reply.body}</p>
            {reply.quote ? <QuoteTable quote={reply.quote} zh={zh} /> : null}
            {count(reply.attachments) ? (
              <div style={meta}>
                {zh
                  ? `附件 ${count(reply.attachments)} 个`
                  : `${count(reply.attachments)} attachment(s)`}
              </div>
            ) : null}
          </div>
        )
      })}
    </section>
  )
}
