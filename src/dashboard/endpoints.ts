import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { idOf, isOperatorOf, isPlatformAdmin } from '@/access/roles'
import { SLUGS } from '@/constants'
import { beltFigures, dashboardBelts } from '@/dashboard/figures'
import { comparisonRows, festivalComparison } from '@/dashboard/festivalCompare'
import { dailySeries, nudgeList, type NudgeRow } from '@/dashboard/series'
import { adminLink, queueMail } from '@/inquiries/mail'
import { factoryMembers } from '@/inquiries/notify'
import { CONTENT_TYPES, type Format, toFile } from '@/imports/sheets'
import { RateLimiter } from '@/platform/rateLimit'

/**
 * The operator's dashboard's two actions: its figures as CSV or XLSX, and the reminder e-mail to
 * a slow factory's members. Both for the belt's operators (and platform admins) only, and only
 * about that belt: anyone else gets a 403, another belt's factory a 404, and nothing is sent.
 */

type ID = number | string
const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const FORBIDDEN = 'Only a belt’s operators may do this. 只有产业带运营人员可以操作。'

/** The belt a request is about: `belt` in the query (or body), else the operator's own. */
const callerBelt = (req: PayloadRequest, asked: unknown): ID | Response => {
  const user = req.user as ChandiUser | null
  const own = dashboardBelts(user)
  const belt =
    asked !== undefined && asked !== null && asked !== ''
      ? String(asked)
      : own?.[0] !== undefined
        ? String(own[0])
        : null
  if (!user || belt === null || !(isPlatformAdmin(user) || isOperatorOf(user, belt as never)))
    return fail(403, FORBIDDEN)
  return belt
}

export const FIGURES = ['daily', 'nudge', 'overview', 'festival'] as const
type FigureName = (typeof FIGURES)[number]
type Table = { header: string[]; rows: (string | number)[][] }

const minutes = (value: number | null) => (value === null ? '' : value)

const nudgeTable = (rows: NudgeRow[], zh: boolean): Table => ({
  header: zh
    ? ['工厂', '网址名', '首次回复中位数（分钟）', '未回复询盘', '近 90 天询盘']
    : ['Factory', 'Slug', 'Median first reply (minutes)', 'Open unanswered', 'Inquiries, 90 days'],
  rows: rows.map((row) => [
    row.factory.name,
    row.factory.slug,
    minutes(row.medianFirstReplyMinutes),
    row.openUnanswered,
    row.inquiries,
  ]),
})

