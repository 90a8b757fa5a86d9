import type { WidgetServerProps } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { factoryHome, type FactoryHomeFigures } from '@/dashboard/factoryHome'
import { ProgressBar } from '@/admin/ProfileMeter'

// Only the admin's theme variables (no fixed colours), so the home follows light and dark mode.
const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  background: 'var(--theme-elevation-50)',
  color: 'var(--theme-text)',
  borderRadius: 6,
  padding: '12px 16px',
  minWidth: 150,
  display: 'block',
  textDecoration: 'none',
}
const row: React.CSSProperties = { display: 'flex', gap: 12, flexWrap: 'wrap' }
const muted: React.CSSProperties = { color: 'var(--theme-elevation-600)' }
const heading: React.CSSProperties = { margin: '24px 0 10px' }

/** One number, marked `data-figure`/`data-value` for the tests, linking to its list if it has one. */
const Card = ({
  figure,
  value,
  shown = value === null ? '—' : String(value),
  label,
  href,
}: {
  figure: string
  value: number | null
  shown?: string
  label: string
  href?: string
}) => {
  const body = (
    <>
      <div style={{ fontSize: 28, fontWeight: 600 }} data-value={value ?? ''}>
        {shown}
      </div>
      <div>{label}</div>
    </>
  )
  return href ? (
    <a data-figure={figure} href={href} style={card}>
      {body}
    </a>
  ) : (
    <div data-figure={figure} style={card}>
      {body}
    </div>
  )
}

/** Minutes as the admin reads them: minutes under two hours, else hours to one decimal. */
const duration = (minutes: number | null, zh: boolean) => {
  if (minutes === null) return '—'
  if (minutes < 120) return zh ? `${Math.round(minutes)} 分钟` : `${Math.round(minutes)} min`
  const hours = Math.round(minutes / 6) / 10
  return zh ? `${hours} 小时` : `${hours} h`
}

const Replies = ({ figures, zh }: { figures: FactoryHomeFigures; zh: boolean }) => {
  const own = figures.replies.factory.medianMinutes
  const belt = figures.replies.belt.medianMinutes
  const round = (minutes: number | null) => (minutes === null ? null : Math.round(minutes))
  const compared =
    own === null || belt === null
      ? null
      : own <= belt
        ? zh
          ? '比产业带中位数快或持平'
          : 'as fast as the belt’s median or faster'
        : zh
          ? '比产业带中位数慢'
          : 'slower than the belt’s median'
  return (
    <>
      <div style={{ ...row, marginTop: 12 }}>
        <Card
          figure="replyFactory"
          value={round(own)}
          shown={duration(own, zh)}
          label={zh ? '我的首次回复中位数' : 'My median first reply'}
        />
        <Card
          figure="replyBelt"
          value={round(belt)}
          shown={duration(belt, zh)}
          label={zh ? '产业带首次回复中位数' : 'The belt’s median first reply'}
        />
      </div>
      <p style={muted}>
        {zh
          ? `近 ${figures.replies.days} 天收到的询盘（我已回复 ${figures.replies.factory.answered} 条）`
          : `Inquiries of the last ${figures.replies.days} days (${figures.replies.factory.answered} answered by me)`}
        {compared ? ` · ${compared}` : ''}
      </p>
    </>
  )
}

/**
 * A factory member's admin home (a dashboard widget, see payload.config.ts): their factory's
 * views, waiting inquiries, reply time against the belt's, and what to fill next in the profile
 * (src/dashboard/factoryHome.ts), in the admin's language.
 */
export const FactoryHome = async ({ req, user }: WidgetServerProps) => {
  const zh = req.i18n.language !== 'en'
  const figures = await factoryHome(req.payload, (user ?? null) as ChandiUser | null, {
    locale: zh ? 'zh' : 'en',
  })
  if (!figures) return null
  const { views, profile } = figures
  const name = typeof figures.factory.name === 'string' ? figures.factory.name : ''
  return (
    <section data-testid="factory-home" style={{ marginBottom: 32 }}>
      <h2>{zh ? `${name} · 我的工厂` : `${name} · my factory`}</h2>
      <h3 style={heading}>{zh ? '浏览量' : 'Views'}</h3>
      {figures.factory.onPortal ? null : (
        <p style={muted}>
          {zh
            ? '工厂或产业带门户尚未发布，采购商还看不到，暂无浏览量。'
            : 'The factory or its belt’s portal is not published yet: no buyer sees it, so no views.'}
        </p>
      )}
      <div style={row}>
        <Card
          figure="profileViews7"
          value={views.profile.days7}
          label={zh ? '工厂主页 · 近 7 天' : 'Profile · last 7 days'}
        />
        <Card
          figure="profileViews30"
          value={views.profile.days30}
          label={zh ? '工厂主页 · 近 30 天' : 'Profile · last 30 days'}
        />
        <Card
          figure="productViews7"
          value={views.products.days7}
          label={zh ? '产品 · 近 7 天' : 'Products · last 7 days'}
          href={views.href}
        />
        <Card
          figure="productViews30"
          value={views.products.days30}
          label={zh ? '产品 · 近 30 天' : 'Products · last 30 days'}
          href={views.href}
        />
      </div>
      <h3 style={heading}>{zh ? '询盘' : 'Inquiries'}</h3>
      <div style={row}>
        <Card
          figure="waiting"
          value={figures.inquiries.waiting.value}
          label={zh ? '等待我回复的询盘' : 'Inquiries waiting for my reply'}
          href={figures.inquiries.waiting.href}
        />
      </div>
      <Replies figures={figures} zh={zh} />
      <h3 style={heading}>{zh ? '资料完整度' : 'Profile'}</h3>
      <div data-figure="profile" data-value={profile.percent} style={{ maxWidth: 480 }}>
        <strong>
          {zh ? `资料完整度 ${profile.percent}%` : `Profile ${profile.percent}% complete`}
        </strong>
        <ProgressBar percent={profile.percent} />
        {profile.next ? (
          <p data-next={profile.next.key}>
            {zh ? '下一步：' : 'Next: '}
            <a href={profile.href}>{zh ? profile.next.zh : profile.next.en}</a>
          </p>
        ) : (
          <p>{zh ? '资料已完整。' : 'Your profile is complete.'}</p>
        )}
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {profile.checks.map((check) => (
            <li key={check.key} data-check={check.key} data-done={check.done}>
              {check.done ? '✓' : '○'} {zh ? check.zh : check.en}
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
