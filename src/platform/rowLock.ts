import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

type Session = { db: { execute: (query: unknown) => Promise<unknown> } }

/**
 * Runs `work` in a transaction of its own that holds one row against every other writer of it
 * until it commits, so a read-modify-write (appending to an array field) cannot lose another's:
 * on PostgreSQL the row is locked (`select … for update`: a second writer waits, then reads what
 * the first wrote); on SQLite the transaction's `BEGIN IMMEDIATE` already holds every write of
 * every process (src/platform/sqliteTransactions.ts). MongoDB (untested here) runs `work` in its
 * transaction without a lock. `work` gets the request to pass to the Local API; a failure rolls
 * everything back.
 */
export const withRowLock = async <T>(
  payload: Payload,
  row: { table: string; id: number | string },
  work: (req: Partial<PayloadRequest>) => Promise<T>,
): Promise<T> => {
  const { db } = payload
  const transactionID = await db.beginTransaction()
  if (!transactionID) return work({ payload })
  const req = { payload, transactionID } as Partial<PayloadRequest>
  try {
    if (db.name === 'postgres') {
      const session = (db as unknown as { sessions: Record<string, Session> }).sessions[
        String(transactionID)
      ]
      // Without its session there would be no lock, and the lost update would come back quietly.
      if (!session) throw new Error('withRowLock: the transaction has no PostgreSQL session')
      // A writer stuck holding the row must not hold every waiting connection of the pool.
      await session.db.execute(sql`set local lock_timeout = '5s'`)
      await session.db.execute(
        sql`select 1 from ${sql.identifier(row.table)} where id = ${row.id} for update`,
      )
    }
    const result = await work(req)
    await db.commitTransaction(transactionID)
    return result
  } catch (error) {
    await db.rollbackTransaction(transactionID).catch(() => undefined)
    throw error
  }
}
