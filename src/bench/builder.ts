import { Worker } from 'node:worker_threads'

import type { Engine } from '@/imports/bulkSql'
import type { NewProduct, ProductIDs } from '@/imports/productRows'
import type { SearchEntry } from '@/search/entries'

import type { BuildJob, BuildReply } from './productWorker'

type Reply = Exclude<BuildReply, { error: string }>
/** A job as posted: the worker's id is added here. */
type WithoutID<T> = T extends unknown ? Omit<T, 'id'> : never

/** One worker thread (productWorker.ts, started through productWorker.boot.mjs, which registers tsx). */
const start = () => {
  const worker = new Worker(new URL('./productWorker.boot.mjs', import.meta.url))
  const waiting = new Map<
    number,
    { resolve: (reply: Reply) => void; reject: (error: Error) => void }
  >()
  let dead: Error | null = null
  let next = 0
  worker.on('message', (reply: BuildReply) => {
    const job = waiting.get(reply.id)
    if (!job) return
    waiting.delete(reply.id)
    if ('error' in reply) job.reject(new Error(`building a product batch failed: ${reply.error}`))
    else job.resolve(reply)
  })
  const fail = (error: Error) => {
    dead = error
    for (const job of waiting.values()) job.reject(error)
    waiting.clear()
  }
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`a product builder exited (${code})`)))
  return {
    run: (job: WithoutID<BuildJob>) =>
      new Promise<Reply>((resolve, reject) => {
        if (dead) return reject(dead)
        const id = next++
        waiting.set(id, { resolve, reject })
        worker.postMessage({ ...job, id })
      }),
    close: async () => {
      worker.removeAllListeners('exit')
      await worker.terminate()
    },
  }
}

/**
 * Two worker threads that build product batches, each job in the order given: one the SQL text of
 * a batch's rows, the other its search entries (about as much work each, while the generator's
 * thread writes the batch before). A job that fails rejects with the worker's error; a worker
 * that dies rejects every job still waiting on it.
 */
export const productBuilder = () => {
  const [rows, words] = [start(), start()]
  return {
    build: async ({
      products,
      ids,
      engine,
      docs,
    }: {
      products: NewProduct[]
      ids: ProductIDs
      engine: Engine
      docs: Record<string, unknown>[]
    }) => {
      const [built, indexed] = await Promise.all([
        rows.run({ kind: 'script', products, ids, engine }),
        words.run({ kind: 'entries', docs }),
      ])
      return {
        script: (built as { script: string }).script,
        entries: (indexed as { entries: SearchEntry[] }).entries,
      }
    },
    close: async () => {
      await Promise.all([rows.close(), words.close()])
    },
  }
}
