import { BarChart } from '@/dashboard/BarChart'
import { barometersOf, type BeltBarometer } from '@/dashboard/barometer'
import type { BarometerFigure } from '@/constants'
import type { Tenant } from '@/payload-types'

import { Layout } from '@/portal/components/Layout'
import { expireAt, type RenderContext, linkTo } from '@/portal/context'
import { formatters } from '@/portal/i18n'
import { BAROMETER_WORDS, type BarometerWords } from '@/portal/i18n/barometer'
import { portalURL, publishedBelts } from './hub'

/**
 * The public barometer (issue #23): a belt's figures with 12-week trends as inline SVG charts,
 * each with a table of the same numbers, and on the hub every published belt side by side. The
 * page is cached as the others are (evicted by its belt's edits) and for ten minutes at most, as
 * inquiries and visits change without an edit.
 */
const MAX_AGE_MS = 10 * 60_000

/** A bar chart of weekly values (src/dashboard/BarChart.tsx), in the portal's words. */
export const WeekChart = ({
  ctx,
  id,
  title,
  weeks,
  values,
}: {
  ctx: RenderContext
  id: string
  title: string
  weeks: string[]
  values: number[]
}) => {
  const words = BAROMETER_WORDS[ctx.ui]
  const { number } = formatters(ctx.ui)
  const label = `${title}, ${words.weeksFrom} (${weeks[0]} – ${weeks[weeks.length - 1]}): ${values
    .map(number)
    .join(', ')}`
  return (
    <BarChart
      id={id}
      title={title}
      label={label}
      labels={weeks}
      values={values}
      labelHeading={words.week}
      format={number}
    />
  )
}

