import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Payload is initialised once by the Express server (src/server/main.ts). Keeping payload and the
 * server-only packages external in the Next build makes Next's route handlers load the very same
 * modules from node_modules, so they reuse that one instance (and its error classes) instead of a
 * bundled copy.
 */
const serverOnly = [
  'payload',
  '@payloadcms/db-sqlite',
  '@payloadcms/db-mongodb',
  '@payloadcms/db-postgres',
  '@payloadcms/drizzle',
  '@payloadcms/graphql',
  '@payloadcms/plugin-nested-docs',
  'sharp',
  '@node-rs/jieba',
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: serverOnly,
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
