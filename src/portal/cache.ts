import crypto from 'node:crypto'

import { ALL, onEviction } from '@/platform/events'

export type CachedPage = {
  status: number
  /**
   * The page's text, until its bytes are made (`body`): a stored page keeps only the bytes, not
   * both (a cached page then takes half the memory).
   */
  html?: string
  contentType: string
  etag: string
  /** The belt whose content the page shows; null for the hub. */
  beltID: string | null
  /**
   * Other belts whose content the page shows too (a product page's similar products from other
   * belts): an eviction of any of them evicts the page as its own belt's does.
   */
  otherBelts?: string[]
  storedAt: number
  /** The body as bytes, made once on first use (a hit then copies nothing). */
  body?: Buffer
  /** The gzipped and brotli-compressed bodies, each made once, on first use. */
  gzip?: Buffer
  br?: Buffer
  /**
   * The response head of each variant a hit can answer (identity, gzip, br; 200 or 304), built
   * once per entry: a hit writes it and the stored bytes and does nothing else.
   */
  heads?: Map<string, string[]>
  /** After this instant (ms) the page is out of date: a campaign started or ended. */
  validUntil: number
  /** Hits since it was stored: what "popular" means when an edit evicts it (src/renderer/warm.ts). */
  hits?: number
  /** The cache's move count when it was stored or last moved to the recent end (`PageCache.get`). */
  movedAt?: number
  /** What its views are counted under (src/platform/visits.ts); none for pages not counted. */
  visit?: string
  /** The request that rendered it (its Host header and protocol), to render it again the same way. */
  source?: { host: string; proto: string }
}

type HeldRead = {
  value: Promise<unknown>
  at: number
  bytes: number
  /** Other belts whose content it holds: their evictions drop it too. */
  otherBelts?: string[]
}
type HeldReads = { entries: Map<string, HeldRead>; bytes: number }

/** A page an eviction retired: enough to render it again in the background. */
export type RetiredPage = { key: string; hits: number; source: { host: string; proto: string } }

