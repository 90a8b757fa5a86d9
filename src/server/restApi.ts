import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable, type Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import { handleEndpoints, type SanitizedConfig } from 'payload'

import { pickEncoding } from '@/renderer/http/respond'

/**
 * Payload's REST API (`/api/...`) answered by Payload's own fetch-style handler, `handleEndpoints`
 * (what `@payloadcms/next/routes` calls inside Next's route handler, and what Payload documents
 * for Hono, Remix and the like), from the Express server that already holds the Payload instance.
 * Before, every API request went through Next's app-route machinery: it cost a REST write a few
 * milliseconds of CPU, and the first API request loaded Next's route bundle (about 50 MiB of
 * resident memory) into every process, even one that only serves portals. The admin's pages
 * (`/admin`) and GraphQL are still Next's. The Express middlewares before it (client address,
 * locale and parameter checks, the belts' origins, the outage guard) run as they did. Text and
 * JSON answers over 1 KB are compressed for a client that accepts it, as Next compressed them.
 */
export const restHandler =
  (config: SanitizedConfig) =>
  (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
    void answer(config, req, res).catch((error: unknown) => {
      // What handleEndpoints could not turn into a response itself (it answers Payload's errors
      // as JSON): a socket that closed mid-body, or a bug. Never a stack trace to the client.
      if (!res.headersSent) {
        res.statusCode = 500
        res.setHeader('Content-Type', 'application/json')
        res.end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
      } else res.destroy(error instanceof Error ? error : undefined)
    })
  }

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

const answer = async (
  config: SanitizedConfig,
  req: IncomingMessage & { originalUrl?: string },
  res: ServerResponse,
) => {
  const method = req.method ?? 'GET'
  // HEAD is answered as Next answered it: the GET's status and headers, without the body.
  const head = method === 'HEAD'
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue
    if (Array.isArray(value)) for (const each of value) headers.append(name, each)
    else headers.set(name, value)
  }
  const host = /^[a-z0-9.:[\]-]+$/i.test(req.headers.host ?? '') ? req.headers.host : 'localhost'
  const hasBody = WITH_BODY.has(method) && req.headers['transfer-encoding'] !== undefined
  const hasLength = WITH_BODY.has(method) && Number(req.headers['content-length'] ?? 0) > 0
  const request = new Request(`http://${host}${req.originalUrl ?? req.url ?? '/'}`, {
    method: head ? 'GET' : method,
    headers,
    ...(hasBody || hasLength
      ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' as const }
      : {}),
  } as RequestInit)
  const response = await handleEndpoints({ config, request })
  res.statusCode = response.status
  const cookies = response.headers.getSetCookie()
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies)
  if (head || !response.body) {
    await response.body?.cancel()
    res.end()
    return
  }
  const body = Readable.fromWeb(response.body as never)
  const compressor = compressorFor(req, res, response)
  if (compressor) {
    res.setHeader('Content-Encoding', compressor.encoding)
    res.removeHeader('Content-Length')
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
  const length = response.headers.get('content-length')
  // A part of a file (a range) or an answer that asks to be left as it is: sent as it came.
  if (response.status === 206 || response.headers.has('content-range')) return null
  if (/no-transform/i.test(response.headers.get('cache-control') ?? '')) return null
  if (response.headers.has('content-encoding')) return null
  if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return null
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
