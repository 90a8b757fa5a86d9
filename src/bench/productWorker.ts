import { parentPort } from 'node:worker_threads'

import type { Engine } from '@/imports/bulkSql'
import { type NewProduct, type ProductIDs, productScript } from '@/imports/productRows'
import { entryOf, type SearchEntry } from '@/search/entries'

/**
 * The dataset generator's helpers on the second core (builder.ts starts two): for a batch of
 * products, one makes the SQL text of their rows (src/imports/productRows.ts), the other their
 * search entries (jieba's cutting, the slowest part of an entry). The generator's own thread
 * meanwhile runs the previous batch's SQL: the database connections stay on that thread, which
 * alone writes.
 */

export type BuildJob =
  | { id: number; kind: 'script'; products: NewProduct[]; ids: ProductIDs; engine: Engine }
  | {
      id: number
      kind: 'entries'
      /** The published products as the search index reads them, category names looked up. */
      docs: Record<string, unknown>[]
    }

export type BuildReply =
  | { id: number; script: string }
  | { id: number; entries: SearchEntry[] }
  | { id: number; error: string }

parentPort?.on('message', (job: BuildJob) => {
  let reply: BuildReply
  try {
    reply =
      job.kind === 'script'
        ? { id: job.id, script: productScript(job.products, job.ids, job.engine) }
        : { id: job.id, entries: job.docs.map((doc) => entryOf('product', doc)) }
  } catch (error) {
    reply = {
      id: job.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }
  }
  parentPort?.postMessage(reply)
})
