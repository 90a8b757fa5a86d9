import type { Payload, TaskConfig } from 'payload'

import { SLUGS } from '@/constants'
import { retentionPolicy } from '@/inquiries/privacy'
import { now } from '@/utilities/clock'

import { eraseRequestFiles } from './files'

const ERASED = '（已删除 erased）'
const ERASED_DOMAIN = '@example.invalid'

/**
 * Requests past their needed-by date are closed (quotes kept), as the buyer's page does when
 * opened; nightly, so the admin, the figures and the board agree without it.
 */
export const expireDueRequests = async (payload: Payload) => {
  const yesterday = new Date(now().getTime() - 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: SLUGS.sourcingRequests,
    where: {
      and: [{ status: { in: ['open', 'pending'] } }, { neededBy: { less_than_equal: yesterday } }],
    },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  })
  for (const doc of docs)
    await payload.update({
      collection: SLUGS.sourcingRequests,
      id: doc.id,
      data: { status: 'expired', closedAt: now().toISOString() },
      overrideAccess: true,
    })
  return docs.length
}

/**
 * Retention for sourcing requests, like inquiries' (src/inquiries/privacy.ts): requests never
 * confirmed are deleted after the spam period (no factory ever saw them); requests closed or
 * expired have the buyer erased after the closed period — name, contacts, details, the address
 * they posted from, the private link, their attachments — keeping what the figures need (product, quantity,
 * category, dates, the factories' quotes). Idempotent.
 */
export const applySourcingRetention = async (payload: Payload, policy = retentionPolicy()) => {
  const cutoff = (daysAgo: number) => new Date(now().getTime() - daysAgo * 86_400_000).toISOString()
  const expired = await expireDueRequests(payload)
  const unconfirmed = await payload.find({
    collection: SLUGS.sourcingRequests,
    where: {
      and: [
        { status: { equals: 'pending' } },
        { createdAt: { less_than_equal: cutoff(policy.spamDays) } },
      ],
    },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  })
  for (const doc of unconfirmed.docs)
    await payload.delete({ collection: SLUGS.sourcingRequests, id: doc.id, overrideAccess: true })
  const closed = await payload.find({
    collection: SLUGS.sourcingRequests,
    where: {
      and: [
        { status: { in: ['closed', 'expired'] } },
        { closedAt: { less_than_equal: cutoff(policy.closedDays) } },
        { 'buyer.email': { not_like: ERASED_DOMAIN } },
      ],
    },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  })
  for (const doc of closed.docs) {
    // The buyer's files are theirs like the details (the quotes' files stay with the quotes).
    await eraseRequestFiles(payload, doc.id, 'buyer')
    await payload.update({
      collection: SLUGS.sourcingRequests,
      id: doc.id,
      data: {
        details: ERASED,
        buyer: {
          name: ERASED,
          email: `erased-sourcing-${doc.id}${ERASED_DOMAIN}`,
          company: null,
          phone: null,
        },
        tokenHash: null,
        tokenSealed: null,
        linkBase: null,
        buyerAccount: null,
        submittedFromIP: null,
      },
      overrideAccess: true,
    })
  }
  return {
    expiredRequests: expired,
    deletedUnconfirmed: unconfirmed.docs.length,
    erasedRequests: closed.docs.length,
  }
}

/** Nightly at 03:27 server time (after the inquiries'), in the default queue. */
export const sourcingRetentionTask: TaskConfig<{
  input: Record<string, never>
  output: { expiredRequests: number; deletedUnconfirmed: number; erasedRequests: number }
}> = {
  slug: 'sourcingRetention',
  label: 'Sourcing request expiry and retention',
  schedule: [{ cron: '27 3 * * *', queue: 'default' }],
  retries: 2,
  inputSchema: [],
  outputSchema: [
    { name: 'expiredRequests', type: 'number' },
    { name: 'deletedUnconfirmed', type: 'number' },
    { name: 'erasedRequests', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await applySourcingRetention(req.payload) }),
}
