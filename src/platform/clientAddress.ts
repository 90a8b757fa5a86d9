import { isIPv4, isIPv6 } from 'node:net'

import type express from 'express'

/**
 * The header that carries Express's `req.ip` (TRUST_PROXY applied) into Payload, whose requests
 * have no address of their own. Set on every /api request, overwriting whatever the client sent,
 * so a client cannot pick the address its login attempts are counted by.
 */
export const CLIENT_ADDRESS_HEADER = 'x-chandi-client-address'

const expandIPv6 = (address: string): number[] | null => {
  let text = address
  // An IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) as its two groups.
  const tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/)
  if (tail) {
    const [a, b, c, d] = tail[1].split('.').map(Number)
    text = `${text.slice(0, -tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, rest] = text.split('::')
  const left = head ? head.split(':') : []
  const right = rest !== undefined && rest !== '' ? rest.split(':') : []
  const missing = 8 - left.length - right.length
  if (rest === undefined ? missing !== 0 : missing < 1) return null
  const groups = [...left, ...Array(rest === undefined ? 0 : missing).fill('0'), ...right].map(
    (group) => Number.parseInt(group, 16),
  )
  return groups.length === 8 &&
    groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff)
    ? groups
    : null
}

/**
 * The key rate limits count an address by, so that one client cannot count as several:
 * an IPv4 address written as IPv6 (`::ffff:1.2.3.4`) is that IPv4 address, the loopback is one
 * address (`::1` is `127.0.0.1`), and an IPv6 address counts by its /64, the block one
 * subscriber is given and can pick addresses from at will.
 */
export const addressKey = (raw: string): string => {
  const address = raw
    .trim()
    .toLowerCase()
    .replace(/%.*$/, '')
    .replace(/^\[(.*)\]$/, '$1')
  if (isIPv4(address)) return address.startsWith('127.') ? '127.0.0.1' : address
  if (!isIPv6(address)) return address
  const groups = expandIPv6(address)
  if (!groups) return address
  const isMapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff
  if (isMapped)
    return addressKey(`${groups[6] >> 8}.${groups[6] & 0xff}.${groups[7] >> 8}.${groups[7] & 0xff}`)
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return '127.0.0.1'
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`
}

export const passClientAddress: express.RequestHandler = (req, _res, nextHandler) => {
  req.headers[CLIENT_ADDRESS_HEADER] = addressKey(req.ip ?? req.socket.remoteAddress ?? 'unknown')
  nextHandler()
}

/**
 * The caller's address as rate limits count it (see `addressKey`), or `local` for the Local API
 * (seeds, scripts), which has none.
 */
export const clientAddress = (headers: Headers | undefined) =>
  headers?.get(CLIENT_ADDRESS_HEADER) || 'local'
