/**
 * The shape of a belt's folder under tenants/: its definition and its demo content. Every text
 * a buyer reads comes in both content languages. Loaded by `npm run seed` (src/seed/index.ts).
 */
export type Text = { zh: string; en: string }

export type DemoProduct = {
  /** Unique within the belt; used in /products/<slug>. */
  slug: string
  /** Unique within the factory, e.g. "ZL-DR-001". */
  sku: string
  name: Text
  /** Slug of one of the belt's categories. */
  category: string
  summary: Text
  moq: number
  unit: 'piece' | 'pair' | 'set' | 'dozen' | 'box' | 'carton' | 'kg' | 'meter'
  currency: 'CNY' | 'USD'
  /** [from, to | null, unit price] in ascending, non-overlapping bands; the first starts at the MOQ. */
  tiers: [number, number | null, number][]
  leadTimeDays: number
  sampleAvailable: boolean
  customisation: ('logo' | 'packaging' | 'colour' | 'size' | 'material' | 'design')[]
  /** Key/value pairs, e.g. { key: {zh:'面料',en:'Fabric'}, value: {zh:'纯棉',en:'Cotton'} } */
  specs: { key: Text; value: Text }[]
}

export type DemoFactory = {
  /** Unique across all demo belts (the demo login is factory@<slug>.chandi.test). */
  slug: string
  name: Text
  summary: Text
  mainProducts: Text
  address: Text
  location: { lat: number; lng: number }
  foundedYear: number
  staffCount: number
  capabilities: ('oem' | 'odm' | 'own-brand' | 'c2m')[]
  exportMarkets: (
    | 'domestic'
    | 'north-america'
    | 'latin-america'
    | 'europe'
    | 'russia-cis'
    | 'middle-east'
    | 'africa'
    | 'southeast-asia'
    | 'japan-korea'
    | 'oceania'
  )[]
  capacity: { amount: number; unit: Text; period: 'day' | 'month' | 'year' }
  certifications: { name: string; issuer: string }[]
  verified: boolean
  contact: { person: string; phone: string; email: string }
  products: DemoProduct[]
}

export type DemoCategory = {
  slug: string
  name: Text
  /** Slug of the parent category, for nesting. */
  parent?: string
}

/** A demo festival, placed relative to the moment the seed runs. */
export type DemoCampaign = {
  slug: string
  kind: 'super-origin-day' | 'merchant-festival' | 'procurement-festival' | 'custom'
  edition?: 'spring' | 'autumn' | 'winter'
  name: Text
  tagline: Text
  /** Hours from the seed's "now" to the start (negative: already running). */
  startInHours: number
  durationHours: number
  /** Slugs of the belt's factories and products it features. */
  factories: string[]
  products: string[]
  /** Festival price as a share of the normal price, for every featured product (e.g. 0.85). */
  festivalPriceFactor?: number
  sessions: {
    factory: string
    startInHours: number
    durationMinutes: number
    language: 'zh' | 'en' | 'ru' | 'ar' | 'es'
    title: Text
  }[]
}

export type BeltDefinition = {
  slug: string
  name: Text
  province: Text
  city: Text
  specialty: Text
  tagline: Text
  /** Paragraphs of the belt's story. */
  story: Text[]
  keyFigures: { value: string; label: Text }[]
  branding: { primaryColour: string; accentColour: string }
  /** Extra host names (the portal is always at <slug>.localhost too). */
  domains: string[]
  defaultLocale: 'zh' | 'en'
  timeZone: string
  published: boolean
  categories: DemoCategory[]
  factories: DemoFactory[]
  /** An "about" page built by the operator. */
  about: { title: Text; paragraphs: Text[] }
  campaigns?: DemoCampaign[]
}
