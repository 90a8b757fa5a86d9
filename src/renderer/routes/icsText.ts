/**
 * A text for one line of a calendar file. The `ics` package escapes a CRLF or an LF in a title
 * or description but passes a lone CR through, which calendar readers take as the end of the line:
 * a campaign named `Sale\rATTACH:https://…` would add a property of its own. Every line break
 * (CR, LF, the Unicode line and paragraph separators) becomes a space.
 */
export const icsText = (value: string): string => value.replace(/[\r\n\u2028\u2029]+/g, ' ')
