import { createEvents } from 'ics'
import { describe, expect, it } from 'vitest'

import { icsText, icsURL } from './icsText'

const fileWith = (url: string | undefined) =>
  createEvents([
    {
      uid: 'x@chandi',
      title: icsText('Live\rATTACH:https://evil.example/x.exe'),
      start: Date.UTC(2026, 11, 6, 8),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: 60 },
      url,
    },
  ])

describe('calendar texts and addresses', () => {
  it('keeps a title on its line', () => {
    expect(icsText('a\rb\nc\r\nd\u2028e')).toBe('a b c d e')
  })
  it('gives the ics package only addresses it accepts, so one stream URL cannot break a file', () => {
    for (const saved of [
      'HTTPS://www.youtube.com/live/x',
      'https://www.youtube.com/watch?v=1 ',
      'https://www.youtube.com/watch?v=1\r',
      ' https://live.douyin.com/123',
    ]) {
      const url = icsURL(saved)
      expect(url, saved).toMatch(/^https:\/\/[a-z.]+\//)
      expect(fileWith(url).error, saved).toBeFalsy()
    }
    for (const odd of ['javascript:alert(1)', 'not a url', '', null, 'http://[::1]/x'])
      expect(icsURL(odd), String(odd)).toBeUndefined()
    // Passed on as it was, an upper-case scheme made the whole file an error (a 500).
    expect(fileWith('HTTPS://www.youtube.com/live/x').error).toBeTruthy()
  })
})
