import type { Media } from '@/payload-types'

import { readable, type RenderContext } from '@/portal/context'
import { formatters } from '@/portal/i18n'

import { Image } from '@/portal/components/Image'

/**
 * A product's photos: one large at a time in a strip that swipes on a phone and scrolls with the
 * arrow keys once focused, and a row of thumbnails that link to each (`#photo-2`). It works
 * without JavaScript; the page's script (src/utilities/portalScripts.ts) only keeps the page from
 * jumping when a thumbnail is chosen and marks the one in view.
 */
export const Gallery = ({ ctx, images }: { ctx: RenderContext; images: unknown }) => {
  const photos = readable<Media>(images)
  if (photos.length === 0) return null
  const label = (n: number) => ctx.t.photoN.replace('{n}', formatters(ctx.ui).number(n))
  return (
    <div className="gallery">
      <ul className="slides" tabIndex={0} aria-label={ctx.t.productPhotos}>
        {photos.map((photo, index) => (
          <li key={photo.id} id={`photo-${index + 1}`}>
            <Image media={photo} sizes="(max-width: 800px) 100vw, 640px" isEager={index === 0} />
          </li>
        ))}
      </ul>
      {photos.length > 1 ? (
        <ul className="thumbs">
          {photos.map((photo, index) => (
            <li key={photo.id}>
              <a
                href={`#photo-${index + 1}`}
                aria-label={label(index + 1)}
                aria-current={index === 0 ? 'true' : undefined}
              >
                <Image media={photo} sizes="68px" alt="" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
