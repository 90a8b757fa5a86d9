import { createEvents, type EventAttributes } from 'ics'

import { SLUGS } from '@/constants'
import type { Factory, LiveSession } from '@/payload-types'
import { STREAM_HOSTS } from '@/vocabulary'

import { upcomingSessions } from '../campaigns'
import { Layout } from '../components/Layout'
import { Countdown, Time } from '../components/Time'
import { asPublic, hrefFor, type RenderContext } from '../context'
import { notFound } from '../errors'
import { now } from '@/utilities/clock'

const factoryOf = (session: LiveSession) => (typeof session.factory === 'object' ? (session.factory as Factory) : null)

/** Embeds a known player, plays HLS in a <video>, or links. */
const Player = ({ session, title }: { session: LiveSession; title: string }) => {
  const url = new URL(session.streamURL)
  if (url.pathname.endsWith('.m3u8')) return <video src={session.streamURL} controls preload="none" width={640} height={360} title={title} />
  if (STREAM_HOSTS.includes(url.host)) {
    return (
      <div style={{ aspectRatio: '16 / 9', maxWidth: 640 }}>
        <iframe src={session.streamURL} title={title} width="100%" height="100%" loading="lazy" allowFullScreen sandbox="allow-scripts allow-same-origin allow-presentation" style={{ border: 0 }} />
      </div>
    )
  }
  return <a href={session.streamURL} rel="noopener noreferrer nofollow">{title}</a>
}

/** One session: when (UTC, belt time, buyer time), state, player, calendar link. */
export const SessionItem = ({ ctx, session }: { ctx: RenderContext; session: LiveSession }) => {
  const factory = factoryOf(session)
  const isLive = new Date(session.startsAt) <= now() && now() < new Date(session.endsAt ?? session.startsAt)
  const t = ctx.t
  return (
    <article className="session">
      <h3>
        {isLive ? <span className="live-badge">{t.liveNow}</span> : null} {session.title}
      </h3>
      <p>
        <Time ctx={ctx} instant={session.startsAt} /> · {session.durationMinutes} min · {session.language}
      </p>
      {factory ? (
        <p>
          <a href={hrefFor(ctx, `/factories/${factory.slug}`)}>{factory.name}</a>
        </p>
      ) : null}
      {isLive ? <Player session={session} title={`${t.watch}: ${session.title}`} /> : <Countdown target={session.startsAt} label={t.startsIn} />}
      <p>
        <a href={`/live/${session.id}.ics`} download>{t.addToCalendar}</a>
        {factory ? (
          <>
            {' · '}
            <a href={hrefFor(ctx, `/factories/${factory.slug}/inquire`)}>{t.inquire}</a>
          </>
        ) : null}
      </p>
    </article>
  )
}

/** Sessions grouped by the belt's calendar day. */
export const SessionsByDay = ({ ctx, sessions }: { ctx: RenderContext; sessions: LiveSession[] }) => {
  const zone = ctx.belt?.timeZone ?? 'Asia/Shanghai'
  const dayOf = (instant: string) =>
    new Intl.DateTimeFormat(ctx.ui === 'zh' ? 'zh-CN' : ctx.ui, { timeZone: zone, weekday: 'long', month: 'long', day: 'numeric' }).format(new Date(instant))
  const days = new Map<string, LiveSession[]>()
  for (const session of sessions) days.set(dayOf(session.startsAt), [...(days.get(dayOf(session.startsAt)) ?? []), session])
  if (sessions.length === 0) return <p>{ctx.t.noSessions}</p>
  return (
    <>
      {[...days].map(([day, items]) => (
        <section key={day} aria-label={day}>
          <h2>{day}</h2>
          {items.map((session) => (
            <SessionItem key={session.id} ctx={ctx} session={session} />
          ))}
        </section>
      ))}
    </>
  )
}

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
    <Layout ctx={ctx} title={ctx.t.live} description={`${ctx.belt!.name} · ${ctx.t.lineup}`} jsonLd={sessions.slice(0, 20).map((session) => eventLd(ctx, session))}>
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
    title: session.title,
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: session.durationMinutes },
    description: `${factory?.name ?? ctx.belt!.name} — ${session.streamURL}`,
    url: session.streamURL,
    productId: 'chandi/live',
  }
}

/** A calendar file (UTC instants, so correct in every zone and across DST). */
export const renderIcs = (ctx: RenderContext, sessions: LiveSession[], name: string) => {
  const { error, value } = createEvents(sessions.map((session) => toEvent(ctx, session)), { calName: name })
  if (error || !value) throw error ?? new Error('calendar could not be written')
  return value
}

export const sessionIcs = async (ctx: RenderContext, id: string) => {
  if (!/^[0-9a-f]{1,24}$/i.test(id)) throw notFound()
  const { docs } = await ctx.payload.find({ collection: SLUGS.liveSessions, where: { id: { equals: id } }, limit: 1, depth: 1, locale: ctx.locale, fallbackLocale: 'zh', ...asPublic(ctx) })
  if (!docs[0]) throw notFound()
  return renderIcs(ctx, docs, docs[0].title)
}

export const factoryIcs = async (ctx: RenderContext, slug: string) => {
  const { docs } = await ctx.payload.find({ collection: SLUGS.factories, where: { slug: { equals: slug } }, limit: 1, depth: 0, locale: ctx.locale, ...asPublic(ctx) })
  if (!docs[0]) throw notFound()
  return renderIcs(ctx, await upcomingSessions(ctx, { factory: docs[0].id }), docs[0].name)
}
