import { describe, expect, it } from 'vitest'

import { alertDecision, alertMail } from './alerts'

const HOUR = 3_600_000
const at = Date.parse('2026-12-07T10:00:00.000Z')
const iso = (offset: number) => new Date(at + offset).toISOString()
const decide = (confirmedAt: string, state: Parameters<typeof alertDecision>[1]) =>
  alertDecision(confirmedAt, state, { at, windowMs: HOUR })

describe('sourcing alerts: what a confirmed request does for a factory', () => {
  it('is mailed at once when nothing was mailed in the period', () => {
    expect(decide(iso(0), null)).toBe('mail')
    expect(decide(iso(0), { lastMailedAt: iso(-2 * HOUR) })).toBe('mail')
  })

  it('starts a digest when the factory was mailed within the period, joins one that waits', () => {
    expect(decide(iso(0), { lastMailedAt: iso(-10 * 60_000) })).toBe('queue')
    expect(decide(iso(0), { lastMailedAt: iso(-10 * 60_000), digestDue: iso(50 * 60_000) })).toBe(
      'digest',
    )
  })

  it('is mailed at once when it is not newer than what was mailed: no digest would carry it', () => {
    // Confirmed before a request whose alert got there first (its time is the watermark).
    expect(decide(iso(-5_000), { lastMailedAt: iso(-1_000), digestDue: iso(HOUR) })).toBe('mail')
    expect(decide(iso(-1_000), { lastMailedAt: iso(-1_000) })).toBe('mail')
  })

  it('does not wait on a digest that was due long ago and never ran', () => {
    expect(decide(iso(0), { lastMailedAt: iso(-30 * 60_000), digestDue: iso(-20 * 60_000) })).toBe(
      'queue',
    )
  })
})

describe('the alert e-mail', () => {
  const brief = (n: number) => ({
    id: n,
    product: `Rompers ${n}`,
    quantity: 100 * n,
    unit: 'piece' as const,
    destinationCountry: 'Germany',
    details: 'Buyer details',
  })

  it('one request with its text; a digest lists each with its link and counts the rest', () => {
    const one = alertMail([brief(1)])
    expect(one.subject).toBe('新采购需求 New sourcing request: Rompers 1')
    expect(one.text).toContain('Buyer details')
    const digest = alertMail([brief(1), brief(2)], 60)
    expect(digest.subject).toContain('60 new sourcing requests')
    expect(digest.text).toContain('/admin/collections/sourcing-requests/2')
    expect(digest.text).toContain('and 58 more in the admin')
  })
})
