import http from 'node:http'
import zlib from 'node:zlib'

import { describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '@/constants'

import { api, graphql, login, rawRequest } from '../helpers/api'
import { cast, memberEmail } from '../helpers/fixtures'

/**
 * The REST API as the Express server answers it with Payload's own handler (src/server/
 * restApi.ts), not through Next: what a client sees at the edges of HTTP, which the rest of the
 * suite (every REST call it makes) does not look at one by one. GraphQL stays Next's route.
 */
const port = () => inject('port')

/** A JSON body sent in chunks (`Transfer-Encoding: chunked`, no Content-Length). */
const chunked = (path: string, body: unknown) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>(
    (resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: port(), path, method: 'POST', agent: false },
        (response) => {
          let text = ''
          response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
          )
        },
      )
      request.on('error', reject)
      request.setHeader('content-type', 'application/json')
      const json = JSON.stringify(body)
      // Two writes: the server reads a body that arrives in pieces.
      request.write(json.slice(0, 10))
      setTimeout(() => request.end(json.slice(10)), 20)
    },
  )

describe('the REST API, answered by Payload without Next', () => {
  it('reads a body sent in chunks, and sets and clears the session cookie', async () => {
    const signedIn = await chunked('/api/users/login', {
      email: memberEmail(cast.factoryA1.slug),
      password: DEMO_PASSWORD,
    })
    expect(signedIn.status, signedIn.text).toBe(200)
    expect(JSON.parse(signedIn.text).token).toEqual(expect.any(String))
    const cookie = [signedIn.headers['set-cookie'] ?? []].flat()
    expect(cookie.some((line) => /^payload-token=[^;]+;.*HttpOnly/i.test(line))).toBe(true)
    const token = JSON.parse(signedIn.text).token as string
    const out = await rawRequest('/api/users/logout', {
      method: 'POST',
      headers: { host: `127.0.0.1:${port()}`, authorization: `JWT ${token}` },
    })
    expect(out.status).toBe(200)
    expect([out.headers['set-cookie'] ?? []].flat().join('\n')).toMatch(/payload-token=;/)
  })

  it('answers HEAD without a body, and a malformed body or address with a 400, never a 500', async () => {
    const host = `127.0.0.1:${port()}`
    const get = await rawRequest('/api/products?limit=1&depth=0', { headers: { host } })
    expect(get.status).toBe(200)
    expect(JSON.parse(get.text).docs).toHaveLength(1)
    // Payload has no HEAD endpoints: a 404 without a body, as under Next; never a file opened.
    const head = await rawRequest('/api/products?limit=1&depth=0', {
      method: 'HEAD',
      headers: { host },
    })
    expect(head.status).toBe(404)
    expect(head.bytes).toHaveLength(0)
    // The security headers every response carries are kept, and not replaced by Payload's.
    expect(get.headers['x-content-type-options']).toBe('nosniff')
    expect(get.headers['content-security-policy']).toMatch(/frame-ancestors/)

    const malformed = await rawRequest('/api/users/login', {
      method: 'POST',
      headers: { host, 'content-type': 'application/json' },
      body: '{"email":',
    })
    expect(malformed.status).toBe(400)
    expect(malformed.text).not.toMatch(/at \w+ \(|node_modules/)
    for (const address of ['/api/products/%E0%A4', '/api/%E0%A4%A']) {
      const response = await rawRequest(address, { headers: { host } })
      expect(response.status, address).toBe(400)
      expect(response.text, address).not.toMatch(/at \w+ \(|node_modules/)
    }
    // An unknown route is a JSON 404, as before.
    const unknown = await api('/api/no-such-collection')
    expect(unknown.status).toBe(404)
  })

  it('compresses a JSON answer for a client that accepts it, and only for one', async () => {
    const path = '/api/products?limit=10&depth=0'
    const host = `127.0.0.1:${port()}`
    const plain = await rawRequest(path, { headers: { host } })
    const gzip = await rawRequest(path, { headers: { host, 'accept-encoding': 'gzip' } })
    const br = await rawRequest(path, { headers: { host, 'accept-encoding': 'gzip, br' } })
    expect(plain.status).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i)
    expect(br.headers['content-encoding']).toBe('br')
    const docs = (text: string) => JSON.parse(text).docs.map((doc: { id: number }) => doc.id)
    expect(docs(zlib.gunzipSync(gzip.bytes).toString('utf8'))).toEqual(docs(plain.text))
    expect(docs(zlib.brotliDecompressSync(br.bytes).toString('utf8'))).toEqual(docs(plain.text))
    expect(gzip.bytes.length).toBeLessThan(plain.bytes.length)
  })

  it('streams an upload’s bytes whole, and GraphQL is still answered', async () => {
    const admin = await login('admin@chandi.test')
    const media = await api('/api/media?limit=1&depth=0&where[filesize][greater_than]=1000', {
      token: admin,
    })
    expect(media.status).toBe(200)
    const doc = media.json.docs[0]
    expect(doc).toBeDefined()
    const file = await api(`/api/media/file/${encodeURIComponent(doc.filename)}`, {
      token: admin,
    })
    expect(file.status).toBe(200)
    expect(file.bytes.length).toBe(doc.filesize)
    expect(file.headers.get('content-type')).toBe(doc.mimeType)

    const answer = await graphql('{ Products(limit: 1) { docs { slug } } }', admin)
    expect(answer.status).toBe(200)
    expect(answer.json.data.Products.docs).toHaveLength(1)
  })
})
