import type { GalleryBlock, Media } from '@/payload-types'
import { Image } from '@/portal/components/Image'
import { readable, type RenderContext } from '@/portal/context'

export const GalleryComponent = ({ block }: { ctx: RenderContext; block: GalleryBlock }) => (
  <section>
    {block.heading ? <h2>{block.heading}</h2> : null}
    <ul className="grid">
      {readable<Media>(block.images).map((image) => (
        <li key={image.id}>
          <Image media={image} sizes="(max-width: 600px) 100vw, 360px" />
        </li>
      ))}
    </ul>
  </section>
)
