import type { HeroBlock, Media } from '@/payload-types'
import { Image } from '@/portal/components/Image'
import { readable, type RenderContext } from '@/portal/context'

export const HeroComponent = ({ block }: { ctx: RenderContext; block: HeroBlock }) => {
  const [image] = readable<Media>(block.image)
  return (
    <section className="hero">
      {image ? <Image media={image} sizes="100vw" isEager /> : null}
      <div className="text">
        <h2>{block.heading}</h2>
        {block.subheading ? <p>{block.subheading}</p> : null}
        {block.linkURL && block.linkLabel ? (
          <a className="button" href={block.linkURL}>
            {block.linkLabel}
          </a>
        ) : null}
      </div>
    </section>
  )
}
