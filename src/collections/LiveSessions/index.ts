import type { CollectionBeforeValidateHook, CollectionConfig, Where } from 'payload'

import { ownFactoryDefault } from '@/access/roles'
import { beltScopedAccess } from '@/access/beltScoped'
import { PUBLIC_RULES } from '@/access/publicWhere'
import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import { STREAM_HOSTS } from '@/vocabulary'
import { guardBelt } from '@/hooks/guardBelt'
import { now } from '@/utilities/clock'
import { fieldError } from '@/utilities/errors'
import { label, t } from '@/utilities/i18n'

/** Players a portal embeds; other stream links must be HLS (.m3u8). */

export const validateStreamURL = (
  value: unknown,
  { req }: { req: Parameters<typeof t>[0]; path?: (string | number)[] },
) => {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    if (
      url.protocol === 'https:' &&
      (STREAM_HOSTS.includes(url.host) || url.pathname.endsWith('.m3u8'))
    )
      return true
  } catch {
    // falls through to the message
  }
  return t(req, {
    zh: `请填写 https:// 开头的 HLS (.m3u8) 地址，或以下平台的播放地址：${STREAM_HOSTS.join('、')}`,
    en: `Use an https:// HLS (.m3u8) address or a player on: ${STREAM_HOSTS.join(', ')}`,
  })
}

/**
 * A custom `validate` replaces Payload's required check, so without this a session saved with no
 * stream URL reached the database's NOT NULL and answered 500, and an empty one was stored.
 */
const validateRequiredStreamURL: typeof validateStreamURL = (value, options) => {
  if (typeof value === 'string' ? value.trim() === '' : value === null || value === undefined) {
    return t(options.req, {
      zh: '请填写直播地址',
      en: 'The stream URL is required',
    })
  }
  return validateStreamURL(value, options)
}

const MINUTE = 60_000

/**
 * A session is scheduled in the future, lasts 10 minutes to 12 hours, and does not overlap
 * another session of the same factory. `endsAt` is kept so overlaps are one indexed query.
 */
const scheduleSession: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data }
  const start = new Date(merged.startsAt)
  if (Number.isNaN(start.getTime())) return data
  const duration = Number(merged.durationMinutes)
  if (!Number.isInteger(duration) || duration < 10 || duration > 720) {
    throw fieldError({
      path: 'durationMinutes',
      message: t(req, {
        zh: 'durationMinutes：时长为 10 到 720 分钟',
        en: 'durationMinutes: 10 to 720 minutes',
      }),
    })
  }
  const isNewTime =
    operation === 'create' ||
    (data.startsAt !== undefined &&
      new Date(data.startsAt).getTime() !== new Date(originalDoc?.startsAt).getTime())
  // Seeds place demo sessions around the moment they run, one of them already on air.
  if (isNewTime && start < now() && !req.context?.isSeed) {
    throw fieldError({
      path: 'startsAt',
      message: t(req, {
        zh: 'startsAt：不能安排在过去的时间',
        en: 'startsAt: a session cannot be scheduled in the past',
      }),
    })
  }
  const end = new Date(start.getTime() + duration * MINUTE)
  data.endsAt = end.toISOString()
  const factory = idOf(merged.factory)
  if (factory !== null) {
    const where: Where[] = [
      { factory: { equals: factory } },
      { startsAt: { less_than: end.toISOString() } },
      { endsAt: { greater_than: start.toISOString() } },
    ]
    if (originalDoc?.id) where.push({ id: { not_equals: originalDoc.id } })
    const clash = await req.payload.find({
      collection: SLUGS.liveSessions,
      where: { and: where },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (clash.docs[0]) {
      throw fieldError({
        path: 'startsAt',
        message: t(req, {
          zh: `startsAt：与本工厂的另一场直播“${clash.docs[0].title}”时间重叠`,
          en: `startsAt: overlaps this factory's session "${clash.docs[0].title}"`,
        }),
      })
    }
  }
  return data
}

/** A factory's scheduled live stream, with its replay afterwards. */
export const LiveSessions: CollectionConfig = {
  slug: SLUGS.liveSessions,
  labels: { singular: label('直播', 'Live session'), plural: label('直播', 'Live sessions') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'factory', 'startsAt', 'durationMinutes', 'campaign'],
    group: label('产业带', 'Belt'),
  },
  access: beltScopedAccess({
    publicRead: PUBLIC_RULES.liveSessions,
    factoryMembers: 'own-factory',
    canFactoryMembersCreate: true,
  }),
  hooks: {
    beforeValidate: [
      guardBelt({
        hasFactoryField: true,
        sameBelt: [
          { field: 'products', collection: SLUGS.products },
          { field: 'campaign', collection: SLUGS.campaigns },
        ],
      }),
      scheduleSession,
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('标题', 'Title') },
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      required: true,
      index: true,
      defaultValue: ownFactoryDefault,
      label: label('工厂', 'Factory'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      index: true,
      label: label('开始时间', 'Starts'),
      timezone: { defaultTimezone: 'Asia/Shanghai' },
      admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
    },
    {
      name: 'durationMinutes',
      type: 'number',
      required: true,
      defaultValue: 60,
      label: label('时长（分钟）', 'Duration (minutes)'),
    },
    { name: 'endsAt', type: 'date', index: true, admin: { readOnly: true, hidden: true } },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'zh',
      label: label('直播语言', 'Stream language'),
      options: [
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'English' },
        { value: 'ru', label: 'Русский' },
        { value: 'ar', label: 'العربية' },
        { value: 'es', label: 'Español' },
      ],
    },
    {
      name: 'streamURL',
      type: 'text',
      required: true,
      label: label('直播地址', 'Stream URL'),
      validate: validateRequiredStreamURL,
    },
    {
      name: 'replayURL',
      type: 'text',
      label: label('回放地址', 'Replay URL'),
      validate: validateStreamURL,
    },
    {
      name: 'products',
      type: 'relationship',
      relationTo: SLUGS.products,
      hasMany: true,
      maxRows: 30,
      label: label('直播产品', 'Featured products'),
    },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: SLUGS.campaigns,
      label: label('所属活动', 'Campaign'),
      admin: { position: 'sidebar' },
    },
  ],
}
