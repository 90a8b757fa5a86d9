import type { Media } from '@/payload-types'

import { imageSource } from '@/portal/context'

type Props = {
  media: Media | number | null | undefined
  sizes: string
  isEager?: boolean
  className?: string
  /** In place of the image's own text: `""` where a link's label already says what it is. */
  alt?: string
}

/** An image in the sizes sharp made, with width and height so nothing shifts as it loads. */
export const Image = ({ media, sizes, isEager = false, className, alt }: Props) => {
  const source = imageSource(media)
  if (!source) return null
  return (
    <img
      className={className}
      src={source.src}
      srcSet={source.srcSet}
      sizes={sizes}
      width={source.width}
      height={source.height}
      alt={alt ?? source.alt}
      loading={isEager ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
