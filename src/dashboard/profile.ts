import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '@/constants'
import type { Factory } from '@/payload-types'

/** One thing a complete factory profile has, in both admin languages. */
export type ProfileCheck = { key: string; done: boolean; zh: string; en: string }

export type ProfileCompleteness = {
  /** Share of checks done, 0–100, rounded. */
  percent: number
  checks: ProfileCheck[]
  /** The first check not done yet: what to fill next (null when complete). */
  next: ProfileCheck | null
}

type LocalizedFactory = Pick<Factory, 'photos' | 'certifications' | 'tourVideoUrl'> & {
  /** Read with `locale: 'all'`: one string per locale. */
  summary?: unknown
}

const localized = (value: unknown, locale: 'zh' | 'en') =>
  Boolean((value as Record<string, string> | null)?.[locale]?.trim())

/**
 * How complete a factory's profile is — photos, certificates, a tour video, texts in both
 * languages, priced products — because complete profiles are the ones buyers trust. Pure: the
 * factory as read with `locale: 'all'`, and how many of its products are published.
 */
export const profileCompleteness = (
  factory: LocalizedFactory,
  publishedProducts: number,
): ProfileCompleteness => {
  const checks: ProfileCheck[] = [
    {
      key: 'photos',
      done: (factory.photos ?? []).length >= 3,
      zh: '至少 3 张工厂照片',
      en: 'At least 3 factory photos',
    },
    {
      key: 'certificates',
      done: (factory.certifications ?? []).length > 0,
      zh: '至少 1 个认证证书',
      en: 'At least one certificate',
    },
    {
      key: 'tourVideo',
      done: Boolean(factory.tourVideoUrl),
      zh: '工厂参观视频',
      en: 'A factory tour video',
    },
    {
      key: 'summary',
      done: localized(factory.summary, 'zh') && localized(factory.summary, 'en'),
      zh: '中英文简介',
      en: 'A summary in Chinese and English',
    },
    {
      key: 'products',
      done: publishedProducts >= 5,
      zh: '至少 5 个已发布、带阶梯价的产品',
      en: 'At least 5 published products with prices',
    },
  ]
  const percent = Math.round((checks.filter((check) => check.done).length / checks.length) * 100)
  return { percent, checks, next: checks.find((check) => !check.done) ?? null }
}

/**
 * A factory's completeness as its member edits it: the latest draft of the profile, and its
 * published products. Null when there is no such factory.
 */
export const readProfileCompleteness = async (
  payload: Payload,
  factoryID: number | string,
  req?: PayloadRequest,
): Promise<ProfileCompleteness | null> => {
  const factory = await payload.findByID({
    collection: SLUGS.factories,
    id: factoryID,
    depth: 0,
    draft: true,
    locale: 'all',
    overrideAccess: true,
    disableErrors: true,
    ...(req ? { req } : {}),
  })
  if (!factory) return null
  const products = await payload.count({
    collection: SLUGS.products,
    where: { and: [{ factory: { equals: factory.id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return profileCompleteness(factory as LocalizedFactory, products.totalDocs)
}
