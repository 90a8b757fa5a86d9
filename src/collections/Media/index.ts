import type { CollectionConfig } from 'payload'

import { ownFactoryDefault } from '@/access/roles'
import { beltScopedAccess } from '@/access/beltScoped'
import { PUBLIC_RULES } from '@/access/publicWhere'
import { SLUGS } from '@/constants'
import { mediaDir } from '@/platform/uploadDirs'
import { guardBelt } from '@/hooks/guardBelt'
import { label } from '@/utilities/i18n'

import { checkImage } from './checkImage'

const webp = (quality: number) => ({ format: 'webp' as const, options: { quality } })

/** A belt's images. Only images, checked by content; sharp makes WebP sizes for the portals. */
export const Media: CollectionConfig = {
  slug: SLUGS.media,
  labels: { singular: label('图片', 'Image'), plural: label('图片库', 'Media') },
  admin: { group: label('门户', 'Portal'), defaultColumns: ['filename', 'alt', 'factory', 'updatedAt'] },
  access: beltScopedAccess({
    publicRead: PUBLIC_RULES.media,
    factoryMembers: 'own-factory',
    canFactoryMembersCreate: true,
  }),
  hooks: {
    beforeOperation: [checkImage],
    beforeValidate: [guardBelt({ hasFactoryField: true })],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, fit: 'cover', formatOptions: webp(75) },
      { name: 'card', width: 640, formatOptions: webp(78) },
      { name: 'large', width: 1280, formatOptions: webp(80) },
      { name: 'hero', width: 1920, formatOptions: webp(80) },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: label('替代文字', 'Alt text'),
      admin: { description: label('描述图片内容，供视障用户和搜索引擎使用', 'Describe the image for screen readers and search engines') },
    },
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      index: true,
      defaultValue: ownFactoryDefault,
      label: label('所属工厂', 'Factory'),
      admin: { position: 'sidebar', description: label('留空表示产业带公共图片', 'Empty for the belt’s own images') },
    },
  ],
}
