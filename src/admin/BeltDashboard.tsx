import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs } from '@/access/roles'
import { BELT_ROLES } from '@/constants'
import { beltFigures, type Figure } from '@/dashboard/figures'

import { BeltActivity, Downloads } from './BeltActivity'
import { FestivalComparison } from './FestivalComparison'

// Only the admin's theme variables (no fixed colours), so the dashboard follows light and dark mode.
const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  background: 'var(--theme-elevation-50)',
  color: 'var(--theme-text)',
  borderRadius: 6,
  padding: '12px 16px',
  minWidth: 150,
}

const FigureCard = ({ figure, label }: { figure: Figure; label: string }) => (
  <a
    href={figure.href}
    style={{ ...card, display: 'block', textDecoration: 'none', color: 'inherit' }}
  >
    <div style={{ fontSize: 28, fontWeight: 600 }}>{figure.value}</div>
    <div>{label}</div>
  </a>
)

/**
 * The admin's home for a belt's operator: the belt's figures (src/dashboard/figures.ts), each
 * linking to the list it counts, the last 90 days' charts and the "to nudge" list
 * (BeltActivity), a festival against its last edition (FestivalComparison, `?festival=<id>`),
 * and the onboarding checklist of a new belt. Every figure downloads as CSV/XLSX.
 */
export const BeltDashboard = async ({
  payload,
  user,
  i18n,
  searchParams,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
  searchParams?: Record<string, string | string[] | undefined>
}) => {
  const belt = getBeltIDs(user as ChandiUser | null, BELT_ROLES.operator)[0]
  if (belt === undefined) return null
  const zh = i18n.language !== 'en'
  const figures = await beltFigures(payload, belt)
  const name = typeof figures.belt.name === 'string' ? figures.belt.name : ''
  const minutes = figures.inquiries.medianFirstResponseMinutes
  return (
    <section data-testid="belt-dashboard" style={{ marginBottom: 32 }}>
      <h2>{zh ? `${name} · 产业带概况` : `${name} · belt overview`}</h2>
      <h3>{zh ? '工厂' : 'Factories'}</h3>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <FigureCard figure={figures.factories.total} label={zh ? '工厂总数' : 'Factories'} />
        <FigureCard figure={figures.factories.verified} label={zh ? '已认证' : 'Verified'} />
        <FigureCard
          figure={figures.factories.withoutProducts}
          label={zh ? '还没有产品' : 'Without products'}
        />
        <FigureCard
          figure={figures.factories.withoutPhotos}
          label={zh ? '还没有照片' : 'Without photos'}
        />
        <FigureCard
          figure={figures.products.publishedThisWeek}
          label={zh ? '本周新发布产品' : 'Products published this week'}
        />
      </div>
      <h3>{zh ? '询盘与直播' : 'Inquiries and live'}</h3>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <FigureCard
          figure={figures.inquiries.thisWeek}
          label={zh ? '本周询盘' : 'Inquiries this week'}
        />
        <div style={card}>
          <div style={{ fontSize: 28, fontWeight: 600 }}>
            {minutes === null ? '—' : `${Math.round(minutes)}`}
          </div>
          <div>{zh ? '首次回复中位数（分钟）' : 'Median first reply (minutes)'}</div>
        </div>
        <FigureCard
          figure={{ value: figures.live.sessionsNext24h, href: figures.live.href }}
          label={zh ? '未来 24 小时直播' : 'Live sessions, next 24 h'}
        />
        <div style={card}>
          <div style={{ fontSize: 28, fontWeight: 600 }}>{figures.live.hoursCoveredNext24h}/24</div>
          <div>{zh ? '有直播的小时' : 'Hours with a session'}</div>
        </div>
      </div>
      <h3>{zh ? '节日活动' : 'Campaigns'}</h3>
      <p>
        <a href={figures.campaigns.href}>
          {zh
            ? `进行中 ${figures.campaigns.live} · 即将开始 ${figures.campaigns.scheduled} · 草稿 ${figures.campaigns.draft} · 已结束 ${figures.campaigns.ended}`
            : `live ${figures.campaigns.live} · scheduled ${figures.campaigns.scheduled} · draft ${figures.campaigns.draft} · ended ${figures.campaigns.ended}`}
        </a>
        {figures.campaigns.next ? (
          <>
            {' · '}
            {zh ? '下一个：' : 'next: '}
            {typeof figures.campaigns.next.name === 'string' ? figures.campaigns.next.name : ''}（
            {new Date(figures.campaigns.next.startsAt).toLocaleString(zh ? 'zh-CN' : 'en')}）
          </>
        ) : null}
      </p>
      <p>
        {zh ? '以上数字 ' : 'The figures above '}
        <Downloads belt={belt} figure="overview" zh={zh} />
      </p>
      <BeltActivity payload={payload} belt={belt} zh={zh} />
      <FestivalComparison
        payload={payload}
        belt={belt}
        zh={zh}
        chosen={typeof searchParams?.festival === 'string' ? searchParams.festival : undefined}
      />
      <h3>{zh ? '新产业带上线清单' : 'Getting a new belt ready'}</h3>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {figures.checklist.map((item) => (
          <li key={item.key}>
            <span
              aria-label={item.done ? (zh ? '已完成' : 'done') : zh ? '待完成' : 'to do'}
              style={{
                color: item.done ? 'var(--theme-success-500)' : 'var(--theme-elevation-500)',
              }}
            >
              {item.done ? '✓' : '○'}
            </span>{' '}
            <a href={item.href}>{zh ? item.zh : item.en}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
