import type { RenderContext } from '@/portal/context'
import { intl } from '@/portal/i18n'

const INTL: Record<string, string> = { zh: 'zh-CN', en: 'en-GB', ru: 'ru', ar: 'ar', es: 'es' }

/** A date and time in a given zone, in the buyer's language: "12月9日 周二 20:00 (北京时间)". */
export const formatInZone = (
  ctx: Pick<RenderContext, 'ui'>,
  instant: string | Date,
  timeZone: string,
) =>
  intl(
    `t\u0000${ctx.ui}\u0000${timeZone}`,
    () =>
      new Intl.DateTimeFormat(INTL[ctx.ui], {
        timeZone,
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
  ).format(new Date(instant))

/**
 * An instant as machine-readable UTC (for crawlers) and as the belt's local time; the page
 * script adds the buyer's own time zone beside it.
 */
export const Time = ({ ctx, instant }: { ctx: RenderContext; instant: string }) => {
  const zone = ctx.belt?.timeZone ?? 'Asia/Shanghai'
  return (
    <time dateTime={new Date(instant).toISOString()} data-local-time="">
      {formatInZone(ctx, instant, zone)}
    </time>
  )
}

/** Counts down to `target`; the server writes the state it sees, the script makes it tick. */
export const Countdown = ({ target, label }: { target: string; label: string }) => {
  const ms = new Date(target).getTime() - Date.now()
  const minutes = Math.max(0, Math.floor(ms / 60_000))
  const text = `${Math.floor(minutes / 1440)}d ${Math.floor((minutes % 1440) / 60)}h ${minutes % 60}m`
  return (
    <p className="countdown">
      {label} <strong data-countdown={new Date(target).toISOString()}>{text}</strong>
    </p>
  )
}

// The clock script sits below the renderer so the CSP can hash it; Layout ships it from here.
export { CLOCK_SCRIPT } from '@/utilities/portalScripts'
