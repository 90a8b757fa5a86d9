/**
 * Preloaded (`node --import`) into the servers the benchmarks start. `bench:hits` and
 * `bench:writes` run theirs with NODE_ENV=test, which the demo seed and the schema push of a fresh
 * database need (`bench:pages` runs a production server on its datasets); but React picks its
 * build from NODE_ENV when first loaded, and a test server's portal would then render with
 * React's development build (key checks, owner stacks: about twice the CPU per render), which no
 * production server runs. This loads `react` and `react-dom/server` once with
 * NODE_ENV=production, as a NODE_ENV=production server does, and puts NODE_ENV back: every later
 * import gets the production build from Node's module cache, and nothing else changes.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import process from 'node:process'

const load = createRequire(path.join(process.cwd(), 'package.json'))
const previous = process.env.NODE_ENV
process.env.NODE_ENV = 'production'
try {
  for (const name of ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/server']) load(name)
} finally {
  if (previous === undefined) delete process.env.NODE_ENV
  else process.env.NODE_ENV = previous
}
