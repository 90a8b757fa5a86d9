/**
 * What must hold before the app loads, imported first by src/server/main.ts: payload.config
 * evaluates on import and would otherwise fail with a stack trace instead of one clear line.
 */
import { databaseStartProblem } from '@/platform/databaseProbe'
import { ensureAdminBuild } from '@/server/build'
import { configProblem, env, isProduction } from '@/utilities/config'
import { MISSING_SECRET_MESSAGE } from '@/utilities/secret'

const problem = configProblem()
if (problem) {
  console.error(`[chandi] ${problem}`)
  process.exit(1)
}

if (isProduction() && !env('PAYLOAD_SECRET')) {
  console.error(MISSING_SECRET_MESSAGE)
  process.exit(1)
}
// An unreachable database or a refused login: one line, not Payload's stack trace.
const databaseProblem = await databaseStartProblem()
if (databaseProblem) {
  console.error(`[chandi] ${databaseProblem}`)
  process.exit(1)
}
if (!env('PAYLOAD_SECRET')) {
  // Next's production bundle reads the config with NODE_ENV inlined as "production"; giving it
  // the development secret here keeps that import from refusing to load outside production.
  process.env.PAYLOAD_SECRET = 'chandi-development-secret-not-for-production'
}
if (!env('CHANDI_NEXT_DEV')) {
  // Payload's hot reload waits for Next's dev server, which only `npm run dev` runs.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  ensureAdminBuild({ log: (line) => console.log(`[chandi] ${line}`) })
}
