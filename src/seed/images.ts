import sharp from 'sharp'

import { escapeHTML } from '@/utilities/escape'

/** A small deterministic number from a string, so the same name always draws the same image. */
const hashOf = (text: string) => {
  let hash = 2166136261
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  return hash >>> 0
}

/**
 * Outlines of what the demo belts make, drawn in a 200×200 box: filled paths, then lines drawn
 * over them (handles, soles, seams). Simple, recognisable, no text.
 */
const SHAPES = {
  romper: {
    fill: [
      'M70 30 L88 38 Q100 48 112 38 L130 30 L168 58 L152 84 L136 72 L136 150 Q136 172 118 174 L108 174 L100 152 L92 174 L82 174 Q64 172 64 150 L64 72 L48 84 L32 58 Z',
    ],
    lines: ['M86 96 L86 104 M100 96 L100 104 M114 96 L114 104'],
  },
  dress: {
    fill: ['M78 22 L122 22 L126 56 Q142 62 134 78 L170 178 L30 178 L66 78 Q58 62 74 56 Z'],
    lines: ['M66 80 Q100 92 134 80'],
  },
  jacket: {
    fill: [
      'M70 28 L88 28 Q100 42 112 28 L130 28 L178 62 L162 118 L142 104 L142 178 L58 178 L58 104 L38 118 L22 62 Z',
    ],
    lines: ['M100 40 L100 178 M76 128 L92 128 M108 128 L124 128'],
  },
  swimsuit: {
    fill: [
      'M70 28 L82 28 Q100 78 118 28 L130 28 L132 100 Q134 126 152 150 L126 176 Q100 152 74 176 L48 150 Q66 126 68 100 Z',
    ],
    lines: [],
  },
  sock: {
    fill: [
      'M78 18 L126 18 L126 110 Q126 122 138 130 L168 152 Q184 168 168 180 Q152 190 134 180 L90 152 Q78 142 78 126 Z',
    ],
    lines: ['M78 36 L126 36 M78 44 L126 44'],
  },
  shoe: {
    fill: [
      'M26 128 Q26 94 54 94 L84 82 Q100 100 122 102 L152 110 Q178 118 178 142 L178 150 L26 150 Z',
    ],
    lines: ['M26 150 L178 150 M86 92 L98 104 M96 88 L108 100'],
  },
  handbag: {
    fill: ['M44 82 L156 82 L168 176 L32 176 Z'],
    lines: ['M70 82 Q70 32 100 32 Q130 32 130 82', 'M44 104 L156 104'],
  },
  backpack: {
    fill: [
      'M56 48 Q56 30 76 30 L124 30 Q144 30 144 48 L150 170 Q150 180 140 180 L60 180 Q50 180 50 170 Z',
    ],
    lines: ['M80 30 Q80 14 100 14 Q120 14 120 30', 'M66 110 L134 110 L134 160 L66 160 Z'],
  },
  trolley: {
    fill: [
      'M52 60 Q52 48 64 48 L136 48 Q148 48 148 60 L148 170 Q148 178 140 178 L60 178 Q52 178 52 170 Z',
    ],
    lines: [
      'M80 48 L80 18 L120 18 L120 48',
      'M76 64 L76 164 M100 64 L100 164 M124 64 L124 164',
      'M64 186 a6 6 0 1 0 0.1 0 M136 186 a6 6 0 1 0 0.1 0',
    ],
  },
  lashes: {
    fill: ['M30 110 Q100 70 170 110 Q100 92 30 110 Z'],
    lines: [
      'M40 104 L30 80 M55 97 L48 68 M70 92 L66 60 M85 89 L84 56 M100 88 L100 54 M115 89 L116 56 M130 92 L134 60 M145 97 L152 68 M160 104 L170 80',
    ],
  },
  hair: {
    fill: [
      'M48 112 Q46 32 100 32 Q154 32 152 112 L158 182 L130 182 L126 100 Q100 80 74 100 L70 182 L42 182 Z',
    ],
    lines: ['M82 44 Q70 90 76 150 M118 44 Q130 90 124 150'],
  },
  toy: {
    fill: [
      'M100 40 a34 34 0 1 0 0.1 0 Z',
      'M68 44 a14 14 0 1 0 0.1 0 Z',
      'M132 44 a14 14 0 1 0 0.1 0 Z',
      'M100 104 Q148 104 148 148 Q148 184 100 184 Q52 184 52 148 Q52 104 100 104 Z',
    ],
    lines: ['M88 70 l0 1 M112 70 l0 1 M92 86 Q100 94 108 86'],
  },
  star: {
    fill: ['M100 18 L122 76 L182 78 L134 114 L152 174 L100 138 L48 174 L66 114 L18 78 L78 76 Z'],
    lines: [],
  },
  pencil: {
    fill: ['M40 150 L140 50 L160 70 L60 170 L34 176 Z'],
    lines: ['M134 56 L154 76 M46 156 L54 164'],
  },
  factory: {
    fill: [
      'M20 180 L20 96 L60 120 L60 96 L100 120 L100 96 L140 120 L140 40 L162 40 L162 120 L180 120 L180 180 Z',
    ],
    lines: ['M40 150 L60 150 M80 150 L100 150 M120 150 L140 150'],
  },
  skyline: {
    fill: [
      'M10 180 L10 120 L36 120 L36 90 L60 90 L60 130 L84 130 L84 60 L112 60 L112 110 L134 110 L134 80 L160 80 L160 124 L190 124 L190 180 Z',
    ],
    lines: ['M96 74 L100 74 M96 90 L100 90 M142 94 L148 94'],
  },
} satisfies Record<string, { fill: string[]; lines: string[] }>

