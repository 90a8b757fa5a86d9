/**
 * A bar chart as inline SVG with a table of the same figures (no script), drawn on the server by
 * the public barometer (weeks) and the operator's dashboard (days). Its colours are CSS
 * variables with the portal's as fallbacks, so a page sets `--chart-bar`, `--chart-axis` and
 * `--chart-text` to its own theme (the admin's follow its light and dark modes).
 */
export type BarChartProps = {
  /** The figure's id: the `<figure>`'s id and `data-figure`. */
  id: string
  /** The table's caption and value column's heading. */
  title: string
  /** What a screen reader hears for the picture (the table carries every figure too). */
  label: string
  /** One per bar, oldest first: the table's row headings and the axis's two ends. */
  labels: string[]
  values: number[]
  /** The label column's heading (week, day). */
  labelHeading: string
  format?: (value: number) => string
  width?: number
  height?: number
  /** The table folded in a `<details>` with this summary (a long series), else shown. */
  folded?: string
  /** The value of a full-height bar: the same for charts to be compared side by side. */
  scale?: number
  /** The bars' colour (a CSS value), when two series are shown together. */
  fill?: string
}

const FILL = 'var(--chart-bar, var(--primary))'
const AXIS = 'var(--chart-axis, #999)'
const TEXT = 'var(--chart-text, #555)'

export const BarChart = ({
  id,
  title,
  label,
  labels,
  values,
  labelHeading,
  format = String,
  width = 360,
  height = 120,
  folded,
  scale,
  fill = FILL,
}: BarChartProps) => {
  const max = Math.max(1, scale ?? 0, ...values)
  // Gaps shrink with the number of bars, so 90 days fit as well as 12 weeks.
  const gap = values.length > 30 ? 1 : 4
  const bar = Math.max(1, (width - gap * (values.length - 1)) / Math.max(1, values.length))
  const table = (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeading}</th>
          <th scope="col">{title}</th>
        </tr>
      </thead>
      <tbody>
        {values.map((value, index) => (
          <tr key={labels[index]}>
            <th scope="row">{labels[index]}</th>
            <td data-value={value}>{format(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <figure className="chart" id={id} data-figure={id}>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height + 16}`}
        width={width}
        height={height + 16}
        style={{ maxWidth: '100%', height: 'auto' }}
      >
        {values.map((value, index) => {
          const size = Math.round((value / max) * height)
          return (
            <rect
              key={labels[index]}
              x={Math.round(index * (bar + gap) * 10) / 10}
              y={height - size}
              width={Math.round(bar * 10) / 10}
              height={size}
              fill={fill}
            />
          )
        })}
        <line x1={0} y1={height + 0.5} x2={width} y2={height + 0.5} stroke={AXIS} />
        <text x={0} y={height + 14} fontSize={11} fill={TEXT}>
          {labels[0]}
        </text>
        <text x={width} y={height + 14} fontSize={11} fill={TEXT} textAnchor="end">
          {labels[labels.length - 1]}
        </text>
      </svg>
      {folded ? (
        <details>
          <summary>{folded}</summary>
          {table}
        </details>
      ) : (
        table
      )}
    </figure>
  )
}
