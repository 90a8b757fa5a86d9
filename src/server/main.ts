/**
 * Entry point of `npm start`: checks first (src/server/preflight.ts, imported before anything that
 * loads the config), then wires Express, Next and the renderer (src/server/app.ts), in this
 * process or, with CHANDI_WORKERS above 1, in that many workers (src/platform/cluster.ts).
 */
import './sourceMaps'
import './preflight'

import cluster from 'node:cluster'

import { runPrimary, workerCount } from '@/platform/cluster'

const workers = workerCount()
// The primary of a cluster only forks and forwards signals: it never loads Payload or Next.
if (workers > 1 && cluster.isPrimary) runPrimary(workers)
else {
  import('@/server/app')
    .then(({ startServer }) => startServer())
    .catch((error: unknown) => {
      console.error('[chandi] failed to start:', error instanceof Error ? error.message : error)
      process.exit(1)
    })
}
