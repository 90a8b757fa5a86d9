import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

import type { SerializedTransaction } from '@/platform/sqliteTransactions'

/**
 * What runs once a request's transaction is committed, on every adapter: a job's first attempt
 * must not look for a job row that is not committed yet (it would find nothing, and on SQLite it
 * would be a write waiting for the transaction that is waiting for it).
 */

type TransactionID = number | string
type Callback = () => unknown
const pending = new Map<TransactionID, Callback[]>()

/** In order, each awaited: the write's answer waits for them (a search index updated, pages evicted). */
const run = async (callbacks: Callback[] | undefined) => {
  for (const callback of callbacks ?? []) {
    try {
      await callback()
    } catch {
      // a callback reports its own failure
    }
  }
}

/**
 * Runs `callback` after the transaction `req` writes in is committed, before the write returns;
 * at once if it writes in none; never if it is rolled back.
 */
export const afterCommit = async (req: Partial<PayloadRequest>, callback: Callback) => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const sessions = (
    req.payload?.db as unknown as { sessions?: Record<string, unknown> } | undefined
  )?.sessions
  if (id === undefined || id === null || !sessions?.[String(id)]) {
    await run([callback])
    return
  }
  const callbacks = pending.get(id) ?? []
  callbacks.push(callback)
  pending.set(id, callbacks)
}

/**
 * A request of the system itself (no user, so no field guards of a member) writing in the same
 * transaction as `req`: what a hook writes then commits or rolls back with the write that caused it.
 */
export const systemReq = (req: PayloadRequest): Partial<PayloadRequest> => ({
  transactionID: req.transactionID,
})

/** The drizzle transaction's libsql side, where the SQLite adapter notes a failed COMMIT. */
const serializedOf = (session: unknown) =>
  (session as { db?: { session?: { tx?: SerializedTransaction } } } | undefined)?.db?.session?.tx

/**
 * Wraps an adapter's commit and rollback: callbacks of `afterCommit`, and on SQLite a COMMIT that
 * failed is an error of the write (Payload's drizzle beginTransaction swallows it, and the API
 * would answer 201 for a write that is not there).
 */
export const trackCommits = (adapter: BaseDatabaseAdapter) => {
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const sessions = () =>
    (adapter as unknown as { sessions?: Record<string, unknown> }).sessions ?? {}
  adapter.commitTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    const tx = serializedOf(sessions()[String(id)])
    await commit(id)
    const callbacks = pending.get(id)
    pending.delete(id)
    if (tx?.commitError) throw tx.commitError
    await run(callbacks)
  }
  adapter.rollbackTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    pending.delete(id)
    await rollback(id)
  }
}
