import crypto from 'node:crypto'

/**
 * Random bytes `size` at a time, cut from a pool refilled `batch` pieces at a time: one
 * `randomBytes` call per batch instead of one per piece (a call per product row was 5% of an
 * import batch). Each piece is handed out once; the caller may change it.
 */
export const randomPool = (size: number, batch = 256) => {
  let pool = Buffer.alloc(0)
  let at = 0
  return (): Buffer => {
    if (at + size > pool.length) {
      pool = crypto.randomBytes(size * batch)
      at = 0
    }
    at += size
    return pool.subarray(at - size, at)
  }
}
