import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { MEDIA_LIMITS } from '@/constants'
import { fieldError } from '@/utilities/errors'
import { t } from '@/utilities/i18n'

/**
 * Payload already checks the declared type against the file's magic bytes. This adds what it
 * does not: the file must decode as an image, and its decoded size must be bounded, or a
 * small "decompression bomb" PNG would make sharp allocate gigabytes.
 */
export const checkImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const input = file.tempFilePath && (!file.data || file.data.length === 0) ? file.tempFilePath : file.data
  if (file.size > MEDIA_LIMITS.maxBytes) {
    throw fieldError({
      path: 'file',
      message: t(req, {
        zh: `file：文件过大，最大 ${MEDIA_LIMITS.maxBytes / 1024 / 1024} MB`,
        en: `file: the file is too large; ${MEDIA_LIMITS.maxBytes / 1024 / 1024} MB at most`,
      }),
    })
  }
  let width = 0
  let height = 0
  try {
    // Reads the header only; `limitInputPixels: false` lets us report the size ourselves.
    const meta = await sharp(input, { limitInputPixels: false }).metadata()
    width = meta.width ?? 0
    height = meta.height ?? 0
  } catch {
    throw fieldError({
      path: 'file',
      message: t(req, {
        zh: 'file：无法识别为图片，请上传 JPEG、PNG、WebP、AVIF 或 GIF',
        en: 'file: this is not a readable image; upload a JPEG, PNG, WebP, AVIF or GIF',
      }),
    })
  }
  if (
    width === 0 ||
    height === 0 ||
    width * height > MEDIA_LIMITS.maxPixels ||
    Math.max(width, height) > MEDIA_LIMITS.maxSide
  ) {
    throw fieldError({
      path: 'file',
      message: t(req, {
        zh: `file：图片尺寸 ${width}×${height} 超出限制（最多 ${MEDIA_LIMITS.maxPixels / 1e6} 百万像素，单边 ${MEDIA_LIMITS.maxSide} 像素）`,
        en: `file: the image is ${width}×${height}; at most ${MEDIA_LIMITS.maxPixels / 1e6} megapixels and ${MEDIA_LIMITS.maxSide} px a side`,
      }),
    })
  }
  return args
}
