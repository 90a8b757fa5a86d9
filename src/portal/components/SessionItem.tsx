import type { Factory, LiveSession } from '@/payload-types'
import { now } from '@/utilities/clock'
import { STREAM_HOSTS } from '@/vocabulary'

import { Countdown, Time } from '@/portal/components/Time'
import { intlLocale } from '@/portal/i18n'
import { type RenderContext, linkTo } from '@/portal/context'
import { languageName } from '@/portal/i18n'

/** Shared by the live page, the campaign page, the factory profile and the LiveLineup block. */
export const factoryOf = (session: LiveSession) =>
  typeof session.factory === 'object' ? (session.factory as Factory) : null

/** Embeds a known player, plays HLS in a <video>, or links. */
const Player = ({ session, title }: { session: LiveSession; title: string }) => {
  const url = new URL(session.streamURL)
  if (url.pathname.endsWith('.m3u8'))
    return (
      <video
        src={session.streamURL}
        controls
        preload="none"
        width={640}
        height={360}
        title={title}
      />
    )
  if (STREAM_HOSTS.includes(url.host)) {
    return (
      <div className="embed">
        <iframe
          src={session.streamURL}
          title={title}
          width="100%"
          height="100%"
          loading="lazy"
          allowFullScreen
          sandbox="allow-scripts allow-same-origin allow-presentation"
        />
      </div>
    )
  }
  return (
    <a href={session.streamURL} rel="noopener noreferrer nofollow">
      {title}
    </a>
  )
}

/** One session: when (UTC, belt time, buyer time), state, player, calendar link. */
export const SessionItem = ({ ctx, session }: { ctx: RenderContext; session: LiveSession }) => {
  const factory = factoryOf(session)
  const isLive =
    new Date(session.startsAt) <= now() && now() < new Date(session.endsAt ?? session.startsAt)
  const t = ctx.t
  return (
    <article className="session">
      <h3>
        {isLive ? <span className="live-badge">{t.liveNow}</span> : null} {session.title}
      </h3>
      <p>
        <Time ctx={ctx} instant={session.startsAt} /> · {session.durationMinutes} min ·{' '}
        {languageName(ctx.ui, session.language)}
      </p>
      {factory ? (
        <p>
          <a href={linkTo(ctx, `/factories/${factory.slug}`)}>{factory.name}</a>
        </p>
      ) : null}
      {isLive ? (
        <Player session={session} title={`${t.watch}: ${session.title}`} />
      ) : (
        <Countdown target={session.startsAt} label={t.startsIn} />
      )}
      <p>
        <a href={linkTo(ctx, `/live/${session.id}.ics`)} download>
          {t.addToCalendar}
        </a>
        {factory ? (
          <>
            {' · '}
            <a href={linkTo(ctx, `/factories/${factory.slug}/inquire`)}>{t.inquire}</a>
          </>
        ) : null}
      </p>
    </article>
  )
}

/** Sessions grouped by the belt's calendar day. */
export const SessionsByDay = ({
  ctx,
  sessions,
}: {
  ctx: RenderContext
  sessions: LiveSession[]
}) => {
  const zone = ctx.belt?.timeZone ?? 'Asia/Shanghai'
  const dayOf = (instant: string) =>
    new Intl.DateTimeFormat(intlLocale(ctx.ui), {
      timeZone: zone,
      weekday: 'long',
      month: 'long',
      day: 'numeric',
    }).format(new Date(instant))
  const days = new Map<string, LiveSession[]>()
  for (const session of sessions)
    days.set(dayOf(session.startsAt), [...(days.get(dayOf(session.startsAt)) ?? []), session])
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
