import type { Payload, TaskConfig, Where } from 'payload'

import { SLUGS } from '@/constants'
import { adminLink, MAIL_QUEUE, queueMail, type OutgoingMail } from '@/inquiries/mail'
import { factoryMembers } from '@/inquiries/notify'
import type { SourcingRequest } from '@/payload-types'
import { env } from '@/utilities/config'
import { now } from '@/utilities/clock'

type ID = number | string

/** The task that mails a factory's members what was matched to it since their last e-mail. */
export const DIGEST_TASK = 'sourcingDigest'

const windowMs = () => env('CHANDI_SOURCING_DIGEST_SECONDS') * 1000

const requestLink = (id: ID) => adminLink(`/admin/collections/${SLUGS.sourcingRequests}/${id}`)

type Brief = Pick<
  SourcingRequest,
  'id' | 'product' | 'quantity' | 'unit' | 'destinationCountry' | 'details'
>

const line = (request: Brief) =>
  `${request.product} · ${request.quantity} ${request.unit}${request.destinationCountry ? ` → ${request.destinationCountry}` : ''}`

/**
 * The e-mail to a factory's members (in Chinese first: they are staff): one request with its
 * text, or a digest listing each with its admin link. Nothing of the buyer either way.
 */
export const alertMail = (requests: Brief[], total = requests.length): Omit<OutgoingMail, 'to'> => {
  const [first] = requests
  if (total === 1 && first)
    return {
      subject: `新采购需求 New sourcing request: ${first.product}`,
      text: `${line(first)}\n\n${first.details ?? ''}\n\n${requestLink(first.id)}`,
    }
  return {
    subject: `新采购需求 ${total} 条 · ${total} new sourcing requests`,
    text: [
      `您的工厂匹配到 ${total} 条新采购需求。Your factory was matched to ${total} new sourcing requests:`,
      '',
      ...requests.map((request) => `- ${line(request)}\n  ${requestLink(request.id)}`),
      ...(total > requests.length
        ? [`… 另有 ${total - requests.length} 条 and ${total - requests.length} more in the admin:`]
        : []),
      '',
      adminLink(`/admin/collections/${SLUGS.sourcingRequests}`),
    ].join('\n'),
  }
}

