import type { Payload } from 'payload'

import { BarChart } from '@/dashboard/BarChart'
import { dailySeries, DAYS, nudgeList } from '@/dashboard/series'

import { RemindButton } from './RemindButton'

/** The shared chart in the admin's theme: its variables follow the light and dark modes. */
export const chartTheme = {
  '--chart-bar': 'var(--theme-success-500)',
  '--chart-axis': 'var(--theme-elevation-400)',
  '--chart-text': 'var(--theme-elevation-800)',
} as React.CSSProperties

/** Links to a figure's CSV and XLSX (src/dashboard/endpoints.ts). */
export const Downloads = ({
  belt,
  figure,
  zh,
  extra = '',
}: {
  belt: number | string
  figure: string
  zh: boolean
  /** More of the query (`&campaign=<id>`). */
  extra?: string
}) => (
  <span data-downloads={figure} style={{ fontSize: 13 }}>
    {zh ? '下载：' : 'Download: '}
    {(['csv', 'xlsx'] as const).map((format, index) => (
      <span key={format}>
        {index ? ' · ' : ''}
        <a
          href={`/api/dashboard/figures?figure=${figure}&format=${format}&belt=${belt}&lang=${zh ? 'zh' : 'en'}${extra}`}
          download
        >
          {format.toUpperCase()}
        </a>
      </span>
    ))}
  </span>
)

const hours = (minutes: number | null, zh: boolean) =>
  minutes === null
    ? zh
      ? '从未回复'
      : 'never replied'
    : `${(minutes / 60).toLocaleString(zh ? 'zh-CN' : 'en', { maximumFractionDigits: 1 })} ${zh ? '小时' : 'h'}`

/**
 * The operator's activity (issue #23): visits, inquiries and first replies per day for 90 days
 * as server-drawn charts with their tables, and the "to nudge" list of the slowest factories with
 * a reminder button each. Every figure downloads as CSV or XLSX.
 */
export const BeltActivity = async ({
  payload,
  belt,
  zh,
}: {
  payload: Payload
  belt: number | string
  zh: boolean
}) => {
  const [series, nudge] = await Promise.all([
    dailySeries(payload, belt),
    nudgeList(payload, belt, { locale: zh ? 'zh' : 'en' }),
  ])
  const number = (value: number) => value.toLocaleString(zh ? 'zh-CN' : 'en')
  const first = series.days[0]
  const last = series.days[series.days.length - 1]
  const chart = (id: string, title: string, values: number[]) => {
    const total = values.reduce((sum, value) => sum + value, 0)
    const label = zh
      ? `${title}，近 ${DAYS} 天（${first} – ${last}）：共 ${number(total)}，单日最高 ${number(Math.max(0, ...values))}`
      : `${title}, last ${DAYS} days (${first} – ${last}): ${number(total)} in all, at most ${number(Math.max(0, ...values))} a day`
    return (
      <section key={id} style={{ minWidth: 300, flex: '1 1 300px' }}>
        <h4 style={{ margin: '8px 0' }}>
          {title} <small data-total={total}>（{number(total)}）</small>
        </h4>
        <BarChart
          id={`daily-${id}`}
          title={title}
          label={label}
          labels={series.days}
          values={values}
          labelHeading={zh ? '日期' : 'Day'}
          format={number}
          width={450}
          height={100}
          folded={zh ? '查看每日数据表' : 'Show the table of days'}
        />
      </section>
    )
  }
  return (
    <div data-testid="belt-activity" style={chartTheme}>
      <h3>
        {zh ? `近 ${DAYS} 天动态` : `The last ${DAYS} days`}{' '}
        <Downloads belt={belt} figure="daily" zh={zh} />
      </h3>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        {chart('visits', zh ? '访问量' : 'Visits', series.visits)}
        {chart('inquiries', zh ? '询盘' : 'Inquiries', series.inquiries)}
        {chart('replies', zh ? '首次回复' : 'First replies', series.replies)}
      </div>
      <h3>
        {zh ? '待催办' : 'To nudge'} <Downloads belt={belt} figure="nudge" zh={zh} />
      </h3>
      <p style={{ color: 'var(--theme-elevation-600)' }}>
        {zh
          ? `近 ${DAYS} 天有询盘未回复、或首次回复中位数超过 24 小时的工厂，最慢的在前。催办邮件发给工厂成员，每个工厂 24 小时最多一次。`
          : `Factories with an inquiry unanswered, or a median first reply over 24 hours, in the last ${DAYS} days, slowest first. The reminder goes to the factory’s members, at most once per factory per 24 hours.`}
      </p>
      {nudge.length ? (
        <>
          <table data-testid="nudge-list" style={{ borderCollapse: 'collapse', marginBottom: 8 }}>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: 'start', padding: '4px 12px 4px 0' }}>
                  {zh ? '工厂' : 'Factory'}
                </th>
                <th scope="col" style={{ textAlign: 'start', padding: '4px 12px' }}>
                  {zh ? '首次回复中位数' : 'Median first reply'}
                </th>
                <th scope="col" style={{ textAlign: 'start', padding: '4px 12px' }}>
                  {zh ? '未回复询盘' : 'Unanswered'}
                </th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {nudge.map((row) => (
                <tr key={row.factory.id} data-factory={row.factory.slug}>
                  <th scope="row" style={{ textAlign: 'start', padding: '4px 12px 4px 0' }}>
                    <a href={`/admin/collections/factories/${row.factory.id}`}>
                      {row.factory.name}
                    </a>
                  </th>
                  <td
                    data-value={row.medianFirstReplyMinutes ?? ''}
                    style={{ padding: '4px 12px' }}
                  >
                    {hours(row.medianFirstReplyMinutes, zh)}
                  </td>
                  <td data-value={row.openUnanswered} style={{ padding: '4px 12px' }}>
                    {number(row.openUnanswered)}
                  </td>
                  <td style={{ padding: '4px 0' }}>
                    <RemindButton
                      body={{ factory: row.factory.id }}
                      label={zh ? '发催办邮件' : 'Send a reminder'}
                      zh={zh}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <RemindButton
            body={{ all: true, belt }}
            label={zh ? '全部催办' : 'Remind them all'}
            zh={zh}
          />
        </>
      ) : (
        <p>{zh ? '没有需要催办的工厂。' : 'No factory to nudge.'}</p>
      )}
    </div>
  )
}
