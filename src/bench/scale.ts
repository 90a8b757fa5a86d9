// How many of each document a scale means, and the seeded generator that picks their values.

export const FULL_SCALE = {
  belts: 15,
  factories: 26_000,
  products: 1_800_000,
  sessions: 5_000,
  inquiries: 100_000,
}

export const countsAt = (scale: number) => ({
  belts: FULL_SCALE.belts,
  factories: Math.max(FULL_SCALE.belts, Math.round(FULL_SCALE.factories * scale)),
  products: Math.round(FULL_SCALE.products * scale),
  sessions: Math.round(FULL_SCALE.sessions * scale),
  inquiries: Math.round(FULL_SCALE.inquiries * scale),
})

export type Counts = ReturnType<typeof countsAt>

/** mulberry32: a small, fast, seedable generator; the dataset depends only on the seed. */
export const random = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const some = <T>(items: readonly T[], min: number, max: number) => {
    const pool = [...items]
    const out: T[] = []
    for (let n = int(min, Math.min(max, pool.length)); n > 0; n -= 1)
      out.push(pool.splice(Math.floor(next() * pool.length), 1)[0])
    return out
  }
  return { next, int, pick, some }
}

export type Rng = ReturnType<typeof random>
