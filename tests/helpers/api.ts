import http from 'node:http'

import { inject } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'

export type Response = {
  status: number
  json: any
  text: string
  /** The body as received; its `.buffer` is the whole body as an ArrayBuffer. */
  bytes: Buffer<ArrayBuffer>
  headers: Headers
}

export const baseURL = () => inject('baseURL')

const parseJSON = (text: string): any => {
  try {
    return JSON.parse(text)
  } catch {
    return null // a page, not JSON
  }
}

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
  const bytes = Buffer.from(await response.arrayBuffer())
  // Decoded as fetch's text() decodes (UTF-8, a leading BOM dropped); `bytes` for files.
  const text = new TextDecoder().decode(bytes)
  return { status: response.status, json: parseJSON(text), text, bytes, headers: response.headers }
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

/** What `rawRequest` answers: the status, the headers as node:http gives them, and the body. */
export type RawResponse = {
  status: number
  headers: http.IncomingHttpHeaders
  bytes: Buffer
  text: string
}

/**
 * The one raw HTTP request of the tests, on node:http rather than fetch: it can set the Host
 * header (the portals are routed by it), connect to another address or port (IPv6 loopback, a
 * server of a test's own), use a connection of its own (`newConnection`), and it never follows a
 * redirect. `headers` are sent as given; `api` is the JSON-and-token layer over fetch.
 */
export const rawRequest = (
  path: string,
  {
    method = 'GET',
    headers = {},
    body,
    port = inject('port'),
    connectTo = '127.0.0.1',
    newConnection = false,
  }: {
    method?: string
    headers?: http.OutgoingHttpHeaders
    body?: Buffer | string
    port?: number | string
    connectTo?: string
    newConnection?: boolean
  } = {},
) =>
  new Promise<RawResponse>((resolve, reject) => {
    const request = http.request(
      {
        host: connectTo,
        port,
        path,
        method,
        headers,
        // A new connection reaches whichever cluster worker the primary hands it to.
        agent: newConnection ? false : undefined,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const bytes = Buffer.concat(chunks)
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            bytes,
            text: bytes.toString('utf8'),
          })
        })
      },
    )
    request.on('error', reject)
    request.end(body)
  })

/**
 * A request on a connection of its own, closed afterwards: for bodies the server may refuse
 * before reading them whole (the refused socket must not be reused by the next request).
 */
export const requestOnce = async (
  path: string,
  { method, headers, body }: { method: string; headers: Record<string, string>; body: Buffer },
) => {
  const response = await rawRequest(path, {
    method,
    headers: { ...headers, connection: 'close' },
    body,
    newConnection: true,
  })
  return { status: response.status, text: response.text }
}

/** A GET with a Host header (fetch cannot set one), for the host-routed public renderer. */
export const getWithHost = async (
  path: string,
  host: string,
  headers: Record<string, string> = {},
) => {
  const response = await rawRequest(path, { headers: { ...headers, host } })
  return {
    status: response.status,
    body: response.text,
    raw: response.bytes,
    headers: response.headers,
  }
}

/** Every file a belt's sitemap index names, fetched through the index, joined: what a crawler reads. */
export const wholeSitemap = async (get: (path: string) => ReturnType<typeof getWithHost>) => {
  const index = await get('/sitemap.xml')
  if (index.status !== 200 || !index.body.includes('<sitemapindex'))
    throw new Error(`no sitemap index: ${index.status}`)
  const bodies: string[] = []
  for (const [, loc] of index.body.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = await get(new URL(loc).pathname)
    if (file.status !== 200) throw new Error(`${loc}: ${file.status}`)
    bodies.push(file.body)
  }
  return bodies.join('\n')
}

/** A GET from Zhili's portal on the suite's server. */
export const zhili = (path: string, headers: Record<string, string> = {}) =>
  getWithHost(path, `zhili.localhost:${inject('port')}`, headers)

/** What a portal answers a browser: the page, the redirect's target, the headers and the bytes. */
export type PortalResponse = {
  status: number
  location?: string
  body: string
  headers: http.IncomingHttpHeaders
  bytes: Buffer
}

/**
 * A request to a portal by its host name (Zhili's on the suite's server unless told), the way a
 * browser sends it: a form as urlencoded, or multipart when it is `FormData`. `port`, `connectTo`
 * and `newConnection` reach a server of a test's own or another loopback address.
 */
export const portalRequest = async (
  method: string,
  path: string,
  {
    form,
    host,
    headers = {},
    port = inject('port'),
    connectTo,
    newConnection,
  }: {
    form?: Record<string, string> | FormData
    host?: string
    headers?: Record<string, string>
    port?: number
    connectTo?: string
    newConnection?: boolean
  } = {},
): Promise<PortalResponse> => {
  let body: Buffer | undefined
  let contentType: string | undefined
  if (form instanceof FormData) {
    const encoded = new Request('http://x/', { method: 'POST', body: form })
    body = Buffer.from(await encoded.arrayBuffer())
    contentType = encoded.headers.get('content-type') ?? undefined
  } else if (form) {
    body = Buffer.from(new URLSearchParams(form).toString())
    contentType = 'application/x-www-form-urlencoded'
  }
  const response = await rawRequest(path, {
    method,
    port,
    connectTo,
    newConnection,
    headers: {
      host: host ?? `zhili.localhost:${port}`,
      ...(body ? { 'content-type': contentType, 'content-length': body.length } : {}),
      ...headers,
    },
    body,
  })
  return {
    status: response.status,
    location: response.headers.location,
    body: response.text,
    headers: response.headers,
    bytes: response.bytes,
  }
}

/** A portal form post (see `portalRequest`): urlencoded, or multipart for `FormData`. */
export const postForm = (
  path: string,
  form: Record<string, string> | FormData,
  host?: string,
  headers: Record<string, string> = {},
) => portalRequest('POST', path, { form, host, headers })

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
export const requestAt = async (
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
) => {
  const response = await rawRequest(pathname, {
    port,
    method,
    newConnection,
    headers: {
      host: `${host ?? '127.0.0.1'}:${port}`,
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  return {
    status: response.status,
    text: response.text,
    json: parseJSON(response.text),
    headers: response.headers,
  }
}

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
