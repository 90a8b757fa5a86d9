import type { IncomingMessage } from 'node:http'

/**
 * One request header (`name` in lower case), read from `req.rawHeaders` without building
 * `req.headers`: Node builds that object on first use, header by header, about 1 µs of a cached
 * hit's 40. The value is the one `req.headers[name]` gives: a header sent once is its value as
 * sent; one sent more than once is left to Node's own rules (joined, or the first kept).
 */
export const requestHeader = (req: IncomingMessage, name: string): string | undefined => {
  const raw = req.rawHeaders
  let found: string | undefined
  for (let index = 0; index < raw.length; index += 2) {
    const key = raw[index]
    if (key.length !== name.length || key.toLowerCase() !== name) continue
    if (found !== undefined) {
      const joined = req.headers[name]
      return Array.isArray(joined) ? joined.join(', ') : joined
    }
    found = raw[index + 1]
  }
  return found
}
