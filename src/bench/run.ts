import type { Payload, PayloadRequest } from 'payload'

import type { NewProduct } from '@/imports/bulk'
import type { Text } from '@/seed/types'

import type { Counts, Rng } from './scale'

export type ID = number
export type BeltState = {
  id: ID
  slug: string
  specialty: Text
  categories: { id: ID; name: Text }[]
  images: ID[]
  campaign: ID | null
  factories: { id: ID; slug: string }[]
  products: Map<ID, ID[]>
}

/** What the generator meant the sample factory and product to be, to compare with what is read back. */
export type Intended = { factory: Record<string, unknown>; product: NewProduct | null }

/** What every phase of one generation shares. */
export type Run = {
  payload: Payload
  rng: Rng
  seed: number
  /** The moment generation began: dates are placed around it. */
  now: number
  counts: Counts
  belts: BeltState[]
  intended: Intended
  log: (line: string) => void
  /** Runs `work` in one database transaction, with a request that carries it. */
  transaction: (work: (req: Partial<PayloadRequest>) => Promise<void>) => Promise<void>
  /** How many of `total` the belt at `index` gets (spread evenly, the first ones one more). */
  perBelt: (total: number, index: number) => number
}

export const iso = (ms: number) => new Date(ms).toISOString()
