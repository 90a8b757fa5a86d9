import { createEvents, type EventAttributes } from 'ics'
import type { Where } from 'payload'

import { SLUGS } from '@/constants'
import type { Campaign, Tenant } from '@/payload-types'
import { now } from '@/utilities/clock'

import { Layout } from '@/portal/components/Layout'
import { Countdown, Time } from '@/portal/components/Time'
import { asPublic, expireAt, hrefFor, type RenderContext, linkTo } from '@/portal/context'
import { formatters, intlLocale } from '@/portal/i18n'
import { badRequest } from '../errors'
import { icsText } from './icsText'
import { portalURL, publishedBelts } from './hub'

/** Festivals are held in China: the month view's days are Beijing days (UTC+8, no DST). */
const OFFSET_MS = 8 * 3600_000
const DAY_MS = 24 * 3600_000

/** `2026-12` → the month's first instant and the next month's, in Beijing time. */
export const monthRange = (month: string) => {
  const [year, index] = month.split('-').map(Number)
  const start = Date.UTC(year, index - 1, 1) - OFFSET_MS
  const end = Date.UTC(year, index, 1) - OFFSET_MS
  return { start, end, year, index }
}

/** The month asked for (`?month=2026-12`), or this month in Beijing; a malformed one is a 400. */
export const monthOf = (query: URLSearchParams, at = now()): string => {
  const asked = query.get('month')
  if (asked !== null) {
    if (!/^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(asked)) throw badRequest('month: YYYY-MM')
    return asked
  }
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 7)
}

const shiftMonth = (month: string, by: number) => {
  const { year, index } = monthRange(month)
  const date = new Date(Date.UTC(year, index - 1 + by, 1))
  return date.toISOString().slice(0, 7)
}

/** The belts in view: this portal's, or on the hub every published belt. */
const beltsInView = async (ctx: RenderContext): Promise<Tenant[]> =>
  ctx.belt ? [ctx.belt as Tenant] : (await publishedBelts(ctx)).docs

const campaignsWhere = (belts: Tenant[], extra: Where[]): Where => ({
  and: [{ tenant: { in: belts.map((belt) => belt.id) } }, ...extra],
})

const read = (ctx: RenderContext, where: Where, sort: string, limit: number) =>
  ctx.payload.find({
    collection: SLUGS.campaigns,
    where,
    sort,
    limit,
    depth: 0,
    locale: ctx.locale,
    fallbackLocale: 'zh',
    ...asPublic(ctx),
  })

/** A festival's public figures: what it featured and how many live sessions it carried. */
const figuresOf = async (ctx: RenderContext, campaign: Campaign) => {
  const { totalDocs: sessions } = await ctx.payload.count({
    collection: SLUGS.liveSessions,
    where: { campaign: { equals: campaign.id } },
    ...asPublic(ctx),
  })
  return {
    factories: campaign.featuredFactories?.length ?? 0,
    products: campaign.featuredProducts?.length ?? 0,
    sessions,
  }
}

const campaignHref = (ctx: RenderContext, belts: Tenant[], campaign: Campaign) => {
  if (ctx.belt) return hrefFor(ctx, `/campaigns/${campaign.slug}`)
  const belt = belts.find((candidate) => String(candidate.id) === String(campaign.tenant))
  return belt ? `${portalURL(ctx, belt).replace(/\/$/, '')}/campaigns/${campaign.slug}` : null
}

const beltName = (belts: Tenant[], campaign: Campaign) =>
  belts.find((candidate) => String(candidate.id) === String(campaign.tenant))?.name

/** Monday-first weeks of the month, each day with the festivals running on it (Beijing days). */
const weeksOf = (month: string, campaigns: Campaign[]) => {
  const { start, end } = monthRange(month)
  const firstWeekday = (new Date(start + OFFSET_MS).getUTCDay() + 6) % 7
  const days: ({ day: number; campaigns: Campaign[] } | null)[] = Array(firstWeekday).fill(null)
  for (let from = start, day = 1; from < end; from += DAY_MS, day++) {
    const to = from + DAY_MS
    days.push({
      day,
      campaigns: campaigns.filter(
        (campaign) =>
          new Date(campaign.startsAt).getTime() < to && new Date(campaign.endsAt).getTime() > from,
      ),
    })
  }
  while (days.length % 7) days.push(null)
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7))
}

