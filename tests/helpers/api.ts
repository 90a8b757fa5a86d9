import http from 'node:http'

import { inject } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'

export type Response = { status: number; json: any; text: string; headers: Headers }

export const baseURL = () => inject('baseURL')

/** A REST call as a given user (`token` from `login`), or anonymously. */
export const api = async (
  path: string,
  {
    method = 'GET',
    body,
    token,
    headers = {},
  }: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<Response> => {
  const isForm = body instanceof FormData
  const response = await fetch(`${baseURL()}${path}`, {
    method,
    headers: {
      ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  })
  const text = await response.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  return { status: response.status, json, text, headers: response.headers }
}

export const graphql = async (query: string, token?: string) =>
  api('/api/graphql', { method: 'POST', body: { query }, token })

const tokens = new Map<string, string>()

/** Logs in through REST (cached per e-mail) and returns the JWT. */
export const login = async (email: string, password = DEMO_PASSWORD): Promise<string> => {
  const cached = tokens.get(email)
  if (cached) return cached
  const response = await api('/api/users/login', { method: 'POST', body: { email, password } })
  if (response.status !== 200) {
    throw new Error(`login ${email} failed: ${response.status} ${response.text}`)
  }
  tokens.set(email, response.json.token)
  return response.json.token
}

/** The paths of the fields a Payload error response names. */
export const errorPaths = (response: { json: any }): string[] =>
  (response.json?.errors ?? []).flatMap((error: any) =>
    (error?.data?.errors ?? []).map((item: any) => String(item.path ?? item.field)),
  )

/**
 * A request on a connection of its own, closed afterwards: for bodies the server may refuse
 * before reading them whole (the refused socket must not be reused by the next request).
 */
export const requestOnce = (
  path: string,
  { method, headers, body }: { method: string; headers: Record<string, string>; body: Buffer },
) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: inject('port'),
        path,
        method,
        headers: { ...headers, connection: 'close' },
        agent: false,
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
      },
    )
    request.on('error', reject)
    request.end(body)
  })

/** A GET with a Host header (fetch cannot set one), for the host-routed public renderer. */
export const getWithHost = (path: string, host: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: string; raw: Buffer; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: inject('port'),
          path,
          method: 'GET',
          headers: { ...headers, host },
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk) => chunks.push(chunk))
          response.on('end', () => {
            const raw = Buffer.concat(chunks)
            resolve({
              status: response.statusCode ?? 0,
              body: raw.toString('utf8'),
              raw,
              headers: response.headers,
            })
          })
        },
      )
      request.on('error', reject)
      request.end()
    },
  )

/**
 * Releases the admin's edit lock on a document (a browser test that closes its page may leave
 * one for a few minutes), so a test can put the document back through REST without a 423.
 */
export const unlock = async (collection: string, id: number | string, token: string) => {
  const response = await api(
    `/api/payload-locked-documents?where[document.relationTo][equals]=${collection}&where[document.value][equals]=${id}`,
    { method: 'DELETE', token },
  )
  if (response.status !== 200)
    throw new Error(`unlocking ${collection} ${id} failed: ${response.status} ${response.text}`)
}

/**
 * A request to a server of a test's own (not the suite's), on `port`, optionally for a portal
 * host and as a user: what the tests that start a second server on another database use.
 */
export const requestAt = (
  port: number | string,
  method: string,
  pathname: string,
  {
    host,
    token,
    body,
    newConnection,
    headers,
  }: {
    host?: string
    token?: string
    body?: unknown
    newConnection?: boolean
    headers?: Record<string, string>
  } = {},
) =>
  new Promise<{ status: number; text: string; json: any; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const outgoing = http.request(
        // A new connection reaches whichever cluster worker the primary hands it to.
        {
          host: '127.0.0.1',
          port,
          path: pathname,
          method,
          agent: newConnection ? false : undefined,
          headers: {
            host: `${host ?? '127.0.0.1'}:${port}`,
            ...(token ? { authorization: `JWT ${token}` } : {}),
            ...(body ? { 'content-type': 'application/json' } : {}),
            ...headers,
          },
        },
        (response) => {
          let text = ''
          response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
          response.on('end', () => {
            let json: any = null
            try {
              json = JSON.parse(text)
            } catch {
              // a page, not JSON
            }
            resolve({ status: response.statusCode ?? 0, text, json, headers: response.headers })
          })
        },
      )
      outgoing.on('error', reject)
      outgoing.end(body ? JSON.stringify(body) : undefined)
    },
  )

/**
 * Logs in at a server of a test's own. Tokens from the suite's server do not work there: a
 * token names a login session, stored with the user in the database it was made in.
 */
export const loginAt = async (
  port: number,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> => {
  const response = await requestAt(port, 'POST', '/api/users/login', { body: { email, password } })
  if (response.status !== 200)
    throw new Error(`login ${email} at ${port} failed: ${response.status} ${response.text}`)
  return response.json.token
}
