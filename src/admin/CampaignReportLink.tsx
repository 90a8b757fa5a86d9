import type { UIFieldServerComponent } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { isOperatorOf, isPlatformAdmin } from '@/access/roles'
import { SLUGS } from '@/constants'
import { campaignState } from '@/utilities/clock'

/**
 * On an ended campaign's edit page, for its belt's operators: links to its festival report, the
 * page and the A4 PDF (`GET /api/campaigns/<id>/report`), in the admin's language. Nothing for a
 * campaign still to come or running, nor for anyone else.
 */
export const CampaignReportLink: UIFieldServerComponent = async ({ id, req, i18n }) => {
  if (!id) return null
  const campaign = await req.payload.findByID({
    collection: SLUGS.campaigns,
    id: id as number,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { tenant: true, startsAt: true, endsAt: true, _status: true },
    req,
  })
  const user = req.user as ChandiUser | null
  if (!campaign || !(isPlatformAdmin(user) || isOperatorOf(user, campaign.tenant as never)))
    return null
  const state = campaignState({
    status: campaign._status,
    startsAt: campaign.startsAt,
    endsAt: campaign.endsAt,
  })
  if (state !== 'ended') return null
  const zh = i18n.language === 'zh'
  const base = `/api/campaigns/${campaign.id}/report${zh ? '' : '?lang=en'}`
  return (
    <p data-testid="campaign-report" style={{ margin: '0 0 16px' }}>
      <a href={base} target="_blank" rel="noopener">
        {zh ? '活动报告' : 'Festival report'}
      </a>
      {' · '}
      <a href={`${base}${zh ? '?' : '&'}format=pdf`} target="_blank" rel="noopener">
        PDF (A4)
      </a>
    </p>
  )
}
