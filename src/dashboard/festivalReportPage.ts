import { change, type Edition, type FestivalReport } from './festivalReport'
import { type ReportLanguage, STYLE, WORDS } from './festivalReportWords'

export type { ReportLanguage }

/**
 * The festival report as one self-contained HTML page (styles inline, the chart as inline SVG,
 * no script, no image, nothing fetched: its CSP says so), in Chinese or English, laid out for
 * A4 paper: the browser's print and the PDF (Chromium printing this same page) give the same.
 * Every figure carries `data-figure` and its raw `data-value` (the last edition's as
 * `data-previous`), as the dashboard's do. Written as text, not with React: the endpoint is part
 * of Payload's config, which Next also compiles, and Next refuses `react-dom/server` there.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
}
/** Text and attribute values, escaped. */
export const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c])

type Words = (typeof WORDS)[ReportLanguage]
type Row = {
  id: string
  label: string
  value: (edition: Edition) => number | null
  show?: (value: number) => string
  lowerIsBetter?: boolean
}

/** The change from the last edition, green when better (more; for a reply time, less). */
const changeCell = (
  current: number | null,
  previous: number | null | undefined,
  row: Pick<Row, 'show' | 'lowerIsBetter'>,
) => {
  const delta = change(current, previous)
  if (!delta) return '<td class="n">—</td>'
  const sign = delta.delta > 0 ? '+' : delta.delta < 0 ? '-' : ''
  const better = row.lowerIsBetter ? delta.delta < 0 : delta.delta > 0
  const tone = delta.delta === 0 ? '' : better ? ' up' : ' down'
  const size = Math.abs(delta.delta)
  const amount = row.show ? row.show(size) : String(Math.round(size))
  const percent =
    delta.percent === null ? '' : ` (${delta.percent > 0 ? '+' : ''}${delta.percent}%)`
  return `<td class="n${tone}">${esc(`${sign}${amount}${percent}`)}</td>`
}

/** Visits per day: bars as inline SVG (labelled for screen readers), and the same as a table. */
const chart = (edition: Edition, words: Words, format: (value: number) => string) => {
  const { days } = edition
  const values = edition.visits.perDay
  const width = 640
  const height = 110
  const max = Math.max(1, ...values)
  const gap = values.length > 30 ? 1 : 4
  const bar = Math.max(1, (width - gap * (values.length - 1)) / Math.max(1, values.length))
  const round = (value: number) => Math.round(value * 10) / 10
  const bars = values
    .map((value, index) => {
      const size = Math.round((value / max) * height)
      return `<rect x="${round(index * (bar + gap))}" y="${height - size}" width="${round(bar)}" height="${size}"></rect>`
    })
    .join('')
  const label = `${words.perDay}: ${days.map((day, index) => `${day} ${values[index]}`).join(', ')}`
  const rows = days
    .map(
      (day, index) =>
        `<tr><th scope="row">${esc(day)}</th><td class="n" data-value="${values[index]}">${esc(format(values[index]))}</td></tr>`,
    )
    .join('')
  const table = `<table><thead><tr><th scope="col">${esc(words.day)}</th><th scope="col" class="n">${esc(words.visits)}</th></tr></thead><tbody>${rows}</tbody></table>`
  return `<figure class="chart" id="visitsPerDay" data-figure="visitsPerDay"><svg role="img" aria-label="${esc(label)}" viewBox="0 0 ${width} ${height + 16}" width="${width}" height="${height + 16}">${bars}<line x1="0" y1="${height + 0.5}" x2="${width}" y2="${height + 0.5}"></line><text x="0" y="${height + 14}">${esc(days[0])}</text><text x="${width}" y="${height + 14}" text-anchor="end">${esc(days[days.length - 1])}</text></svg>${
    days.length > 10
      ? `<details><summary>${esc(words.showTable)}</summary>${table}</details>`
      : table
  }</figure>`
}

