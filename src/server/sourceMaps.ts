/**
 * Imported first by src/server/main.ts, before anything large loads. tsx turns Node's source maps
 * on, and Node then keeps the map of every module it loads (Next's, Payload's, each with the
 * original sources inside): 58 MiB of a server's 184 MiB heap after start. They only translate
 * stack traces' line numbers back to the TypeScript, so a server keeps them only when asked
 * (`CHANDI_SOURCE_MAPS=true`) or in development (`npm run dev`).
 */
import { env } from '@/utilities/config'

try {
  if (!env('CHANDI_SOURCE_MAPS') && !env('CHANDI_NEXT_DEV')) process.setSourceMapsEnabled(false)
} catch {
  // A wrong value: preflight.ts, next, stops the start with one line naming it.
}
