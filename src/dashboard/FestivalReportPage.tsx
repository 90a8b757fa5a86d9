import { renderToStaticMarkup } from 'react-dom/server'

import { BarChart } from './BarChart'
import { change, type Edition, type FestivalReport } from './festivalReport'
import { type ReportLanguage, STYLE, WORDS } from './festivalReportWords'

export type { ReportLanguage }

/**
 * The festival report as one self-contained HTML page (styles inline, the chart as inline SVG,
 * no script, no image, nothing fetched: its CSP says so), in Chinese or English, laid out for
 * A4 paper: the browser's print and the PDF (Chromium printing this same page) give the same.
 * Every figure carries `data-figure` and its raw `data-value` (the last edition's as
 * `data-previous`), as the dashboard's do.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

const number = (language: ReportLanguage) =>
  new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB').format

type Row = {
  id: string
  label: string
  value: (edition: Edition) => number | null
  show?: (value: number) => string
}

const ChangeCell = ({
  current,
  previous,
}: {
  current: number | null
  previous?: number | null
}) => {
  const delta = change(current, previous)
  if (!delta) return <td className="n">—</td>
  const sign = delta.delta > 0 ? '+' : ''
  return (
    <td className={`n ${delta.delta > 0 ? 'up' : delta.delta < 0 ? 'down' : ''}`}>
      {sign}
      {Math.round(delta.delta)}
      {delta.percent === null ? '' : ` (${sign}${delta.percent}%)`}
    </td>
  )
}

const Ranking = <T extends { id: number | string; name: string }>({
  id,
  title,
  nameHeading,
  rows,
  columns,
  words,
}: {
  id: string
  title: string
  nameHeading: string
  rows: T[]
  columns: { heading: string; value: (row: T) => number }[]
  words: (typeof WORDS)[ReportLanguage]
}) => (
  <table id={id}>
    <caption>{title}</caption>
    <thead>
      <tr>
        <th scope="col">{words.rank}</th>
        <th scope="col">{nameHeading}</th>
        {columns.map((column) => (
          <th scope="col" className="n" key={column.heading}>
            {column.heading}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.length === 0 ? (
        <tr>
          <td colSpan={2 + columns.length}>{words.none}</td>
        </tr>
      ) : (
        rows.map((row, index) => (
          <tr key={String(row.id)} data-id={String(row.id)}>
            <td>{index + 1}</td>
            <th scope="row">{row.name || `#${row.id}`}</th>
            {columns.map((column) => (
              <td className="n" key={column.heading} data-value={column.value(row)}>
                {column.value(row)}
              </td>
            ))}
          </tr>
        ))
      )}
    </tbody>
  </table>
)

const countryName = (language: ReportLanguage, code: string) => {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code
  } catch {
    return code
  }
}

export const FestivalReportPage = ({
  report,
  language,
}: {
  report: FestivalReport
  language: ReportLanguage
}) => {
  const words = WORDS[language]
  const format = number(language)
  const { current, previous } = report
  const when = (iso: string) =>
    new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: report.belt.timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso))
  const span = (edition: Edition) =>
    `${when(edition.campaign.startsAt)} – ${when(edition.campaign.endsAt)} (${report.belt.timeZone})`
  const minutes = (value: number) => words.minutes(value)
  const rows: Row[] = [
    { id: 'visits.total', label: words.visits, value: (e) => e.visits.total },
    { id: 'visits.campaignPage', label: words.campaignPage, value: (e) => e.visits.campaignPage },
    { id: 'visits.factoryPages', label: words.factoryPages, value: (e) => e.visits.factoryPages },
    { id: 'visits.productPages', label: words.productPages, value: (e) => e.visits.productPages },
    { id: 'inquiries.total', label: words.inquiries, value: (e) => e.inquiries.total },
    { id: 'inquiries.answered', label: words.answered, value: (e) => e.inquiries.answered },
    {
      id: 'inquiries.medianFirstReplyMinutes',
      label: words.median,
      value: (e) => e.inquiries.medianFirstReplyMinutes,
      show: minutes,
    },
    { id: 'inquiries.quotes', label: words.quotes, value: (e) => e.inquiries.quotes },
    { id: 'inquiries.quoted', label: words.quoted, value: (e) => e.inquiries.quoted },
  ]
  const shown = (row: Row, value: number | null) =>
    value === null ? '—' : (row.show ?? format)(value)
  const title = `${words.title} · ${current.campaign.name}`
  return (
    <html lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={CSP} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <header>
          <p className="meta">
            {report.belt.name} · {words.kinds[current.campaign.kind] ?? current.campaign.kind}
          </p>
          <h1>{title}</h1>
          <p className="meta" data-campaign={String(current.campaign.id)}>
            {words.window}: {span(current)}
          </p>
          <p className="meta" data-previous-campaign={previous ? String(previous.campaign.id) : ''}>
            {words.previous}:{' '}
            {previous ? `${previous.campaign.name} · ${span(previous)}` : words.noPrevious}
          </p>
        </header>
        <section id="figures">
          <table>
            <thead>
              <tr>
                <th scope="col">{words.figure}</th>
                <th scope="col" className="n">
                  {words.current}
                </th>
                <th scope="col" className="n">
                  {words.previous}
                </th>
                <th scope="col" className="n">
                  {words.change}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const value = row.value(current)
                const before = previous ? row.value(previous) : undefined
                return (
                  <tr key={row.id}>
                    <th scope="row">{row.label}</th>
                    <td
                      className="n"
                      data-figure={row.id}
                      data-value={value ?? ''}
                      data-previous={before ?? ''}
                    >
                      {shown(row, value)}
                    </td>
                    <td className="n">{before === undefined ? '—' : shown(row, before)}</td>
                    <ChangeCell current={value} previous={before} />
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
        <section>
          <h2>{words.perDay}</h2>
          <BarChart
            id="visitsPerDay"
            title={words.perDay}
            label={`${words.perDay}: ${current.days.map((day, index) => `${day} ${current.visits.perDay[index]}`).join(', ')}`}
            labels={current.days}
            values={current.visits.perDay}
            labelHeading={words.day}
            format={format}
            width={640}
            height={110}
            folded={current.days.length > 10 ? words.showTable : undefined}
          />
        </section>
        <section className="pair">
          {[current, previous].map((edition, index) =>
            edition ? (
              <Ranking
                key={index}
                id={index === 0 ? 'topFactories' : 'previousTopFactories'}
                title={`${words.topFactories} · ${index === 0 ? words.current : words.previous}`}
                nameHeading={words.factory}
                rows={edition.topFactories}
                columns={[
                  { heading: words.inquiries, value: (row) => row.inquiries },
                  { heading: words.quotes, value: (row) => row.quotes },
                ]}
                words={words}
              />
            ) : null,
          )}
        </section>
        <section className="pair">
          {[current, previous].map((edition, index) =>
            edition ? (
              <Ranking
                key={index}
                id={index === 0 ? 'topProducts' : 'previousTopProducts'}
                title={`${words.topProducts} · ${index === 0 ? words.current : words.previous}`}
                nameHeading={words.product}
                rows={edition.topProducts}
                columns={[
                  { heading: words.views, value: (row) => row.visits },
                  { heading: words.inquiries, value: (row) => row.inquiries },
                ]}
                words={words}
              />
            ) : null,
          )}
        </section>
        <section>
          <table id="countries">
            <caption>{words.countries}</caption>
            <tbody>
              {current.visits.countries.length === 0 ? (
                <tr>
                  <td>{words.none}</td>
                </tr>
              ) : (
                current.visits.countries.map((row) => (
                  <tr key={row.code} data-code={row.code}>
                    <th scope="row">{countryName(language, row.code)}</th>
                    <td className="n" data-value={row.visits}>
                      {format(row.visits)}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </section>
        <footer>
          <p>{words.notes}</p>
          <p>
            {words.generated}: {when(report.generatedAt)} · 产地 Chandi
          </p>
        </footer>
      </body>
    </html>
  )
}

/** The page's HTML, doctype included. */
export const festivalReportHTML = (report: FestivalReport, language: ReportLanguage) =>
  `<!doctype html>${renderToStaticMarkup(<FestivalReportPage report={report} language={language} />)}`