export type DemoShape = keyof typeof SHAPES

/** Which outline a category's products get, by the words of its slug; a box for the rest. */
const BY_WORD: [RegExp, DemoShape][] = [
  [/baby|romper|onesie/, 'romper'],
  [/dress|skirt/, 'dress'],
  [/outerwear|coat|jacket/, 'jacket'],
  [/swim|bikini/, 'swimsuit'],
  [/sock|tights|hosiery/, 'sock'],
  [/shoe|sneaker|boot/, 'shoe'],
  [/handbag|bag$/, 'handbag'],
  [/backpack/, 'backpack'],
  [/trolley|luggage|case/, 'trolley'],
  [/lash/, 'lashes'],
  [/wig|hair|extension/, 'hair'],
  [/toy|plush|figure/, 'toy'],
  [/christmas|badge|decoration/, 'star'],
  [/stationery|pen/, 'pencil'],
]

export const shapeForCategory = (category: string): DemoShape =>
  BY_WORD.find(([words]) => words.test(category))?.[1] ?? 'toy'

/**
 * Draws a demo image locally with sharp (nothing is downloaded): a soft backdrop in the belt's
 * colours, seeded by `seed`, and the outline of what it shows (a romper, a bag, a sock, the
 * factory). No caption: words burned into a picture are cut off on a card and repeat its title.
 * With `monogram` (a logo), two letters in place of an outline. PNG, `width`×`height`.
 */
export const drawDemoImage = async ({
  seed,
  shape,
  monogram,
  primary,
  accent,
  width = 960,
  height = 720,
}: {
  seed: string
  shape?: DemoShape
  monogram?: string
  primary: string
  accent: string
  width?: number
  height?: number
}): Promise<Buffer> => {
  const hash = hashOf(seed)
  // A light backdrop (the belt's colour faded), a floor and a soft shadow: a product shot.
  const tilt = ((hash % 21) - 10) / 2
  const size = Math.min(width, height) * 0.62
  const scale = size / 200
  const x = (width - size) / 2
  const y = (height - size) / 2 - height * 0.03
  const outline = shape ? SHAPES[shape] : null
  const figure = outline
    ? `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(3)}) rotate(${tilt} 100 100)">
    ${outline.fill.map((d) => `<path d="${d}" fill="${primary}" stroke="${accent}" stroke-width="3" stroke-linejoin="round"/>`).join('')}
    ${outline.lines.map((d) => `<path d="${d}" fill="none" stroke="#ffffff" stroke-opacity="0.85" stroke-width="4" stroke-linecap="round"/>`).join('')}
  </g>`
    : `<circle cx="${width / 2}" cy="${height / 2}" r="${size / 2}" fill="${primary}"/>
  <text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" font-family="sans-serif" font-size="${Math.round(size / 2.4)}" font-weight="700" fill="#ffffff">${escapeHTML(monogram ?? '')}</text>`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="${accent}" stop-opacity="0.35"/></linearGradient>
    <radialGradient id="s"><stop offset="0" stop-color="#000000" stop-opacity="0.22"/><stop offset="1" stop-color="#000000" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="100%" height="100%" fill="${primary}" fill-opacity="0.12"/>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <ellipse cx="${width / 2}" cy="${(y + size * 1.02).toFixed(0)}" rx="${(size * 0.45).toFixed(0)}" ry="${(size * 0.07).toFixed(0)}" fill="url(#s)"/>
  ${figure}
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer()
}
