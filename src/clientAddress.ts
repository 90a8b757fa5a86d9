import type express from 'express'

/**
 * The header that carries Express's `req.ip` (TRUST_PROXY applied) into Payload, whose requests
 * have no address of their own. Set on every /api request, overwriting whatever the client sent,
 * so a client cannot pick the address its login attempts are counted by.
 */
export const CLIENT_ADDRESS_HEADER = 'x-chandi-client-address'

export const passClientAddress: express.RequestHandler = (req, _res, nextHandler) => {
  req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  nextHandler()
}

/** The caller's address, or `local` for the Local API (seeds, scripts), which has none. */
export const clientAddress = (headers: Headers | undefined) => headers?.get(CLIENT_ADDRESS_HEADER) || 'local'
