import express from 'express'
import type { Payload } from 'payload'

import { SLUGS } from '@/constants'

import { escapeHTML } from './escape'
import { hostOf, resolveHost } from './resolveBelt'

const page = ({ title, body, lang = 'zh' }: { title: string; body: string; lang?: string }) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHTML(title)}</title></head><body>${body}</body></html>`

/**
 * The public side: host → belt → HTML. This first version serves the hub's list of belts and
 * each belt's front page; the full portal (directory, products, pages, caching) is the
 * renderer issue's work. It talks to Payload through the Local API only.
 */
export const renderer = ({ payload }: { payload: Payload }) => {
  const router = express.Router()
  const publicHost = process.env.PUBLIC_URL ? hostOf(new URL(process.env.PUBLIC_URL).host) : undefined

  router.get('/', async (req, res, nextHandler) => {
    try {
      const match = await resolveHost({ payload, host: hostOf(req.headers.host), publicHost })
      if (match.kind === 'unknown') {
        res.status(404).type('html').send(page({ title: 'Not found', body: '<h1>No portal at this address</h1>' }))
        return
      }
      if (match.kind === 'hub') {
        const { docs } = await payload.find({
          collection: SLUGS.tenants,
          where: { published: { equals: true } },
          sort: 'slug',
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
        const cards = docs
          .map(
            (belt) =>
              `<li><a href="//${escapeHTML(belt.slug)}.${escapeHTML(req.headers.host ?? 'localhost')}/">${escapeHTML(belt.name)}</a> — ${escapeHTML(belt.specialty)}</li>`,
          )
          .join('')
        res.type('html').send(page({ title: '产地 Chandi', body: `<h1>产地 Chandi</h1><ul>${cards}</ul>` }))
        return
      }
      const { belt } = match
      if (!belt.published) {
        res.status(404).type('html').send(page({ title: 'Not found', body: '<h1>No portal at this address</h1>' }))
        return
      }
      res.type('html').send(
        page({
          title: belt.name,
          body: `<h1>${escapeHTML(belt.name)}</h1><p>${escapeHTML(belt.tagline ?? belt.specialty)}</p>`,
        }),
      )
    } catch (error) {
      nextHandler(error)
    }
  })

  router.use((_req, res) => {
    res.status(404).type('html').send(page({ title: 'Not found', body: '<h1>Not found</h1>' }))
  })
  return router
}
