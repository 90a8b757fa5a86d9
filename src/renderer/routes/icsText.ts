/**
 * A text for one line of a calendar file. The `ics` package escapes a CRLF or an LF in a title
 * or description but passes a lone CR through, which calendar readers take as the end of the line:
 * a campaign named `Sale\rATTACH:https://…` would add a property of its own. Every line break
 * (CR, LF, the Unicode line and paragraph separators) becomes a space.
 */
export const icsText = (value: string): string => value.replace(/[\r\n\u2028\u2029]+/g, ' ')

/**
 * A web address for a calendar event's URL property, as the `ics` package accepts it (it refuses
 * an upper-case scheme, spaces or line breaks, and the whole file with it): the parsed,
 * normalised http(s) address, or nothing.
 */
export const icsURL = (value: string | null | undefined): string | undefined => {
  if (!value) return undefined
  try {
    const url = new URL(value.trim())
    // The package's pattern takes no IPv6 literal either.
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname.startsWith('[')
      ? url.href
      : undefined
  } catch {
    return undefined
  }
}
