import fs from 'node:fs'
import http from 'node:http'

import autocannon from 'autocannon'

// How the benchmark loads the server and reads its figures: autocannon for throughput, one
// request at a time for latency, and the process's memory and the database's size.

export type Figures = { rps: number; p50: number; p95: number; p99: number; errors: number }

export const autocannonRun = (opts: autocannon.Options): Promise<Figures> =>
  new Promise((resolve, reject) => {
    autocannon(opts, (error, result) => {
      if (error) return reject(error)
      resolve({
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p95: (result.latency as unknown as Record<string, number>).p97_5 ?? result.latency.p99,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
      })
    })
  })

export type Request = {
  path: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
}

/** One request at a time (no queueing), `count` times; client-side wall times. */
export const sequential = async (
  port: number,
  host: string,
  next: (i: number) => Request,
  count: number,
): Promise<Figures> => {
  const times: number[] = []
  let errors = 0
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const started = Date.now()
  for (let i = 0; i < count; i += 1) {
    const request = next(i)
    const begin = process.hrtime.bigint()
    const status = await new Promise<number>((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: request.path,
          method: request.method ?? 'GET',
          headers: { host: `${host}:${port}`, ...request.headers },
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
    times.push(Number(process.hrtime.bigint() - begin) / 1e6)
    if (status < 200 || status >= 400) errors += 1
  }
  agent.destroy()
  times.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10
  return {
    rps: Math.round((count / (Date.now() - started)) * 1000),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
  }
}

export const waitFor = async (url: string, timeoutMs: number) => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`)
}

export const getPage = (port: number, host: string, pagePath: string) =>
  new Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      http
        .get(
          { host: '127.0.0.1', port, path: pagePath, headers: { host: `${host}:${port}` } },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk) => chunks.push(chunk))
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                body: Buffer.concat(chunks),
                headers: res.headers,
              }),
            )
          },
        )
        .on('error', reject)
    },
  )

export const rssOf = (pid: number) => {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

export const sizeOf = (file: string) =>
  [file, `${file}-wal`, `${file}.search`, `${file}.search-wal`].reduce(
    (sum, part) => sum + (fs.existsSync(part) ? fs.statSync(part).size : 0),
    0,
  )