/**
 * Rendered pages, keyed by host + UI language + path + query. Each entry remembers its belt, so
 * an edit in one belt evicts that belt's pages and the hub's, never another belt's. Bounded:
 * the least recently used entries go first.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>()
  /**
   * Pages evicted or expired, kept to answer while the database is unreachable
   * (stale-if-error); never served otherwise. Bounded like the live entries.
   */
  private readonly stale = new Map<string, CachedPage>()
  /**
   * Per-belt data that many pages read (the belt's settings, its current campaigns): loaded once
   * and dropped with the belt's pages, or after a minute at most.
   */
  private readonly beltData = new Map<
    string,
    Map<string, { value: Promise<unknown>; at: number }>
  >()
  /**
   * The public reads of each belt's renders (src/portal/heldReads.ts), least recently used first,
   * with their size. Bounded per belt (`maxHeldPerBelt` entries, `maxHeldBytesPerBelt` of JSON),
   * so a script asking one belt for page 1, 2, 3… of every filter churns that belt's reads only.
   */
  private readonly held = new Map<string, HeldReads>()
  /** The held reads that hold other belts' content too, and where each is held. */
  private readonly crossHeld = new Map<HeldRead, { reads: HeldReads; key: string }>()
  hits = 0
  misses = 0
  /**
   * Evictions are numbered: a render notes the number when it starts, and its page is not stored
   * if its belt's pages (or the hub's, or all) were evicted since. A render that read the old
   * content before an edit's commit would otherwise cache it after the eviction.
   */
  generation = 0
  private readonly beltEvictedAt = new Map<string, number>()
  private hubEvictedAt = 0
  private allEvictedAt = 0

  /**
   * Keys of the stored pages whose address has a query string, least recently used first. They
   * may take a share of the cache only: a script asking for `/?x=1`, `/?x=2`, … churns these
   * slots and never pushes the belts' plain pages (home, profiles, products) out.
   */
  private readonly queried = new Map<string, true>()
  private readonly maxQueried: number

  constructor(
    private readonly maxEntries = 5000,
    queriedShare = 0.2,
    private readonly maxHeldPerBelt = 2000,
    private readonly maxHeldBytesPerBelt = 8 * 2 ** 20,
  ) {
    this.maxQueried = Math.max(1, Math.floor(maxEntries * queriedShare))
    this.moveEvery = Math.floor(this.maxQueried / 4)
  }

  /** Pages stored or moved to the recent end so far; see `get`. */
  private moves = 0
  private readonly moveEvery: number

  /** Whether a key (`PageCache.key`) names an address with a query string. */
  private static hasQuery = (key: string) => {
    const at = key.lastIndexOf('\u0000')
    return at !== -1 && at < key.length - 1
  }

  /** Removes a stored page and its place among the queried ones. */
  private drop(key: string) {
    this.entries.delete(key)
    this.queried.delete(key)
  }

  static key = ({ host, path, query }: { host: string; path: string; query: string }) =>
    `${host}\u0000${path}\u0000${query}`

  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key)
    if (!entry || entry.validUntil <= Date.now()) {
      if (entry) this.retire(key, entry)
      this.misses += 1
      return undefined
    }
    // Map order is insertion order: re-inserting marks it most recently used. A page stored or
    // moved fewer than a quarter of the queried pages' share ago stays where it is: it is among
    // the most recent of both orders, far from the end dropped first, and a hit then costs one
    // map lookup instead of five.
    if (this.moves - (entry.movedAt ?? Number.NEGATIVE_INFINITY) > this.moveEvery) {
      entry.movedAt = ++this.moves
      this.entries.delete(key)
      this.entries.set(key, entry)
      if (this.queried.delete(key)) this.queried.set(key, true)
    }
    this.hits += 1
    entry.hits = (entry.hits ?? 0) + 1
    return entry
  }

  /** Stores a page, unless it was rendered from before an eviction of its pages (`since`). */
  set(
    key: string,
    page: Omit<CachedPage, 'etag' | 'storedAt' | 'validUntil'> & { validUntil?: number },
    since?: number,
  ): CachedPage {
    // The bytes are made here, once: the tag is their hash, and every send writes them.
    const { html, ...rest } = page
    const body = rest.body ?? Buffer.from(html ?? '')
    const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
    const entry = {
      ...rest,
      body,
      etag,
      storedAt: Date.now(),
      validUntil: page.validUntil ?? Number.POSITIVE_INFINITY,
    }
    if (since !== undefined && this.evictedSince(page, since)) return entry
    if (PageCache.hasQuery(key)) {
      this.queried.delete(key)
      this.queried.set(key, true)
      while (this.queried.size > this.maxQueried) {
        const oldest = this.queried.keys().next().value
        if (oldest === undefined) break
        this.drop(oldest)
      }
    }
    // At the recent end, also when it replaces a page of the same key (`set` alone keeps a key's place).
    this.entries.delete(key)
    this.entries.set(key, Object.assign(entry, { movedAt: ++this.moves }))
    this.stale.delete(key)
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.drop(oldest)
    }
    return entry
  }

  private evictedSince(
    { beltID, otherBelts = [] }: Pick<CachedPage, 'beltID' | 'otherBelts'>,
    since: number,
  ) {
    const belt = beltID === null ? this.hubEvictedAt : (this.beltEvictedAt.get(beltID) ?? 0)
    const others = otherBelts.map((id) => this.beltEvictedAt.get(id) ?? 0)
    return Math.max(belt, this.allEvictedAt, ...others) > since
  }

  /**
   * Drops a belt's pages, the hub's (which lists every belt) and those of other belts that show
   * some of its content (`otherBelts`); returns those that were hit.
   */
  evictBelt(beltID: string | number | null | undefined): RetiredPage[] {
    const id = beltID === null || beltID === undefined ? null : String(beltID)
    this.generation += 1
    this.hubEvictedAt = this.generation
    if (id !== null) this.beltEvictedAt.set(id, this.generation)
    const retired: RetiredPage[] = []
    for (const [key, entry] of this.entries) {
      if (
        entry.beltID === null ||
        (id !== null && (entry.beltID === id || entry.otherBelts?.includes(id)))
      ) {
        this.retire(key, entry)
        if (entry.hits && entry.source && entry.status === 200)
          retired.push({ key, hits: entry.hits, source: entry.source })
      }
    }
    const dropped = id === null ? undefined : this.held.get(id)
    if (id !== null) {
      this.beltData.delete(id)
      this.held.delete(id)
    }
    // Other belts' reads that hold this belt's content go too (one pass over those few).
    for (const [entry, place] of this.crossHeld)
      if (place.reads === dropped) this.crossHeld.delete(entry)
      else if (id !== null && entry.otherBelts?.includes(id)) this.forget(place.reads, place.key)
    return retired
  }

  /** Whether a current page is stored under `key` (no hit counted, nothing moved). */
  has(key: string) {
    const entry = this.entries.get(key)
    return entry !== undefined && entry.validUntil > Date.now()
  }

  memo<T>(
    beltID: string | number,
    key: string,
    load: () => Promise<T>,
    maxAgeMs = 60_000,
  ): Promise<T> {
    let forBelt = this.beltData.get(String(beltID))
    if (!forBelt) this.beltData.set(String(beltID), (forBelt = new Map()))
    const held = forBelt.get(key)
    if (held && Date.now() - held.at < maxAgeMs) return held.value as Promise<T>
    const value = load()
    const entry = { value, at: Date.now() }
    forBelt.set(key, entry)
    value.catch(() => forBelt.get(key) === entry && forBelt.delete(key))
    return value
  }

  /**
   * A belt's read, held like `memo` (until the belt's next eviction, or `maxAgeMs`) but bounded:
   * its size is measured once loaded (`sizeOf`), and the belt's least recently used reads go when
   * it holds too many or too much. `isMiss` is called when `load` runs. A read that holds other
   * belts' content names them (`otherBeltsOf` its value): it is then dropped by their evictions
   * as well, and not kept at all if one of them was evicted while it loaded.
   */
  hold<T>(
    beltID: string | number,
    key: string,
    load: () => Promise<T>,
    {
      sizeOf,
      maxAgeMs = 60_000,
      otherBeltsOf,
    }: {
      sizeOf: (value: T) => number
      maxAgeMs?: number
      otherBeltsOf?: (value: T) => string[]
    },
  ): { value: Promise<T>; isMiss: boolean } {
    const belt = String(beltID)
    let reads = this.held.get(belt)
    if (!reads) this.held.set(belt, (reads = { entries: new Map(), bytes: 0 }))
    const found = reads.entries.get(key)
    if (found && Date.now() - found.at < maxAgeMs) {
      reads.entries.delete(key) // Map order is insertion order: now the most recently used
      reads.entries.set(key, found)
      return { value: found.value as Promise<T>, isMiss: false }
    }
    if (found) this.forget(reads, key)
    const since = this.generation
    const value = load()
    const entry: HeldRead = { value, at: Date.now(), bytes: 0 }
    reads.entries.set(key, entry)
    const current = reads
    value.then(
      (loaded) => {
        // Evicted (a new map) or replaced meanwhile: nothing of this one is counted any more.
        if (this.held.get(belt) !== current || current.entries.get(key) !== entry) return
        const others = otherBeltsOf?.(loaded) ?? []
        if (others.length > 0) {
          if (this.evictedSince({ beltID: belt, otherBelts: others }, since))
            return this.forget(current, key)
          entry.otherBelts = others
          this.crossHeld.set(entry, { reads: current, key })
        }
        entry.bytes = key.length + sizeOf(loaded)
        current.bytes += entry.bytes
        while (
          current.entries.size > this.maxHeldPerBelt ||
          (current.bytes > this.maxHeldBytesPerBelt && current.entries.size > 1)
        ) {
          const oldest = current.entries.keys().next().value
          if (oldest === undefined) break
          this.forget(current, oldest)
        }
      },
      () => {
        if (current.entries.get(key) === entry) this.forget(current, key)
      },
    )
    return { value, isMiss: true }
  }

  private forget(reads: HeldReads, key: string) {
    const entry = reads.entries.get(key)
    if (!entry) return
    reads.entries.delete(key)
    reads.bytes -= entry.bytes
    this.crossHeld.delete(entry)
  }

  /** A belt's held reads: how many, and their measured size (for tests and metrics). */
  heldOf(beltID: string | number) {
    const reads = this.held.get(String(beltID))
    return { count: reads?.entries.size ?? 0, bytes: reads?.bytes ?? 0 }
  }

  /** The last page stored under `key`, current or not: only for when the database is down. */
  getStale(key: string): CachedPage | undefined {
    return this.entries.get(key) ?? this.stale.get(key)
  }

  private retire(key: string, entry: CachedPage) {
    this.drop(key)
    this.stale.set(key, entry)
    while (this.stale.size > this.maxEntries) {
      const oldest = this.stale.keys().next().value
      if (oldest === undefined) break
      this.stale.delete(oldest)
    }
  }

  /** Retires every page (kept for stale-if-error, never served otherwise) and the belts' data. */
  retireAll() {
    this.generation += 1
    this.allEvictedAt = this.generation
    for (const [key, entry] of this.entries) this.retire(key, entry)
    this.beltData.clear()
    this.held.clear()
    this.crossHeld.clear()
  }

  clear() {
    this.entries.clear()
    this.queried.clear()
    this.stale.clear()
    this.beltData.clear()
    this.held.clear()
    this.crossHeld.clear()
  }

  get size() {
    return this.entries.size
  }
}

/** The one cache of this process, shared by the renderer and the hooks that invalidate it. */
export const portalCache = new PageCache()

/** Who is told of the popular pages an eviction retired (the warmer, src/renderer/warm.ts). */
const retiredListeners = new Set<(pages: RetiredPage[]) => void>()
export const onPagesRetired = (listener: (pages: RetiredPage[]) => void) => {
  retiredListeners.add(listener)
  return () => void retiredListeners.delete(listener)
}

// Edits publish evictions in src/platform/events; everything is retired, not dropped, so an
// outage can still serve the pages stale.
onEviction((belt) => {
  if (belt === ALL) return portalCache.retireAll()
  const retired = portalCache.evictBelt(belt)
  if (retired.length) for (const listener of retiredListeners) listener(retired)
})
