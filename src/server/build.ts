import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { env } from '@/utilities/config'

/** Files whose change calls for a new Next build of the admin. */
const INPUTS = ['src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
const STAMP = path.join('.next', 'chandi-build-inputs')

const walk = (entry: string, files: string[]) => {
  if (!fs.existsSync(entry)) return
  const stat = fs.statSync(entry)
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) {
      if (name.endsWith('.spec.ts')) continue
      walk(path.join(entry, name), files)
    }
  } else files.push(entry)
}

/** A digest of everything the admin build depends on. */
export const buildInputsDigest = (): string => {
  const files: string[] = []
  for (const input of INPUTS) walk(input, files)
  const hash = crypto.createHash('sha256')
  for (const file of files) hash.update(file).update(fs.readFileSync(file))
  return hash.digest('hex')
}

/**
 * Builds the admin (Next.js) when there is no build or its sources changed since, so that the
 * README's single start command works on a fresh clone. Takes about a minute and ~2 GB once.
 */
export const ensureAdminBuild = ({ log }: { log: (line: string) => void }) => {
  const digest = buildInputsDigest()
  const hasBuild = fs.existsSync(path.join('.next', 'BUILD_ID'))
  const built = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8') : ''
  if (hasBuild && built === digest) return
  log(
    hasBuild
      ? 'Sources changed: rebuilding the admin…'
      : 'First start: building the admin (about a minute)…',
  )
  const result = spawnSync(
    process.execPath,
    [path.resolve('node_modules/next/dist/bin/next'), 'build'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      // Collecting page data evaluates the config; the secret it reads then signs nothing.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '--no-deprecation',
        PAYLOAD_SECRET: env('PAYLOAD_SECRET') || 'build-time-placeholder',
      },
    },
  )
  if (result.status !== 0) throw new Error('next build failed; see the output above')
  // Next may rewrite tsconfig.json on its first build, so the digest is taken again after it.
  fs.writeFileSync(STAMP, buildInputsDigest())
}