const weekdayNames = (ctx: RenderContext) => {
  const format = new Intl.DateTimeFormat(intlLocale(ctx.ui), { weekday: 'short', timeZone: 'UTC' })
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2024, 0, 1 + day)))
}

type Listed = { campaign: Campaign; figures?: Awaited<ReturnType<typeof figuresOf>> }

const FestivalRows = ({
  ctx,
  belts,
  items,
  clock,
}: {
  ctx: RenderContext
  belts: Tenant[]
  items: Listed[]
  clock?: 'start' | 'end'
}) => {
  const { number } = formatters(ctx.ui)
  return (
    <ul className="festival-list">
      {items.map(({ campaign, figures }) => {
        const href = campaignHref(ctx, belts, campaign)
        return (
          <li key={campaign.id} className="card">
            <h3>{href ? <a href={href}>{campaign.name}</a> : campaign.name}</h3>
            {ctx.belt ? null : <p>{beltName(belts, campaign)}</p>}
            <p>
              <Time ctx={ctx} instant={campaign.startsAt} /> –{' '}
              <Time ctx={ctx} instant={campaign.endsAt} />
            </p>
            {clock === 'start' ? (
              <Countdown target={campaign.startsAt} label={ctx.t.startsIn} />
            ) : null}
            {clock === 'end' ? <Countdown target={campaign.endsAt} label={ctx.t.endsIn} /> : null}
            {figures ? (
              <dl className="figures">
                <dt>{ctx.t.featuredFactories}</dt>
                <dd>{number(figures.factories)}</dd>
                <dt>{ctx.t.featuredProducts}</dt>
                <dd>{number(figures.products)}</dd>
                <dt>{ctx.t.liveSessions}</dt>
                <dd>{number(figures.sessions)}</dd>
              </dl>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

/**
 * `/festivals` on the hub (every published belt) and on a portal (its own): a month view in
 * Beijing days, then the festivals live now, coming up, and past editions with their figures.
 */
export const renderFestivals = async (ctx: RenderContext, query: URLSearchParams) => {
  const month = monthOf(query)
  const { start, end } = monthRange(month)
  const belts = await beltsInView(ctx)
  const at = now().toISOString()
  const [inMonth, live, soon, past] = await Promise.all([
    read(
      ctx,
      campaignsWhere(belts, [
        { startsAt: { less_than: new Date(end).toISOString() } },
        { endsAt: { greater_than: new Date(start).toISOString() } },
      ]),
      'startsAt',
      200,
    ),
    read(
      ctx,
      campaignsWhere(belts, [
        { startsAt: { less_than_equal: at } },
        { endsAt: { greater_than: at } },
      ]),
      'endsAt',
      50,
    ),
    read(ctx, campaignsWhere(belts, [{ startsAt: { greater_than: at } }]), 'startsAt', 50),
    read(ctx, campaignsWhere(belts, [{ endsAt: { less_than_equal: at } }]), '-endsAt', 12),
  ])
  for (const campaign of [...live.docs, ...soon.docs]) {
    expireAt(ctx, campaign.startsAt)
    expireAt(ctx, campaign.endsAt)
  }
  const pastListed = await Promise.all(
    past.docs.map(async (campaign) => ({ campaign, figures: await figuresOf(ctx, campaign) })),
  )
  const t = ctx.t
  const title = new Intl.DateTimeFormat(intlLocale(ctx.ui), {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(monthRange(month).year, monthRange(month).index - 1, 15))
  const monthHref = (other: string) => linkTo(ctx, `/festivals?month=${other}`)
  return (
    <Layout ctx={ctx} title={t.festivalCalendar} description={t.festivalCalendarIntro}>
      <h1>{t.festivalCalendar}</h1>
      <p>
        {t.festivalCalendarIntro}{' '}
        <a href={linkTo(ctx, '/festivals.ics')} download>
          {t.subscribeFestivals}
        </a>
      </p>
      <section aria-labelledby="month">
        <h2 id="month">{title}</h2>
        <p className="month-nav">
          <a href={monthHref(shiftMonth(month, -1))} rel="nofollow">
            {t.previousMonth}
          </a>{' '}
          <a href={monthHref(shiftMonth(month, 1))} rel="nofollow">
            {t.nextMonth}
          </a>
        </p>
        <table className="month">
          <caption>
            {title} · {t.beijingTime}
          </caption>
          <thead>
            <tr>
              {weekdayNames(ctx).map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(month, inMonth.docs).map((week, row) => (
              <tr key={row}>
                {week.map((cell, column) =>
                  cell ? (
                    <td key={column} className={cell.campaigns.length ? 'has-festival' : undefined}>
                      <span className="day">{cell.day}</span>
                      {cell.campaigns.map((campaign) => {
                        const href = campaignHref(ctx, belts, campaign)
                        return (
                          <span key={campaign.id} className="festival-day">
                            {href ? <a href={href}>{campaign.name}</a> : campaign.name}
                          </span>
                        )
                      })}
                    </td>
                  ) : (
                    <td key={column} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {inMonth.docs.length === 0 ? <p>{t.noFestivalsThisMonth}</p> : null}
      </section>
      {live.docs.length ? (
        <section>
          <h2>{t.liveNow}</h2>
          <FestivalRows
            ctx={ctx}
            belts={belts}
            items={live.docs.map((campaign) => ({ campaign }))}
            clock="end"
          />
        </section>
      ) : null}
      {soon.docs.length ? (
        <section>
          <h2>{t.startingSoon}</h2>
          <FestivalRows
            ctx={ctx}
            belts={belts}
            items={soon.docs.map((campaign) => ({ campaign }))}
            clock="start"
          />
        </section>
      ) : null}
      {pastListed.length ? (
        <section>
          <h2>{t.pastEditions}</h2>
          <FestivalRows ctx={ctx} belts={belts} items={pastListed} />
        </section>
      ) : null}
    </Layout>
  )
}

/** Every festival in view, past ones of the last year included, as one calendar to subscribe to. */
export const festivalsIcs = async (ctx: RenderContext) => {
  const belts = await beltsInView(ctx)
  const since = new Date(now().getTime() - 366 * DAY_MS).toISOString()
  const { docs } = await read(
    ctx,
    campaignsWhere(belts, [{ endsAt: { greater_than: since } }]),
    'startsAt',
    500,
  )
  const events: EventAttributes[] = docs.map((campaign) => {
    const href = campaignHref(ctx, belts, campaign)
    return {
      uid: `campaign-${campaign.id}@chandi`,
      title: icsText(campaign.name),
      start: new Date(campaign.startsAt).getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: new Date(campaign.endsAt).getTime(),
      endInputType: 'utc',
      endOutputType: 'utc',
      description: icsText(beltName(belts, campaign) ?? '') || undefined,
      url: href ? (href.startsWith('http') ? href : `${ctx.canonicalOrigin}${href}`) : undefined,
      productId: 'chandi/festivals',
    }
  })
  if (events.length === 0) return emptyCalendar(ctx)
  const { error, value } = createEvents(events, { calName: ctx.t.festivalCalendar })
  if (error || !value) throw error ?? new Error('calendar could not be written')
  return value
}

/** `ics` refuses an empty list; a subscribed calendar with nothing in it is still a calendar. */
const emptyCalendar = (ctx: RenderContext) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:chandi/festivals\r\nX-WR-CALNAME:${ctx.t.festivalCalendar}\r\nEND:VCALENDAR\r\n`
