/**
 * Entry point of `npm start`: checks first (src/preflight.ts, imported before anything that
 * loads the config), then wires Express, Next and the renderer (src/app-server.ts).
 */
import './preflight'

import { startServer } from './app-server'

startServer().catch((error: unknown) => {
  console.error('[chandi] failed to start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
