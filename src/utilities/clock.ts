import { env, isProduction } from '@/utilities/config'

/**
 * The time as Chandi sees it. Outside production, CHANDI_CLOCK_OFFSET_MS moves it (tests start
 * a server "an hour later" to cross a campaign's start instant); production uses the real clock.
 */
export const now = (): Date => {
  const offset = isProduction() ? 0 : env('CHANDI_CLOCK_OFFSET_MS')
  return new Date(Date.now() + (Number.isFinite(offset) ? offset : 0))
}

export type CampaignState = 'draft' | 'scheduled' | 'live' | 'ended'

/** Where a campaign stands: drafts are drafts; a published one by its window. */
export const campaignState = ({
  status,
  startsAt,
  endsAt,
  at = now(),
}: {
  status?: string | null
  startsAt: string | Date
  endsAt: string | Date
  at?: Date
}): CampaignState => {
  if (status !== 'published') return 'draft'
  if (at < new Date(startsAt)) return 'scheduled'
  if (at < new Date(endsAt)) return 'live'
  return 'ended'
}