const ranking = <T extends { id: number | string; name: string }>(
  id: string,
  title: string,
  nameHeading: string,
  rows: T[],
  columns: { heading: string; value: (row: T) => number }[],
  words: Words,
) => {
  const head = columns.map((column) => `<th scope="col" class="n">${esc(column.heading)}</th>`)
  const body = rows.length
    ? rows
        .map(
          (row, index) =>
            `<tr data-id="${esc(row.id)}"><td>${index + 1}</td><th scope="row">${esc(row.name || `#${row.id}`)}</th>${columns
              .map(
                (column) =>
                  `<td class="n" data-value="${column.value(row)}">${column.value(row)}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('')
    : `<tr><td colspan="${2 + columns.length}">${esc(words.none)}</td></tr>`
  return `<table id="${id}"><caption>${esc(title)}</caption><thead><tr><th scope="col">${esc(words.rank)}</th><th scope="col">${esc(nameHeading)}</th>${head.join('')}</tr></thead><tbody>${body}</tbody></table>`
}

const countryName = (language: ReportLanguage, code: string) => {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code
  } catch {
    return code
  }
}

/** The page's HTML, doctype included. */
export const festivalReportHTML = (report: FestivalReport, language: ReportLanguage) => {
  const words = WORDS[language]
  const format = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB').format
  const { current, previous } = report
  const when = (iso: string) =>
    new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: report.belt.timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso))
  const span = (edition: Edition) =>
    `${when(edition.campaign.startsAt)} – ${when(edition.campaign.endsAt)} (${report.belt.timeZone})`
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
      show: words.minutes,
      lowerIsBetter: true,
    },
    { id: 'inquiries.quotes', label: words.quotes, value: (e) => e.inquiries.quotes },
    { id: 'inquiries.quoted', label: words.quoted, value: (e) => e.inquiries.quoted },
  ]
  const shown = (row: Row, value: number | null) =>
    value === null ? '—' : (row.show ?? format)(value)
  const figures = rows
    .map((row) => {
      const value = row.value(current)
      const before = previous ? row.value(previous) : undefined
      return `<tr><th scope="row">${esc(row.label)}</th><td class="n" data-figure="${row.id}" data-value="${value ?? ''}" data-previous="${before ?? ''}">${esc(shown(row, value))}</td><td class="n">${before === undefined ? '—' : esc(shown(row, before))}</td>${changeCell(value, before, row)}</tr>`
    })
    .join('')
  const editions = [current, previous]
  const pair = (make: (edition: Edition, index: number) => string) =>
    `<section class="pair">${editions.map((edition, index) => (edition ? make(edition, index) : '')).join('')}</section>`
  const which = (index: number) => (index === 0 ? words.current : words.previous)
  const title = `${words.title} · ${current.campaign.name}`
  const countries = current.visits.countries.length
    ? current.visits.countries
        .map(
          (row) =>
            `<tr data-code="${esc(row.code)}"><th scope="row">${esc(countryName(language, row.code))}</th><td class="n" data-value="${row.visits}">${esc(format(row.visits))}</td></tr>`,
        )
        .join('')
    : `<tr><td>${esc(words.none)}</td></tr>`
  return [
    `<!doctype html><html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${esc(title)}</title><style>${STYLE}</style></head><body>`,
    `<header><p class="meta">${esc(report.belt.name)} · ${esc(words.kinds[current.campaign.kind] ?? current.campaign.kind)}</p>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="meta" data-campaign="${esc(current.campaign.id)}">${esc(words.window)}: ${esc(span(current))}</p>`,
    `<p class="meta" data-previous-campaign="${previous ? esc(previous.campaign.id) : ''}">${esc(words.previous)}: ${esc(previous ? `${previous.campaign.name} · ${span(previous)}` : words.noPrevious)}</p></header>`,
    `<section id="figures"><table><thead><tr><th scope="col">${esc(words.figure)}</th><th scope="col" class="n">${esc(words.current)}</th><th scope="col" class="n">${esc(words.previous)}</th><th scope="col" class="n">${esc(words.change)}</th></tr></thead><tbody>${figures}</tbody></table></section>`,
    `<section><h2>${esc(words.perDay)}</h2>${chart(current, words, format)}</section>`,
    pair((edition, index) =>
      ranking(
        index === 0 ? 'topFactories' : 'previousTopFactories',
        `${words.topFactories} · ${which(index)}`,
        words.factory,
        edition.topFactories,
        [
          { heading: words.inquiries, value: (row) => row.inquiries },
          { heading: words.quotes, value: (row) => row.quotes },
        ],
        words,
      ),
    ),
    pair((edition, index) =>
      ranking(
        index === 0 ? 'topProducts' : 'previousTopProducts',
        `${words.topProducts} · ${which(index)}`,
        words.product,
        edition.topProducts,
        [
          { heading: words.views, value: (row) => row.visits },
          { heading: words.inquiries, value: (row) => row.inquiries },
        ],
        words,
      ),
    ),
    `<section><table id="countries"><caption>${esc(words.countries)}</caption><tbody>${countries}</tbody></table></section>`,
    `<footer><p>${esc(words.notes)}</p><p>${esc(words.generated)}: ${esc(when(report.generatedAt))} · 产地 Chandi</p></footer>`,
    '</body></html>',
  ].join('\n')
}
