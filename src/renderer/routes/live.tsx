import { createEvents, type EventAttributes } from 'ics'

import { SLUGS } from '@/constants'
import type { LiveSession } from '@/payload-types'

import { upcomingSessions } from '@/portal/campaigns'
import { Layout } from '@/portal/components/Layout'
import { asPublic, type RenderContext } from '@/portal/context'
import { notFound } from '../errors'
import { icsText, icsURL } from './icsText'

import { factoryOf, SessionsByDay } from '@/portal/components/SessionItem'

const eventLd = (ctx: RenderContext, session: LiveSession) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: session.title,
  startDate: new Date(session.startsAt).toISOString(),
  endDate: new Date(session.endsAt ?? session.startsAt).toISOString(),
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  location: { '@type': 'VirtualLocation', url: session.streamURL },
  organizer: { '@type': 'Organization', name: factoryOf(session)?.name ?? ctx.belt!.name },
})

export const renderLive = async (ctx: RenderContext) => {
  const sessions = await upcomingSessions(ctx, { limit: 200 })
  return (
    <Layout
      ctx={ctx}
      title={ctx.t.live}
      description={`${ctx.belt!.name} · ${ctx.t.lineup}`}
      jsonLd={sessions.slice(0, 20).map((session) => eventLd(ctx, session))}
    >
      <h1>{ctx.t.lineup}</h1>
      <SessionsByDay ctx={ctx} sessions={sessions} />
    </Layout>
  )
}

const toEvent = (ctx: RenderContext, session: LiveSession): EventAttributes => {
  const start = new Date(session.startsAt)
  const factory = factoryOf(session)
  return {
    uid: `live-session-${session.id}@${ctx.belt!.slug}.chandi`,
    title: icsText(session.title),
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: session.durationMinutes },
    description: icsText(`${factory?.name ?? ctx.belt!.name} — ${session.streamURL ?? ''}`),
    url: icsURL(session.streamURL),
    productId: 'chandi/live',
  }
}

/** A calendar file (UTC instants, so correct in every zone and across DST). */
export const renderIcs = (ctx: RenderContext, sessions: LiveSession[], name: string) => {
  const { error, value } = createEvents(
    sessions.map((session) => toEvent(ctx, session)),
    { calName: icsText(name) },
  )
  if (error || !value) throw error ?? new Error('calendar could not be written')
  return value
}

export const sessionIcs = async (ctx: RenderContext, id: string) => {
  if (!/^[0-9a-f]{1,24}$/i.test(id)) throw notFound()
  const { docs } = await ctx.payload.find({
    collection: SLUGS.liveSessions,
    where: { id: { equals: id } },
    limit: 1,
    depth: 1,
    locale: ctx.locale,
    fallbackLocale: 'zh',
    ...asPublic(ctx),
  })
  if (!docs[0]) throw notFound()
  return renderIcs(ctx, docs, docs[0].title)
}

export const factoryIcs = async (ctx: RenderContext, slug: string) => {
  const { docs } = await ctx.payload.find({
    collection: SLUGS.factories,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    locale: ctx.locale,
    ...asPublic(ctx),
  })
  if (!docs[0]) throw notFound()
  return renderIcs(ctx, await upcomingSessions(ctx, { factory: docs[0].id }), docs[0].name)
}
