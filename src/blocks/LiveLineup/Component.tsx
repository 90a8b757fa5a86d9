import type { LiveSession, LiveLineupBlock } from '@/payload-types'
import type { RenderContext } from '@/portal/context'
import { linkTo } from '@/portal/context'
import { SessionItem } from '@/portal/components/SessionItem'

/**
 * The next sessions, read before rendering (blocks render synchronously): see
 * `loadBlockData` in src/blocks/RenderBlocks.tsx.
 */
export const LiveLineupComponent = ({
  ctx,
  block,
  sessions = [],
}: {
  ctx: RenderContext
  block: LiveLineupBlock
  sessions?: LiveSession[]
}) => (
  <section>
    <h2>{block.heading || ctx.t.lineup}</h2>
    {sessions.length === 0 ? (
      <p>{ctx.t.noSessions}</p>
    ) : (
      sessions.map((session) => <SessionItem key={session.id} ctx={ctx} session={session} />)
    )}
    <p>
      <a href={linkTo(ctx, '/live')}>{ctx.t.live} →</a>
    </p>
  </section>
)
