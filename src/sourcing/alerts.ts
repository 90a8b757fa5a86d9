import type { Payload, TaskConfig } from 'payload'

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
export const alertMail = (requests: Brief[]): Omit<OutgoingMail, 'to'> => {
  const [first] = requests
  if (requests.length === 1 && first)
    return {
      subject: `新采购需求 New sourcing request: ${first.product}`,
      text: `${line(first)}\n\n${first.details ?? ''}\n\n${requestLink(first.id)}`,
    }
  return {
    subject: `新采购需求 ${requests.length} 条 · ${requests.length} new sourcing requests`,
    text: [
      `您的工厂匹配到 ${requests.length} 条新采购需求。Your factory was matched to ${requests.length} new sourcing requests:`,
      '',
      ...requests.map((request) => `- ${line(request)}\n  ${requestLink(request.id)}`),
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

const saveState = async (
  payload: Payload,
  factory: ID,
  data: { lastMailedAt?: string; digestDue?: string | null },
) => {
  const state = await stateOf(payload, factory)
  if (state)
    await payload.update({
      collection: SLUGS.sourcingAlerts,
      id: state.id,
      data,
      overrideAccess: true,
    })
  else
    await payload.create({
      collection: SLUGS.sourcingAlerts,
      data: { factory: factory as number, ...data },
      overrideAccess: true,
    })
}

const mailMembers = async (payload: Payload, factory: ID, requests: Brief[]) => {
  const mail = alertMail(requests)
  const to = await factoryMembers({ payload, factoryID: factory })
  if (to.length)
    await queueMail(
      { payload },
      to.map((address) => ({ to: address, ...mail })),
    )
}

/**
 * A confirmed request reaches each matched factory's members in one e-mail. The first request in
 * a quiet period goes at once (a buyer waits for quotes); more within the digest period
 * (CHANDI_SOURCING_DIGEST_SECONDS, an hour by default) wait and go together in one digest at its
 * end, so a busy day is one e-mail an hour, not one per request. Never throws: the request stays
 * confirmed whatever happens to its e-mails (the admin's 新采购需求 list shows it anyway).
 */
export const alertMatchedFactories = async (payload: Payload, request: Brief, factories: ID[]) => {
  for (const factory of factories) {
    try {
      const state = await stateOf(payload, factory)
      if (state?.digestDue) continue // the digest already waiting picks this request up
      const last = state?.lastMailedAt ? Date.parse(state.lastMailedAt) : null
      const at = now().getTime()
      if (last === null || at - last >= windowMs()) {
        await mailMembers(payload, factory, [request])
        await saveState(payload, factory, { lastMailedAt: new Date(at).toISOString() })
        continue
      }
      const due = new Date(last + windowMs()).toISOString()
      await saveState(payload, factory, { digestDue: due })
      await payload.jobs.queue({
        task: DIGEST_TASK,
        queue: MAIL_QUEUE,
        input: { factory: String(factory) },
        waitUntil: new Date(due),
      } as never)
    } catch (error) {
      payload.logger.error({ err: error, factory }, 'sourcing alert not sent')
    }
  }
}

/**
 * The digest: every open request matched to the factory and confirmed since its last e-mail
 * (hidden ones are no longer matched to it), in one e-mail; none, no e-mail.
 */
export const sendDigest = async (payload: Payload, factory: ID) => {
  const state = await stateOf(payload, factory)
  const since = state?.lastMailedAt
  const { docs } = await payload.find({
    collection: SLUGS.sourcingRequests,
    where: {
      and: [
        { matchedFactories: { in: [factory] } },
        { status: { equals: 'open' } },
        ...(since ? [{ confirmedAt: { greater_than: since } }] : []),
      ],
    },
    sort: 'confirmedAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    select: {
      product: true,
      quantity: true,
      unit: true,
      destinationCountry: true,
      details: true,
    },
  })
  if (docs.length) await mailMembers(payload, factory, docs as Brief[])
  await saveState(payload, factory, { lastMailedAt: now().toISOString(), digestDue: null })
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