const Ranking = ({
  id,
  title,
  heading,
  rows,
  words,
  number,
}: {
  id: string
  title: string
  heading: string
  rows: { name: string; code?: string; value: number }[]
  words: BarometerWords
  number: (value: number) => string
}) => (
  <section id={id} data-figure={id}>
    <h2>{title}</h2>
    {rows.length ? (
      <table className="barometer">
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">{title}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code ?? row.name} data-code={row.code}>
              <th scope="row">{row.name}</th>
              <td data-value={row.value}>{number(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ) : (
      <p>{words.noData}</p>
    )}
  </section>
)

/** A region code as the page's language names it ("DE" → "Германия"); the code if it has no name. */
const countryName = (ui: string, code: string) => {
  if (!code) return ''
  try {
    return new Intl.DisplayNames([ui], { type: 'region', fallback: 'code' }).of(code) ?? code
  } catch {
    return code // not a well-formed region code
  }
}

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0)

const BeltFigures = ({ ctx, figures }: { ctx: RenderContext; figures: BeltBarometer }) => {
  const words = BAROMETER_WORDS[ctx.ui]
  const { number } = formatters(ctx.ui)
  const shows = (figure: BarometerFigure) => figures.shown.includes(figure)
  const card = (id: string, title: string, value: string, raw: number | null) => (
    <li data-figure={id}>
      <strong data-value={raw ?? ''}>{value}</strong> {title}
    </li>
  )
  const chart = (id: BarometerFigure, title: string, values: number[]) =>
    shows(id) ? (
      <section>
        <h2>{title}</h2>
        <WeekChart ctx={ctx} id={id} title={title} weeks={figures.weeks} values={values} />
      </section>
    ) : null
  return (
    <>
      <ul className="figures">
        {shows('factories')
          ? card(
              'factories',
              words.factories,
              number(figures.factories.total),
              figures.factories.total,
            )
          : null}
        {shows('factories')
          ? card(
              'verifiedShare',
              words.verifiedShare,
              `${share(figures.factories.verified, figures.factories.total)}%`,
              figures.factories.verified,
            )
          : null}
        {shows('products')
          ? card('products', words.products, number(figures.products), figures.products)
          : null}
        {shows('replyTime')
          ? card(
              'replyTime',
              words.replyTime,
              figures.replyHours === null ? words.noReplies : number(figures.replyHours),
              figures.replyHours,
            )
          : null}
      </ul>
      {chart('newProducts', words.newProducts, figures.newProducts)}
      {chart('inquiries', words.inquiries, figures.inquiries)}
      {chart('sourcing', words.sourcing, figures.sourcing)}
      {chart('liveHours', words.liveHours, figures.liveHours)}
      {chart('visits', words.visits, figures.visits)}
      {shows('categories') ? (
        <Ranking
          id="categories"
          title={words.categories}
          heading={words.category}
          rows={figures.categories.map((row) => ({ name: row.name, value: row.products }))}
          words={words}
          number={number}
        />
      ) : null}
      {shows('countries') ? (
        <Ranking
          id="countries"
          title={words.countries}
          heading={words.country}
          rows={figures.countries.map((row) => ({
            name: countryName(ctx.ui, row.code) || words.unknownCountry,
            code: row.code,
            value: row.visits,
          }))}
          words={words}
          number={number}
        />
      ) : null}
    </>
  )
}

/** `/barometer`: this belt's figures, or on the hub every published belt ranked by activity. */
export const renderBarometer = async (ctx: RenderContext) => {
  expireAt(ctx, Date.now() + MAX_AGE_MS)
  const words = BAROMETER_WORDS[ctx.ui]
  if (ctx.belt) {
    const [figures] = await barometersOf(ctx.payload, [ctx.belt], { locale: ctx.locale })
    return (
      <Layout ctx={ctx} title={words.title} description={words.intro}>
        <h1>{words.title}</h1>
        <p>{words.intro}</p>
        <BeltFigures ctx={ctx} figures={figures} />
      </Layout>
    )
  }
  const belts: Tenant[] = (await publishedBelts(ctx)).docs
  const all = (await barometersOf(ctx.payload, belts, { locale: ctx.locale })).sort(
    (a, b) => b.activity - a.activity || a.belt.slug.localeCompare(b.belt.slug),
  )
  const { number } = formatters(ctx.ui)
  const last = all[0]?.weeks.length ? all[0].weeks.length - 1 : 0
  const cell = (figures: BeltBarometer, figure: BarometerFigure, value: number) =>
    figures.shown.includes(figure) ? (
      <td data-value={value}>{number(value)}</td>
    ) : (
      <td>{words.hidden}</td>
    )
  return (
    <Layout ctx={ctx} title={words.title} description={words.hubIntro}>
      <h1>{words.title}</h1>
      <p>{words.hubIntro}</p>
      {/* Nine columns: on a phone the table scrolls sideways, not the page. */}
      <div className="table-scroll">
        <table className="barometer" id="belts">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{words.belt}</th>
              <th scope="col">{words.activity}</th>
              <th scope="col">{words.factories}</th>
              <th scope="col">{words.products}</th>
              <th scope="col">{words.newProducts}</th>
              <th scope="col">{words.inquiries}</th>
              <th scope="col">{words.sourcing}</th>
              <th scope="col">{words.liveHours}</th>
              <th scope="col">{words.visits}</th>
            </tr>
          </thead>
          <tbody>
            {all.map((figures, index) => {
              const belt = belts.find((candidate) => candidate.id === figures.belt.id)!
              return (
                <tr key={figures.belt.slug} data-belt={figures.belt.slug}>
                  <td>{index + 1}</td>
                  <th scope="row">
                    <a href={`${portalURL(ctx, belt).replace(/\/$/, '')}/barometer`}>
                      {figures.belt.name}
                    </a>
                  </th>
                  <td data-value={figures.activity}>{number(figures.activity)}</td>
                  {cell(figures, 'factories', figures.factories.total)}
                  {cell(figures, 'products', figures.products)}
                  {cell(figures, 'newProducts', figures.newProducts[last])}
                  {cell(figures, 'inquiries', figures.inquiries[last])}
                  {cell(figures, 'sourcing', figures.sourcing[last])}
                  {cell(figures, 'liveHours', figures.liveHours[last])}
                  {cell(figures, 'visits', figures.visits[last])}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <p>
        <a href={linkTo(ctx, '/')}>←</a>
      </p>
    </Layout>
  )
}
