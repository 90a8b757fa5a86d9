import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * How the benchmarks start a Chandi server (`node <SERVER_NODE> src/server/main.ts`): as
 * `npm start` does, with React's production build preloaded (production-react.mjs says why).
 * The path is absolute, so a `--before` checkout's server loads its own React the same way.
 */
export const SERVER_NODE = [
  '--conditions=production',
  '--no-deprecation',
  '--import',
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'production-react.mjs'),
  '--import',
  'tsx',
]
