import type { Media, VideoBlock } from '@/payload-types'
import { EMBED_HOSTS } from '@/vocabulary'
import { Image } from '@/portal/components/Image'
import { readable, type RenderContext } from '@/portal/context'

/** Embeds players from known video hosts only; any other link is shown as a link. */
export const VideoComponent = ({ ctx, block }: { ctx: RenderContext; block: VideoBlock }) => {
  let host = ''
  try {
    host = new URL(block.url).host
  } catch {
    return null
  }
  const [poster] = readable<Media>(block.poster)
  const title = block.heading || ctx.t.tour
  return (
    <section>
      <h2>{title}</h2>
      {EMBED_HOSTS.includes(host) ? (
        <div style={{ aspectRatio: '16 / 9' }}>
          <iframe
            src={block.url}
            title={title}
            width="100%"
            height="100%"
            loading="lazy"
            allowFullScreen
            sandbox="allow-scripts allow-same-origin allow-presentation"
            style={{ border: 0 }}
          />
        </div>
      ) : (
        <a href={block.url} rel="noopener noreferrer nofollow">
          {poster ? <Image media={poster} sizes="(max-width: 800px) 100vw, 800px" /> : title}
        </a>
      )}
    </section>
  )
}
