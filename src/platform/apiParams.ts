import type express from 'express'
import type { Payload } from 'payload'
import { parse } from 'qs-esm'

import { paramProblems } from '@/utilities/queryParams'

/**
 * Query parameters of the REST API refused before Payload reads them, with a 400 naming each
 * (src/utilities/queryParams.ts says which and why). Parsed as Payload parses them, so what is checked
 * is what it would have used.
 */
export const rejectBadParams =
  (payload: Payload): express.RequestHandler =>
  (req, res, nextHandler) => {
    const search = req.originalUrl.indexOf('?')
    if (search === -1) return nextHandler()
    let query: Record<string, unknown>
    try {
      query = parse(req.originalUrl.slice(search + 1), {
        allowEmptyArrays: true,
        arrayLimit: 1000,
        depth: 10,
        ignoreQueryPrefix: true,
      })
    } catch {
      query = {}
    }
    const problems = paramProblems(query, payload.config.maxDepth)
    if (problems.length === 0) return nextHandler()
    res.status(400).json({
      errors: [
        {
          name: 'ValidationError',
          message: problems.map((problem) => problem.message).join('; '),
          data: { errors: problems },
        },
      ],
    })
  }
