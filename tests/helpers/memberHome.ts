import { expect } from 'vitest'

import { api } from './api'

/** The factory member's home (tests/int/member-home.int.spec.ts): the admin page and its figures. */

/** The admin's home page as a browser with this JWT's cookie gets it, in `language`. */
export const adminHome = async (token: string, language: 'zh' | 'en' = 'zh') => {
  const response = await api('/admin', {
    // As a browser navigates: cookies are honoured only from the admin's own site (CSRF).
    headers: {
      cookie: `payload-token=${token}; payload-lng=${language}`,
      'sec-fetch-site': 'same-origin',
      'sec-fetch-mode': 'navigate',
    },
  })
  expect(response.status).toBe(200)
  return response.text
}

/** The member home's section of the page, '' when there is none. */
export const homeSection = (html: string) =>
  html.match(/<section data-testid="factory-home"[\s\S]*?<\/section>/)?.[0] ?? ''

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")

/** `data-value` of the figure marked `data-figure="<name>"` (on it or its first child). */
export const figureOf = (html: string, name: string) => {
  const value = html.match(
    new RegExp(
      `data-figure="${name}"(?:[^>]*?data-value="([^"]*)")?[^>]*>(?:\\s*<[^>]*?data-value="([^"]*)")?`,
    ),
  )
  if (!value) return undefined
  const raw = value[1] ?? value[2]
  return raw === undefined || raw === '' ? null : Number(raw)
}

/** The link of the figure marked `data-figure="<name>"`. */
export const hrefOf = (html: string, name: string) => {
  const found = html.match(new RegExp(`<a data-figure="${name}" href="([^"]*)"`))
  return found ? decode(found[1]) : undefined
}

export const DAY = 86_400_000

/** The first UTC day of the last `days` days (today included), as `YYYY-MM-DD`. */
export const firstDay = (days: number, at = Date.now()) => {
  const date = new Date(at)
  return new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - (days - 1)),
  )
    .toISOString()
    .slice(0, 10)
}

/** Minutes from an inquiry to its factory's first reply, or null (as the dashboards count it). */
export const firstReply = (doc: { createdAt: string; replies?: any[] }) => {
  const first = (doc.replies ?? []).find((reply) => reply.author === 'factory' && reply.sentAt)
  return first ? (Date.parse(first.sentAt) - Date.parse(doc.createdAt)) / 60_000 : null
}
