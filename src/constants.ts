/**
 * Names other parts of Chandi rely on (see shared/DESIGN.md, "Contracts"). Configs, access
 * rules, seeds and tests all import them from here, so a slug or a role is spelt once.
 */
export const SLUGS = {
  tenants: 'tenants',
  users: 'users',
  factories: 'factories',
  products: 'products',
  categories: 'categories',
  pages: 'pages',
  media: 'media',
  campaigns: 'campaigns',
  liveSessions: 'live-sessions',
  inquiries: 'inquiries',
  inquiryAccessLog: 'inquiry-access-log',
  inquiryFiles: 'inquiry-files',
  imports: 'imports',
  importFiles: 'import-files',
  verificationRequests: 'verification-requests',
  verificationDocuments: 'verification-documents',
  beltSettings: 'belt-settings',
  redirects: 'redirects',
  sourcingRequests: 'sourcing-requests',
  sourcingQuotes: 'sourcing-quotes',
  sourcingAlerts: 'sourcing-alerts',
  buyers: 'buyers',
  sourcingFiles: 'sourcing-files',
} as const

/** Payload globals: one document each, platform-wide. */
export const GLOBALS = {
  exchangeRates: 'exchange-rates',
} as const

export type CollectionSlugName = (typeof SLUGS)[keyof typeof SLUGS]

/** Belt-owned collections: each carries the multi-tenant plugin's `tenant` field. */
export const BELT_OWNED = [
  SLUGS.factories,
  SLUGS.products,
  SLUGS.categories,
  SLUGS.pages,
  SLUGS.media,
  SLUGS.campaigns,
  SLUGS.liveSessions,
  SLUGS.inquiries,
  SLUGS.inquiryFiles,
  SLUGS.imports,
  SLUGS.importFiles,
  SLUGS.verificationRequests,
  SLUGS.verificationDocuments,
  SLUGS.redirects,
  SLUGS.sourcingQuotes,
] as const

export type BeltOwnedSlug = (typeof BELT_OWNED)[number]

/** Never on a portal page (their changes evict no rendered page): users, inquiries, files… */
export const PRIVATE_COLLECTIONS = [
  SLUGS.users,
  SLUGS.inquiries,
  SLUGS.inquiryFiles,
  SLUGS.inquiryAccessLog,
  SLUGS.imports,
  SLUGS.importFiles,
  SLUGS.verificationRequests,
  SLUGS.verificationDocuments,
  SLUGS.sourcingRequests,
  SLUGS.sourcingQuotes,
  SLUGS.sourcingFiles,
  SLUGS.sourcingAlerts,
  SLUGS.buyers,
] as const

/** What a portal's rich text may link to or embed: public documents of the same belt. */
export const PORTAL_LINKABLE = [
  SLUGS.pages,
  SLUGS.factories,
  SLUGS.products,
  SLUGS.categories,
  SLUGS.campaigns,
  SLUGS.liveSessions,
  SLUGS.media,
] as const

/** Roles held on the user itself, valid across all belts. */
export const GLOBAL_ROLES = {
  platformAdmin: 'platform-admin',
  buyer: 'buyer',
} as const

/** Roles held per belt, in a row of the user's `tenants` array. */
export const BELT_ROLES = {
  operator: 'belt-operator',
  factoryMember: 'factory-member',
} as const

export type GlobalRole = (typeof GLOBAL_ROLES)[keyof typeof GLOBAL_ROLES]
export type BeltRole = (typeof BELT_ROLES)[keyof typeof BELT_ROLES]

export const CONTENT_LOCALES = ['zh', 'en'] as const
export type ContentLocale = (typeof CONTENT_LOCALES)[number]
export const DEFAULT_LOCALE: ContentLocale = 'zh'

/** Languages of the portals' interface (and of e-mails to buyers); content itself is zh or en. */
export const UI_LOCALES = ['zh', 'en', 'ru', 'ar', 'es'] as const
export type UILocale = (typeof UI_LOCALES)[number]

export const DEMO_PASSWORD = 'chandi-demo'
export const DEMO_ADMIN_EMAIL = 'admin@chandi.test'
export const demoOperatorEmail = (beltSlug: string) => `operator@${beltSlug}.chandi.test`
export const demoFactoryEmail = (factorySlug: string) => `factory@${factorySlug}.chandi.test`

/** Uploads: bounded in bytes and in decoded pixels (a small PNG can decode to gigabytes). */
/** What an inquiry may carry: quotations, specifications, photos; checked by content, not name. */
export const ATTACHMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  perMessage: 5,
  mimeTypes: [
    'application/pdf',
    'image/jpeg',
    'image/png',
    'image/webp',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
} as const

export const MEDIA_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 40_000_000,
  maxSide: 12_000,
} as const

/**
 * The figures of a belt's public barometer (src/dashboard/barometer.ts), each of which its
 * operator may keep private, with their labels in the admin.
 */
export const BAROMETER_FIGURES = [
  { value: 'factories', zh: '工厂数与认证比例', en: 'Factories and verified share' },
  { value: 'products', zh: '产品数', en: 'Products' },
  { value: 'newProducts', zh: '每周新产品', en: 'New products per week' },
  { value: 'inquiries', zh: '每周询盘', en: 'Inquiries per week' },
  { value: 'replyTime', zh: '首次回复时间中位数', en: 'Median first-reply time' },
  { value: 'sourcing', zh: '每周采购需求', en: 'Sourcing requests per week' },
  { value: 'liveHours', zh: '每周直播时长', en: 'Live hours per week' },
  { value: 'visits', zh: '每周访问量', en: 'Visits per week' },
  { value: 'categories', zh: '热门类目', en: 'Top categories' },
  { value: 'countries', zh: '买家国家和地区', en: 'Buyers’ countries' },
] as const
export type BarometerFigure = (typeof BAROMETER_FIGURES)[number]['value']

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/
/** A host name as a belt may list it: lower case labels, at least one dot, no port or scheme. */
export const DOMAIN_PATTERN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/
