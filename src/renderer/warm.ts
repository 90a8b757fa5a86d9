import http from 'node:http'

import { SETTLE_MS } from '@/platform/events'
import { onPagesRetired, type PageCache, portalCache, type RetiredPage } from '@/portal/cache'

/**
 * Popular pages stay warm after an edit (issue #20). An edit evicts its belt's pages; without
 * this, the next buyer on each of them waits for a render. Here the pages an eviction retired
 * that had been hit at least once are rendered again in the background, the most hit first, at
 * most `limit` per burst of evictions, one at a time, so a buyer after an edit still gets a hit:
 * the belt's home, the edited factory's or product's page, the current campaign, whatever buyers
 * were actually reading.
 *
 * It waits until the edit's evictions have settled (the repeat SETTLE_MS after the commit, which
 * catches a render in flight at the commit), then asks this process's own server for each page,
 * on 127.0.0.1 with the Host header and protocol of the request that first rendered it, so the
 * page is rendered, checked and stored by the same code as any other. With several workers on
 * one port (CHANDI_WORKERS) the request may land on a sibling: that one is warmed instead, and
 * each worker warms from its own evictions. A page someone already asked for again is skipped.
 */
export const WARM_HEADER = 'x-chandi-warm'

export const startWarming = ({
  port,
  limit,
  cache = portalCache,
  delayMs = SETTLE_MS + 250,
  log = () => {},
}: {
  port: () => number | undefined
  limit: number
  cache?: PageCache
  delayMs?: number
  log?: (error: unknown, message: string) => void
}) => {
  if (limit <= 0) return () => {}
  const pending = new Map<string, RetiredPage>()
  let timer: NodeJS.Timeout | undefined
  let running = false

  const fetchPage = (page: RetiredPage, to: number) =>
    new Promise<void>((resolve) => {
      const [, path, query] = page.key.split('\u0000')
      const request = http.get(
        {
          host: '127.0.0.1',
          port: to,
          path: `${path}${query}`,
          headers: {
            host: page.source.host,
            'x-forwarded-proto': page.source.proto,
            'accept-encoding': 'identity',
            [WARM_HEADER]: '1',
          },
          timeout: 30_000,
        },
        (response) => {
          response.resume()
          response.on('end', resolve)
          response.on('error', () => resolve())
        },
      )
      request.on('timeout', () => request.destroy())
      request.on('error', (error) => {
        log(error, 'page warming: a render failed')
        resolve()
      })
    })

  const run = async () => {
    if (running) return schedule([])
    running = true
    try {
      const pages = [...pending.values()].sort((a, b) => b.hits - a.hits).slice(0, limit)
      pending.clear()
      for (const page of pages) {
        const to = port()
        if (to === undefined) break
        if (!cache.has(page.key)) await fetchPage(page, to)
      }
    } finally {
      running = false
    }
  }

  function schedule(pages: RetiredPage[]) {
    for (const page of pages) {
      const held = pending.get(page.key)
      pending.set(page.key, held && held.hits > page.hits ? held : page)
    }
    // Waits for the last eviction of a burst (and its settled repeat) before rendering.
    clearTimeout(timer)
    timer = setTimeout(() => void run(), delayMs)
    timer.unref()
  }

  const stop = onPagesRetired(schedule)
  return () => {
    stop()
    clearTimeout(timer)
    pending.clear()
  }
}
