/**
 * `npm run backup [-- --out <folder>]`: an online, consistent backup of the database (SQLite:
 * VACUUM INTO; PostgreSQL: pg_dump) and the upload folders, while the server runs
 * (src/platform/backup.ts, src/platform/backupPostgres.ts). Default folder: backups/<time>.
 */
import path from 'node:path'

import { backup } from '../src/platform/backup'

const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

const out =
  argument('--out') ??
  path.join(
    'backups',
    new Date()
      .toISOString()
      .replaceAll(':', '-')
      .replace(/\.\d+Z$/, 'Z'),
  )
backup({ out, log: (line) => console.log(`[backup] ${line}`) }).then(
  (manifest) => {
    const files = Object.entries(manifest.files)
      .map(([folder, count]) => `${folder} ${count}`)
      .join(', ')
    console.log(
      `[backup] ${path.resolve(out)}: ${manifest.counts.products} products, ${manifest.counts.factories} factories; files: ${files} (${manifest.seconds.toFixed(1)} s)`,
    )
    if (manifest.missingFiles.length > 0)
      console.log(
        `[backup] ${manifest.missingFiles.length} files were deleted while copying and are not in it (listed in manifest.json)`,
      )
    process.exit(0)
  },
  (error: unknown) => {
    console.error(`[backup] failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
