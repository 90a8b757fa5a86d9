import type { UIFieldServerComponent } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { isOperatorOf, isPlatformAdmin } from '@/access/roles'
import { computeCoverage } from '@/collections/Campaigns/endpoints'
import { SLUGS } from '@/constants'

/**
 * The coverage view on a campaign's edit page: the 24 hours of the belt's day, and on how many
 * of the campaign's days each has a live session. Gaps are where the belt should add sessions so
 * that buyers in every time zone find someone live.
 */
export const CampaignCoverage: UIFieldServerComponent = async ({ id, req, i18n }) => {
  const isChinese = i18n.language === 'zh'
  if (!id) return null
  const campaign = await req.payload.findByID({
    collection: SLUGS.campaigns,
    id: id as number,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const user = req.user as ChandiUser | null
  if (!campaign || !(isPlatformAdmin(user) || isOperatorOf(user, campaign.tenant as never)))
    return null
  const coverage = await computeCoverage({ req, campaign })
  return (
    <div style={{ marginBottom: 24 }} data-testid="campaign-coverage">
      <h3>{isChinese ? '直播覆盖（每天 24 小时）' : 'Live coverage (24 hours a day)'}</h3>
      <p>
        {isChinese
          ? `${coverage.timeZone} · 活动共 ${coverage.days} 天 · ${coverage.sessions} 场直播 · 空档 ${coverage.gaps.length} 个小时`
          : `${coverage.timeZone} · ${coverage.days} days · ${coverage.sessions} sessions · ${coverage.gaps.length} hours with no session`}
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', gap: 4 }}>
        {coverage.hours.map((row) => (
          <div
            key={row.hour}
            title={
              isChinese
                ? `${row.hour}:00 — ${row.daysCovered}/${coverage.days} 天有直播`
                : `${row.hour}:00 — live on ${row.daysCovered} of ${coverage.days} days`
            }
            style={{
              padding: '6px 0',
              textAlign: 'center',
              borderRadius: 4,
              // The admin's theme colours, so the grid reads in light and dark mode alike.
              background:
                row.daysCovered === 0 ? 'var(--theme-error-100)' : 'var(--theme-success-100)',
              color: 'var(--theme-text)',
            }}
          >
            {String(row.hour).padStart(2, '0')}
            <br />
            <small>{row.daysCovered}</small>
          </div>
        ))}
      </div>
    </div>
  )
}