/** One figure of the dashboard as a table, in the admin's language. */
export const figureTable = async (
  req: PayloadRequest,
  belt: ID,
  figure: FigureName,
  zh: boolean,
  campaign?: unknown,
): Promise<Table> => {
  if (figure === 'festival') {
    const comparison =
      typeof campaign === 'string' && campaign
        ? await festivalComparison(req.payload, belt, campaign, { locale: zh ? 'zh' : 'en' })
        : null
    // Not one of this belt's started festivals: answered as a missing one (the caller's 404).
    if (!comparison) throw new Error('no such festival')
    const value = (count: number | null) => (count === null ? '' : count)
    return {
      header: zh
        ? [
            '第几天',
            '本届日期',
            '本届访问',
            '本届询盘',
            '本届首次回复',
            '上届日期',
            '上届访问',
            '上届询盘',
            '上届首次回复',
          ]
        : [
            'Day',
            'This edition: date',
            'Visits',
            'Inquiries',
            'First replies',
            'Last edition: date',
            'Visits',
            'Inquiries',
            'First replies',
          ],
      rows: comparisonRows(comparison).map((row) => [
        row.day,
        row.current.date,
        value(row.current.visits),
        value(row.current.inquiries),
        value(row.current.firstReplies),
        row.previous.date,
        value(row.previous.visits),
        value(row.previous.inquiries),
        value(row.previous.firstReplies),
      ]),
    }
  }
  if (figure === 'daily') {
    const series = await dailySeries(req.payload, belt)
    return {
      header: zh
        ? ['日期', '访问', '询盘', '首次回复']
        : ['Day', 'Visits', 'Inquiries', 'First replies'],
      rows: series.days.map((day, index) => [
        day,
        series.visits[index],
        series.inquiries[index],
        series.replies[index],
      ]),
    }
  }
  if (figure === 'nudge')
    return nudgeTable(await nudgeList(req.payload, belt, { locale: zh ? 'zh' : 'en' }), zh)
  const figures = await beltFigures(req.payload, belt)
  const rows: [string, string, number | string][] = [
    ['factories', zh ? '工厂总数' : 'Factories', figures.factories.total.value],
    ['verified', zh ? '已认证' : 'Verified', figures.factories.verified.value],
    [
      'withoutProducts',
      zh ? '还没有产品' : 'Without products',
      figures.factories.withoutProducts.value,
    ],
    ['withoutPhotos', zh ? '还没有照片' : 'Without photos', figures.factories.withoutPhotos.value],
    [
      'productsPublishedThisWeek',
      zh ? '本周新发布产品' : 'Products published this week',
      figures.products.publishedThisWeek.value,
    ],
    [
      'inquiriesThisWeek',
      zh ? '本周询盘' : 'Inquiries this week',
      figures.inquiries.thisWeek.value,
    ],
    [
      'medianFirstResponseMinutes',
      zh ? '首次回复中位数（分钟）' : 'Median first reply (minutes)',
      minutes(
        figures.inquiries.medianFirstResponseMinutes === null
          ? null
          : Math.round(figures.inquiries.medianFirstResponseMinutes),
      ),
    ],
    [
      'liveSessionsNext24h',
      zh ? '未来 24 小时直播' : 'Live sessions, next 24 h',
      figures.live.sessionsNext24h,
    ],
    [
      'hoursCoveredNext24h',
      zh ? '有直播的小时' : 'Hours with a session',
      figures.live.hoursCoveredNext24h,
    ],
    ['campaignsLive', zh ? '进行中的节日活动' : 'Campaigns live', figures.campaigns.live],
    [
      'campaignsScheduled',
      zh ? '即将开始的节日活动' : 'Campaigns scheduled',
      figures.campaigns.scheduled,
    ],
    ['campaignsDraft', zh ? '节日活动草稿' : 'Campaign drafts', figures.campaigns.draft],
    ['campaignsEnded', zh ? '已结束的节日活动' : 'Campaigns ended', figures.campaigns.ended],
  ]
  return { header: zh ? ['代码', '指标', '数值'] : ['Key', 'Figure', 'Value'], rows }
}

/**
 * `GET /api/dashboard/figures?figure=daily|nudge|overview|festival&format=csv|xlsx[&belt=<id>][&lang=en]`
 * (`&campaign=<id>` with `festival`: one of the belt's started festivals against its last edition).
 */
