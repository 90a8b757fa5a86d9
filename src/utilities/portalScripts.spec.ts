import { describe, expect, it } from 'vitest'

import { CLOCK_SCRIPT } from './portalScripts'

/** Runs the clock script against a minimal page: `<html lang>` and one `<time data-local-time>`. */
const localTimeOn = (lang: string, instant: string) => {
  const added: { textContent: string }[] = []
  const time = {
    getAttribute: () => instant,
    after: (node: { textContent: string }) => added.push(node),
  }
  const document = {
    documentElement: { lang },
    createElement: () => ({ className: '', textContent: '' }),
    querySelectorAll: (selector: string) => (selector.startsWith('time') ? [time] : []),
  }
  new Function('document', 'setInterval', CLOCK_SCRIPT)(document, () => 0)
  return added[0]?.textContent
}

describe('the clock script', () => {
  it('writes the buyer’s local time in the page’s language, not the browser’s', () => {
    const instant = '2026-12-09T12:00:00.000Z'
    const expected = (tag: string) =>
      ` · ${new Intl.DateTimeFormat(tag, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(new Date(instant))}`
    expect(localTimeOn('ru', instant)).toBe(expected('ru'))
    expect(localTimeOn('es', instant)).toBe(expected('es'))
    expect(localTimeOn('zh-CN', instant)).toBe(expected('zh-CN'))
    expect(localTimeOn('ru', instant)).not.toBe(expected('en-US'))
  })
})
