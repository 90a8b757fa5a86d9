import crypto from 'node:crypto'

import { payloadSecret } from '@/utilities/secret'

/**
 * The buyer's private link. Looked up by its SHA-256 only; a copy sealed with AES-256-GCM under
 * a key derived from PAYLOAD_SECRET lets later e-mails (a factory's reply) carry the same link
 * without the database ever holding it in the clear.
 */
export const newToken = () => crypto.randomBytes(24).toString('base64url')

export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

const key = () =>
  crypto.createHash('sha256').update(`chandi inquiry link\n${payloadSecret()}`).digest()

export const sealToken = (token: string) => {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv)
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')
}

/** The token again, or null when the seal was made under another secret or tampered with. */
export const unsealToken = (sealed: string | null | undefined): string | null => {
  if (!sealed) return null
  try {
    const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'))
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(), iv)
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