const stateOf = async (payload: Payload, factory: ID) =>
  (
    await payload.find({
      collection: SLUGS.sourcingAlerts,
      where: { factory: { equals: factory } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] ?? null

type State = { lastMailedAt?: string | null; digestDue?: string | null }

/**
 * Writes the factory's state; `lastMailedAt` never goes back (two confirmations mailing at once
 * each keep the newer). A first state made by two at once: the second updates the first's.
 */
const saveState = async (payload: Payload, factory: ID, data: State) => {
  const write = async () => {
    const state = await stateOf(payload, factory)
    const last = [state?.lastMailedAt, data.lastMailedAt].filter(Boolean).sort().pop() ?? null
    const merged = { ...data, ...(last ? { lastMailedAt: last } : {}) }
    if (state)
      await payload.update({
        collection: SLUGS.sourcingAlerts,
        id: state.id,
        data: merged,
        overrideAccess: true,
      })
    else
      await payload.create({
        collection: SLUGS.sourcingAlerts,
        data: { factory: factory as number, ...merged },
        overrideAccess: true,
      })
  }
  await write().catch(() => write())
}

const mailMembers = async (
  payload: Payload,
  factory: ID,
  requests: Brief[],
  total = requests.length,
) => {
  const mail = alertMail(requests, total)
  const to = await factoryMembers({ payload, factoryID: factory })
  if (to.length)
    await queueMail(
      { payload },
      to.map((address) => ({ to: address, ...mail })),
    )
}

/** A digest due this long ago and still marked waiting has failed: it no longer holds mails back. */
const STALE_DIGEST_MS = 10 * 60_000

/**
 * What a newly confirmed request does for one factory, from the factory's state:
 * `lastMailedAt` is the confirmation time of the newest request any e-mail carried (so the
 * digest takes exactly the later ones), `digestDue` a digest waiting.
 * - `digest`: a digest is waiting and will carry it (it is newer than anything mailed);
 * - `mail`: mailed at once: nothing mailed in the period, or it is not newer than what was
 *   mailed (confirmed before a request that went first, it would be in no digest);
 * - `queue`: the first within the period: a digest at the period's end.
 */
export const alertDecision = (
  confirmedAt: string,
  state: State | null,
  { at, windowMs: period }: { at: number; windowMs: number },
): 'digest' | 'mail' | 'queue' => {
  const last = state?.lastMailedAt ? Date.parse(state.lastMailedAt) : null
  const confirmed = Date.parse(confirmedAt)
  if (last === null || confirmed <= last || at - last >= period) return 'mail'
  const due = state?.digestDue ? Date.parse(state.digestDue) : null
  if (due !== null && due > at - STALE_DIGEST_MS) return 'digest'
  return 'queue'
}

const queueDigest = async (payload: Payload, factory: ID, due: Date) => {
  // The job first: a state saying "waiting" with no job would hold the factory's mails back.
  await payload.jobs.queue({
    task: DIGEST_TASK,
    queue: MAIL_QUEUE,
    input: { factory: String(factory) },
    waitUntil: due,
  } as never)
  await saveState(payload, factory, { digestDue: due.toISOString() })
}

/**
 * A confirmed request reaches each matched factory's members in one e-mail. The first request in
 * a quiet period goes at once (a buyer waits for quotes); more within the digest period
 * (CHANDI_SOURCING_DIGEST_SECONDS, an hour by default) wait and go together in one digest at its
 * end, so a busy day is one e-mail an hour, not one per request. Where two steps cross (two
 * confirmations, or one during a digest), a request may be mailed twice, never not at all.
 * Never throws: the request stays confirmed whatever happens to its e-mails (the admin's
 * 新采购需求 list shows it anyway).
 */
export const alertMatchedFactories = async (
  payload: Payload,
  request: Brief & { confirmedAt?: string | null },
  factories: ID[],
) => {
  const confirmedAt = request.confirmedAt ?? now().toISOString()
  for (const factory of factories) {
    try {
      const state = await stateOf(payload, factory)
      const at = now().getTime()
      const decision = alertDecision(confirmedAt, state, { at, windowMs: windowMs() })
      if (decision === 'digest') continue
      if (decision === 'mail') {
        await mailMembers(payload, factory, [request])
        await saveState(payload, factory, { lastMailedAt: confirmedAt })
        continue
      }
      await queueDigest(payload, factory, new Date(Date.parse(state!.lastMailedAt!) + windowMs()))
    } catch (error) {
      payload.logger.error({ err: error, factory }, 'sourcing alert not sent')
    }
  }
}

const DIGEST_LISTED = 50

const newerThan = (factory: ID, since: string | null | undefined): Where => ({
  and: [
    { matchedFactories: { in: [factory] } },
    { status: { equals: 'open' } },
    ...(since ? [{ confirmedAt: { greater_than: since } }] : []),
  ],
})

/**
 * The digest: every open request matched to the factory and confirmed after the newest one
 * mailed (hidden ones are no longer matched to it), in one e-mail (the first 50 listed, the
 * rest counted); none, no e-mail. What was confirmed while it ran gets the next digest.
 */
export const sendDigest = async (payload: Payload, factory: ID) => {
  const state = await stateOf(payload, factory)
  const { docs } = await payload.find({
    collection: SLUGS.sourcingRequests,
    where: newerThan(factory, state?.lastMailedAt),
    sort: 'confirmedAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: {
      product: true,
      quantity: true,
      unit: true,
      destinationCountry: true,
      details: true,
      confirmedAt: true,
    },
  })
  const newest = docs.at(-1)?.confirmedAt ?? null
  if (docs.length)
    await mailMembers(payload, factory, docs.slice(0, DIGEST_LISTED) as Brief[], docs.length)
  await saveState(payload, factory, {
    ...(newest ? { lastMailedAt: newest } : {}),
    digestDue: null,
  })
  // Confirmed while this ran, they saw a digest waiting and left it to this one: the next.
  const { totalDocs } = await payload.count({
    collection: SLUGS.sourcingRequests,
    where: newerThan(factory, newest ?? state?.lastMailedAt),
    overrideAccess: true,
  })
  if (totalDocs > 0)
    await queueDigest(
      payload,
      factory,
      new Date(Math.max(now().getTime(), Date.parse(newest ?? '') || 0) + windowMs()),
    )
  return docs.length
}

export const sourcingDigestTask: TaskConfig<{
  input: { factory: string }
  output: { requests: number }
}> = {
  slug: DIGEST_TASK,
  label: 'Sourcing digest',
  retries: { attempts: 3 },
  inputSchema: [{ name: 'factory', type: 'text', required: true }],
  outputSchema: [{ name: 'requests', type: 'number' }],
  handler: async ({ input, req }) => {
    const factory = /^\d+$/.test(input.factory) ? Number(input.factory) : input.factory
    const requests = await sendDigest(req.payload, factory)
    return { output: { requests } }
  },
}