export const figuresDownloadEndpoint: Endpoint = {
  path: '/dashboard/figures',
  method: 'get',
  handler: async (req) => {
    const query = (req.query ?? {}) as Record<string, unknown>
    const belt = callerBelt(req, query.belt)
    if (belt instanceof Response) return belt
    const format = String(query.format ?? 'csv') as Format
    const figure = String(query.figure ?? '') as FigureName
    if (!Object.hasOwn(CONTENT_TYPES, format)) return fail(400, 'format: csv or xlsx.')
    if (!FIGURES.includes(figure)) return fail(400, `figure: one of ${FIGURES.join(', ')}.`)
    const zh = query.lang !== 'en'
    let table: Table
    let slug: string
    try {
      const tenant = await req.payload.findByID({
        collection: SLUGS.tenants,
        id: belt,
        depth: 0,
        overrideAccess: true,
        select: { slug: true },
      })
      slug = String(tenant.slug)
      table = await figureTable(req, belt, figure, zh, query.campaign)
    } catch {
      return fail(404, 'Not Found')
    }
    const data = await toFile(format, figure, table.header, table.rows)
    return new Response(new Uint8Array(data), {
      headers: {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="chandi-${slug}-${figure}.${format}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

/** One reminder per factory per 24 hours, whoever asks (every node counts in the same store). */
export const REMINDER_WINDOW_MS = 24 * 3_600_000
const reminders = new RateLimiter('factory-reminder', 1, REMINDER_WINDOW_MS)

const hours = (value: number | null) =>
  value === null ? '（还没有回复过）' : `${Math.round((value / 60) * 10) / 10} 小时`

/** The reminder, in Chinese (factory staff): counts and a link to their inquiries, no buyer. */
export const reminderMail = (beltName: string, row: NudgeRow) => ({
  subject: `询盘催办：${row.factory.name} 有 ${row.openUnanswered} 条询盘待回复`,
  text: [
    '您好！',
    '',
    `${beltName}产业带运营人员提醒：${row.factory.name}近 90 天收到 ${row.inquiries} 条询盘，其中 ${row.openUnanswered} 条还没有回复；首次回复时间中位数：${hours(row.medianFirstReplyMinutes)}。`,
    '买家往往选择最先回复的工厂，请尽快登录后台回复：',
    adminLink('/admin/collections/inquiries'),
    '',
    '（本邮件由产地平台代产业带运营人员发送；每个工厂 24 小时内最多收到一次催办。）',
  ].join('\n'),
})

/**
 * `POST /api/dashboard/remind` with `{ factory: <id> }` or `{ all: true }` (`belt` too for a
 * platform admin): e-mails the members of the belt's factories on the "to nudge" list. A factory
 * reminded in the last 24 hours is skipped; when nothing could be sent for that reason, 429.
 */
export const remindEndpoint: Endpoint = {
  path: '/dashboard/remind',
  method: 'post',
  handler: async (req) => {
    const user = req.user as ChandiUser | null
    if (!user || !(isPlatformAdmin(user) || (dashboardBelts(user) ?? []).length))
      return fail(403, FORBIDDEN)
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return fail(400, 'The body must be JSON: { "factory": <id> } or { "all": true }.')
    }
    const data = (req.data ?? {}) as Record<string, unknown>
    const factoryID = data.factory
    const all = data.all === true
    if (!all && typeof factoryID !== 'number' && typeof factoryID !== 'string')
      return fail(400, 'factory: the id of one of your belt’s factories (or "all": true).')
    let belt: ID | Response
    if (all) belt = callerBelt(req, data.belt)
    else {
      const factory = await req.payload
        .findByID({
          collection: SLUGS.factories,
          id: factoryID as ID,
          depth: 0,
          overrideAccess: true,
          draft: true,
          select: { tenant: true },
        })
        .catch(() => null)
      const tenant = factory ? idOf(factory.tenant as never) : null
      // Another belt's factory answers as a missing one: its existence is not the caller's to know.
      if (tenant === null || !(isPlatformAdmin(user) || isOperatorOf(user, tenant)))
        return fail(404, 'Not Found')
      belt = tenant
    }
    if (belt instanceof Response) return belt
    const list = await nudgeList(req.payload, belt)
    const chosen = all ? list : list.filter((row) => String(row.factory.id) === String(factoryID))
    if (!all && chosen.length === 0)
      return fail(
        409,
        'This factory is not on the “to nudge” list: nothing waits for its reply. 该工厂没有待催办的询盘。',
      )
    const tenant = await req.payload.findByID({
      collection: SLUGS.tenants,
      id: belt,
      depth: 0,
      overrideAccess: true,
      select: { name: true },
    })
    const sent: { factory: ID; recipients: number }[] = []
    const limited: ID[] = []
    const withoutMembers: ID[] = []
    for (const row of chosen) {
      const members = await factoryMembers({ payload: req.payload, factoryID: row.factory.id })
      if (members.length === 0) {
        withoutMembers.push(row.factory.id)
        continue
      }
      if (!(await reminders.take(String(row.factory.id)))) {
        limited.push(row.factory.id)
        continue
      }
      const mail = reminderMail(String(tenant.name ?? ''), row)
      await queueMail(
        { payload: req.payload },
        members.map((to) => ({ to, ...mail })),
      )
      sent.push({ factory: row.factory.id, recipients: members.length })
    }
    if (sent.length === 0 && limited.length > 0)
      return Response.json(
        {
          errors: [
            {
              message:
                'Already reminded in the last 24 hours: one reminder per factory per 24 hours. 24 小时内已催办过（每个工厂 24 小时最多一次）。',
            },
          ],
          sent,
          limited,
          withoutMembers,
        },
        { status: 429 },
      )
    return Response.json({ sent, limited, withoutMembers })
  },
}
