import { IncomingMessage } from 'node:http'
import { Socket } from 'node:net'

import { describe, expect, it } from 'vitest'

import { requestHeader } from './requestHeader'

/** A request as Node's HTTP parser hands it over: its raw header list (`_addHeaderLines`). */
const parsed = (rawHeaders: string[]) => {
  const req = new IncomingMessage(new Socket())
  ;(req as unknown as { _addHeaderLines: (headers: string[], n: number) => void })._addHeaderLines(
    rawHeaders,
    rawHeaders.length,
  )
  return req
}
const request = (rawHeaders: string[]) => ({ req: parsed(rawHeaders), viaNode: parsed(rawHeaders) })

describe('requestHeader', () => {
  it('gives what req.headers gives, in any case, without building req.headers', () => {
    const { req, viaNode } = request(['Host', 'zhili.localhost', 'If-None-Match', 'W/"a"'])
    expect(requestHeader(req, 'host')).toBe(viaNode.headers.host)
    expect(requestHeader(req, 'if-none-match')).toBe('W/"a"')
    expect(requestHeader(req, 'accept-encoding')).toBeUndefined()
    // Node keeps the built object under a symbol of its own: still empty after those reads.
    const built = Object.getOwnPropertySymbols(req).find((key) => key.description === 'kHeaders')
    expect(built).toBeDefined()
    expect((req as unknown as Record<symbol, unknown>)[built!]).toBeFalsy()
    void viaNode.headers
    expect((viaNode as unknown as Record<symbol, unknown>)[built!]).toBeTruthy()
  })

  it('leaves a repeated header to Node: joined, or the first kept where Node keeps one', () => {
    const { req, viaNode } = request([
      'Accept-Encoding',
      'gzip',
      'accept-encoding',
      'br',
      'Host',
      'a.localhost',
      'HOST',
      'b.localhost',
    ])
    expect(requestHeader(req, 'accept-encoding')).toBe(viaNode.headers['accept-encoding'])
    expect(requestHeader(req, 'accept-encoding')).toBe('gzip, br')
    expect(requestHeader(req, 'host')).toBe(viaNode.headers.host)
    expect(requestHeader(req, 'host')).toBe('a.localhost')
  })
})
