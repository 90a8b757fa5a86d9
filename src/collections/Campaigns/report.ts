import type { Endpoint, PayloadRequest } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { isBeltOperator, isOperatorOf, isPlatformAdmin } from '@/access/roles'
import { SLUGS } from '@/constants'
import { festivalReport } from '@/dashboard/festivalReport'
import { festivalReportHTML } from '@/dashboard/festivalReportPage'
import { PdfUnavailable, printToPdf } from '@/platform/printPdf'
import { campaignState, now } from '@/utilities/clock'

/**
 * `GET /api/campaigns/<id>/report[?lang=en][&format=pdf|json]`: an ended campaign's report for
 * its belt's operators and platform admins (src/dashboard/festivalReport.ts). Anonymous: 401;
 * anyone who operates no belt (a factory member, a buyer): 403; another belt's operator: 404, as
 * for a campaign that does not exist; a campaign not yet ended (or never published): 409. The
 * PDF is Chromium printing the same page; without Chromium it is a 503 naming what is missing.
 */

const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

const FORMATS = ['html', 'pdf', 'json'] as const
const LANGUAGES = ['zh', 'en'] as const
const NOT_FOUND = 'Campaign not found. 找不到该活动。'

/** The campaign, as published, if the user may read its report; a Response if not. */
const reportable = async (req: PayloadRequest, locale: 'zh' | 'en') => {
  const user = req.user as ChandiUser | null
  if (!user) return fail(401, 'Log in first. 请先登录。')
  if (!isPlatformAdmin(user) && !isBeltOperator(user))
    return fail(
      403,
      'Only the belt’s operators may read a festival report. 只有产业带运营人员可以查看活动报告。',
    )
  const id = String(req.routeParams?.id ?? '')
  const numeric = req.payload.db.defaultIDType === 'number'
  if (numeric ? !/^\d{1,15}$/.test(id) : !/^[A-Za-z0-9_-]{1,64}$/.test(id))
    return fail(404, NOT_FOUND)
  const campaign = await req.payload
    .findByID({
      collection: SLUGS.campaigns,
      id: numeric ? Number(id) : id,
      depth: 0,
      // Names in the report's language, the Chinese where one is missing.
      locale,
      fallbackLocale: 'zh',
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  if (!campaign || !(isPlatformAdmin(user) || isOperatorOf(user, campaign.tenant as never)))
    return fail(404, NOT_FOUND)
  return campaign
}

const NOT_ENDED = {
  draft:
    'This campaign has not been published: a report is made once it has run and ended. 该活动尚未发布，活动结束后才能生成报告。',
  scheduled:
    'This campaign has not started yet: its report is available once it ends. 活动尚未开始，结束后才能生成报告。',
  live: 'This campaign is still running: its report is available once it ends. 活动仍在进行，结束后才能生成报告。',
} as const

export const festivalReportEndpoint: Endpoint = {
  path: '/:id/report',
  method: 'get',
  handler: async (req) => {
    const query = (req.query ?? {}) as Record<string, unknown>
    const format = String(query.format ?? 'html') as (typeof FORMATS)[number]
    const language = String(query.lang ?? 'zh') as (typeof LANGUAGES)[number]
    if (!FORMATS.includes(format)) return fail(400, 'format: html, pdf or json.')
    if (!LANGUAGES.includes(language)) return fail(400, 'lang: zh or en.')
    const campaign = await reportable(req, language)
    if (campaign instanceof Response) return campaign
    const state = campaignState({
      status: campaign._status,
      startsAt: campaign.startsAt,
      endsAt: campaign.endsAt,
    })
    if (state !== 'ended')
      return Response.json(
        { errors: [{ message: NOT_ENDED[state] }], state, endsAt: campaign.endsAt },
        { status: 409, headers: { 'Cache-Control': 'no-store' } },
      )
    const report = await festivalReport(req.payload, campaign as never, {
      locale: language,
      at: now(),
    })
    const headers = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }
    if (format === 'json') return Response.json(report, { headers })
    const html = festivalReportHTML(report, language)
    const filename = `chandi-${campaign.slug}-report`
    if (format === 'html')
      return new Response(html, {
        headers: {
          ...headers,
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy':
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
        },
      })
    try {
      const pdf = await printToPdf(html)
      return new Response(new Uint8Array(pdf), {
        headers: {
          ...headers,
          'Content-Type': 'application/pdf',
          'Content-Disposition': `inline; filename="${filename}.pdf"`,
        },
      })
    } catch (error) {
      if (error instanceof PdfUnavailable) return fail(503, error.message)
      throw error
    }
  },
}
