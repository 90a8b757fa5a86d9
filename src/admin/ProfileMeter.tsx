import type { UIFieldServerComponent } from 'payload'

import { readProfileCompleteness } from '@/dashboard/profile'

/**
 * "Complete your profile": on a factory's edit page, how complete the profile is and what is
 * missing (src/dashboard/profile.ts: photos, certificates, a tour video, texts in both
 * languages, priced products), because complete profiles are the ones buyers trust.
 */
export const ProfileMeter: UIFieldServerComponent = async ({ id, req, i18n }) => {
  if (!id) return null
  const zh = i18n.language !== 'en'
  const profile = await readProfileCompleteness(req.payload, id as number, req)
  if (!profile) return null
  const { percent, checks } = profile
  return (
    <div data-testid="profile-meter" style={{ marginBottom: 24 }}>
      <strong>{zh ? `资料完整度 ${percent}%` : `Profile ${percent}% complete`}</strong>
      <ProgressBar percent={percent} />
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {checks.map((check) => (
          <li key={check.key}>
            {check.done ? '✓' : '○'} {zh ? check.zh : check.en}
          </li>
        ))}
      </ul>
      {percent < 100 ? (
        <p style={{ opacity: 0.7 }}>
          {zh ? '资料完整的工厂更容易获得采购商信任。' : 'Buyers trust complete profiles more.'}
        </p>
      ) : null}
    </div>
  )
}

/** The meter's bar, in the admin's theme colours (the factory home shows it too). */
export const ProgressBar = ({ percent }: { percent: number }) => (
  <div
    role="progressbar"
    aria-valuenow={percent}
    aria-valuemin={0}
    aria-valuemax={100}
    style={{
      height: 8,
      background: 'var(--theme-elevation-100)',
      borderRadius: 4,
      margin: '6px 0',
    }}
  >
    <div
      style={{
        width: `${percent}%`,
        height: '100%',
        background: percent === 100 ? 'var(--theme-success-500)' : 'var(--theme-warning-500)',
        borderRadius: 4,
      }}
    />
  </div>
)
