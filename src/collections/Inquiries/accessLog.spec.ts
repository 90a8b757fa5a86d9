import type { PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { recordInquiryReads } from './accessLog'

/**
 * Failing closed cannot be provoked through HTTP on the suite's shared database without stalling
 * every other write, so it is checked here against a database adapter whose insert fails.
 */
const requestWith = (create: () => Promise<unknown>) => {
  const db = {
    beginTransaction: vi.fn(async () => 7),
    commitTransaction: vi.fn(async () => undefined),
    rollbackTransaction: vi.fn(async () => undefined),
    create: vi.fn(create),
  }
  const req = {
    user: { id: 1, email: 'admin@chandi.test', roles: ['platform-admin'] },
    payloadAPI: 'REST',
    payload: { db, logger: { error: vi.fn() } },
  } as unknown as PayloadRequest
  return { req, db }
}

const page = {
  docs: [{ id: 3, factory: 9, message: 'We need 500 sets', buyer: { email: 'ana@example.com' } }],
}

const run = (req: PayloadRequest) =>
  recordInquiryReads({
    args: {} as never,
    collection: {} as never,
    operation: 'find',
    overrideAccess: false,
    req,
    result: page as never,
  })

describe('recordInquiryReads', () => {
  it('refuses the read with a 503 when its record cannot be written, and rolls the record back', async () => {
    const { req, db } = requestWith(async () => {
      throw new Error('SQLITE_FULL: database or disk is full')
    })
    await expect(run(req)).rejects.toMatchObject({ status: 503, isPublic: true })
    expect(db.rollbackTransaction).toHaveBeenCalledWith(7)
    expect(db.commitTransaction).not.toHaveBeenCalled()
  })

  it('hands the read back once its record is committed', async () => {
    const { req, db } = requestWith(async () => ({}))
    await expect(run(req)).resolves.toBe(page)
    expect(db.create).toHaveBeenCalledWith(
      expect.objectContaining({
        data: expect.objectContaining({
          inquiry: 3,
          inquiryRef: '3',
          role: 'platform-admin',
          via: 'REST',
          operation: 'find',
        }),
      }),
    )
    expect(db.commitTransaction).toHaveBeenCalledWith(7)
  })
})
