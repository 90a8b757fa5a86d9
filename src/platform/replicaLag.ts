/**
 * How far a streaming replica is behind its primary, in milliseconds, from samples of the
 * primary's write position (`pg_current_wal_lsn()`) and the replica's replay position
 * (`pg_last_wal_replay_lsn()`). Not `now() - pg_last_xact_replay_timestamp()`: that grows while
 * the primary writes nothing, and would take an idle replica that is fully caught up for a
 * lagging one.
 *
 * Each check first notes where the primary is and when, then asks the replica where its replay
 * is. The lag is the age of the oldest noted primary position the replica has not replayed yet:
 * zero when it has replayed everything the primary had written at the last check, however long
 * ago that write was. It is measured to within one check's interval (the primary may have
 * reached a position a little before it was noted).
 */
export type LagTracker = {
  /** One check: the primary's position noted at `at`, then the replica's replay position. */
  observe: (primaryLSN: string, replayedLSN: string, at: number) => void
  /** Milliseconds the replica is behind at `now` (0: it has replayed all it was seen missing). */
  lagMs: (now: number) => number
  /** Forgets every sample (the replica is a new one, or was replaced). */
  reset: () => void
}

/** `16/B374D848` → a number that orders as the position does. */
export const lsnValue = (lsn: string): bigint => {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(lsn.trim())
  if (!match) throw new Error(`not a WAL position: "${lsn}"`)
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`)
}

/** Samples kept while a replica is behind; past this, the oldest is kept and the next dropped. */
const MAX_SAMPLES = 120

export const lagTracker = (): LagTracker => {
  // Positions the replica had not replayed when last asked, oldest first, rising.
  let pending: { lsn: bigint; at: number }[] = []
  return {
    observe: (primaryLSN, replayedLSN, at) => {
      const primary = lsnValue(primaryLSN)
      const replayed = lsnValue(replayedLSN)
      const newest = pending[pending.length - 1]
      if (!newest || primary > newest.lsn) pending.push({ lsn: primary, at })
      pending = pending.filter((sample) => sample.lsn > replayed)
      // The oldest sample is what the lag is measured from: keep it, thin out those after it.
      if (pending.length > MAX_SAMPLES) pending.splice(1, 1)
    },
    lagMs: (now) => (pending.length === 0 ? 0 : Math.max(0, now - pending[0].at)),
    reset: () => {
      pending = []
    },
  }
}
