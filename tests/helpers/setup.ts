import { afterAll, beforeAll, expect } from 'vitest'

import { api, errorPaths, login } from './api'
import { cast, idBy } from './fixtures'

/**
 * Looks up demo documents' ids (as `idBy`: collection, field, value) before the file's tests, into
 * the object returned; the tests read it once they run.
 */
export const idsBefore = (lookups: Record<string, [string, string, string]>) => {
  const ids: Record<string, number | string> = {}
  beforeAll(async () => {
    for (const [key, [collection, field, value]] of Object.entries(lookups))
      ids[key] = await idBy(collection, field, value)
  })
  return ids
}

/**
 * Where a file records what its tests made; all of it is deleted, as the platform admin, after
 * them (`newestFirst`: in reverse order, for documents that refer to ones made before them).
 */
export const cleanupAfter = ({ newestFirst = false }: { newestFirst?: boolean } = {}) => {
  const cleanup: { collection: string; id: number | string }[] = []
  afterAll(async () => {
    const admin = await login(cast.emails.admin)
    for (const { collection, id } of newestFirst ? cleanup.reverse() : cleanup)
      await api(`/api/${collection}/${id}`, { method: 'DELETE', token: admin })
  })
  return cleanup
}

/** A `kept(collection, response)` that records a 201's document in `cleanup` and passes it on. */
export const keptIn =
  (cleanup: { collection: string; id: number | string }[]) =>
  <T extends { status: number; json: any }>(collection: string, response: T) => {
    if (response.status === 201) cleanup.push({ collection, id: response.json.doc.id })
    return response
  }

/** A 400 (or `status`) that names the field at `path`, without a stack trace. */
export const expectFieldError = (
  response: { status: number; json: any; text: string },
  path: string,
  status = 400,
) => {
  expect(response.status, response.text).toBe(status)
  expect(errorPaths(response)).toContain(path)
  expect(response.text).not.toMatch(/at .+\.(ts|js):\d+/) // no stack trace
}

/** Where a file records how to undo the changes its tests made; undone newest first after them. */
export const restoreAfter = () => {
  const restore: (() => Promise<unknown>)[] = []
  afterAll(async () => {
    for (const undo of restore.reverse()) await undo()
  })
  return restore
}
