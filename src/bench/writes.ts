import fs from 'node:fs'
import http from 'node:http'

// Writes over HTTP, as a buyer and a factory member make them: many in flight, each unique.

export type WriteFigures = {
  perSecond: number
  p50: number
  p95: number
  errors: number
  /** The server's CPU time (user + system) per write, its workers' included, from /proc. */
  cpuMs: number
  /** The server's peak resident memory during the writes, its workers' included (MiB, sampled every 250 ms). */
  peakRssMiB: number
}

export type WriteRequest = {
  path: string
  method: 'POST' | 'PATCH'
  headers: Record<string, string>
  body: string
}

/** The process's resident memory in bytes (VmRSS), or 0 off Linux. */
export const rssOf = (pid: number) => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** The fields of /proc/<pid>/stat after the command's name (state first); throws off Linux. */
const statOf = (pid: number | string) =>
  fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')

/** The process's CPU time so far in ms (utime + stime), or NaN off Linux. */
export const cpuOf = (pid: number) => {
  try {
    const fields = statOf(pid)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return Number.NaN
  }
}

/** The process and its children (a `CHANDI_WORKERS` primary's workers), by pid. */
const treeOf = (pid: number): number[] => {
  const pids = [pid]
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        if (Number(statOf(entry)[1]) === pid) pids.push(Number(entry))
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // not Linux
  }
  return pids
}

/** CPU time (ms) of a process and its children; the children are found once, at the start. */
const cpuOfTree = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuOf(pid), 0)

const send = (agent: http.Agent, port: number, request: WriteRequest) =>
  new Promise<number>((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: request.path,
        method: request.method,
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
        agent,
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', () => resolve(0))
    req.end(request.body)
  })

/**
 * `count` writes, `inFlight` at a time on keep-alive connections; `next(i)` makes the i-th
 * request (each unique: a new e-mail, a new slug). A status outside 2xx/3xx is an error.
 */
export const writes = async ({
  port,
  pid,
  count,
  inFlight,
  next,
}: {
  port: number
  pid: number
  count: number
  inFlight: number
  next: (i: number) => WriteRequest
}): Promise<WriteFigures> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight })
  const times: number[] = []
  let errors = 0
  let started = 0
  const pids = treeOf(pid)
  const rss = () => pids.reduce((sum, one) => sum + rssOf(one), 0)
  let peak = rss()
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 250)
  const cpuBefore = cpuOfTree(pids)
  const begin = performance.now()
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (started < count) {
        const request = next(started)
        started += 1
        const t = performance.now()
        const status = await send(agent, port, request)
        times.push(performance.now() - t)
        if (status < 200 || status >= 400) errors += 1
      }
    }),
  )
  const seconds = (performance.now() - begin) / 1000
  const cpuMs = (cpuOfTree(pids) - cpuBefore) / count
  clearInterval(sampler)
  peak = Math.max(peak, rss())
  agent.destroy()
  times.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(times.length * q))] * 10) / 10
  return {
    perSecond: Math.round((count / seconds) * 10) / 10,
    p50: at(0.5),
    p95: at(0.95),
    errors,
    cpuMs: Math.round(cpuMs * 10) / 10,
    peakRssMiB: Math.round(peak / 2 ** 20),
  }
}
