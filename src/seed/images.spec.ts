import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { demoBelts } from '@tenants/index'
import { drawDemoImage, shapeForCategory } from './images'

const pixel = async (png: Buffer, x: number, y: number) => {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
  const at = (y * info.width + x) * info.channels
  return [data[at], data[at + 1], data[at + 2]]
}

describe('demo images', () => {
  it('every demo product is drawn as what it is, by its category', () => {
    const categories = demoBelts.flatMap((belt) =>
      belt.factories.flatMap((factory) => factory.products.map((product) => product.category)),
    )
    expect(categories.length).toBeGreaterThan(20)
    const shapes = new Map(categories.map((category) => [category, shapeForCategory(category)]))
    expect(shapes.get('baby-wear')).toBe('romper')
    expect(shapes.get('handbags')).toBe('handbag')
    expect(shapes.get('sports-socks')).toBe('sock')
    expect(shapes.get('strip-lashes')).toBe('lashes')
    expect(shapes.get('trolley-cases')).toBe('trolley')
    // The fallback outline (a toy) only for toys: no demo category falls through unmatched.
    for (const [category, shape] of shapes)
      if (shape === 'toy') expect(category, category).toMatch(/toy|plush|figure/)
  })

  it('draws the outline in the belt’s colour on a light backdrop, the same for the same seed', async () => {
    const args = { seed: 'zhili-romper', primary: '#c2410c', accent: '#fbbf24' } as const
    const romper = await drawDemoImage({ ...args, shape: 'romper' })
    const meta = await sharp(romper).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 960, 720])
    // The middle of the figure is the belt's primary colour; the top corner a light backdrop.
    const [r, g, b] = await pixel(romper, 480, 380)
    expect(Math.abs(r! - 0xc2) + Math.abs(g! - 0x41) + Math.abs(b! - 0x0c)).toBeLessThan(30)
    const corner = await pixel(romper, 4, 4)
    expect(Math.min(...(corner as number[]))).toBeGreaterThan(200)
    expect((await drawDemoImage({ ...args, shape: 'romper' })).equals(romper)).toBe(true)
    expect((await drawDemoImage({ ...args, shape: 'handbag' })).equals(romper)).toBe(false)
  })
})
