import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, postForm, zhili } from '../helpers/api'
import { cast, idBy } from '../helpers/fixtures'
import { BROWSER, chart, names, perWeek, ranking, visitRows, waitFor } from '../helpers/barometer'
import { cleanUp, post } from '../helpers/sourcing'

/**
 * The barometer's sourcing and live trends and its country names (issue #23), each checked
 * against what the database holds; the rest of the page is in barometer.int.spec.ts.
 */
let admin: string
let beltA: number
let hiddenRequest: number

beforeAll(async () => {
  admin = await login(cast.emails.admin)
  beltA = Number(await idBy('tenants', 'slug', cast.beltA.slug))
  // Two requests confirmed on Zhili this week; the belt's operator hides one as spam.
  for (let index = 0; index < 2; index += 1) {
    const { token, id } = await post()
    expect((await postForm(`/en/sourcing/requests/${token}/confirm`, {})).status).toBe(303)
    hiddenRequest = id
  }
  const operator = await login(cast.emails.operatorA)
  const hide = await api(`/api/sourcing-requests/${hiddenRequest}/hide`, {
    method: 'POST',
    token: operator,
  })
  expect(hide.status, hide.text).toBeLessThan(300)
})

afterAll(cleanUp)

describe('the barometer’s trends', () => {
  it('counts confirmed sourcing requests matched to the belt, less those its operator hid', async () => {
    const body = (await zhili(`/en/barometer?t=${Date.now()}`)).body
    const drawn = chart(body, 'sourcing')!
    const requests = (
      await api(
        `/api/sourcing-requests?where[matchedBelts][contains]=${beltA}&where[confirmedAt][exists]=true&limit=0&depth=0`,
        { token: admin },
      )
    ).json.docs as { id: number; confirmedAt: string; hiddenIn?: number[] }[]
    const counted = requests.filter((doc) => !(doc.hiddenIn ?? []).includes(beltA))
    expect(counted.length).toBeLessThan(requests.length) // the hidden one is left out
    expect(drawn.values).toEqual(
      perWeek(
        drawn.weeks,
        counted.map((doc) => Date.parse(doc.confirmedAt)),
      ),
    )
    expect(drawn.values.at(-1)).toBeGreaterThan(0)
    expect(drawn.label.split(': ').at(-1)!.split(', ').map(Number)).toEqual(drawn.values)
  })

  it('adds up the hours of live sessions held, not those still to come', async () => {
    const body = (await zhili(`/en/barometer?t=${Date.now()}`)).body
    const drawn = chart(body, 'liveHours')!
    const sessions = (
      await api(
        `/api/live-sessions?where[tenant][equals]=${beltA}&where[startsAt][greater_than_equal]=${drawn.weeks[0]}T00:00:00.000Z&limit=0&depth=0`,
      )
    ).json.docs as { startsAt: string; durationMinutes: number }[]
    const hours = drawn.weeks.map(() => 0)
    for (const session of sessions) {
      const start = Date.parse(session.startsAt)
      if (start > Date.now()) continue
      const week = perWeek(drawn.weeks, [start]).indexOf(1)
      if (week !== -1) hours[week] += session.durationMinutes / 60
    }
    expect(drawn.values).toEqual(hours.map((value) => Math.round(value * 10) / 10))
    // The demo has a session on air now, and others scheduled later that do not count yet.
    expect(drawn.values.at(-1)).toBeGreaterThan(0)
    expect(sessions.some((session) => Date.parse(session.startsAt) > Date.now())).toBe(true)
  })

  it('names buyers’ countries in the page’s language', async () => {
    const browser = { 'user-agent': BROWSER, 'accept-language': 'de-DE' }
    expect((await zhili(`/en/factories/${cast.factoryA1.slug}`, browser)).status).toBe(200)
    const stored = await waitFor(async () =>
      (await visitRows()).some((row) => row.belt === beltA && row.country === 'DE'),
    )
    expect(stored).toBe(true)
    const english = (await zhili(`/en/barometer?t=${Date.now()}`)).body
    const russian = (await zhili(`/ru/barometer?t=${Date.now()}`)).body
    const chinese = (await zhili(`/barometer?t=${Date.now()}`)).body
    expect(names(english, 'countries').DE).toBe('Germany')
    expect(names(russian, 'countries').DE).toBe('Германия')
    expect(names(chinese, 'countries').DE).toBe('德国')
    expect(ranking(english, 'countries')!.DE).toBeGreaterThan(0)
  })
})
