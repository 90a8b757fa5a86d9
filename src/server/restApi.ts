import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable, type Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import { handleEndpoints, type Payload } from 'payload'

import { pickEncoding } from '@/renderer/http/respond'

/**
 * Payload's REST API (`/api/...`) answered by Payload's own fetch-style handler, `handleEndpoints`
 * (what `@payloadcms/next/routes` calls inside Next's route handler, and what Payload documents
 * for Hono, Remix and the like), from the Express server that already holds the Payload instance.
 * Before, every API request went through Next's app-route machinery, and the first one loaded
 * Next's route bundle (about 50–100 MiB of resident memory) into every process, even one that only
 * serves portals. The admin's pages (`/admin`) and GraphQL are still Next's. The Express
 * middlewares before it (client address, locale and parameter checks, the belts' origins, the
 * outage guard, the security headers) run as they did.
 *
 * What Next's wrapper did and this keeps: the method reaches Payload as sent (HEAD included, which
 * Payload answers 404: it has no HEAD endpoints); Payload's framing headers (Content-Length,
 * Content-Encoding, Transfer-Encoding) are dropped and Node frames the body itself; a header the
 * server already set (the security headers, a private file's sandboxing policy) is not replaced by
 * Payload's; text and JSON answers are compressed for a client that accepts it.
 */
export const restHandler =
  (payload: Payload) => (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
    void answer(payload, req, res).catch((error: unknown) => {
      // What handleEndpoints could not turn into a response itself (it answers Payload's errors
      // as JSON): a socket that closed mid-body, or a bug. Logged; never a stack trace.
      if (!res.destroyed)
        payload.logger.error({ err: error, url: req.url }, 'REST request failed outside Payload')
      if (!res.headersSent) {
        for (const name of res.getHeaderNames())
          if (!KEPT_ON_ERROR.has(name)) res.removeHeader(name)
        res.statusCode = 500
        res.setHeader('Content-Type', 'application/json')
        res.end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
      } else res.destroy()
    })
  }

/** The server's own headers (security.ts, the request id) stay on an error answer. */
const KEPT_ON_ERROR = new Set([
  'x-request-id',
  'x-content-type-options',
  'referrer-policy',
  'content-security-policy',
  'strict-transport-security',
])

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** Framing is Node's: Payload's values may not match the body (Next dropped them too). */
const NOT_PASSED = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'set-cookie',
])

const badRequest = (res: ServerResponse, message: string) => {
  res.statusCode = 400
  res.setHeader('Content-Type', 'application/json')
  res.end(JSON.stringify({ errors: [{ message }] }))
}

const answer = async (
  payload: Payload,
  req: IncomingMessage & { originalUrl?: string },
  res: ServerResponse,
) => {
  const method = req.method ?? 'GET'
  const target = req.originalUrl ?? req.url ?? '/'
  // A malformed escape (`%E0%A4`) never reaches here: app.ts answers it with a 400 first.
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue
    if (Array.isArray(value)) for (const each of value) headers.append(name, each)
    else headers.set(name, value)
  }
  // Payload reads the Host header itself where it needs it (as under Next); the URL only carries
  // the path and query, on the protocol a TLS-terminating proxy reports, as Next built it.
  const protocol = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'
  const hasBody =
    WITH_BODY.has(method) &&
    (req.headers['transfer-encoding'] !== undefined ||
      Number(req.headers['content-length'] ?? 0) > 0)
  let request: Request
  try {
    request = new Request(`${protocol}://localhost${target}`, {
      method,
      headers,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' as const } : {}),
    } as RequestInit)
  } catch {
    // A method or header fetch refuses (TRACE, a malformed value).
    return badRequest(res, 'The request is not valid.')
  }
  const response = await handleEndpoints({ config: payload.config, request })
  res.statusCode = response.status
  response.headers.forEach((value, name) => {
    if (!NOT_PASSED.has(name) && !res.hasHeader(name)) res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies)
  // A body Payload did not read to its end (an early refusal): the connection is not reused.
  if (hasBody && !req.complete) res.setHeader('Connection', 'close')
  if (method === 'HEAD' || !response.body) {
    await response.body?.cancel()
    res.end()
    return
  }
  const body = Readable.fromWeb(response.body as never)
  const compressor = compressorFor(req, res, response)
  if (compressor) {
    res.setHeader('Content-Encoding', compressor.encoding)
    await pipeline(body, compressor.stream, res)
  } else await pipeline(body, res)
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml)|[^;]*\+(?:json|xml))/i

/** Brotli (a fast level: the answer is made per request) or gzip, when worth it and accepted. */
const compressorFor = (
  req: IncomingMessage,
  res: ServerResponse,
  response: Response,
): { encoding: string; stream: Transform } | null => {
  // A file (it may be asked for in ranges), a part of one, an answer that asks to be left as it
  // is, or one that sets a cookie (its token beside nothing else): sent as it came.
  if (response.status === 206 || response.headers.has('content-range')) return null
  if (response.headers.has('accept-ranges') || response.headers.has('content-disposition'))
    return null
  if (/no-transform/i.test(response.headers.get('cache-control') ?? '')) return null
  if (response.headers.has('content-encoding') || response.headers.has('set-cookie')) return null
  if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return null
  const length = response.headers.get('content-length')
  if (length !== null && Number(length) < 1024) return null
  const vary = String(res.getHeader('vary') ?? '')
  if (!/accept-encoding|\*/i.test(vary))
    res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  const encoding = pickEncoding(req.headers['accept-encoding'])
  if (encoding === 'br')
    return {
      encoding,
      stream: zlib.createBrotliCompress({
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
      }),
    }
  if (encoding === 'gzip') return { encoding, stream: zlib.createGzip({ level: 6 }) }
  return null
}
