/**
 * Starts productWorker.ts in a worker thread (builder.ts). Node 20 does not run the parent's
 * `--import tsx` in a worker, so the worker registers tsx itself before loading the TypeScript.
 */
import { register } from 'tsx/esm/api'

register()
await import('./productWorker.ts')
