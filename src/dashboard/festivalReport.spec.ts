import { describe, expect, it } from 'vitest'

import { change, type Edition, type FestivalReport, windowDays } from './festivalReport'
import { festivalReportHTML } from './festivalReportPage'

describe('windowDays', () => {
  it('lists every UTC day the window touches, an end at midnight not counting its day', () => {
    expect(windowDays('2026-03-01T16:00:00.000Z', '2026-03-03T16:00:00.000Z')).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ])
    expect(windowDays('2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z')).toEqual([
      '2026-03-01',
    ])
    expect(windowDays('2026-03-01T10:00:00.000Z', '2026-03-01T11:00:00.000Z')).toEqual([
      '2026-03-01',
    ])
  })
})

describe('change', () => {
  it('gives the difference and its share of the last edition, none without a last value', () => {
    expect(change(15, 10)).toEqual({ delta: 5, percent: 50 })
    expect(change(5, 0)).toEqual({ delta: 5, percent: null })
    expect(change(2, 3)).toEqual({ delta: -1, percent: -33.3 })
    expect(change(4, null)).toBeNull()
    expect(change(null, 4)).toBeNull()
    expect(change(4, undefined)).toBeNull()
  })
})

const edition = (id: number, name: string, visits: number, inquiries: number): Edition => ({
  campaign: {
    id,
    name,
    slug: `fest-${id}`,
    kind: 'super-origin-day',
    startsAt: '2026-03-01T02:00:00.000Z',
    endsAt: '2026-03-02T14:00:00.000Z',
  },
  days: ['2026-03-01', '2026-03-02'],
  visits: {
    total: visits,
    campaignPage: 3,
    factoryPages: 2,
    productPages: 1,
    perDay: [visits - 1, 1],
    countries: [{ code: 'US', visits: 2 }],
  },
  inquiries: {
    total: inquiries,
    answered: 1,
    medianFirstReplyMinutes: 90,
    quotes: 1,
    quoted: 1,
    perDay: [inquiries - 1, 1],
    firstRepliesPerDay: [1, 0],
  },
  topFactories: [{ id: 7, name: '<b>织里</b> & Co', slug: 'a', inquiries, quotes: 1 }],
  topProducts: [{ id: 9, name: '童装', slug: 'p', visits: 1, inquiries: 0 }],
})

const report = (previous: Edition | null): FestivalReport => ({
  belt: { id: 1, name: '织里', timeZone: 'Asia/Shanghai' },
  current: edition(2, '超级产地日 2026', 12, 4),
  previous,
  generatedAt: '2026-03-03T00:00:00.000Z',
})

describe('the report page', () => {
  it('is one A4 page with every figure, this edition against the last, and no script', () => {
    const html = festivalReportHTML(report(edition(1, '超级产地日 2025', 8, 5)), 'zh')
    expect(html.startsWith('<!doctype html><html lang="zh-CN">')).toBe(true)
    expect(html).toContain('@page { size: A4;')
    expect(html).not.toMatch(/<script|<img|<link|https?:\/\//i)
    expect(html).toContain(
      '<td class="n" data-figure="visits.total" data-value="12" data-previous="8">12</td>',
    )
    expect(html).toContain('data-figure="inquiries.total" data-value="4" data-previous="5"')
    expect(html).toContain('+4 (+50%)') // visits, 8 → 12
    expect(html).toContain('-1 (-20%)') // inquiries, 5 → 4
    expect(html).toContain('1.5 小时') // the median first reply
    // A slower reply than last time is worse, a faster one better.
    const slower = festivalReportHTML(
      report({
        ...edition(1, '超级产地日 2025', 8, 5),
        inquiries: { ...edition(1, '', 8, 5).inquiries, medianFirstReplyMinutes: 30 },
      }),
      'zh',
    )
    expect(slower).toContain('<td class="n down">+1 小时 (+200%)</td>')
    expect(html).toContain('data-previous-campaign="1"')
    // Names are text, never markup.
    expect(html).toContain('&lt;b&gt;织里&lt;/b&gt; &amp; Co')
    // The window in the belt's time zone: 2 a.m. UTC is 10 a.m. in Shanghai.
    expect(html).toContain('10:00')
  })

  it('says so when there is no last edition, and speaks English when asked', () => {
    const html = festivalReportHTML(report(null), 'en')
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('No last edition')
    expect(html).toContain('data-figure="visits.total" data-value="12" data-previous=""')
    expect(html).toContain('Festival report')
  })
})
