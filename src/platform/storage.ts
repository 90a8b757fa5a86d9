import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { SLUGS } from '@/constants'
import { env as configEnv, isProduction } from '@/utilities/config'

/**
 * Uploads on S3-compatible object storage (AWS S3, MinIO, Aliyun OSS, Tencent COS…) instead of
 * the local disk, when S3_BUCKET is set; without it nothing changes. Several servers behind one
 * address must all see every file: a node keeps no upload of its own, and any node can be
 * replaced. Files are still read through Payload (`/api/<collection>/file/<name>`), so the same
 * access rules apply as on disk: belts' images as their documents are, verification documents
 * only to their factory and belt. Objects are private; each collection has its own key prefix.
 *
 * Inquiry attachments and import files stay on disk (INQUIRY_FILES_DIR, IMPORT_FILES_DIR): the
 * buyer's download link (src/inquiries/reply.ts) and the import job
 * (src/collections/Imports) read them from there, not through Payload.
 */

/** What goes to the bucket, each under `<S3_PREFIX>/<slug>/`. */
export const S3_COLLECTIONS = [SLUGS.media, SLUGS.verificationDocuments] as const

/** The variables read here; any of them set without S3_BUCKET is a mistake worth stopping for. */
const VARIABLES = [
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PREFIX',
] as const

const env = (name: (typeof VARIABLES)[number] | 'S3_BUCKET') => configEnv(name)

/** Thrown with a message of one line naming the variable; src/server/main.ts prints it and exits. */
const refuse = (message: string): never => {
  throw new Error(message)
}

/** Payload's S3 storage plugin for the collections above, or null when S3_BUCKET is not set. */
export const mediaStorage = (): Plugin | null => {
  const bucket = env('S3_BUCKET')
  if (!bucket) {
    const stray = VARIABLES.find((name) => env(name))
    if (stray)
      refuse(
        `${stray} is set but S3_BUCKET is not: set S3_BUCKET to store uploads in object storage, or unset ${stray}.`,
      )
    return null
  }
  const region = env('S3_REGION')
  if (!region)
    refuse(
      'S3_REGION is required with S3_BUCKET (e.g. `us-east-1`, `cn-hangzhou`; any value your S3-compatible service accepts).',
    )
  const endpoint = env('S3_ENDPOINT')
  if (endpoint && !/^https?:\/\/[^/\s]+/.test(endpoint))
    refuse(`S3_ENDPOINT must be an http:// or https:// URL (got "${endpoint}").`)
  const accessKeyId = env('S3_ACCESS_KEY_ID')
  const secretAccessKey = env('S3_SECRET_ACCESS_KEY')
  if (accessKeyId && !secretAccessKey)
    refuse('S3_SECRET_ACCESS_KEY is required with S3_ACCESS_KEY_ID.')
  if (secretAccessKey && !accessKeyId)
    refuse('S3_ACCESS_KEY_ID is required with S3_SECRET_ACCESS_KEY.')
  const pathStyle = env('S3_FORCE_PATH_STYLE')
  if (pathStyle && pathStyle !== 'true' && pathStyle !== 'false')
    refuse(`S3_FORCE_PATH_STYLE must be true or false (got "${pathStyle}").`)
  const prefix = env('S3_PREFIX').split('/').filter(Boolean).join('/')

  const plugin = s3Storage({
    bucket,
    collections: Object.fromEntries(
      S3_COLLECTIONS.map((slug) => [slug, { prefix: prefix ? `${prefix}/${slug}` : slug }]),
    ),
    config: {
      region,
      ...(endpoint ? { endpoint } : {}),
      ...(accessKeyId ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      forcePathStyle: pathStyle === 'true',
      // The SDK's default CRC32 checksums on every upload are refused by several S3-compatible
      // services (older MinIO, OSS, COS); AWS itself needs them only where an operation does.
      ...(endpoint
        ? {
            requestChecksumCalculation: 'WHEN_REQUIRED' as const,
            responseChecksumValidation: 'WHEN_REQUIRED' as const,
          }
        : {}),
    },
  })
  return async (incoming) => {
    const config = await plugin(incoming)
    const { onInit } = config
    return {
      ...config,
      // The plugin wraps the admin in a provider for browser-to-bucket uploads (`clientUploads`,
      // unused here: uploads go through the server and its checks). It only renders its children,
      // but the committed import map has no entry for it, and a provider missing from the import
      // map renders nothing at all, children included: the whole admin would be blank.
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          providers: config.admin?.components?.providers?.filter(
            (provider) =>
              !String(
                typeof provider === 'object' && provider ? provider.path : provider,
              ).startsWith('@payloadcms/storage-s3/'),
          ),
        },
      },
      // The plugin adds two columns (`prefix`, `_object_key`) to each collection above. Development
      // and tests push them; production on SQLite or PostgreSQL applies only the committed
      // migrations, which do not have them yet, and every read of an image would fail. Checked
      // here, in the server that opens the database: Next's bundle reads this config with NODE_ENV
      // inlined as production.
      onInit: async (payload) => {
        if (isProduction() && (payload.db.name === 'sqlite' || payload.db.name === 'postgres')) {
          const engine = payload.db.name === 'sqlite' ? 'SQLite' : 'PostgreSQL'
          refuse(
            `S3_BUCKET is not supported yet with ${engine} in production (its committed migrations lack the storage columns): use MongoDB, or unset S3_BUCKET.`,
          )
        }
        await onInit?.(payload)
      },
    }
  }
}
