/** WCAG relative luminance of a #RRGGBB colour. */
const luminance = (hex: string) => {
  const channels = [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export const contrastRatio = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

const darken = (hex: string, amount: number) =>
  `#${[1, 3, 5]
    .map((index) =>
      Math.max(0, Math.round(parseInt(hex.slice(index, index + 2), 16) * (1 - amount))),
    )
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`

const VALID = /^#[0-9a-fA-F]{6}$/

/**
 * The belt's colours as the portal uses them: white text sits on the primary colour, so a
 * primary that is too light for that (contrast below 4.5:1, WCAG AA) is darkened until it holds.
 */
export const portalTheme = ({
  primary,
  accent,
}: {
  primary?: string | null
  accent?: string | null
}) => {
  let safePrimary = primary && VALID.test(primary) ? primary.toLowerCase() : '#b4232a'
  for (let step = 0; step < 20 && contrastRatio(safePrimary, '#ffffff') < 4.5; step += 1) {
    safePrimary = darken(safePrimary, 0.1)
  }
  const safeAccent = accent && VALID.test(accent) ? accent.toLowerCase() : '#f2b705'
  // Accent is a background for dark text.
  const accentText = contrastRatio(safeAccent, '#1a1a1a') >= 4.5 ? '#1a1a1a' : '#ffffff'
  return {
    primary: safePrimary,
    accent: safeAccent,
    accentText,
    wasAdjusted: safePrimary !== primary?.toLowerCase(),
  }
}
