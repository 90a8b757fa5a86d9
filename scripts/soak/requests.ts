import http from 'node:http'

import { REQUEST_TIMEOUT_MS } from './options'

// How the soak talks to the server: pages through one keep-alive pool, REST through fetch.

export type Kind = 'page' | 'render' | 'missing' | 'api'
export type Request = {
  kind: Kind
  host: string | null
  path: string
  expect: number
  token?: string
}
export type Outcome = {
  status: number
  ms: number
  cache: string | null
  error?: string
  retried?: boolean
}

/**
 * A page or REST read through one keep-alive pool, the body read and dropped. A GET on a reused
 * connection that the server closed as idle (its keep-alive timeout) just then is sent again once
 * on a new connection, as browsers do; counted as retried, not failed.
 */
export const send = (
  agent: http.Agent,
  port: number,
  request: Request,
  isRetry = false,
): Promise<Outcome> =>
  new Promise((resolve) => {
    const begin = process.hrtime.bigint()
    const elapsed = () => Number(process.hrtime.bigint() - begin) / 1e6
    const headers: Record<string, string> = { host: `${request.host ?? '127.0.0.1'}:${port}` }
    if (request.kind !== 'api') headers['accept-encoding'] = 'gzip'
    if (request.token) headers.authorization = `JWT ${request.token}`
    const req = http.request(
      { host: '127.0.0.1', port, path: request.path, agent, headers, timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        res.resume()
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: elapsed(),
            cache: (res.headers['x-chandi-cache'] as string | undefined) ?? null,
          }),
        )
        res.on('error', (error) =>
          resolve({ status: 0, ms: elapsed(), cache: null, error: error.message }),
        )
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)))
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!isRetry && req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        void send(agent, port, request, true).then((outcome) =>
          resolve({ ...outcome, retried: true }),
        )
        return
      }
      resolve({ status: 0, ms: elapsed(), cache: null, error: error.message })
    })
    req.end()
  })

/** REST through fetch (discovery, logins, writes): the JSON and the time taken. */
export const rest = async <T>(
  base: string,
  pathname: string,
  init: { method?: string; token?: string; body?: unknown } = {},
) => {
  const begin = performance.now()
  const response = await fetch(`${base}${pathname}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  let json: T | null = null
  try {
    json = JSON.parse(text) as T
  } catch {
    json = null
  }
  return { status: response.status, ms: performance.now() - begin, json }
}
