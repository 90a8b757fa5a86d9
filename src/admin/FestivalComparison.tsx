import type { Payload } from 'payload'

import { BarChart } from '@/dashboard/BarChart'
import {
  type Comparison,
  comparisonRows,
  festivalComparison,
  startedFestivals,
} from '@/dashboard/festivalCompare'
import { change, type Edition } from '@/dashboard/festivalReport'

import { chartTheme, Downloads } from './BeltActivity'

type Metric = {
  key: 'visits' | 'inquiries' | 'firstReplies'
  zh: string
  en: string
  of: (edition: Edition) => number[]
}

const METRICS: Metric[] = [
  { key: 'visits', zh: '访问量', en: 'Visits', of: (edition) => edition.visits.perDay },
  { key: 'inquiries', zh: '询盘', en: 'Inquiries', of: (edition) => edition.inquiries.perDay },
  {
    key: 'firstReplies',
    zh: '首次回复',
    en: 'First replies',
    of: (edition) => edition.inquiries.firstRepliesPerDay,
  },
]

const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0)

const day = (iso: string, zh: boolean) =>
  new Date(iso).toLocaleDateString(zh ? 'zh-CN' : 'en', { timeZone: 'UTC' })

/** One figure: this edition's bars beside the last edition's, on one scale, with the change. */
const MetricPair = ({
  metric,
  comparison,
  zh,
  number,
}: {
  metric: Metric
  comparison: Comparison
  zh: boolean
  number: (value: number) => string
}) => {
  const title = zh ? metric.zh : metric.en
  const now = metric.of(comparison.current)
  const before = comparison.previous ? metric.of(comparison.previous) : null
  const scale = Math.max(1, ...now, ...(before ?? []))
  const moved = change(total(now), before ? total(before) : null)
  const chart = (edition: Edition, values: number[], which: 'current' | 'previous') => {
    const name = which === 'current' ? (zh ? '本届' : 'This edition') : zh ? '上届' : 'Last edition'
    const label = zh
      ? `${title}，${name}「${edition.campaign.name}」每日：${values.map((value, index) => `第 ${index + 1} 天 ${number(value)}`).join('，')}`
      : `${title}, ${name.toLowerCase()} “${edition.campaign.name}”, per day: ${values.map((value, index) => `day ${index + 1} ${number(value)}`).join(', ')}`
    return (
      <div style={{ flex: '1 1 200px', minWidth: 200 }}>
        <div style={{ fontSize: 13 }}>
          {name} <span data-total={total(values)}>{number(total(values))}</span>
        </div>
        <BarChart
          id={`festival-${metric.key}-${which}`}
          title={`${title} · ${name}`}
          label={label}
          labels={edition.days}
          values={values}
          labelHeading={zh ? '日期' : 'Day'}
          format={number}
          width={240}
          height={80}
          scale={scale}
          fill={which === 'current' ? undefined : 'var(--theme-elevation-400)'}
          folded={zh ? '查看每日数据' : 'Show the days'}
        />
      </div>
    )
  }
  return (
    <section
      data-metric={metric.key}
      style={{ minWidth: 300, maxWidth: 560, flex: '1 1 420px', marginBottom: 12 }}
    >
      <h4 style={{ margin: '8px 0' }}>
        {title}
        {moved ? (
          <small data-delta={moved.delta} style={{ marginInlineStart: 8 }}>
            {moved.delta >= 0 ? '+' : '−'}
            {number(Math.abs(moved.delta))}
            {moved.percent === null
              ? ''
              : `（${moved.percent >= 0 ? '+' : '−'}${Math.abs(moved.percent)}%）`}
          </small>
        ) : null}
      </h4>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {chart(comparison.current, now, 'current')}
        {comparison.previous && before ? chart(comparison.previous, before, 'previous') : null}
      </div>
    </section>
  )
}

/**
 * The operator's chosen festival against its last edition (issue #23): a plain GET form picks
 * one of the belt's started festivals (`?festival=<id>` on the dashboard; the newest by
 * default), then visits, inquiries and first replies per day of both editions, on one scale,
 * with the change in each total and the download of the figures.
 */
export const FestivalComparison = async ({
  payload,
  belt,
  zh,
  chosen,
}: {
  payload: Payload
  belt: number | string
  zh: boolean
  chosen?: string
}) => {
  const locale = zh ? 'zh' : 'en'
  const festivals = await startedFestivals(payload, belt, { locale })
  const number = (value: number) => value.toLocaleString(zh ? 'zh-CN' : 'en')
  const heading = <h3>{zh ? '节日活动与上一届对比' : 'A festival against its last edition'}</h3>
  const notFound = (
    <p role="alert">
      {zh
        ? '找不到这个节日活动：只能查看本产业带已发布且已开始的活动。'
        : 'No such festival: only this belt’s published festivals that have started.'}
    </p>
  )
  if (festivals.length === 0)
    return (
      <div data-testid="festival-comparison" style={chartTheme}>
        {heading}
        <p>{zh ? '还没有已开始的节日活动。' : 'No festival has started yet.'}</p>
        {chosen ? notFound : null}
      </div>
    )
  const id = chosen || String(festivals[0].id)
  const comparison = await festivalComparison(payload, belt, id, { locale })
  const dayCount = comparison ? comparisonRows(comparison).length : 0
  const edition = (of: Edition, running: boolean) =>
    `「${of.campaign.name}」${day(of.campaign.startsAt, zh)} – ${day(of.campaign.endsAt, zh)}${running ? (zh ? '（进行中，统计到现在）' : ' (running: counted up to now)') : ''}`
  return (
    <div data-testid="festival-comparison" style={chartTheme}>
      {heading}
      <form method="get" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <label htmlFor="festival-choice">{zh ? '节日活动' : 'Festival'}</label>
        <select id="festival-choice" name="festival" defaultValue={id}>
          {festivals.map((festival) => (
            <option key={festival.id} value={String(festival.id)}>
              {festival.name}（{day(festival.startsAt, zh)}）
            </option>
          ))}
        </select>
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {zh ? '查看' : 'Show'}
        </button>
      </form>
      {comparison ? (
        <>
          <p data-testid="festival-editions">
            {zh ? '本届' : 'This edition'} {edition(comparison.current, comparison.running)}
            {' · '}
            {comparison.previous
              ? `${zh ? '上届' : 'last edition'} ${edition(comparison.previous, false)}`
              : zh
                ? '没有上一届（同类已结束的活动）'
                : 'no last edition (an ended campaign of the same kind)'}{' '}
            <Downloads
              belt={belt}
              figure="festival"
              zh={zh}
              extra={`&campaign=${encodeURIComponent(String(comparison.current.campaign.id))}`}
            />
          </p>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            {METRICS.map((metric) => (
              <MetricPair
                key={metric.key}
                metric={metric}
                comparison={comparison}
                zh={zh}
                number={number}
              />
            ))}
          </div>
          <p style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>
            {zh
              ? `按活动的第几天对齐（共 ${dayCount} 天，按 UTC 日期计）。`
              : `Days are lined up from each festival’s first day (${dayCount} days, UTC dates).`}
          </p>
        </>
      ) : (
        notFound
      )}
    </div>
  )
}
