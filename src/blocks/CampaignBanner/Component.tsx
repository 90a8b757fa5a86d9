import type { Campaign, CampaignBannerBlock } from '@/payload-types'
import { stateOf } from '@/portal/campaigns'
import { Countdown } from '@/portal/components/Time'
import { expireAt, readable, type RenderContext, linkTo } from '@/portal/context'

/** A banner counting down to the campaign's start, or to its end while it runs. */
export const CampaignBannerComponent = ({
  ctx,
  block,
}: {
  ctx: RenderContext
  block: CampaignBannerBlock
}) => {
  const [campaign] = readable<Campaign>(block.campaign)
  if (!campaign) return null
  expireAt(ctx, campaign.startsAt)
  expireAt(ctx, campaign.endsAt)
  const state = stateOf(campaign)
  if (state === 'ended') return null
  return (
    <section className="card">
      <div className="body">
        <h2>
          <a href={linkTo(ctx, `/campaigns/${campaign.slug}`)}>{campaign.name}</a>
        </h2>
        {block.text ? <p>{block.text}</p> : null}
        {state === 'live' ? (
          <Countdown target={campaign.endsAt} label={`${ctx.t.liveNow} · ${ctx.t.endsIn}`} />
        ) : (
          <Countdown target={campaign.startsAt} label={ctx.t.startsIn} />
        )}
      </div>
    </section>
  )
}
