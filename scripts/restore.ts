/**
 * `npm run restore -- <backup folder>`: puts a backup made by `npm run backup` in place of the
 * database and upload folders that DATABASE_URL and the *_DIR variables name. The server must be
 * stopped; what it replaces is moved aside, not deleted (src/platform/backup.ts; on PostgreSQL
 * pg_restore into a new database renamed into place, src/platform/backupPostgres.ts).
 */
import { restore } from '../src/platform/backup'

const from = process.argv.slice(2).find((argument) => !argument.startsWith('-'))
if (!from) {
  console.error('[restore] name the backup folder: npm run restore -- backups/<time>')
  process.exit(1)
}
restore({ from, log: (line) => console.log(`[restore] ${line}`) }).then(
  (manifest) => {
    console.log(
      `[restore] done: the data as of ${manifest.createdAt} (${manifest.counts.products} products). Start the server; it rebuilds the search index.`,
    )
    process.exit(0)
  },
  (error: unknown) => {
    console.error(`[restore] refused: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
