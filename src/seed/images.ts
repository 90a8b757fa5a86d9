import sharp from 'sharp'

import { escapeHTML } from '@/utilities/escape'

/** A small deterministic number from a string, so the same name always draws the same image. */
const hashOf = (text: string) => {
  let hash = 2166136261
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  return hash >>> 0
}

/**
 * Draws a demo image locally with sharp (nothing is downloaded): the belt's colours, a pattern
 * seeded by `seed`, and a short Latin caption. PNG, `width`×`height`.
 */
export const drawDemoImage = async ({
  seed,
  caption,
  primary,
  accent,
  width = 960,
  height = 720,
}: {
  seed: string
  caption: string
  primary: string
  accent: string
  width?: number
  height?: number
}): Promise<Buffer> => {
  const hash = hashOf(seed)
  const shapes = Array.from({ length: 7 }, (_, index) => {
    const value = (hash >>> (index * 4)) & 0xff
    const cx = ((value * 37 + index * 131) % width).toFixed(0)
    const cy = ((value * 53 + index * 97) % height).toFixed(0)
    const r = (40 + ((value * 7) % 160)).toFixed(0)
    const opacity = (0.18 + (index % 4) * 0.12).toFixed(2)
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${index % 2 ? accent : '#ffffff'}" fill-opacity="${opacity}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${primary}"/><stop offset="1" stop-color="${accent}"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>${shapes}
  <text x="48" y="${height - 56}" font-family="sans-serif" font-size="${Math.round(height / 12)}" font-weight="700" fill="#ffffff">${escapeHTML(caption)}</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer()
}
