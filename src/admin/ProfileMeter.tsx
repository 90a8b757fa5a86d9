import type { UIFieldServerComponent } from 'payload'

import { SLUGS } from '@/constants'

type Check = { done: boolean; zh: string; en: string }

/**
 * "Complete your profile": on a factory's edit page, how complete the profile is and what is
 * missing — photos, certificates, a tour video, texts in both languages, priced products —
 * because complete profiles are the ones buyers trust.
 */
export const ProfileMeter: UIFieldServerComponent = async ({ id, req, i18n }) => {
  if (!id) return null
  const zh = i18n.language !== 'en'
  const factory = await req.payload.findByID({
    collection: SLUGS.factories,
    id: id as number,
    depth: 0,
    draft: true,
    locale: 'all',
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!factory) return null
  const localized = (value: unknown, locale: 'zh' | 'en') =>
    Boolean((value as Record<string, string> | null)?.[locale]?.trim())
  const products = await req.payload.count({
    collection: SLUGS.products,
    where: { and: [{ factory: { equals: factory.id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  const checks: Check[] = [
    {
      done: (factory.photos ?? []).length >= 3,
      zh: '至少 3 张工厂照片',
      en: 'At least 3 factory photos',
    },
    {
      done: (factory.certifications ?? []).length > 0,
      zh: '至少 1 个认证证书',
      en: 'At least one certificate',
    },
    { done: Boolean(factory.tourVideoUrl), zh: '工厂参观视频', en: 'A factory tour video' },
    {
      done: localized(factory.summary, 'zh') && localized(factory.summary, 'en'),
      zh: '中英文简介',
      en: 'A summary in Chinese and English',
    },
    {
      done: products.totalDocs >= 5,
      zh: '至少 5 个已发布、带阶梯价的产品',
      en: 'At least 5 published products with prices',
    },
  ]
  const percent = Math.round((checks.filter((check) => check.done).length / checks.length) * 100)
  return (
    <div data-testid="profile-meter" style={{ marginBottom: 24 }}>
      <strong>{zh ? `资料完整度 ${percent}%` : `Profile ${percent}% complete`}</strong>
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
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {checks.map((check) => (
          <li key={check.en}>
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
