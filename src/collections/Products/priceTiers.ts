// The tier rules moved to the neutral `@/fields/priceTiers`; this path stays for the importers
// not yet moved (Inquiries' hooks), and can go once they import from there.
export { findTierProblem, type PriceTier, type TierProblem } from '@/fields/priceTiers'
